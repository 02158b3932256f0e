/**
 * Stage 4: coreference. Turns the speaker phrase a rule found into a name: names expand to their
 * fullest form in the article, `he`/`she` and `the senator` go back to an earlier named person.
 */
import { lastStartingBefore, rangeAt } from '../lib/sorted.js';
import type { NounPhrase } from './cues.js';
import type { Mention, MentionIndex } from './mentions.js';
import type { Range } from './quote-spans.js';
import type { DocumentLayout } from './document.js';
import { sentenceAt, sentenceEndOf } from './document.js';
import { expandName, genderOf, lastToken, splitName } from './mentions.js';
import { ORG_BODIES, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS } from '../lexicon/words.js';
import { isPossessorOfSubjectAt, isSpeakerAt, isSubjectAt, PLACE_FIRST, PREPOSITION_BEFORE } from './subjects.js';
import type { SpeakerKind } from '../model/types.js';
import { canSpeak, typeByName } from './entities.js';

export interface ResolvedSpeaker {
  name: string | null;
  role: string | null;
  kind: SpeakerKind;
}

/** An earlier attribution in the article, a likely antecedent. */
export interface PriorSpeaker {
  name: string;
  at: number;
  org: boolean;
}

/** An earlier attribution to an unnamed description (`a spokeswoman for the centre said`, `police said`). */
export interface UnnamedSpeaker {
  /** The description without its article: `spokeswoman for the centre`. */
  role: string;
  at: number;
  /** `police`, `the MPs`: several people, what `they` stands for. */
  plural: boolean;
}

/** What coreference reads besides the mentions: the article layout, its quotations and earlier speakers. */
export interface CorefContext {
  doc: DocumentLayout;
  mentions: MentionIndex;
  /** Quotation ranges (marks included), ascending: names and pronouns inside them are not antecedents. */
  quotes: readonly Range[];
  prior: readonly PriorSpeaker[];
  /** Where the body starts: headlines hold no antecedents. */
  bodyStart: number;
  /** Whether a one-word name is known in the article as a person (`Cruz` after `Cruz said`). */
  isPerson?: (name: string) => boolean;
  /** The entity layer's check that a named speaker phrase is a person or an organisation. */
  canSpeak?: (speaker: NounPhrase) => boolean;
  /** Earlier attributions to unnamed descriptions, ascending: what a later `she` or `they` may stand for. */
  unnamed?: readonly UnnamedSpeaker[];
}

/** What a pronoun stands for: a name, or an unnamed description spoken of before (`the spokeswoman`). */
type Antecedent = string | { role: string } | null;

/** How many sentences back a pronoun looks for its antecedent, and at most how far (characters). */
const PRONOUN_SENTENCES = 5;
const PRONOUN_REACH = 1500;
const DESCRIPTION_REACH = 2500;

function personGenderOk(index: MentionIndex, name: string, want: 'm' | 'f'): boolean {
  const g = genderOf(index, name);
  return g === null || g === want;
}

/** Is the text of `[start, end)` (bar spaces and punctuation) all inside one quotation, or empty? */
function whollyQuoted(quotes: readonly Range[], text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a < b && /[\s.,;:!?]/u.test(text[a]!)) a++;
  while (b > a && /[\s.,;:!?]/u.test(text[b - 1]!)) b--;
  if (a >= b) return false;
  const q = rangeAt(quotes, a);
  return q !== null && q.end >= b;
}

/**
 * Where a look-back of `reach` characters from `pos` ends when quoted text is not counted: the words
 * of a long quotation between a pronoun and its antecedent do not push the antecedent out of reach.
 * At most four times `reach` back in all.
 */
function reachBack(quotes: readonly Range[], pos: number, reach: number): number {
  const limit = Math.max(0, pos - 4 * reach);
  let from = Math.max(limit, pos - reach);
  for (let round = 0; round < 4; round++) {
    let quoted = 0;
    for (let i = lastStartingBefore(quotes, pos); i >= 0; i--) {
      const q = quotes[i]!;
      if (q.end <= from) break;
      quoted += Math.min(q.end, pos) - Math.max(q.start, from);
    }
    const next = Math.max(limit, pos - reach - quoted);
    if (next >= from) break;
    from = next;
  }
  return from;
}

/** `FULL TEXT`, `BREAKING NEWS`: capitals-only runs are page furniture, not people. */
const ALL_CAPS = /^[\p{Lu}\s.]{4,}$/u;

/** `, who ` right after a name. */
const WHO_AFTER = /^\s*,?\s+who\s/u;

/** `Washington D.C. He`: a run of capitals that swallowed the next sentence's pronoun is no name. */
const PRONOUN_TAIL = /\s(?:He|She|It|They|We|His|Her)$/u;

/**
 * Could this mention be a person, as `he`/`she` require? A one-word name counts when the article
 * knows it as a person (`Carson` after `Carson said`): `Carson defied the question. "…," he said`.
 */
function personLike(ctx: CorefContext, m: Mention, full: string): boolean {
  if (m.org || ALL_CAPS.test(full) || PRONOUN_TAIL.test(m.name)) return false;
  const index = ctx.mentions;
  // the entity layer: a place, a time or a common word (`Britain`, `Christmas`, `Russian`) is no
  // person a pronoun or a description can stand for, unless the article gives it a person's gender
  const typed = typeByName(full);
  if (typed !== null && !canSpeak(typed) && m.gender === null && genderOf(index, full) === null) return false;
  if (m.gender !== null || genderOf(index, full) !== null || m.role !== null) return true;
  const words = full.split(' ');
  // `Rihanna, who was honoured …`: a relative `who` after a name marks a person
  if (words.length === 1) return (ctx.isPerson?.(full) ?? false) || WHO_AFTER.test(ctx.doc.text.slice(m.end, m.end + 8));
  return !PLACE_FIRST.test(words[0]!);
}

/** `Mrs. Clinton` is a woman even where `Mr. Clinton` was named first: the mention's own honorific decides. */
function mentionGenderOk(index: MentionIndex, m: Mention, full: string, want: 'm' | 'f'): boolean {
  return m.gender !== null ? m.gender === want : personGenderOk(index, full, want);
}

const PRONOUN_SUBJECT = /(?<![\p{L}])(he|she|He|She)(?![\p{L}’'])/gu;

/**
 * `he`/`she` → the focus of the nearest sentence: the speaker attributed there, else its subject
 * (`Manafort said he agreed with Cruz. "…," he said` → Manafort, not Cruz). A sentence whose subject
 * is the same pronoun continues the chain further back. Names inside quotations, possessives,
 * objects and places are passed over; a name after the pronoun in its own clause cannot be it
 * (`he told Hannity`). When no subject is found, the latest person mentioned is taken.
 */
function resolvePronoun(np: NounPhrase, ctx: CorefContext): Antecedent {
  const p = np.text.toLowerCase();
  if (p === 'they') return resolvePlural(np, ctx);
  if (p !== 'he' && p !== 'she') return null;
  const want = p === 'he' ? 'm' : 'f';
  const { doc, mentions: index, prior, quotes } = ctx;
  const { text } = doc;
  const here = sentenceAt(doc, np.start);
  const bound = new Set<string>();
  // names after the pronoun in its sentence (read at most PRONOUN_REACH ahead: a sentence may be a
  // whole unpunctuated megabyte)
  // … up to an `according to` that names another source: `he told aides, according to Jo Roe, Lee's
  // adviser` leaves Lee free
  let hereEnd = Math.min(here.end, np.end + PRONOUN_REACH);
  const according = ACCORDING_TO.exec(text.slice(np.end, hereEnd));
  if (according) hereEnd = np.end + according.index;
  const cataphor = fronted(text, here.start, np.start) ? mainSubjectAfter(np, ctx, here.end, want) : null;
  if (cataphor !== null) return cataphor;
  if (hereEnd > np.end) {
    for (let j = lastStartingBefore(index.mentions, np.end) + 1; j < index.mentions.length; j++) {
      const m = index.mentions[j]!;
      if (m.start >= hereEnd) break;
      // `he explained why voters (as the writer Mr. Lee puts it) love him`: a parenthetical or dash-set
      // aside is the writer's, outside the pronoun's clause
      if (insideAside(text, np.end, m.start)) continue;
      bound.add(lastToken(m.name));
    }
  }
  const floor = Math.max(ctx.bodyStart, reachBack(quotes, np.start, PRONOUN_REACH));
  let fallback: string | null = null;
  let mi = lastStartingBefore(index.mentions, np.start);
  let pi = prior.length - 1;
  // sentences wholly inside a quotation hold no antecedent and do not use up the window: `"Wow. I
  // love that. Wow. It is a great idea," she said` reaches back past all four
  let counted = 0;
  for (let k = here.index; k >= 0 && counted < PRONOUN_SENTENCES; k--) {
    const se = k === here.index ? np.start : sentenceEndOf(doc, k);
    if (se <= floor) break;
    const ss = Math.max(doc.sentences[k]!, floor - PRONOUN_REACH);
    if (k !== here.index && whollyQuoted(quotes, text, ss, se)) continue;
    counted++;
    // an attribution made in this sentence names its focus
    while (pi >= 0 && prior[pi]!.at >= se) pi--;
    for (let j = pi; j >= 0 && prior[j]!.at >= ss; j--) {
      const s = prior[j]!;
      if (!s.org && personGenderOk(index, s.name, want) && !bound.has(lastToken(s.name))) return s.name;
    }
    // … and so does one made to an unnamed description: `A spokeswoman for the centre said sales were up.
    // "…," she added` is the spokeswoman's, not the minister's named before
    const described = unnamedIn(ctx, ss, se, false) ?? (k !== here.index ? reportingDescription(unquoted(text, quotes, ss, se), want) : null);
    if (described !== null) return described;
    // the subject of the sentence, unless a pronoun of the same gender comes first
    const inSentence: Array<{ m: Mention; full: string }> = [];
    while (mi >= 0 && index.mentions[mi]!.start >= se) mi--;
    for (let j = mi; j >= 0 && index.mentions[j]!.start >= ss; j--) {
      const m = index.mentions[j]!;
      if (m.quoted || m.start < ctx.bodyStart) continue;
      const full = expandName(index, m.name);
      if (!(personLike(ctx, m, full) || (!m.org && appositiveSubjectAt(text, m, ss))) || !mentionGenderOk(index, m, full, want) || bound.has(lastToken(full))) continue;
      inSentence.unshift({ m, full });
    }
    let pronounAt = -1;
    PRONOUN_SUBJECT.lastIndex = 0;
    const sentence = text.slice(ss, se);
    for (let pm = PRONOUN_SUBJECT.exec(sentence); pm; pm = PRONOUN_SUBJECT.exec(sentence)) {
      const at = ss + pm.index;
      if (rangeAt(quotes, at) !== null || pm[1]!.toLowerCase() !== p) continue;
      if (isSubjectAt(text, at, at + pm[1]!.length, ss)) {
        pronounAt = at;
        break;
      }
    }
    // `As for Lee, he said he would stay`: the topic set before the pronoun is what it stands for
    const topicEnd = k === here.index ? np.start : pronounAt;
    if (topicEnd >= 0) {
      const topic = inSentence.find(({ m }) => m.end <= topicEnd && TOPIC_BEFORE.test(text.slice(ss, m.start)) && /^\s*,\s*$/u.test(text.slice(m.end, topicEnd)));
      if (topic) return topic.full;
    }
    // `China may grow fast, but that is good news, he says`: a pronoun reporting the sentence from its
    // end makes the rest its words; the main clause's subject is no antecedent (a person in a fronted
    // clause still is: `Though Ms. Roe lives there, rents have doubled, she said`)
    const reportedSentence = pronounAt >= 0 && REPORTING_TAIL.test(text.slice(Math.max(ss, pronounAt - 3), pronounAt)) && REPORTING_VERB_AFTER.test(text.slice(pronounAt, se));
    // the speaker of a cue in the sentence first (`Cruz is right, Viguerie argues`), else its subject,
    // or the possessor of a subject that is a thing (`Lee's talk with Hale ran long` is about Lee)
    // (a one-word name inside a fronted subordinate clause needs a gender or role to be the focus: `As
    // Ohio votes, it is his job, he said` is not about Ohio, `Though Ms. Roe lives there, she said` is Roe's)
    const subject = inSentence.find(({ m }) => appositiveSubjectAt(text, m, ss)) ??
      inSentence.find(({ m }) => (isSpeakerAt(text, m.start, m.end, ss) || parentheticalSpeaker(text, m, ss)) && !ASKED_WHETHER.test(text.slice(Math.max(ss, m.start - 30), m.start))) ??
      inSentence.find(({ m, full }) => (!inFrontedClause(text, ss, m.start) || full.includes(' ') || m.gender !== null || m.role !== null || genderOf(index, full) !== null) &&
        (subjectAt(text, m, ss) || isPossessorOfSubjectAt(text, m.start, m.end, ss)));
    if (subject && (pronounAt < 0 || subject.m.start < pronounAt) && (!reportedSentence || inFrontedClause(text, ss, subject.m.start))) return subject.full;
    // `The radio host has filled his speeches with scripture.`: a sentence led by a definite description
    // of a person goes on the chain as a pronoun does; its objects are not what a later `he` stands for
    if (pronounAt >= 0 || (k !== here.index && descriptionLeads(text, quotes, ss, se))) continue;
    // `For that Ann Roe drew Lee's ire: he called her weak`: a person of the other gender leads the
    // sentence, so the one person of the pronoun's own gender named before it is who it stands for
    if (k === here.index) {
      const contrast = genderContrast(text, quotes, ss, np.start, want, inSentence, index);
      if (contrast !== null) return contrast;
    }
    if (fallback === null && k !== here.index) {
      // no subject found, but a person named outside any prepositional phrase (`Jo Lee, 27, a nurse in
      // Ohio, said the rent had doubled. "…," she said`): the sentence is still about that person
      // (a possessor is not: `Lee's lawyer met Hale` is about the lawyer)
      const free = inSentence.find(({ m }) => !/^['’]/u.test(text.slice(m.end, m.end + 1)) && !/['’]s?$/u.test(text.slice(m.start, m.end)) &&
        !PREPOSITION_BEFORE.test(text.slice(Math.max(ss, m.start - 40), m.start)) && !GERUND_BEFORE.test(text.slice(Math.max(ss, m.start - 30), m.start)));
      if (free) return free.full;
      const objects = inSentence.filter(({ m }) => genderOf(index, m.name) !== null);
      const last = objects[objects.length - 1] ?? inSentence[inSentence.length - 1];
      if (last) fallback = last.full;
    }
  }
  if (fallback !== null) return fallback;
  // no sentence focus found: the latest person named before the pronoun
  for (let j = lastStartingBefore(index.mentions, np.start); j >= 0; j--) {
    const m = index.mentions[j]!;
    if (m.start < floor) break;
    if (m.quoted) continue;
    const full = expandName(index, m.name);
    if (personLike(ctx, m, full) && mentionGenderOk(index, m, full, want) && !bound.has(lastToken(full))) return full;
  }
  return null;
}

/**
 * A definite description opening a sentence (maybe after a fronted phrase and its comma), then a verb:
 * `The radio host has`, `But the senator insisted`, `In a talk on Monday, the actor discussed`.
 */
const DESCRIPTION_LEADS = /^\s*(?:(?:But|And|Yet|So|Still)\s+)?(?:[^,;:.]{1,150},\s+)?(?:The|the)\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+)\s+(?:[\p{Ll}]+ly\s+)?(?:has|had|is|was|will|would|can|could|did|does|also|then|\p{Ll}+ed)(?![\p{L}])/u;

/**
 * Does the sentence open with a definite description of one person as its subject (`The senator
 * has …`)? A body (`The committee`), a plural (`The officials`) or a spokesman (someone else speaking)
 * does not count.
 */
function descriptionLeads(text: string, quotes: readonly Range[], ss: number, se: number): boolean {
  const m = DESCRIPTION_LEADS.exec(unquoted(text, quotes, ss, Math.min(se, ss + 250)));
  if (!m) return false;
  const head = m[1]!;
  return PERSON_NOUNS.has(head) && !ORG_NOUNS.has(head) && !ORG_BODIES.has(head) && !SPEAKS_FOR.has(head);
}

/** A participle right before a name makes it its object: `forcing Lee` in `…: forcing Lee to back down`. */
const GERUND_BEFORE = /(?:^|[^\p{L}])\p{Ll}{3,}ing\s+$/u;

/** A pronoun of either gender: `she`, `her`, `he`, `his`, `him`. */
const GENDERED_PRONOUN = /(?<![\p{L}])(he|she|him|her|his|hers|He|She|Him|Her|His)(?![\p{L}])/gu;

/**
 * In the pronoun's own sentence, before it: when a pronoun or person of the other gender comes first,
 * the one person named there whose gender is known to be the pronoun's own: `For that she drew Mr.
 * Lee's ire – he called her weak` has no subject of his gender, and one man named.
 */
function genderContrast(text: string, quotes: readonly Range[], ss: number, end: number, want: 'm' | 'f', inSentence: ReadonlyArray<{ m: Mention; full: string }>, index: MentionIndex): string | null {
  const known = inSentence.filter(({ m, full }) => m.end <= end && (m.gender ?? genderOf(index, full)) === want);
  if (known.length !== 1) return null;
  const person = known[0]!;
  // the first person or pronoun of known gender in the sentence
  let first: { at: number; g: 'm' | 'f' } | null = null;
  for (let j = lastStartingBefore(index.mentions, ss) + 1; j < index.mentions.length; j++) {
    const m = index.mentions[j]!;
    if (m.start >= person.m.start) break;
    const g = m.quoted || m.org ? null : (m.gender ?? genderOf(index, expandName(index, m.name)));
    if (g !== null) {
      first = { at: m.start, g };
      break;
    }
  }
  GENDERED_PRONOUN.lastIndex = 0;
  const sentence = text.slice(ss, first?.at ?? person.m.start);
  for (let pm = GENDERED_PRONOUN.exec(sentence); pm; pm = GENDERED_PRONOUN.exec(sentence)) {
    if (rangeAt(quotes, ss + pm.index) !== null) continue;
    first = { at: ss + pm.index, g: /^(?:he|him|his)$/iu.test(pm[1]!) ? 'm' : 'f' };
    break;
  }
  return first !== null && first.g !== want ? person.full : null;
}

/** A speech verb closing a parenthetical after a name: ` explained, ` in `That, Jo Lee explained, is by design`. */
const PARENTHETICAL_CUE_AFTER = /^\s+(?:[\p{Ll}]+ly\s+)?(?:said|says|explained|explains|added|adds|noted|notes|argued|argues|insisted|insists|warned|warns|conceded|concedes|acknowledged|acknowledges|wrote|writes|claimed|claims|believes|believed|thinks|thought)\s*,/u;

/**
 * `That, Jo Lee explained, is by design`, `Prices, Ann Roe warned, will rise`: a name set in commas
 * inside its sentence with a speech verb is the sentence's speaker.
 */
function parentheticalSpeaker(text: string, m: Mention, ss: number): boolean {
  return PARENTHETICAL_CUE_AFTER.test(text.slice(m.end, m.end + 40)) && /,\s*(?:[\p{L}\p{M}.’'-]+\s+){0,6}$/u.test(text.slice(Math.max(ss, m.start - 60), m.start));
}

/**
 * Is `pos` inside an aside opened after `from`: a parenthesis not yet closed, or a dash-set appositive
 * (`he called her the next Lincoln – the president Lee admires`)?
 */
function insideAside(text: string, from: number, pos: number): boolean {
  const open = text.lastIndexOf('(', pos);
  if (open >= from && text.lastIndexOf(')', pos) < open) return true;
  return /\s[–—]\s/u.test(text.slice(from, pos));
}

/** `asked whether `, `wondered if ` before a name: the name is in the question, not the asker. */
const ASKED_WHETHER = /(?:^|[^\p{L}])(?:asked|asks|wondered|wonders)\s+(?:[\p{Ll}]+\s+)?(?:whether|if|why|how|what|when)\s+(?:[\p{Ll}]+\s+){0,2}$/u;
/** A dash-set appositive after a name: ` – a Dallas fan – ` in `Jo Lee – a Dallas fan – gave`. */
const DASH_APPOSITIVE = /^\s+[–—-]\s[^–—"“”.;]{1,80}\s[–—-]/u;

/** `, according to ` after a pronoun: the attribution names another source. */
const ACCORDING_TO = /,\s+according\s+to\s/u;
/** A fronted adverbial or subordinate clause not yet closed by its comma: `In what he called `, `When she `. */
const FRONTED_PRONOUN_CLAUSE = /^\s*(?:(?:But|And|Yet)\s+)?(?:In|As|When|While|After|Before|Since|Though|Although|If|Because|Once|Until|Despite|Days|Hours|Minutes|Weeks|Moments)\s[^,;:"“”]*$/u;

/** Does the pronoun at `pos` sit in a clause fronted before the main clause of its sentence? */
function fronted(text: string, ss: number, pos: number): boolean {
  return pos - ss <= 200 && FRONTED_PRONOUN_CLAUSE.test(text.slice(ss, pos));
}

/**
 * `In what he called a "rant", President Lee took aim at …`: a pronoun in a fronted clause stands for
 * the subject of the main clause that follows its comma, when that subject is a person of its gender.
 */
function mainSubjectAfter(np: NounPhrase, ctx: CorefContext, sentenceEnd: number, want: 'm' | 'f'): string | null {
  const { text } = ctx.doc;
  const limit = Math.min(sentenceEnd, np.end + 300);
  let comma = -1;
  for (let i = np.end; i < limit; i++) {
    if (text[i] === ',' && rangeAt(ctx.quotes, i) === null) {
      comma = i;
      break;
    }
  }
  if (comma < 0) return null;
  const { mentions } = ctx.mentions;
  const j = lastStartingBefore(mentions, comma) + 1;
  const m = mentions[j];
  if (m === undefined || m.start >= limit || m.quoted) return null;
  // only role words (`President`, `the Ohio governor`) between the comma and the name
  if (!/^,\s*(?:(?:the|The)\s+)?(?:[\p{Lu}\p{Ll}][\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(comma, m.start))) return null;
  if (/[\p{Ll}]/u.test(text.slice(comma, m.start).replace(/\b(?:the|The)\b/gu, '').replace(/\b[\p{Lu}][\p{L}.’'-]*/gu, '')) && m.role === null) return null;
  const full = expandName(ctx.mentions, m.name);
  if (!personLike(ctx, m, full) || !mentionGenderOk(ctx.mentions, m, full, want)) return null;
  return subjectAt(text, m, comma + 1) ? full : null;
}

/** The latest attribution to an unnamed description made in `[from, to)`, singular or plural. */
function unnamedIn(ctx: CorefContext, from: number, to: number, plural: boolean): { role: string } | null {
  const list = ctx.unnamed ?? [];
  for (let i = list.length - 1; i >= 0; i--) {
    const u = list[i]!;
    if (u.at >= to) continue;
    if (u.at < from) break;
    // `the report found …. "…," he said`: a document or a body is no `he`
    if (u.plural === plural && (plural || !ORG_NOUNS.has(headOf(u.role)) && !ORG_BODIES.has(headOf(u.role)))) return { role: u.role };
  }
  return null;
}

/** `…, the spokesman said.` / `A spokeswoman said …`: an unnamed person reporting in the sentence. */
const REPORTING_DESCRIPTION = /(?:^|[,;:]\s+|[.!?]\s+|^\s*(?:But|And)\s+)(?:[Tt]he|[Aa]n?)\s+((?:[\p{L}’'-]+\s+){0,3}(spokesman|spokeswoman|spokesperson|official|aide))\s+(?:(?:also|later|then)\s+)?(?:said|says|added|adds|told|explained|insisted|stressed)(?![\p{L}])/u;

/**
 * `The minister had been saying …, the spokesman said. "…," he added`: a `he`/`she` after a sentence
 * that an unnamed spokesman or official reports stands for that description, not for the person
 * talked about.
 */
function reportingDescription(sentence: string, want: 'm' | 'f'): { role: string } | null {
  const m = REPORTING_DESCRIPTION.exec(sentence);
  if (!m) return null;
  const head = m[2]!;
  if ((head === 'spokesman' && want === 'f') || (head === 'spokeswoman' && want === 'm')) return null;
  return { role: m[1]! };
}

/** A plural subject opening a clause, then a verb of saying or thinking: `The Tories say`, `Senior officials have warned`, `police said`. */
const PLURAL_SUBJECT = /(?:^|[.;:]\s+|,\s+(?:but|and|while)\s+|^\s*(?:But|And|However,|Instead,)\s+)(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Bb]oth(?:\s+the)?)\s+)?((?:[\p{L}-]+\s+){0,3}(?:[\p{L}-]+[^s\s’']s|[Pp]olice|[Pp]eople))\s+(?:(?:have|had|also|now|still|later|then)\s+)?(?:say|said|argue|argued|claim|claimed|believe|believed|deny|denied|insist|insisted|warn|warned|told|added|add|accused|want|wanted|called|suggest|suggested)(?![\p{L}])/u;

/**
 * `they` → what several people or a body said before: an organisation speaking in the nearest
 * sentences, an unnamed group (`police said …`), or a plural subject (`The Tories say …`, `Ministers
 * deny …, they say`). A capitalised group is a name (`Tories`), a lowercase one a description (`MPs`).
 */
function resolvePlural(np: NounPhrase, ctx: CorefContext): Antecedent {
  const { doc, prior, quotes } = ctx;
  const { text } = doc;
  const here = sentenceAt(doc, np.start);
  const floor = Math.max(ctx.bodyStart, reachBack(quotes, np.start, PRONOUN_REACH));
  let counted = 0;
  for (let k = here.index; k >= 0 && counted < PRONOUN_SENTENCES; k--) {
    const se = k === here.index ? np.start : sentenceEndOf(doc, k);
    if (se <= floor) break;
    const ss = Math.max(doc.sentences[k]!, floor);
    if (k !== here.index && whollyQuoted(quotes, text, ss, se)) continue;
    counted++;
    for (let j = prior.length - 1; j >= 0; j--) {
      const s = prior[j]!;
      if (s.at >= se) continue;
      if (s.at < ss) break;
      if (s.org) return s.name;
    }
    const group = unnamedIn(ctx, ss, se, true);
    if (group !== null) return group;
    const pair = coordinatedSubject(ctx, ss, se);
    if (pair !== null) return pair;
    const subject = PLURAL_SUBJECT.exec(unquoted(text, quotes, ss, se));
    if (subject) {
      const phrase = subject[1]!.replace(/^(?:(?:But|And|However|Instead|the|The)[,]?\s+)+/u, '');
      const words = phrase.split(/\s+/u);
      const head = words[words.length - 1]!;
      // `but accepted many experts said`: a verb inside is no noun phrase
      if (PLURAL_NOT_GROUP.test(head) || words.some((w) => /^\p{Ll}.*(?:ed|ing)$/u.test(w))) continue;
      // `The Tories say` names a body; `Ministers deny`, `the MPs said` describe people
      const common = /^(?:police|people)$/iu.test(head) || PERSON_NOUNS.has(head.toLowerCase().replace(/s$/u, '')) || PERSON_NOUNS.has(head.toLowerCase());
      return /^\p{Lu}/u.test(phrase) && !/\s\p{Ll}/u.test(phrase) && !common ? phrase : { role: phrase };
    }
  }
  return null;
}

/**
 * `Professors Lee and Roe argue that …. In Ohio, they write, "…"`: two people joined by `and` as the
 * subject of a sentence are what a later `they` stands for; the speaker is both (`Jo Lee and Ann Roe`).
 */
function coordinatedSubject(ctx: CorefContext, ss: number, se: number): string | null {
  const { mentions: index, doc } = ctx;
  const { text } = doc;
  for (let j = lastStartingBefore(index.mentions, ss) + 1; j + 1 < index.mentions.length; j++) {
    const a = index.mentions[j]!;
    if (a.start >= se) break;
    const b = index.mentions[j + 1]!;
    if (a.quoted || b.quoted || b.end > se || !/^\s+and\s+$/u.test(text.slice(a.end, b.start))) continue;
    const fa = expandName(index, a.name);
    const fb = expandName(index, b.name);
    if (!personLike(ctx, a, fa) || !personLike(ctx, b, fb) || !isSubjectAt(text, a.start, b.end, ss)) continue;
    return `${fa} and ${fb}`;
  }
  return null;
}

/** Plural subjects that are no speaking group: `Prices rise`, `Figures show`, `These days`. */
const PLURAL_NOT_GROUP = /^(?:prices|figures|results|sales|shares|profits|days|years|months|weeks|times|things|numbers|rates|costs|plans|talks|reports|statistics|data|polls|surveys|studies)$/iu;

/** `[from, to)` with quoted stretches blanked out (offsets kept): a quotation's words hold no subject. */
function unquoted(text: string, quotes: readonly Range[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (let i = Math.max(0, lastStartingBefore(quotes, from)); i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.start >= to) break;
    if (q.end <= at) continue;
    out += text.slice(at, Math.max(at, q.start)) + ' '.repeat(Math.max(0, Math.min(q.end, to) - Math.max(at, q.start)));
    at = Math.min(q.end, to);
  }
  return out + text.slice(at, to);
}

/** `As for `, `But as for the ` opening a sentence: a topic set before its clause. */
const TOPIC_BEFORE = /^\s*(?:(?:But|And|So)\s+)?(?:[Aa]s\s+(?:for|to)|[Aa]s\s+regards)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}$/u;
/** The comma before a reporting clause at the end of a sentence: `…, he says.` */
const REPORTING_TAIL = /,\s*$/u;
/** A pronoun and a speech verb closing the sentence: `he says.`, `he said on Tuesday.` */
const REPORTING_VERB_AFTER = /^\p{L}+\s+(?:[\p{Ll}]+ly\s+)?(?:says|said|adds|added|argues|argued|notes|noted|insists|insisted|explains|explained|contends|contended|believes|believed|thinks|thought)(?![\p{L}])[^,;:"“”]{0,60}$/u;

/** A place after a name: ` of Florida` in `Senator Jo Lee of Florida is airing an ad`. */
const OF_PLACE_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*){0,2}/u;
/** A description opening the sentence before a name in commas: `The leader of the club, ` / `His wife, `. */
const DESCRIPTION_OPENER = /^\s*(?:(?:But|And|So|Meanwhile|On\s+\p{Lu}\p{L}+\s+\p{Lu}\p{L}+|On\s+\p{Lu}\p{L}+),?\s+)?(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}\p{M}.-]*['’]s?)\s([^,;:"“”]{0,70}),\s*$/u;
/** A verb right after a name set off by commas: `, warned`, `, called for`, `, who said`. */
const VERB_AFTER_APPOSITIVE = /^\s*,\s*(?:who\s+)?(?:[\p{Ll}]+ly\s+)?(?:[\p{Ll}]+(?:ed|es|s)|said|told|wrote|spoke|made|took|gave|met|went|came|began|saw|found|kept|left|ran|sent|thought|knew|got|won|lost|held|brought|put|set|led|stood|has|had|is|was|will|would|can|could|may|might)(?![\p{L}])/u;

/**
 * Is the mention the subject of its sentence? Besides `isSubjectAt`: a name with its place (`Senator
 * Jo Lee of Florida is airing …`) or a dash-set appositive (`Jo Lee – a Dallas fan – gave …`).
 */
function subjectAt(text: string, m: Mention, ss: number): boolean {
  if (isSubjectAt(text, m.start, m.end, ss)) return true;
  const place = OF_PLACE_AFTER.exec(text.slice(m.end, m.end + 60)) ?? DASH_APPOSITIVE.exec(text.slice(m.end, m.end + 100));
  return place !== null && isSubjectAt(text, m.start, m.end + place[0].length, ss);
}

/**
 * A name in commas after a description that opens the sentence (`The head of the union, Jo Lee, warned
 * …`, `His wife, Ann, called …`) is its subject: the description is the name's, and any name inside it
 * (`the union`) is not the subject.
 */
function appositiveSubjectAt(text: string, m: Mention, ss: number): boolean {
  if (m.start - ss > 160) return false;
  const opener = DESCRIPTION_OPENER.exec(text.slice(ss, m.start));
  if (!opener || !VERB_AFTER_APPOSITIVE.test(text.slice(m.end, m.end + 60))) return false;
  return opener[1]!.toLowerCase().split(/[^\p{L}-]+/u).some((w) => PERSON_NOUNS.has(w) && !ORG_NOUNS.has(w));
}

/** A sentence opening with a subordinator whose clause has not closed (no comma yet): `As Ohio ` in `As Ohio votes, …`. */
const FRONTED_OPEN = /^\s*(?:(?:But|And|So|Yet)\s+)?(?:As|When|While|If|Because|Although|Though|After|Before|Since|Until|Once|Whereas|Whenever)\s[^,;]*$/u;

/** Does `pos` lie inside a fronted subordinate clause of the sentence starting at `ss`? */
function inFrontedClause(text: string, ss: number, pos: number): boolean {
  return pos - ss <= 300 && FRONTED_OPEN.test(text.slice(ss, pos));
}

/** How many sentences back a definite description looks for the person it stands for. */
const DESCRIPTION_SENTENCES = 4;

/** The head noun of a description: `broadcaster` in `the feminist writer and broadcaster`. */
function headOf(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/u);
  return (words[words.length - 1] ?? '').replace(/[.’',]+$/u, '');
}

/** Heads of descriptions for people who speak on another's behalf: named only by an earlier `spokesman Jo Lee`. */
const SPEAKS_FOR: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'adviser', 'advisor', 'source', 'representative', 'lawyer', 'attorney', 'solicitor']);

/** `judges`, `officials`, `people`: a plural person noun. */
function isPlural(head: string): boolean {
  return head === 'people' || (head.endsWith('s') && !head.endsWith('ss') && PERSON_NOUNS.has(head.slice(0, -1)));
}

/** Does `word` stand as a word in `text` (`correspondent` in `BBC correspondent `; `hosts` is not `host`)? */
function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:[^\\p{L}]|$)`, 'iu').test(text);
}

/**
 * `the group said`, `the firm added`: an organisation whose name holds the noun, else the organisation
 * that spoke last (one mentioned in passing is too often the wrong one: `Lee told the Daily News`),
 * never a person.
 */
function resolveOrgDescription(np: NounPhrase, ctx: CorefContext, head: string): string | null {
  const floor = np.start - DESCRIPTION_REACH;
  // `the department` → `State Department`, `the board` → `the Board of Elections`: a name holding the noun
  const { mentions } = ctx.mentions;
  for (let i = lastStartingBefore(mentions, np.start); i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < floor || m.start < ctx.bodyStart) break;
    if (!m.quoted && hasWord(m.name, head)) return m.name;
  }
  for (let i = ctx.prior.length - 1; i >= 0; i--) {
    const s = ctx.prior[i]!;
    if (s.at >= np.start) continue;
    if (s.at < floor) break;
    if (s.org) return s.name;
  }
  return null;
}

/**
 * A definite description (`the pop star said`, `the Liberal Democrat leader said`, `our correspondent
 * added`) → the person it stands for: first a person named with that noun as role or appositive
 * (`BBC correspondent Ann Roe`, `Ann Roe, the band's singer`); then, for `the` descriptions only, the
 * focus of the nearest sentences (the speaker of a cue, else the subject) or the latest speaker.
 * Indefinites (`a spokesman`) name nobody.
 */
function resolveDescription(np: NounPhrase, ctx: CorefContext): string | null {
  if (np.indefinite) return null;
  const { mentions: index, prior, doc } = ctx;
  const { text } = doc;
  const head = headOf(np.text);
  if (ORG_BODIES.has(head)) return resolveOrgDescription(np, ctx, head);
  const floor = np.start - DESCRIPTION_REACH;
  for (let i = lastStartingBefore(index.mentions, np.start); i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start < floor) break;
    if (m.quoted || m.org) continue;
    if (m.role && m.role.toLowerCase().includes(head)) return expandName(index, m.name);
    // `a panel of judges including Ann Roe`: a name after a plural noun is one of several
    if (m.start < ctx.bodyStart || head.length < 4 || isPlural(head)) continue;
    // `BBC correspondent Ann Roe`, `Singer Ann Roe`: the noun just before the name, in its clause
    const lead = text.slice(Math.max(0, m.start - 40), m.start);
    const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf('.'), lead.lastIndexOf('\n')) + 1);
    // `Ann Roe, the band's singer,`: the noun in the appositive after the name
    const app = /^\s*,([^,.;:"“”]{1,80})[,.]/u.exec(text.slice(m.end, m.end + 90));
    // … unless the description is that very phrase: `Prices, the minister warned, will rise` is a
    // parenthetical attribution, not an appositive of `Prices`
    const ownPhrase = app !== null && np.start >= m.end && np.start < m.end + app[0].length;
    if (hasWord(clause, head) || (app !== null && !ownPhrase && hasWord(app[1]!, head))) return expandName(index, m.name);
  }
  // `our correspondent`, `his spokesman`: only a name given that role says who; `the judges`, `the
  // officials`: several people, not one named before
  if (!/^the\s/iu.test(np.text) || isPlural(head)) return null;
  // `the spokeswoman`, `the aide`: speaks for someone, so never the person the text is about nor the
  // last speaker (`Ann Roe opened the mall. "…," the mall spokeswoman said` is not Roe's)
  if (SPEAKS_FOR.has(head)) return null;
  // `the statement said`, `the report found`: a document speaks for whoever spoke last, not for the
  // person a sentence is about
  if (!ORG_NOUNS.has(head)) {
    const focus = descriptionFocus(np, ctx, floor);
    if (focus !== null) return focus;
  }
  for (let i = prior.length - 1; i >= 0; i--) {
    const s = prior[i]!;
    if (s.at >= np.start || s.org) continue;
    return s.at >= floor ? s.name : null;
  }
  return null;
}

/**
 * The person the nearest sentences are about, for `the pop star said`: an earlier speaker in them,
 * else the speaker of a cue, else the subject. Only names known as people (a gender, a role, or a
 * speech verb of their own) count: `New Hampshire` or `TV` never stands for `the woman`.
 */
function descriptionFocus(np: NounPhrase, ctx: CorefContext, floor: number): string | null {
  const { mentions: index, prior, doc } = ctx;
  const { text } = doc;
  const here = sentenceAt(doc, np.start);
  let pi = prior.length - 1;
  let mi = lastStartingBefore(index.mentions, np.start);
  for (let k = here.index; k >= 0 && k > here.index - DESCRIPTION_SENTENCES; k--) {
    const se = k === here.index ? np.start : sentenceEndOf(doc, k);
    const ss = doc.sentences[k]!;
    if (se <= Math.max(floor, ctx.bodyStart)) break;
    while (pi >= 0 && prior[pi]!.at >= se) pi--;
    for (let j = pi; j >= 0 && prior[j]!.at >= ss; j--) if (!prior[j]!.org) return prior[j]!.name;
    const inSentence: Array<{ m: Mention; full: string }> = [];
    while (mi >= 0 && index.mentions[mi]!.start >= se) mi--;
    for (let j = mi; j >= 0 && index.mentions[j]!.start >= ss; j--) {
      const m = index.mentions[j]!;
      if (m.quoted || m.start < ctx.bodyStart || m.start < floor) continue;
      const full = expandName(index, m.name);
      if (personLike(ctx, m, full)) inSentence.unshift({ m, full });
    }
    const speaker = inSentence.find(({ m }) => isSpeakerAt(text, m.start, m.end, ss));
    if (speaker) return speaker.full;
    const subject = inSentence.find(({ m }) => isSubjectAt(text, m.start, m.end, ss));
    if (subject && (subject.m.role !== null || genderOf(index, subject.full) !== null)) return subject.full;
  }
  return null;
}

/**
 * A description of lower-case words (a possessive inside) ending in a capitalised name: `the
 * carmaker's chief executive Jo Lee`, `the families' solicitor Ann Roe`. Group 1 the descriptors,
 * group 2 the name.
 */
const DESCRIBED_NAME = /^((?:(?:the|The|a|A|an|An)\s+)?(?:\p{Lu}[\p{L}-]*['’]s?\s+)?(?:[\p{Ll}][\p{L}-]*['’]?s?\s+){1,5})((?:\p{Lu}[\p{L}\p{M}.’'\-&]*\s+(?:(?:de|da|del|der|van|von|bin|al|el|di|du|le|la)\s+)?)*\p{Lu}[\p{L}\p{M}’'\-&]*)\.?$/u;

/** Words that make descriptors a clause or a phrase with its own object: `a spokesman for Jo Lee`, `claims Jo Lee`. */
const NOT_DESCRIPTOR_WORDS: ReadonlySet<string> = new Set(['for', 'of', 'to', 'with', 'by', 'from', 'at', 'in', 'on', 'behind', 'than', 'and', 'but', 'or', 'that', 'what', 'who', 'is', 'was', 'are', 'were', 'be', 'after', 'before', 'comes', 'claims', 'says', 'said', 'told', 'represented', 'had', 'has', 'have', 'not', 'there', 'more', 'as']);
/** A role ending in a person's title: `… Party Chairman`, `House Press Secretary`, `Foreign Minister`. */
const TITLE_END = /(?:^|\s)(?:Chairman|Chairwoman|Chair|Secretary|President|Minister|Director|Spokesman|Spokeswoman|Spokesperson|Leader|Chief|Executive|Officer|Governor|Mayor|Commissioner|Ambassador|Adviser|Advisor|Manager|Editor|Head|Coach|Captain|Founder|Correspondent)$/u;

/** Resolves a speaker phrase to a name, role and kind. */
export function resolveSpeaker(np: NounPhrase, ctx: CorefContext): ResolvedSpeaker {
  const { mentions: index } = ctx;
  if (np.kind === 'pronoun') {
    const antecedent = resolvePronoun(np, ctx);
    if (antecedent === null || typeof antecedent === 'string') return { name: antecedent, role: null, kind: 'pronoun' };
    return { name: null, role: antecedent.role, kind: 'nominal' };
  }
  if (np.kind === 'nominal') {
    const head = (np.text.toLowerCase().split(/\s+/u).pop() ?? '').replace(/[.’']+$/u, '');
    const caps = np.text.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An|One|Another|His|Her|Their)$/u.test(w));
    if (ORG_NOUNS.has(head) && caps.length > 0) {
      // `an Élysée Palace statement`, `the Trump campaign` (not `a German statement`: a nationality or a
      // place before the noun names no body)
      const body = caps.join(' ').replace(/['’]s$/u, '');
      const typed = typeByName(body);
      if (typed === null || canSpeak(typed)) return { name: body, role: null, kind: 'organization' };
    }
    const name = resolveDescription(np, ctx);
    return { name, role: np.text.replace(/^(?:the|a|an|one|another)\s+/iu, ''), kind: 'nominal' };
  }
  // `the carmaker's chief executive Jo Lee`, `the firm's lawyer Ann Roe`: lower-case descriptors before a
  // name describe it; the name speaks, the organisation in the description does not
  const described = DESCRIBED_NAME.exec(np.text);
  if (described !== null && !described[1]!.split(/\s+/u).some((w) => NOT_DESCRIPTOR_WORDS.has(w.toLowerCase()))) {
    const inner = resolveSpeaker({ ...np, start: np.end - described[2]!.length, text: described[2]!, appositive: null }, ctx);
    if (inner.name !== null) return inner.kind === 'named' && inner.role === null ? { ...inner, role: described[1]!.trim().replace(/^(?:the|a|an)\s+/iu, '') } : inner;
  }
  const parts = splitName(np.text.replace(/^(?:the|The)\s+/u, ''));
  if (parts === null) return { name: null, role: null, kind: 'named' };
  // `Democratic National Committee Chairman Ed Rendell`: a body's name inside a title before a full
  // name is the person's role, not the speaker
  const titledPerson = parts.role !== null && parts.name.includes(' ') && TITLE_END.test(parts.role);
  const org = parts.org || /^(?:the|The)\s/u.test(np.text) || (!titledPerson && np.text.split(/\s+/u).some((w) => ORG_WORDS.has(w)));
  if (org) {
    // `the Treasury Office`: an organisation keeps its whole name, role words included (not a
    // sentence's final period: `ABC News.`)
    const whole = np.text.replace(/^(?:the|The)\s+/u, '').replace(/['’]s$/u, '').replace(/(?<!(?:^|[\s.])\p{Lu})\.$/u, '');
    return { name: whole, role: null, kind: 'organization' };
  }
  const name = expandName(index, parts.name);
  const role = parts.role ?? index.roles.get(lastToken(name)) ?? (np.appositive && /^(?:a|an|the)\s/iu.test(np.appositive) ? np.appositive.replace(/^(?:a|an|the)\s+/iu, '') : null);
  return { name, role, kind: 'named' };
}
