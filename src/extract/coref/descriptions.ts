/**
 * Descriptions (`the minister`, `the company`): the person or organisation named before that they
 * stand for, and described names (`the party's chairman Jo Lee`).
 */
import { lastStartingBefore, rangeAt } from '../../lib/sorted.js';
import type { NounPhrase } from '../cues.js';
import { ageOrNationDescription, descriptionHead } from '../cues.js';
import type { Mention } from '../mentions.js';
import { sentenceAt, sentenceEndOf } from '../document.js';
import { expandName, genderOf, lastToken } from '../mentions.js';
import { ORG_BODIES, ORG_NOUNS, PERSON_NOUNS } from '../../lexicon/words.js';
import { isPossessorOfSubjectAt, isSpeakerAt, isSubjectAt } from '../subjects.js';
import { canSpeak, typeByName } from '../entities.js';
import { isGivenName } from '../../lexicon/given-names.js';
import { wordTest } from '../word-test.js';
import {
  DESCRIPTION_REACH,
  GENDERED_NOUNS,
  SPEAKS_FOR,
  headOf,
  namesAfterInClause,
  personLike,
  unquoted,
} from './reading.js';
import type { CorefContext, PriorSpeaker } from './types.js';

const DESCRIPTION_SENTENCES = 4;

/** A company's legal form closing its name: `Harbour Ltd`, `Acme Corp`, `Nordbank AG`. */
const COMPANY_END = /\s(?:Ltd|Plc|plc|PLC|Corp|Corporation|Inc|Holdings|LLC|AG|SA|GmbH|NV|Co)\.?$/u;

/** `judges`, `officials`, `people`: a plural person noun. */
function isPlural(head: string): boolean {
  return head === 'people' || (head.endsWith('s') && !head.endsWith('ss') && PERSON_NOUNS.has(head.slice(0, -1)));
}

/**
 * Can a mention be an organisation: marked so by its words (`Ministry`, `Ltd`), or a name the article
 * gives no person's evidence (no gender, role, given name) and that is no place or time (`EMI`).
 */
function bodyLike(ctx: CorefContext, m: Mention): boolean {
  if (m.org || COMPANY_END.test(m.name)) return true;
  // `MPs`, `CSOs`: a plural of initials names people, not a body
  if (PLURAL_INITIALS.test(m.name)) return false;
  const typed = typeByName(m.name);
  if (typed !== null) return typed === 'organisation';
  // speaking (`Quayco said`) is no person's evidence here: bodies speak too
  const full = ctx.mentions.fullest.get(m.name.split(' ').pop() ?? m.name) ?? m.name;
  if (m.gender === null && m.role === null && genderOf(ctx.mentions, m.name) === null && !/\s/u.test(full)) return true;
  return articleBody(ctx, m);
}

/**
 * The body a mention names, for a body's description to stand for: the mention's name when it may be a body's (see
 * `bodyLike`), or its fullest form when that is typed a body's (`US Airways` for `Airways`); null when the mention is
 * no body's, or a word the article writes in lower case too (`Staff calling in sick …`, `baggage staff`).
 */
function bodyNamed(ctx: CorefContext, m: Mention): string | null {
  const { text } = ctx.doc;
  // (`the Bank of England`, read as `Bank` and `England`: the whole name)
  const whole = ofBodyName(ctx, m);
  if (whole !== null) return whole;
  let name: string | null = null;
  if (bodyLike(ctx, m)) name = m.name;
  // (a name with a person's gender is no body's, whatever its fullest form)
  else if (m.gender === null) {
    const full = expandName(ctx.mentions, m.name);
    // (`US Airways` read as the place `US` and the name `Airways`: the capitalised word before it joins it)
    const word = CAPITAL_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1];
    if (full !== m.name && typeByName(full) === 'organisation') name = full;
    else if (word !== undefined && typeByName(`${word} ${m.name}`) === 'organisation') name = `${word} ${m.name}`;
  }
  if (name === null || name.includes(' ')) return name;
  const phrase = {
    start: m.start,
    end: m.end,
    text: m.name,
    kind: 'named' as const,
    indefinite: false,
    appositive: null,
  };
  if (ctx.canSpeak?.(phrase) === false) return null;
  // `Adding to the chaos …`, `Altogether, …`: a word of a verb's or an adverb's shape, capitalised only where it
  // opens a sentence, is no body's name
  // (`Increased resources … were needed`: a past participle's too)
  if (
    /^\p{Lu}[\p{Ll}]+(?:ing|ly)$|^\p{Lu}[\p{Ll}]{3,}ed$/u.test(name) &&
    opensSentence(ctx, m.start) &&
    !writtenInside(ctx, name)
  )
    return null;
  // … nor a word of a common word's shape (`Sloppy wording of the bill …`) capitalised only there, no verb's shape
  // after it nor a possessive's mark, that nothing else says is a body's (not `Quayco makes games`, `Quayco's board`)
  if (
    /^\p{Lu}[\p{Ll}]+$/u.test(name) &&
    opensSentence(ctx, m.start) &&
    !writtenInside(ctx, name) &&
    !m.org &&
    typeByName(name) !== 'organisation' &&
    !FINITE_VERB_AFTER.test(text.slice(m.end, m.end + 30)) &&
    !/^['’]/u.test(text.slice(m.end, m.end + 1)) &&
    !/['’]s?$/u.test(text.slice(m.end - 2, m.end)) &&
    !articleBody(ctx, m)
  )
    return null;
  return name;
}

/** A word of a finite verb's shape right after a name: `makes`, `posted`, `has`, `will`, `said`, `fell`. */
const FINITE_VERB_AFTER =
  /^[ \u00A0]+(?:(?:also|now|then|still)[ \u00A0]+)?(?:has|had|have|is|was|are|were|will|would|could|can|may|might|should|must|did|does|said|told|made|grew|fell|rose|won|lost|took|gave|went|came|saw|got|began|put|set|cut|kept|held|left|sold|bought|paid|brought|thought|found|became|ran|spent|met|[\p{Ll}]+(?:s|ed))(?![\p{L}])/u;

/** A capitalised word right before a name (group 1), not one that opens a sentence's phrase: `US ` of `US Airways`. */
const CAPITAL_BEFORE =
  /(?:^|[^\p{L}.])(?!(?:The|A|An|In|At|On|For|But|And|Of|To)[ \u00A0]$)(\p{Lu}[\p{L}\p{M}]*)[ \u00A0]$/u;

/** Does the sentence (or a quotation's or a paragraph's words) open at `at`: only spaces and marks before it? */
function opensSentence(ctx: CorefContext, at: number): boolean {
  const ss = sentenceAt(ctx.doc, at).start;
  return /^[\s"“‘'(]*$/u.test(ctx.doc.text.slice(ss, at));
}

/** Is the one-word name written capitalised somewhere other than at a sentence's opening? */
function writtenInside(ctx: CorefContext, name: string): boolean {
  return ctx.mentions.mentions.some((o) => o.name === name && !opensSentence(ctx, o.start));
}

/** `The ` or `the ` right before a name: `The BBC's flagship programme …` opens with its possessor. */
const THE_OPENS = /(?:^|[^\p{L}])[Tt]he[ \u00A0]$/u;

/**
 * Is the name the possessor of its sentence's subject, a thing the body has (`Harbour United's board has agreed …`,
 * `The BBC's flagship programme is to move …`, `Acme's response comes …`)? The sentence is about the body.
 */
function possessorOfSubject(text: string, m: Mention, ss: number): boolean {
  const own = /^['’]s?(?![\p{L}])/u.exec(text.slice(m.end, m.end + 3));
  const end = /['’]s?$/u.test(text.slice(m.end - 2, m.end)) ? m.end : own === null ? -1 : m.end + own[0].length;
  if (end < 0) return false;
  const start = THE_OPENS.test(text.slice(Math.max(ss, m.start - 4), m.start)) ? m.start - 4 : m.start;
  return isPossessorOfSubjectAt(text, Math.max(ss, start), end, ss);
}

/** `, which` right after a name: a body's or a thing's, never a person's. */
const WHICH_AFTER = /^\s*,\s*which\s/u;

/** Words all in capitals, three or more: a headline read as a name (`PANEL RULES FOR HARBOUR`), no body's. */
const CAPITALS_HEADLINE = /^[\p{Lu}\p{N}.'’&-]+(?:\s+[\p{Lu}\p{N}.'’&-]+){2,}$/u;

/** `MPs`, `GPs`, `CSOs`: capitals and a plural `s`. */
const PLURAL_INITIALS = /^\p{Lu}{2,}s$/u;

/**
 * Does the article say the mention's name is a body's: `Harbour Foods said it would`, `the chief executive of
 * Harbour Foods`, `shares in Harbour Foods` (the entity layer's reading of the article), and nothing says a
 * person's (no gender, role or honorific)?
 */
function articleBody(ctx: CorefContext, m: Mention): boolean {
  if (m.gender !== null || m.role !== null || genderOf(ctx.mentions, m.name) !== null) return false;
  // (`Jo Lee lost his home. The bank said …`: a given name of the lists and a surname are a person's, whatever the
  // entity layer guesses; only `it` said of the name makes it a body's, `John Lewis said it would`)
  if (
    !givenAndSurname(expandName(ctx.mentions, m.name)) &&
    ctx.speakerEntity?.({ phrase: m.name, kind: 'named', name: m.name }) === 'organization'
  )
    return true;
  return SAID_IT_AFTER.test(ctx.doc.text.slice(m.end, m.end + 60));
}

/**
 * `Harbour Foods said on Monday it would`, `Harbour Foods announced that it`: `it` reporting for the name says a
 * body (a few words of time between the verb and the pronoun).
 */
const SAID_IT_AFTER =
  /^\s+(?:has\s+|had\s+)?(?:said|says|announced|announces|confirmed|confirms|revealed|reveals|disclosed|discloses|reported|reports|admitted|admits|denied|denies|added|adds|warned|warns|insisted|insists|stated|states)\s+(?:(?:on|last|this|late|early|in)\s+[\p{L}\p{N}]+\s+)?(?:that\s+)?it(?![\p{L}’'])/u;

/** The two words after a name: `home secretary` in `Shadow home secretary Jo Lee said`. */
const TWO_WORDS_AFTER = /^[ \u00A0]+([\p{Ll}-]+)(?:[ \u00A0]+([\p{Ll}-]+))?/u;

/** Nouns for a body of people that the person nouns leave out: `Ground staff`, `Cabin crew`. */
const COLLECTIVES: ReadonlySet<string> = new Set(['staff', 'crew', 'personnel', 'workforce']);

/** A noun for a body, a document or people, singular or plural: `government`, `airlines`, `teachers`. */
function bodyOrPeopleNoun(word: string): boolean {
  const stems = [word, word.replace(/s$/u, ''), word.replace(/ies$/u, 'y')];
  return stems.some((w) => ORG_BODIES.has(w) || ORG_NOUNS.has(w) || PERSON_NOUNS.has(w) || COLLECTIVES.has(w));
}

/**
 * Does the capitalised word ending at `end` modify the noun after it (`Shadow home secretary`, `Conservative
 * government`, `Major airlines`, `PE teachers`) rather than stand as a body's name before its verb?
 */
function modifiesNoun(text: string, end: number): boolean {
  const m = TWO_WORDS_AFTER.exec(text.slice(end, end + 60));
  if (m === null) return false;
  return bodyOrPeopleNoun(m[1]!) || (m[2] !== undefined && PERSON_NOUNS.has(m[2]));
}

/**
 * Does the body noun `head` stand right before the mention, as its description (`football club Harbour Rovers`,
 * `the airline Kestrel`), or in commas right after it (`Harbour Rovers, the club,`), and the mention carry no
 * person's evidence (a gender, a role, a given name: `the company Jo Lee founded` names a founder)?
 */
function nounBeforeBody(ctx: CorefContext, m: Mention, head: string): boolean {
  const { text } = ctx.doc;
  const before = text.slice(Math.max(0, m.start - head.length - 2), m.start);
  const after = APPOSITIVE_AFTER.exec(text.slice(m.end, m.end + 70))?.[1];
  const described =
    (before.toLowerCase().endsWith(` ${head} `) || before.toLowerCase() === `${head} `) &&
    /^[\p{Ll}]/u.test(before.slice(-head.length - 1));
  if (!described && (after === undefined || headOf(after) !== head)) return false;
  if (m.gender !== null || m.role !== null || genderOf(ctx.mentions, m.name) !== null) return false;
  if (isGivenName(m.name.split(' ', 1)[0]!)) return false;
  const typed = typeByName(m.name);
  return typed === null || typed === 'organisation';
}

/** ` of Trade`, ` of the Interior`, ` on Presidential Debates`: the capitalised rest of a body's name after its noun. */
const OF_TAIL =
  /^[ \u00A0]+(?:of|on|for)[ \u00A0]+(?:the[ \u00A0]+)?\p{Lu}[\p{L}\p{M}&'’-]*(?:[ \u00A0]+(?:and[ \u00A0]+|&[ \u00A0]+)?\p{Lu}[\p{L}\p{M}&'’-]*){0,4}/u;

/**
 * `Harbourland's Ministry` written `Harbourland's Ministry of Trade`: a name ending in the description's noun keeps
 * the ` of …` that follows it in the text (without a possessor before it, the country's: `Ministry of Trade`).
 */
function withOfTail(text: string, end: number, name: string, head: string): string {
  const last = lastToken(name).toLowerCase();
  if (last !== head && last !== `${head}s`) return name;
  const tail = OF_TAIL.exec(text.slice(end, end + 80));
  if (tail === null) return name;
  return `${name.replace(/^.*['’]s?\s+/u, '')}${tail[0].replace(/[ \u00A0]+/gu, ' ')}`;
}

/** Body nouns news writes capitalised before ` of`/` for` and the rest of a name: `Bank of …`, `Office for …`. */
const OF_NAME_NOUNS: ReadonlySet<string> = new Set([...ORG_BODIES, 'office', 'bureau', 'centre', 'center']);

/** ` of the `, ` for `: what joins a body's noun to the rest of its name. */
const OF_JOIN = /^[ \u00A0]+(?:of|for)[ \u00A0]+(?:the[ \u00A0]+)?/u;

/** A capitalised word of a name's tail (group 1), after a space or an `and`/`&`. */
const TAIL_WORD = /^([ \u00A0]+(?:(?:and|&)[ \u00A0]+)?)(\p{Lu}[\p{L}\p{M}'’-]*)/u;

/** Words that end a body's name's tail: a time (`the Bank of England on Monday` is cut before `on`, `Bank of England
 * Monday` before the day). */
const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * The capitalised rest of a body's name after its noun ending at `end` (` of England`, ` for Work and Pensions`, ` of
 * the Interior`), or null: no title nor given name of a person written after the name (`Bank of England Governor Jo
 * Lee` gives ` of England`), no time word.
 */
function bodyTail(text: string, end: number): string | null {
  const join = OF_JOIN.exec(text.slice(end, end + 12));
  if (join === null) return null;
  let at = end + join[0].length;
  let tail = join[0];
  let words = 0;
  for (;;) {
    const w =
      words === 0
        ? /^()(\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text.slice(at, at + 40))
        : TAIL_WORD.exec(text.slice(at, at + 40));
    if (w === null || words >= 5) break;
    const word = w[2]!;
    // (the first word may be a title's: `Department of Justice`, `Bank of Georgia`)
    if (TIME_WORD.test(word) || (words > 0 && (TITLE_END.test(` ${word}`) || isGivenName(word)))) break;
    // (`&`/`and` joins only a name's next word: ` and Pensions`, not ` and Jo`)
    tail += w[0];
    at += w[0].length;
    words++;
  }
  if (words === 0) return null;
  // (an `and` left hanging is no part of the name)
  return tail.replace(/[ \u00A0]+(?:and|&)$/u, '').replace(/[ \u00A0]+/gu, ' ');
}

/**
 * The whole name of a body the mentions split at its ` of`/` for` (`Bank` and `England` of `the Bank of England`,
 * `Institute` and `Fiscal Studies` of `the Institute for Fiscal Studies`): from the noun's mention or one of the
 * tail's, the noun and its tail; null when the mention is no part of such a name.
 */
function ofBodyName(ctx: CorefContext, m: Mention): string | null {
  return ofBodyAt(ctx, m)?.name ?? null;
}

/** `ofBodyName` with where the whole name starts and ends in the text. */
function ofBodyAt(ctx: CorefContext, m: Mention): { name: string; start: number; end: number } | null {
  const { text } = ctx.doc;
  const { mentions } = ctx.mentions;
  // (the noun alone, `Bank`, or closing a name, `Harbour Institute`)
  const endsInNoun = (o: Mention): boolean => OF_NAME_NOUNS.has(lastToken(o.name).toLowerCase());
  let noun: Mention | undefined = m;
  if (!endsInNoun(m)) {
    // the mention in a tail: the noun's mention right before its join
    const k = lastStartingBefore(mentions, m.start);
    noun = undefined;
    for (let i = k; i >= 0 && i > k - 3; i--) {
      const o = mentions[i]!;
      if (o === m || o.start >= m.start) continue;
      if (m.start - o.end > 16 || !endsInNoun(o)) break;
      noun = o;
      break;
    }
    if (noun === undefined) return null;
  }
  if (!/^\p{Lu}/u.test(noun.name)) return null;
  const tail = bodyTail(text, noun.end);
  if (tail === null) return null;
  // (the tail must hold the mention it was read from)
  if (noun !== m && noun.end + tail.length < m.end - 1) return null;
  return { name: `${noun.name}${tail}`, start: noun.start, end: noun.end + tail.length };
}

/** An indefinite article and up to three words before a noun: `a Kestrel ballot `, `another `. */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an|another|one|A|An|Another|One)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}$/u;

/**
 * Where the latest indefinite noun phrase headed by `head` in `[from, to)` outside quotations ends (`a Kestrel ballot
 * commission`, not `a commission spokesman`), or `from` when there is none.
 */
function unnamedIntroduction(ctx: CorefContext, head: string, from: number, to: number): number {
  if (from >= to) return from;
  const window = unquoted(ctx.doc.text, ctx.quotes, from, to);
  const re = new RegExp(`(?<![\\p{L}-])${head.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}-])`, 'giu');
  let found = from;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    const end = m.index + m[0].length;
    const next = /^\s+([\p{Ll}-]+)/u.exec(window.slice(end, end + 30))?.[1];
    if (next !== undefined && (PERSON_NOUNS.has(next) || ORG_NOUNS.has(next))) continue;
    if (INDEFINITE_BEFORE.test(window.slice(Math.max(0, m.index - 60), m.index))) found = from + end;
  }
  return found;
}

/** A spokesperson's role naming the body after its noun: `spokesman for the State Department` (group 1 the body). */
const SPOKEN_FOR_AFTER =
  /^(?:[\p{Ll}-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|representative|official)\s+(?:for|at|of|from)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}[\p{L}\p{M}\p{N}&.'’ -]*?)\.?$/u;
/** A spokesperson's role naming the body before its noun: `senior State Department official` (group 1 the body). */
const SPOKEN_FOR_BEFORE =
  /^(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}[\p{L}\p{M}\p{N}&.'’ -]*?)(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+)?(?:spokesman|spokeswoman|spokesperson|representative|official)$/u;

/**
 * The latest body an unnamed spokesperson spoke for in `[floor, before)` (`a Harbour Office spokesman said`,
 * `said a spokeswoman for Quayco`), with where the spokesperson's phrase starts; null when none did. The body must
 * be one by the article's mentions (not `a spokesman for Jo Lee`: a person's words go through a spokesman too, but
 * `the company` is never that person).
 */
function latestSpokenFor(ctx: CorefContext, floor: number, before: number): { name: string; at: number } | null {
  const unnamed = ctx.unnamed ?? [];
  for (let i = unnamed.length - 1; i >= 0; i--) {
    const u = unnamed[i]!;
    if (u.at >= before) continue;
    if (u.at < floor) break;
    const written = (SPOKEN_FOR_AFTER.exec(u.role) ?? SPOKEN_FOR_BEFORE.exec(u.role))?.[1];
    if (written === undefined) continue;
    const last = lastToken(written);
    // the body's mention near the phrase (its name is written in the role, whole or as its last words)
    const { mentions } = ctx.mentions;
    for (let k = lastStartingBefore(mentions, u.at + u.role.length + 160); k >= 0; k--) {
      const m = mentions[k]!;
      if (m.start < u.at - 10) break;
      if (lastToken(m.name) !== last || !written.endsWith(m.name)) continue;
      if (!m.org && !unmarkedBody(ctx, m)) break;
      return { name: written, at: u.at };
    }
  }
  return null;
}

/**
 * Is a name not marked as a body's by its words (`Harbour Foods`, whom `a spokeswoman for Harbour Foods` speaks for)
 * a body all the same: no person's evidence (a gender, a given name of the lists) and no place's or time's type?
 */
function unmarkedBody(ctx: CorefContext, m: Mention): boolean {
  const typed = typeByName(m.name);
  if (typed !== null) return typed === 'organisation';
  return m.gender === null && genderOf(ctx.mentions, m.name) === null && !isGivenName(m.name.split(' ', 1)[0]!);
}

/** Is `name` the description's noun alone, capitalised (`Committee` of `Committee chairman Jo Lee`)? */
function nounAlone(name: string, head: string): boolean {
  const lower = name.toLowerCase();
  return lower === head || lower === `${head}s`;
}

/** `the supporters club`: group 1 the lower-case words between the article and the noun. */
const DESCRIBED_BODY = /^the\s+((?:[\p{Ll}-]+\s+){1,2})[\p{Ll}-]+$/iu;

/**
 * `the group said`, `the firm added`: an organisation whose name holds the noun, else the organisation
 * that spoke last (one mentioned in passing is too often the wrong one: `Lee told the Daily News`),
 * never a person.
 */
export function resolveOrgDescription(np: NounPhrase, ctx: CorefContext, head: string): string | null {
  let floor = np.start - DESCRIPTION_REACH;
  // `the department` → `State Department`, `the board` → `the Board of Elections`: a name holding the noun
  const { mentions } = ctx.mentions;
  const hasHead = wordTest(head, true);
  const hasHeads = wordTest(`${head}s`, true);
  for (let i = lastStartingBefore(mentions, np.start); i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < floor || m.start < ctx.bodyStart) break;
    // (`the airline` → `Continental Airlines`; `the ministry` → `Foreign Ministry`, its role words included)
    if (m.quoted || !(hasHead(m.name) || hasHeads(m.name))) continue;
    const name = m.org && m.role !== null ? `${m.role} ${m.name}` : m.name;
    // (`The Institute also cited …` after `the American Film Institute`, `Committee chairman Jo Lee`: the noun alone,
    // capitalised, is the one body named in full with it, or no name at all)
    let found: string | null;
    if (nounAlone(name, head)) {
      const full = ctx.mentions.bodies?.get(name);
      // (`The Bank of England raised rates …. The bank said`: the noun the mentions split from its ` of England`)
      found = full !== undefined ? withOfTail(ctx.doc.text, m.end, full, head) : ofBodyName(ctx, m);
      if (found === null) continue;
    } else found = withOfTail(ctx.doc.text, m.end, name, head);
    // (`… linked to Bank One, which Acme bought. … Acme said it was … . The bank said`: another body speaking or a
    // sentence's subject since the name was written makes it a doubtful antecedent: none)
    return otherBodySince(ctx, found, i, np.start) ? null : found;
  }
  // `In a statement from Quayco announcing the sale, the company denied …`: the body the description's own sentence
  // opens by naming as its document's source
  // (a source that is no body's says the company is someone's not named: no one)
  const opener = statementOpenerSource(np, ctx);
  if (opener !== undefined) return opener;
  // `The Roe campaign suggested …. the campaign said`: a name right before the noun, earlier in the text
  // (for a definite description or a body's document: `a firm said` names none)
  const definite = /^the\s/iu.test(np.text) || head !== headOf(np.text);
  const from = Math.max(floor, ctx.bodyStart);
  // `the supporters club` after `the Harbour FC supporters club`: lower-case words before the noun belong to
  // the body's name (it is not the `Harbour FC` named before)
  const described = head === headOf(np.text) ? DESCRIBED_BODY.exec(np.text) : null;
  const modified = !definite
    ? null
    : ((described !== null ? namedBodyBefore(np, ctx, `${described[1]!.trim()} ${head}`, from) : null) ??
      namedBodyBefore(np, ctx, head, from) ??
      (HOUSE_BODIES.has(head) && described === null ? houseBodyBefore(np, ctx, head, from) : null));
  if (modified !== null) return modified;
  // `the paper says`, `the magazine reported`: a publication the article names as one
  // … and only such a publication: `the newspaper reported` after `Quayco has argued` is an unnamed paper, not the
  // body the article is about
  if (PUBLICATION_NOUNS.has(head)) return publicationBefore(np, ctx, from);
  // `French market regulator Quayco has fined Acme. … Acme denied it. The watchdog said`: a regulator's noun stands
  // only for a body the article gives as one, never for a firm that spoke since (the firm it regulates)
  if (REGULATOR_NOUNS.has(head)) return regulatorBefore(np, ctx);
  // `the government said`: the country's government, which no body spoken of before is (`MPs`, `the Conservatives`
  // or a ministry that spoke): only a name holding the noun, or written before it, says which
  if (head === 'government' || head === 'administration') return null;
  // `But a Kestrel ballot commission was more tentative. … the commission said`: a body brought in unnamed since
  // stands between the description and any body named before it
  floor = Math.max(floor, unnamedIntroduction(ctx, head, from, np.start));
  // `said a State Department spokesman. … said the agency`: a body an unnamed spokesperson spoke for is an earlier
  // speaker too (the spokesperson is no name of it, see coref/index.ts `speaksFor`)
  const spokenFor = latestSpokenFor(ctx, floor, np.start);
  // `The pressure group said …. Acme told the BBC …. "…," said the group`: a body spoken of after the same noun stood
  // as a subject for another, or for none the text names while the body was not yet named, is a doubtful antecedent:
  // two bodies the noun may stand for, none is said
  const earlier = definite ? sameNounSubjectBefore(np, ctx, head, Math.max(floor, from)) : null;
  const unlessEarlier = (name: string, at: number): string | null => {
    if (earlier === null || at <= earlier.end) return name;
    const before = resolveOrgDescription(earlier, ctx, head);
    if (before === null) return namedBefore(ctx, name, earlier.start) ? name : null;
    return before === name || before.endsWith(` ${name}`) ? name : null;
  };
  for (let i = ctx.prior.length - 1; i >= 0; i--) {
    const s = ctx.prior[i]!;
    if (s.at >= np.start) continue;
    if (spokenFor !== null && spokenFor.at > s.at) return unlessEarlier(spokenFor.name, spokenFor.at);
    if (s.at < floor) break;
    // (`MPs said`: a plural of initials is people, not the body; `the Sun-Times reported`: a paper that reports is
    // no `group` or `company` it reports on)
    if (s.org && !PLURAL_INITIALS.test(s.name) && !(REPORTED_ON.has(head) && publicationAt(ctx, s.name, s.at)))
      return unlessEarlier(s.name, s.at);
  }
  if (spokenFor !== null) return spokenFor.name;
  // `Harbour Ltd posted a loss. … the company said`, `EMI said … the company added`: the nearest body that
  // a sentence is about (its subject, or the speaker of a cue), for a definite description only
  if (!definite) return null;
  const { text } = ctx.doc;
  for (let i = lastStartingBefore(mentions, np.start); i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < floor || m.start < ctx.bodyStart) break;
    // (`Quayco's board has agreed`: a possessor's noun is what the body has, not a noun the name modifies)
    if (m.quoted || (!/['’]s?$/u.test(text.slice(m.end - 2, m.end)) && modifiesNoun(text, m.end))) continue;
    // (`regarding her Harbour Street links`: a name between a possessive pronoun and a noun modifies it)
    if (
      POSSESSIVE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) &&
      /^ \p{Ll}/u.test(text.slice(m.end, m.end + 2))
    )
      continue;
    const body = bodyNamed(ctx, m);
    if (body === null || nounAlone(body, head) || (REPORTED_ON.has(head) && publicationAt(ctx, m.name, m.start)))
      continue;
    const ss = ctx.doc.sentences[sentenceAt(ctx.doc, m.start).index]!;
    // (not a name in a prepositional phrase: `the TV` of `stood before the TV cameras, …`)
    if (
      isSpeakerAt(text, m.start, m.end, ss) ||
      (!IN_PHRASE.test(text.slice(Math.max(ss, m.start - 60), m.start)) && isSubjectAt(text, m.start, m.end, ss)) ||
      possessorOfSubject(text, m, ss)
    )
      // (`The State Department also said …. "…," said the agency`: a body's name keeps the words the mention reads
      // as its role, as above)
      return unlessEarlier(
        withOfTail(text, m.end, body === m.name && m.org && m.role !== null ? `${m.role} ${m.name}` : body, head),
        m.start,
      );
  }
  // `football club Harbour Rovers`, `the airline Kestrel`, `telecoms giant Acme`: no body is a sentence's subject,
  // and the noun stands right before a name that nothing says is a person's (not `the company Jo Lee founded`)
  for (let i = lastStartingBefore(mentions, np.start); i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < floor || m.start < ctx.bodyStart) break;
    if (!m.quoted && nounBeforeBody(ctx, m, head)) return m.name;
  }
  // no body is a sentence's subject: the one body the paragraphs before name most often (`Manchester United
  // revealed … In a statement, the club said`), when no other body is named as often
  // (not `the German government`: a modifier names another body; nor a government, which is the country's)
  if (!ORG_BODIES.has(head) || head === 'government' || head === 'administration' || /\p{Lu}/u.test(np.text.slice(4)))
    return null;
  // (`Laura Ashley, which is due to …`: a relative `which` after a name says a body too); every mention of a name
  // read as a body's counts
  const seen = new Map<string, { name: string; n: number; body: boolean }>();
  for (let i = lastStartingBefore(mentions, np.start); i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < floor || m.start < ctx.bodyStart) break;
    if (m.quoted || nounAlone(m.name, head)) continue;
    // (`before the TV cameras`: a name modifying a noun in a prepositional phrase is not the body spoken of)
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    // (nor `her Harbour Street links`: a name between a possessive pronoun and a noun modifies it)
    const modifier = /^ \p{Ll}/u.test(text.slice(m.end, m.end + 2));
    if (modifier && ((MODIFIER_AROUND.test(before) && IN_PHRASE.test(before)) || POSSESSIVE_BEFORE.test(before)))
      continue;
    const key = m.name.toLowerCase();
    const entry = seen.get(key) ?? { name: m.name, n: 0, body: false };
    seen.set(key, entry);
    entry.n++;
    entry.body ||=
      m.org ||
      COMPANY_END.test(m.name) ||
      typeByName(m.name) === 'organisation' ||
      WHICH_AFTER.test(text.slice(m.end, m.end + 10)) ||
      // (`Shares in Quayco fell after the firm warned`: what the article says of the name, read by the entity layer;
      // not `MPs`, people, nor a headline in capitals, `PANEL RULES FOR HARBOUR`)
      // (nor a given name's: `the company Jo Lee founded` names a founder)
      (!entry.body &&
        !PLURAL_INITIALS.test(m.name) &&
        !CAPITALS_HEADLINE.test(m.name) &&
        !isGivenName(m.name.split(' ', 1)[0]!) &&
        articleBody(ctx, m));
  }
  for (const [key, entry] of seen) if (!entry.body) seen.delete(key);
  const ranked = [...seen.values()].sort((a, b) => b.n - a.n);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1]!.n === ranked[0]!.n)) return null;
  return ranked[0]!.name;
}

/** Is `name` written as a mention's name, outside quotations, in the body before `at`? */
function namedBefore(ctx: CorefContext, name: string, at: number): boolean {
  const { mentions } = ctx.mentions;
  for (let i = lastStartingBefore(mentions, at); i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < ctx.bodyStart) break;
    if (!m.quoted && m.end <= at && (m.name === name || name.endsWith(` ${m.name}`))) return true;
  }
  return false;
}

/**
 * The latest definite description headed by `head` (`The Paris-based pressure group`, `the company`) in `[from,
 * np.start)`, outside quotations, that is a sentence's subject or a cue's speaker: a noun phrase to resolve as the
 * later one's antecedent; null when there is none.
 */
function sameNounSubjectBefore(np: NounPhrase, ctx: CorefContext, head: string, from: number): NounPhrase | null {
  if (from >= np.start) return null;
  const { text } = ctx.doc;
  const escaped = head.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const re = new RegExp(`(?<![\\p{L}-])[Tt]he\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${escaped}(?![\\p{L}'’-])`, 'gu');
  const window = text.slice(from, np.start);
  let found: NounPhrase | null = null;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (rangeAt(ctx.quotes, start) !== null || end > np.start - 1) continue;
    const ss = sentenceAt(ctx.doc, start).start;
    if (!isSpeakerAt(text, start, end, ss) && !isSubjectAt(text, start, end, ss)) continue;
    found = { ...np, start, end, text: m[0] };
  }
  return found;
}

/** Is `short` a short form of the body `name`: its initials (`UKIP` of `UK Independence Party`) or the article's own? */
function shortFormOf(ctx: CorefContext, short: string, name: string): boolean {
  if (ctx.mentions.bodies?.get(short) === name) return true;
  if (!/^\p{Lu}{2,}$/u.test(short)) return false;
  const capitals = (name.match(/\p{Lu}/gu) ?? []).join('');
  const initials = name
    .split(' ')
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  return short === capitals || short === initials;
}

/**
 * Is a body other than `name` a cue's speaker or a sentence's subject, outside quotations, between the mention at
 * index `from` and `to` (not a publication that reports, nor a person)?
 */
function otherBodySince(ctx: CorefContext, name: string, from: number, to: number): boolean {
  const { text } = ctx.doc;
  const { mentions } = ctx.mentions;
  const own = name.split(' ');
  // (the body's own later mentions, its short forms too, `UKIP`, start the stretch again)
  let other = false;
  for (let j = from + 1; j < mentions.length; j++) {
    const o = mentions[j]!;
    if (o.end > to) break;
    if (o.quoted) continue;
    if (own.includes(lastToken(o.name)) || name.includes(o.name) || shortFormOf(ctx, o.name, name)) {
      other = false;
      continue;
    }
    const ss = sentenceAt(ctx.doc, o.start).start;
    if (!isSpeakerAt(text, o.start, o.end, ss)) continue;
    const body = bodyNamed(ctx, o);
    if (body === null || body === name || name.includes(body) || publicationAt(ctx, o.name, o.start)) continue;
    if (!PLURAL_INITIALS.test(o.name)) other = true;
  }
  return other;
}

/** A sentence's opening phrase naming a document's source: `In a statement from `, `In a joint letter by the `. */
const STATEMENT_OPENER =
  /^\s*(?:(?:But|And)\s+)?(?:In|Through)\s+(?:a|an|the|its)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|release|letter)\s+(?:(?:issued|released|sent)\s+)?(?:from|by)\s+(?:the\s+)?(?=\p{Lu})/u;

/**
 * The body a sentence opening with its document's source names (`In a statement from Quayco announcing the sale,
 * the company denied …`), for a description in that sentence after the opening's comma; null when the source named
 * may be no body's (`In a statement from Jo Lee, …`), undefined when the sentence opens with no such phrase.
 */
function statementOpenerSource(np: NounPhrase, ctx: CorefContext): string | null | undefined {
  const { text } = ctx.doc;
  const ss = sentenceAt(ctx.doc, np.start).start;
  const lead = text.slice(ss, np.start);
  const open = STATEMENT_OPENER.exec(lead);
  // (the description right after the opening phrase's comma: `…, the company denied`)
  const comma = lead.indexOf(',');
  if (open === null || !/,\s*$/u.test(lead) || comma < open[0].length || comma !== lead.lastIndexOf(','))
    return undefined;
  const m = ctx.mentions.mentions[lastStartingBefore(ctx.mentions.mentions, ss + open[0].length + 1)];
  if (m === undefined || m.start !== ss + open[0].length || m.quoted) return undefined;
  // (a name no person's evidence marks: the opening and the body's noun say a body)
  return bodyNamed(ctx, m) ?? (unmarkedBody(ctx, m) ? m.name : null);
}

/** Nouns for a body of a house or a council, named by the house and its remit: `the Commons home affairs committee`. */
const HOUSE_BODIES: ReadonlySet<string> = new Set(['committee', 'subcommittee']);

/** The last word of a house's name, whose committees news names by their remit: `Commons`, `Senate`, `Assembly`. */
const HOUSES: ReadonlySet<string> = new Set([
  'Commons',
  'Lords',
  'House',
  'Senate',
  'Congress',
  'Parliament',
  'Assembly',
  'Council',
]);

/** A name, then lower-case words of a remit, then the noun (group 1 the name, group 2 the remit, group 3 the noun). */
const NAME_REMIT_NOUN =
  /(?<![\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}\p{M}'’-]*[ \u00A0]+){0,2}\p{Lu}[\p{L}\p{M}-]*)[ \u00A0]+((?:(?:[\p{Ll}-]+|and)[ \u00A0]+){1,4})(committee|subcommittee)(?![\p{L}])/gu;

/**
 * `The influential Commons home affairs committee was responding …. The committee said`: the nearest body named, in
 * `[from, np.start)` outside quotations, by a house's name (see `HOUSES`) and the lower-case words of its remit before
 * the noun (`Commons home affairs committee`), as a whole; not the house (`Commons`), which is no committee.
 */
function houseBodyBefore(np: NounPhrase, ctx: CorefContext, head: string, from: number): string | null {
  if (from >= np.start) return null;
  const window = unquoted(ctx.doc.text, ctx.quotes, from, np.start);
  let found: string | null = null;
  for (const m of window.matchAll(NAME_REMIT_NOUN)) {
    if (m[3] !== head) continue;
    const named = m[1]!.split(/[ \u00A0]+/u);
    while (named.length > 0 && NOT_BODY_WORD.test(named[0]!)) named.shift();
    if (named.length === 0) continue;
    const name = named.join(' ');
    if (!HOUSES.has(named[named.length - 1]!)) continue;
    found = `${name} ${m[2]!.replace(/[ \u00A0]+/gu, ' ')}${head}`;
  }
  return found;
}

/** Nouns for a body that oversees others: `the watchdog`, `the regulator`. */
const REGULATOR_NOUNS: ReadonlySet<string> = new Set(['watchdog', 'regulator']);

/** A regulator's noun right before a name: `market regulator `, `the watchdog `. */
const REGULATOR_BEFORE = /(?:^|[^\p{L}])(?:regulator|watchdog)[ \u00A0]+(?:the[ \u00A0]+)?$/iu;

/** A regulator's noun in an appositive after a name: `, the markets regulator,`, `, Britain's media watchdog.`. */
const REGULATOR_AFTER =
  /^\s*,\s*(?:the|a|an|\p{Lu}[\p{L}]*['’]s?)\s+(?:[\p{L}-]+\s+){0,3}(?:regulator|watchdog)\s*[,.]/u;

/**
 * The body `the watchdog` or `the regulator` stands for: the one name in the article before it (outside quotations)
 * that the article gives a regulator's noun (`stock market regulator Quayco`, `Quayco, the markets regulator,`);
 * null when none or several are.
 */
function regulatorBefore(np: NounPhrase, ctx: CorefContext): string | null {
  const { text } = ctx.doc;
  const { mentions } = ctx.mentions;
  let found: string | null = null;
  for (let i = lastStartingBefore(mentions, np.start); i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < ctx.bodyStart) break;
    if (m.quoted || m.end > np.start) continue;
    if (
      !REGULATOR_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) &&
      !REGULATOR_AFTER.test(text.slice(m.end, m.end + 60))
    )
      continue;
    const name = ctx.mentions.bodies?.get(m.name) ?? m.name;
    if (found !== null && found !== name) return null;
    found = name;
  }
  return found;
}

/** Nouns for a publication, as news names one: `the paper says`, `US magazine X`, `Spanish daily X`. */
const PUBLICATION_NOUNS: ReadonlySet<string> = new Set([
  'newspaper',
  'paper',
  'magazine',
  'daily',
  'weekly',
  'tabloid',
]);

/** Capitalised words right before a publication's noun at the end of a phrase: `Edge` of `the influential Edge magazine`. */
const NAME_BEFORE_PUBLICATION =
  /(?:^|\s)((?:\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*\s+)*\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*)\s+(?:newspaper|paper|magazine|daily|weekly|tabloid)\.?$/u;

/** A publication's noun right before a name: `US magazine `, `Spanish daily `, `the newspaper `. */
const PUBLICATION_BEFORE = /(?:^|[^\p{L}])(?:newspaper|paper|magazine|daily|weekly|tabloid)\s+$/u;

/** A publication's noun right after a name, or an appositive naming one: ` magazine`, `, a Madrid daily,`. */
const PUBLICATION_AFTER =
  /^(?:\s+(?:newspaper|magazine)(?![\p{L}])|\s*,\s*(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:newspaper|paper|magazine|daily|weekly|tabloid)\s*[,.])/u;

/** The last word of a newspaper's name: `Financial Times`, `Sunday Telegraph`, `Harbour Herald`. */
const PAPER_NAME_END =
  /\s(?:News|Times|Post|Telegraph|Journal|Herald|Guardian|Mail|Express|Mirror|Observer|Tribune|Chronicle|Gazette|Inquirer|Examiner|Courier|Bulletin|Economist)$/u;

/**
 * Does the article give the name written at `at` as a publication's: a newspaper's name (`Harbour Herald`,
 * `Harbour Sun-Times`; not `Mail`, `Post` or `Express`, which firms' names end in too), or a name after or before a
 * publication's noun (`the magazine Quayco`, `Quayco magazine`)?
 */
function publicationAt(ctx: CorefContext, name: string, at: number): boolean {
  const { text } = ctx.doc;
  const end = text.startsWith(name, at) ? at + name.length : at;
  return (
    NEWSPAPER_NAME_END.test(` ${name.replace(/-/gu, ' ')}`) ||
    /^Daily\s/u.test(name) ||
    PUBLICATION_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ||
    PUBLICATION_AFTER.test(text.slice(end, end + 60))
  );
}

/** Nouns for bodies a newspaper reports on and is not: `the group`, `the company` (not `the network`, `the publisher`). */
const REPORTED_ON: ReadonlySet<string> = new Set(
  [...ORG_BODIES].filter((w) => !PUBLICATION_NOUNS.has(w) && w !== 'network' && w !== 'publisher'),
);

/** The last word of a newspaper's name that no firm's name ends in (see `PAPER_NAME_END`). */
const NEWSPAPER_NAME_END =
  /\s(?:Times|Telegraph|Journal|Herald|Guardian|Mirror|Observer|Tribune|Chronicle|Gazette|Inquirer|Examiner)$/u;

/** `a ` or `an ` right before a name. */
const INDEFINITE_JUST_BEFORE = /(?:^|[^\p{L}])(?:a|an|A|An)\s$/u;

/** `the ` or `The Sunday ` before a newspaper's one-word name: group 1 the capitalised word and its space. */
const THE_PAPER_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+(\p{Lu}[\p{Ll}]+\s+)?$/u;

/**
 * The publication `the paper` or `the magazine` stands for: one named in the phrase itself (`the influential Edge
 * magazine`), else the nearest name in `[from, np.start)`, outside quotations, that the article gives as a
 * publication: after its noun (`US magazine Harbour PC`, `Spanish daily Quayco`), before it (`Quayco magazine`), in an
 * appositive (`Quayco, a Madrid daily,`), or a newspaper's name (`the Sunday Herald`). Not the body a sentence is about
 * (`the LSE is expected …. The newspaper claimed`).
 */
function publicationBefore(np: NounPhrase, ctx: CorefContext, from: number): string | null {
  const own = NAME_BEFORE_PUBLICATION.exec(np.text)?.[1];
  if (own !== undefined && !NOT_BODY_WORD.test(own)) return own;
  const { text } = ctx.doc;
  const { mentions } = ctx.mentions;
  for (let i = lastStartingBefore(mentions, np.start); i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < from) break;
    // (not a place nor a time, nor a name after `a`: `a Baton Rouge newspaper` is a paper from there, unnamed)
    if (!speaks(m) || m.end > np.start || INDEFINITE_JUST_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)))
      continue;
    if (
      PUBLICATION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
      PUBLICATION_AFTER.test(text.slice(m.end, m.end + 60)) ||
      PAPER_NAME_END.test(m.name) ||
      /^Daily\s/u.test(m.name)
    )
      return m.name;
    // `the Telegraph`, `The Sunday Telegraph` (the day's word read apart from the name): with `the` before it
    const lead = THE_PAPER_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (lead !== null && PAPER_NAME_END.test(` ${m.name}`)) return `${lead[1] ?? ''}${m.name}`;
  }
  return null;
}

/**
 * Does the noun stand right before a name, only capitalised words (`of`, `the`, `and` another noun) between: `BBC
 * correspondent `, `governor of New Jersey `, `singer and songwriter `; not `The governor has introduced ` (a clause
 * whose verb takes the name as its object).
 */
function endsWithNoun(clause: string, head: string): boolean {
  // (the pattern needs the noun's letters after its first: most clauses lack them, and need no pattern compiled)
  if (!clause.includes(head.slice(1))) return false;
  const escaped = head.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // (case-sensitive, so that \p{Lu} means a capital: the noun's first letter either way, `Singer Ann Roe`)
  const word = `[${escaped[0]!.toLowerCase()}${escaped[0]!.toUpperCase()}]${escaped.slice(1)}`;
  return new RegExp(
    `(?:^|[^\\p{L}])${word}(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|of|the|and\\s+[\\p{Ll}-]+))*\\s*$`,
    'u',
  ).test(clause);
}

/** A preposition (and a determiner, a few modifiers) right before a name: the name is inside its phrase. */
const IN_PHRASE =
  /(?:^|[^\p{L}])(?:before|after|behind|beyond|during|outside|inside|around|beside|near|under|over|in|at|on|of|for|with|by|from|to|into|about|against|among|between|through|toward|towards|across|without|within|like|than)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** A possessive pronoun right before a name: `her ` of `her Harbour Street links`. */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:his|her|its|their|our|my|your) $/u;

/** `the ` before a name: with a lower-case word after it, the name modifies a noun (`the TV cameras`). */
const MODIFIER_AROUND = /(?:^|[^\p{L}])the $/u;

/** Words that open a sentence or stand before a name without being a name's: `The`, `His`. */
const NOT_BODY_WORD =
  /^(?:The|A|An|His|Her|Its|Their|Our|This|That|These|Those|But|And|So|Yet|When|While|If|As|In|On|At|For)$/u;

/**
 * `The Roe campaign suggested …`, `Acme's company lawyers …`: the nearest name (one to three capitalised words)
 * standing right before `head` (one noun or a few words; or before `'s head`) outside quotations, in `[from, np.start)`, as the body's
 * name (`Roe campaign`). Not a place, a time or a nationality (`the German government` names no body).
 */
function namedBodyBefore(np: NounPhrase, ctx: CorefContext, head: string, from: number): string | null {
  if (from >= np.start) return null;
  // the pattern below holds `head` as written: without its first word in the stretch it cannot match (and
  // is not compiled, which is most of this function's cost)
  const first = head.split(' ', 1)[0]!;
  const seen = ctx.doc.text.indexOf(first, from);
  if (seen < 0 || seen + first.length > np.start) return null;
  const window = unquoted(ctx.doc.text, ctx.quotes, from, np.start);
  // `the Roe campaign` (a definite article before the name) or `Roe's campaign` (a possessor): not `a Roe
  // campaign`, a body that may not exist yet (`a Labour government would …`)
  // (`head` may be several words: `supporters club`)
  const words = head.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '[ \\u00A0]+');
  const re = new RegExp(
    `(?:(?<=(?:^|[^\\p{L}])[Tt]he[ \\u00A0]+)((?:\\p{Lu}[\\p{L}\\p{M}\\p{N}&.'’-]*[ \\u00A0]+){0,2}\\p{Lu}[\\p{L}\\p{M}\\p{N}&'’-]*)|(?<![\\p{L}\\p{N}&.'’-])((?:\\p{Lu}[\\p{L}\\p{M}\\p{N}&.'’-]*[ \\u00A0]+){0,2}\\p{Lu}[\\p{L}\\p{M}\\p{N}&-]*)['’]s?)[ \\u00A0]+${words}(?![\\p{L}])`,
    'gu',
  );
  let found: string | null = null;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) {
    const named = (m[1] ?? m[2]!).split(/[ \u00A0]+/u);
    while (named.length > 0 && NOT_BODY_WORD.test(named[0]!)) named.shift();
    if (named.length === 0) continue;
    const name = named.join(' ');
    // (`The South Yorkshire company`: a point of the compass before a place is a place too)
    const typed =
      typeByName(name) ??
      (COMPASS_WORD.test(named[0]!) && named.length > 1 ? typeByName(named.slice(1).join(' ')) : null);
    if (typed !== null && !canSpeak(typed)) continue;
    found = `${name} ${head}`;
  }
  return found;
}

/** A point of the compass opening a place's name: `South` of `South Yorkshire`. */
const COMPASS_WORD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$/u;

/** The pattern of `otherOffice` for one head noun, compiled when first asked for. */
function officeOf(head: string): () => RegExp {
  let pattern: RegExp | null = null;
  return () =>
    (pattern ??= new RegExp(
      `(?:^|[^\\p{L}])(shadow|former|ex|deputy|vice|assistant|acting|under|junior)[\\s-]+(?:[\\p{L}-]+\\s+){0,2}?${head}`,
      'iu',
    ));
}

/**
 * Does `phrase` give `head` (its pattern from `officeOf`) with a word that makes it another office (`shadow
 * chancellor`, `former minister`, `deputy leader`, `vice president`, `Deputy Prime Minister`)? `the chancellor` is
 * not the shadow chancellor, `the prime minister` not the deputy prime minister.
 */
function otherOffice(phrase: string, office: () => RegExp, description: string): boolean {
  const m = office().exec(phrase);
  // … unless the description says so too: `the shadow chancellor` is the shadow chancellor
  return m !== null && !new RegExp(`(?:^|[^\\p{L}])${m[1]!}(?![\\p{L}])`, 'iu').test(description);
}

/**
 * The office a phrase names, as a family of head nouns (`minister` and `secretary` are one: a Home Secretary is a
 * minister; `prime minister` and `premier` another), or null when it names none.
 */
function officeFamily(phrase: string): string | null {
  const w = officeWords(phrase);
  const head = w[w.length - 1];
  if (head === undefined) return null;
  if (head === 'premier' || (head === 'minister' && w[w.length - 2] === 'prime')) return 'prime minister';
  if (head === 'minister' || head === 'secretary') return 'minister';
  return OFFICE_HEADS.has(head) ? head : null;
}

/** Heads of other public offices, each its own family. */
const OFFICE_HEADS: ReadonlySet<string> = new Set([
  'president',
  'chancellor',
  'governor',
  'mayor',
  'senator',
  'ambassador',
  'treasurer',
  'commissioner',
]);

/** The words of a phrase, lower-case, without determiners and possessives' marks. */
const officeWords = (phrase: string): string[] =>
  phrase
    .toLowerCase()
    .replace(/['’]s?(?![\p{L}])/gu, '')
    .split(/[^\p{L}-]+/u)
    .filter((w) => w !== '' && w !== 'the' && w !== 'a' && w !== 'an');

/**
 * Can `role` (`Home Secretary`, `Prime Minister`) be the office the description `desc` (`the prime minister`)
 * names? Only offices are told apart, by their family of head nouns (see `officeFamily`): `the prime minister` is no
 * Home Secretary nor finance minister, but `the minister` may be the Education Secretary, and `the Democrat
 * senator` a New York Senator.
 */
function sameOffice(role: string, desc: string): boolean {
  const d = officeFamily(desc);
  const r = d === null ? null : officeFamily(role);
  return d === null || r === null || (d === r && !otherPortfolio(role, desc));
}

/** Words before an office's noun that name no portfolio: `the local minister`, `the new secretary`. */
const NO_PORTFOLIO: ReadonlySet<string> = new Set([
  'local',
  'new',
  'then',
  'current',
  'incoming',
  'outgoing',
  'senior',
  'top',
  'veteran',
  'embattled',
  'country',
  'state',
  'federal',
  'regional',
  'cabinet',
  'government',
  'prime',
]);

/**
 * Does `role` name a portfolio other than the one the description `desc` names in lower case (`Civil Aviation
 * Minister` for `the local health minister`, `Foreign Secretary` for `the home secretary`)? Words a description
 * writes capitalised (`the Indian minister`) or that name no portfolio (`the new minister`) say nothing; a role
 * without words before its noun (`Minister`) may hold any.
 */
function otherPortfolio(role: string, desc: string): boolean {
  // (only a minister or a secretary holds a portfolio: `the two-term president`, `the French president` say how or
  // where, not which office)
  if (officeFamily(desc) !== 'minister') return false;
  const d = officeWords(desc);
  const r = officeWords(role);
  const lower = new Set(
    desc
      .replace(/['’]s?(?![\p{L}])/gu, '')
      .split(/[^\p{L}-]+/u)
      .filter((w) => /^\p{Ll}/u.test(w)),
  );
  const portfolio = d
    .slice(0, -1)
    .filter((w) => lower.has(w) && !NO_PORTFOLIO.has(w) && w !== 'and' && !w.includes('-'));
  const held = new Set(r.slice(0, -1));
  // (`Culture, Media and Sport Secretary`: a list of portfolios may have lost its first words to a comma)
  if (portfolio.length === 0 || held.size === 0 || held.has('and')) return false;
  return !portfolio.some((w) => held.has(w));
}

/** Up to two words and an office's noun right before a name (an honorific between): `London mayor Mr `. */
const OFFICE_BEFORE =
  /(?<![\p{L}])((?:[\p{L}-]+[ \t]+){0,2}(?:[Mm]inister|[Ss]ecretary|[Pp]remier|[Pp]resident|[Cc]hancellor|[Gg]overnor|[Mm]ayor|[Ss]enator|[Aa]mbassador|[Tt]reasurer|[Cc]ommissioner))[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?[ \t]+)?$/u;

/** An appositive after a name: `Ann Roe, the finance minister,` gives `the finance minister`. */
const APPOSITIVE_AFTER = /^\s*,\s*((?:the|a|an)\s[^,.;:"“”]{1,60}?)\s*[,.]/u;

/** An honorific or two between a description's comma and the name: `Dr `, `the Rt Rev `. */
const HONORIFICS_BEFORE_NAME =
  /(?:(?:the\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Professor|Prof|Rt|Rev|Reverend|Right|Honourable|Hon)\.?\s+){0,3}$/u;

/**
 * Does the article set the mention's name in commas right after the description's `words` (see `descriptionWords`):
 * `the Archbishop of Canterbury, Dr Ann Roe,`, `the mayor, Jo Lee,`?
 */
function describedBefore(ctx: CorefContext, m: Mention, words: string): boolean {
  const { text } = ctx.doc;
  // (a comma before the name, an honorific or two between: most mentions have none, and need no pattern)
  const lead = text.slice(Math.max(0, m.start - words.length - 40), m.start);
  const honorifics = HONORIFICS_BEFORE_NAME.exec(lead)!;
  const before = lead.slice(0, honorifics.index).replace(/\s+$/u, '');
  // (the name closes the appositive: `, Dr Ann Roe, will`, `… Dr Ann Roe.`)
  if (!before.endsWith(',') || !/^\s*[,.;:]/u.test(text.slice(m.end, m.end + 3))) return false;
  const phrase = before.slice(0, -1).replace(/\s+/gu, ' ').toLowerCase();
  return phrase.endsWith(` the ${words}`) || phrase === `the ${words}`;
}

/**
 * The one holder of the office a description names (`the prime minister`, `the mayor`, `the home secretary`) in the
 * whole article before it: the one person given the description's very words as an office (`Prime Minister Jo Lee`,
 * `London mayor Jo Lee`, `Jo Lee, the home secretary,`, `the mayor, Jo Lee,`); null when none or several are, or
 * the description names no office.
 */
function officeHolder(np: NounPhrase, ctx: CorefContext): string | null {
  if (officeFamily(np.text) === null) return null;
  const words = descriptionWords(np.text);
  const otherOf = officeOf(descriptionHead(np.text));
  const { mentions: index, doc } = ctx;
  const { text } = doc;
  const esc = words.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
  // (the description's words closing the role: `Prime Minister`, `London mayor`, not `prime minister's aide`)
  const closes = new RegExp(`(?:^|[^\\p{L}])${esc}$`, 'iu');
  const found = new Map<string, string>();
  for (let i = lastStartingBefore(index.mentions, np.start); i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start < ctx.bodyStart) break;
    if (m.quoted || m.org) continue;
    const roles: string[] = [];
    if (m.role) roles.push(m.role);
    const app = APPOSITIVE_AFTER.exec(text.slice(m.end, m.end + 70));
    if (app) roles.push(app[1]!);
    const before = OFFICE_BEFORE.exec(text.slice(Math.max(0, m.start - 50), m.start));
    if (before) roles.push(before[1]!);
    if (describedBefore(ctx, m, words)) roles.push(words);
    if (roles.some((role) => closes.test(descriptionWords(role)) && !otherOffice(role, otherOf, np.text)))
      found.set(lastToken(m.name), expandName(index, m.name));
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * Does the article give `name` an office other than the one the description `desc` names (`Home Secretary Jo Lee`
 * for `the prime minister`), and none that may be it? Then `desc` does not stand for that person.
 */
function holdsOtherOffice(ctx: CorefContext, name: string, np: NounPhrase): boolean {
  const desc = np.text;
  const family = officeFamily(desc);
  if (family === null) return partyLeader(desc) && rolesOf(ctx, name, false).some(isMinistry);
  // (a post of another kind counts only against a government's offices, as the description names them now: `the
  // former governor` is often a candidate's, `the senator` a candidate's or a chairman's)
  const posts = GOVERNMENT_OFFICES.has(family) && !PAST_OFFICE.test(desc);
  let other = false;
  for (const role of rolesOf(ctx, name, posts)) {
    if (officeFamily(role) === null) {
      // `BBC political editor Jo Lee`, `Tory chairman Jo Lee`: a post of another kind than a government's office
      if (posts && OTHER_POSTS.has(lastToken(role.toLowerCase()).replace(/[.,'’]+$/u, ''))) other = true;
      continue;
    }
    if (sameOffice(role, desc)) return false;
    other = true;
  }
  return other || (posts && (privatePerson(ctx, name) || calledOtherOffice(ctx, name, np)));
}

/** An age and a home town in commas after a name: `, 32, from Wembley`, `, 45, of Leeds`. */
const AGE_AND_HOME_AFTER = /^\s*,\s*(?:aged\s+)?\d{1,3}\s*,\s*(?:from|of)\s+\p{Lu}/u;

/**
 * `Jo Lee, 32, from Harbourtown, said …. The home secretary said`: news gives an age and a home town to a private
 * person, never to a holder of a government's office named in the same story.
 */
function privatePerson(ctx: CorefContext, name: string): boolean {
  const last = lastToken(name);
  const { text } = ctx.doc;
  return ctx.mentions.mentions.some(
    (m) => !m.quoted && lastToken(m.name) === last && AGE_AND_HOME_AFTER.test(text.slice(m.end, m.end + 40)),
  );
}

/** A context in which other offices' descriptions are not read again (see `calledOtherOffice`). */
interface NestedContext extends CorefContext {
  readonly nested?: true;
}

/**
 * A minister's description opening a sentence, before its verb: `The home secretary said`, `But the chancellor
 * would not comment` (group 1 the description).
 */
const OFFICE_SUBJECT =
  /(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:But|And|Later|Earlier|Now|Meanwhile)\s+)?([Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(?:minister|secretary|chancellor))\s+\p{Ll}/gu;

/**
 * `Jo Lee unveiled the plans. The home secretary said …. The prime minister said`: does the article, before the
 * description, call `name` by the description of another government office (a sentence's subject `The home secretary`
 * that stands for `name`, read as any description is)? Then `name` holds that office, and the description stands for
 * someone else.
 */
function calledOtherOffice(ctx: CorefContext, name: string, np: NounPhrase): boolean {
  if ((ctx as NestedContext).nested === true) return false;
  const { text } = ctx.doc;
  const from = Math.max(0, ctx.bodyStart);
  if (from >= np.start) return false;
  const last = lastToken(name);
  const nested: NestedContext = { ...ctx, nested: true };
  for (const m of text.slice(from, np.start).matchAll(OFFICE_SUBJECT)) {
    const phrase = m[1]!;
    const start = from + m.index + m[0].lastIndexOf(phrase);
    // (a minister's office only: `The president understood …` in a story about a prime minister is often a foreign
    // president, whom the reading may miss)
    if (rangeAt(ctx.quotes, start) !== null || !isMinistry(phrase) || sameOffice(phrase, np.text)) continue;
    const other: NounPhrase = {
      start,
      end: start + phrase.length,
      text: phrase,
      kind: 'nominal',
      indefinite: false,
      appositive: null,
    };
    const found = describedPerson(other, nested);
    if (found !== null && lastToken(found) === last) return true;
    // (`… plans unveiled by Jo Lee. The home secretary said …`: a description the reading leaves unresolved, right after
    // a sentence whose last person named is `name`, says as much for this check, which only ever drops a guess)
    if (found === null && lastPersonBefore(ctx, start) === last) return true;
  }
  return false;
}

/**
 * The last word of the latest person's name (a mention no body's, place's or time's) written outside quotations in
 * the two sentences before `at`'s own or in it before `at`; null when there is none.
 */
function lastPersonBefore(ctx: CorefContext, at: number): string | null {
  const { doc } = ctx;
  const here = sentenceAt(doc, at);
  // (the sentences before, up to two: blank lines between paragraphs are no sentence of their own)
  let before = here.start;
  for (let k = 0; k < 2; k++) {
    let p = before - 1;
    while (p > 0 && /\s/u.test(doc.text[p]!)) p--;
    if (p <= 0) break;
    before = sentenceAt(doc, p).start;
  }
  const { mentions } = ctx.mentions;
  for (let i = lastStartingBefore(mentions, at); i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < before || m.start < ctx.bodyStart) break;
    if (m.quoted || m.end > at || m.org) continue;
    const typed = typeByName(m.name);
    if (typed !== null && typed !== 'person') continue;
    return lastToken(m.name);
  }
  return null;
}

/**
 * `the Lib Dem leader`, `the Tory leader`: a party's leader (not `the Commons leader` nor `the council leader`, posts
 * a minister or a councillor holds).
 */
function partyLeader(desc: string): boolean {
  const w = officeWords(desc);
  return w.length > 1 && w[w.length - 1] === 'leader' && !w.some((x) => LEADER_OF_HOUSE.has(x));
}

/** Words before `leader` that make it a post other than a party's: `the Commons leader`, `the council leader`. */
const LEADER_OF_HOUSE: ReadonlySet<string> = new Set(['commons', 'house', 'lords', 'council', 'assembly', 'group']);

/**
 * `Home Secretary Jo Lee`, `Chancellor Jo Lee`: a minister's office, held now, which no party's leader holds (`New
 * Home Secretary Jo Lee … The Lib Dem leader said` is someone else); not the prime minister's, nor a past office
 * (`former Home Secretary Jo Lee` may lead a party now).
 */
function isMinistry(role: string): boolean {
  const family = officeFamily(role);
  return (family === 'minister' || family === 'chancellor') && !PAST_OFFICE.test(role) && !/shadow/iu.test(role);
}

/**
 * The roles the article gives `name` (titles, appositives, an office written before the name; with `posts`, a post's
 * noun in lower case right before it too: `Tory chairman Jo Lee`).
 */
function rolesOf(ctx: CorefContext, name: string, posts: boolean): string[] {
  const { mentions: index, doc } = ctx;
  const last = lastToken(name);
  const roles: string[] = [];
  const known = index.roles.get(last);
  if (known) roles.push(known);
  // (`Civil Aviation Minister Jo Kim Lee said …. Jo also stated`: a one-word name may be the given name of a name
  // written in full before)
  const given = name.includes(' ') ? null : `${name} `;
  for (const m of index.mentions) {
    if (m.quoted || (lastToken(m.name) !== last && (given === null || !m.name.startsWith(given)))) continue;
    if (m.role) roles.push(m.role);
    const app = APPOSITIVE_AFTER.exec(doc.text.slice(m.end, m.end + 70));
    if (app) roles.push(app[1]!);
    // `London mayor Mr Lindqvist`: an office written in lower case before the name, which the mention leaves out
    const before = OFFICE_BEFORE.exec(doc.text.slice(Math.max(0, m.start - 50), m.start));
    if (before) roles.push(before[1]!);
    // `Tory chairman Jo Lee`, `political editor Jo Lee`: a post's noun in lower case right before the name
    if (posts) {
      const post = WORD_BEFORE.exec(doc.text.slice(Math.max(0, m.start - 30), m.start))?.[1];
      if (post !== undefined && OTHER_POSTS.has(post)) roles.push(post);
    }
  }
  return roles;
}

/** The lower-case word right before a name (group 1): `chairman ` of `Tory chairman Jo Lee`. */
const WORD_BEFORE = /(?<![\p{L}-])(\p{Ll}+)[ \t]+$/u;

/** The office families of a government (see `officeFamily`), whose holders hold no post of `OTHER_POSTS` as well. */
const GOVERNMENT_OFFICES: ReadonlySet<string> = new Set(['prime minister', 'president', 'chancellor', 'minister']);

/** Words that make an office a past or a future one: `the former president`, `the president-elect`. */
const PAST_OFFICE = /(?:^|[^\p{L}])(?:former|ex|late|then|elect|would-be|next|future)(?![\p{L}])/iu;

/**
 * Posts that are not a government's offices and that news does not give a prime minister or a president as their
 * role: `BBC political editor`, `Tory chairman`, `chief executive`, `England coach`.
 */
const OTHER_POSTS: ReadonlySet<string> = new Set([
  'editor',
  'chairman',
  'chairwoman',
  'correspondent',
  'presenter',
  'host',
  'anchor',
  'columnist',
  'reporter',
  'journalist',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'adviser',
  'advisor',
  'aide',
  'strategist',
  'pollster',
  'economist',
  'analyst',
  'executive',
  'director',
  'officer',
  'judge',
  'lawyer',
  'barrister',
  'solicitor',
  'professor',
  'researcher',
  'scientist',
  'coach',
  'manager',
  'captain',
  'player',
  'actor',
  'actress',
  'singer',
  'campaigner',
  'activist',
  'bishop',
  'archbishop',
  'cardinal',
]);

/**
 * A definite description (`the pop star said`, `the Liberal Democrat leader said`, `our correspondent
 * added`) → the person it stands for: first a person named with that noun as role or appositive
 * (`BBC correspondent Ann Roe`, `Ann Roe, the band's singer`); then, for `the` descriptions only, the
 * focus of the nearest sentences (the speaker of a cue, else the subject) or the latest speaker.
 * Indefinites (`a spokesman`) name nobody.
 */
export function resolveDescription(np: NounPhrase, ctx: CorefContext): string | null {
  const found = describedPerson(np, ctx);
  if (found === null) return null;
  // `The father said …. The mother said`: a noun of one gender never stands for a person of the other
  if (!agreesWithNoun(ctx, found, descriptionHead(np.text))) return null;
  // `Doherty had to be home by midnight. On Monday, the judge agreed to allow him to perform`: a `him` in the
  // description's own clause is someone else than the description, so not a man (or a person of unknown gender) found
  // for it
  // (unless the article calls that man by the noun: `Judge Tom Barr … the judge sentenced him`)
  const own = OWN_CLAUSE.exec(ctx.doc.text.slice(np.end, np.end + 120))?.[0] ?? '';
  if (
    /(?<![\p{L}])him(?![\p{L}])/u.test(own) &&
    genderOf(ctx.mentions, found) !== 'f' &&
    !calledByNoun(ctx, found, descriptionHead(np.text))
  )
    return null;
  // `The former secretary of state said she would …`: the pronoun the description's own verb of saying reports with
  // is the description's, so not a person of the other gender found for it
  const reported = REPORTS_AS.exec(ctx.doc.text.slice(np.end, np.end + 60))?.[1]?.toLowerCase();
  const g = reported === undefined ? null : genderOf(ctx.mentions, found);
  if (g !== null && g !== (reported === 'she' ? 'f' : 'm')) return null;
  return found;
}

/** The description's verb of saying and the pronoun it reports with: `said she`, `has said that he` (group 1). */
const REPORTS_AS =
  /^\s+(?:(?:has|had|also|then|later)\s+)?(?:said|says|told\s+\p{Ll}+|added|adds|insisted|insists|argued|argues|claimed|claims|warned|warns|explained|explains)\s+(?:that\s+)?(she|he)(?![\p{L}'’])/u;

/** Does the article give `name` the noun `head` as a title or a role (`Judge Tom Barr`, `Barr, the judge`)? */
function calledByNoun(ctx: CorefContext, name: string, head: string): boolean {
  const last = lastToken(name);
  if (ctx.mentions.roles.get(last)?.toLowerCase().includes(head) === true) return true;
  if (ctx.mentions.mentions.some((m) => lastToken(m.name) === last && m.role?.toLowerCase().includes(head) === true))
    return true;
  const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(
    `(?<![\\p{L}])${esc(head)}\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}${esc(last)}(?![\\p{L}])|(?<![\\p{L}])${esc(last)},\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}${esc(head)}(?![\\p{L}])`,
    'iu',
  ).test(ctx.doc.text);
}

/**
 * The words after a description up to its clause's end: a clause mark, a quotation mark, or a word opening another
 * clause (`that`, `who`, `because`, a second verb of saying: `the judge said the man had hit him` is not the judge's
 * own clause).
 */
const OWN_CLAUSE =
  /^[^,;:.!?"“”]*?(?=[,;:.!?"“”]|(?<![\p{L}])(?:that|who|whom|whose|which|because|after|when|while|if|but|and|or|before|as|since|until|though|although|said|says|saying|told|tells)(?![\p{L}])|$)/u;

/**
 * Is a person (a given name of the lists and a surname, or a gender) a speaker or a sentence's subject between the
 * latest mention of `body` and the description? Then a noun for a body or a person is not read as that body.
 */
function personSubjectSince(np: NounPhrase, ctx: CorefContext, body: string): boolean {
  const { text } = ctx.doc;
  const { mentions } = ctx.mentions;
  const last = lastToken(body);
  for (let i = lastStartingBefore(mentions, np.start); i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < ctx.bodyStart || m.start < np.start - DESCRIPTION_REACH) break;
    if (m.end > np.start || m.quoted) continue;
    if (m.name === body || lastToken(m.name) === last || body.includes(m.name)) return false;
    const full = expandName(ctx.mentions, m.name);
    if (m.gender === null && genderOf(ctx.mentions, full) === null && !givenAndSurname(full)) continue;
    const ss = sentenceAt(ctx.doc, m.start).start;
    if (isSpeakerAt(text, m.start, m.end, ss) || isSubjectAt(text, m.start, m.end, ss)) return true;
  }
  return false;
}

/** Is `name` a body's by its own words (`Harbour TV`, `Acme Ltd`, a name the entity layer types a body's)? */
function surelyBody(ctx: CorefContext, name: string): boolean {
  return (
    ctx.mentions.mentions.some((m) => m.name === name && m.org) ||
    COMPANY_END.test(name) ||
    typeByName(name) === 'organisation'
  );
}

/** Nouns for a body or a person: `the broadcaster` is the BBC as often as a presenter. */
const BODY_OR_PERSON_NOUNS: ReadonlySet<string> = new Set(['broadcaster']);

/**
 * Does the article, before `at`, call a person by the noun: as a title before a name (`broadcaster Jo Lee`) or in an
 * appositive after one (`Jo Lee, the veteran broadcaster,`)?
 */
function callsPerson(ctx: CorefContext, head: string, at: number): boolean {
  const from = Math.max(ctx.bodyStart, at - DESCRIPTION_REACH, 0);
  if (from >= at) return false;
  const window = ctx.doc.text.slice(from, at);
  const re = new RegExp(
    `${head}\\s+\\p{Lu}|\\p{Lu}[\\p{L}'’-]+\\s*,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}(?![\\p{L}])`,
    'u',
  );
  return re.test(window);
}

/** The opening of a phrase after a name's comma that is no appositive of it: a preposition, a clause's word. */
const NOT_APPOSITIVE =
  /^\s*(?:according|in|on|at|for|from|to|with|by|of|after|before|during|as|who|whom|whose|which|that|when|where|while|and|but|or|said|says|told|tells|adding|saying|referring)(?![\p{L}])/iu;

/** How far after a description its clause is read for a mark or a name (characters; real clauses are far shorter). */
const CLAUSE_REACH = 1_000;

/** The person or body a description stands for, before the check of the noun's gender (see `resolveDescription`). */
function describedPerson(np: NounPhrase, ctx: CorefContext): string | null {
  if (np.indefinite) return null;
  const { mentions: index, prior, doc } = ctx;
  const { text } = doc;
  const head = descriptionHead(np.text);
  if (ORG_BODIES.has(head)) return resolveOrgDescription(np, ctx, head);
  // `Harbour TV dropped the show. … the broadcaster said`: a noun for a body or a person is the body spoken of, when
  // the article calls no person by it (`the writer and broadcaster Jo Lee`)
  if (BODY_OR_PERSON_NOUNS.has(head) && !callsPerson(ctx, head, np.start)) {
    const body = resolveOrgDescription(np, ctx, head);
    // (a body by its words: not `Jo Lee`, whom nothing in the article says is a person's name; nor a body named before
    // a person who speaks or is a sentence's subject since: `Jo Lee quit the TV show. … Lee said. The broadcaster said`)
    if (body !== null && surelyBody(ctx, body) && !personSubjectSince(np, ctx, body)) return body;
  }
  const floor = np.start - DESCRIPTION_REACH;
  const hasHead = wordTest(head, true);
  const otherOf = officeOf(head);
  const words = descriptionWords(np.text);
  // `"…," said the woman, who did not want to be named`: the text says the person goes unnamed
  if (ANONYMOUS_AFTER.test(ctx.doc.text.slice(np.end, np.end + 160))) return null;
  // `the second official`, `the other officer`: one of several, unnamed, unless these very words were given to a name
  if (ONE_OF_SEVERAL.test(np.text)) return sameWordsNear(np, ctx, words, floor);
  // `"…," said a senior party member who backs Jo Lee. …. "…," the party member said`: an unnamed speaker of the
  // same noun is who the description takes up, unless a person is given the noun since
  // (read twice as far back as a name is: an unnamed speaker is taken up by the noun alone, however far)
  const unnamedAt = unnamedSpeakerOf(ctx, head, np.start - 2 * DESCRIPTION_REACH, np.start);
  // `secretary of state`: the head and what it is of, as a role must hold them (not a party's secretary); `the
  // Glasgow Kelvin MP`: a seat's holder, whose role must name the seat (not another MP)
  const office = SEAT_HOLDER.test(np.text) ? words : words.slice(words.lastIndexOf(head));
  const holdsOffice = (phrase: string): boolean => office === head || phrase.toLowerCase().includes(office);
  // `President Tom Vance …. Harbourland President Ann Kettle …. the Harbourland president said`: a person given the
  // office's noun without the description's other words (`Harbourland`) gives way to the one person the article gives
  // the very words (see `officeHolder`)
  const inOffice = (m: Mention, given: string): string => {
    const found = expandName(index, m.name);
    if (words !== office && !given.toLowerCase().includes(words)) {
      const holder = officeHolder(np, ctx);
      if (holder !== null && lastToken(holder) !== lastToken(found)) return holder;
    }
    return focusInOffice(np, ctx, floor, found, office, otherOf) ?? found;
  };
  for (let i = lastStartingBefore(index.mentions, np.start); i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start < floor || m.start < unnamedAt) break;
    if (m.quoted || m.org) continue;
    if (
      m.role &&
      m.role.toLowerCase().includes(office) &&
      !otherOffice(m.role, otherOf, np.text) &&
      sameOffice(m.role, np.text)
    )
      return inOffice(m, m.role);
    // `Chef Jo Lee opened … "…," the chef said`: the noun written as the title of a name (one the mention
    // index keeps inside the name) is that person, without the title
    const titled = titledName(m.name, head);
    if (titled !== null) return titled;
    if (m.start < ctx.bodyStart) continue;
    // `Jo Lee, the Ealing North MP, …. "…," said the Ealing North MP`: the very words given to a name before
    if (words.includes(' ') && sameWordsAt(ctx, m, words)) return expandName(index, m.name);
    // `the Archbishop of Canterbury, Dr Ann Roe, will preside …. The Archbishop of Canterbury said`: the very words
    // with the name set after them in commas
    if (describedBefore(ctx, m, words)) return expandName(index, m.name);
    // `a panel of judges including Ann Roe`: a name after a plural noun is one of several
    if (head.length < 4 || isPlural(head)) continue;
    // `BBC correspondent Ann Roe`, `Singer Ann Roe`: the noun just before the name, in its clause
    const lead = text.slice(Math.max(0, m.start - 40), m.start);
    const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf('.'), lead.lastIndexOf('\n')) + 1);
    // `Ann Roe, the band's singer,`: the noun in the appositive after the name
    // (a noun phrase: not `Ann Bell, according to the report.`, a phrase of a preposition or a clause; nor a
    // document's noun, which no person's appositive is)
    const found = /^\s*,([^,.;:"“”]{1,80})[,.]/u.exec(text.slice(m.end, m.end + 90));
    const app = found !== null && !ORG_NOUNS.has(head) && !NOT_APPOSITIVE.test(found[1]!) ? found : null;
    // … unless the description is that very phrase: `Prices, the minister warned, will rise` is a
    // parenthetical attribution, not an appositive of `Prices`
    const ownPhrase = app !== null && np.start >= m.end && np.start < m.end + app[0].length;
    if (
      (endsWithNoun(clause, head) &&
        holdsOffice(clause) &&
        !otherOffice(clause, otherOf, np.text) &&
        sameOffice(clause, np.text)) ||
      (app !== null &&
        !ownPhrase &&
        hasHead(app[1]!) &&
        holdsOffice(app[1]!) &&
        !otherOffice(app[1]!, otherOf, np.text) &&
        sameOffice(app[1]!, np.text))
    )
      return inOffice(m, `${clause} ${app?.[1] ?? ''}`);
  }
  if (unnamedAt >= 0) return null;
  // `our correspondent`, `his spokesman`: only a name given that role says who; `the judges`, `the
  // officials`: several people, not one named before
  if (!/^the\s/iu.test(np.text) || isPlural(head)) return null;
  // `Clinton, the former secretary of state, …` early in a long article: the same words given as one person's
  // appositive or title, however far back
  const given = sameWordsGiven(np, ctx, floor);
  if (given !== null) return given;
  // `London mayor Ken Livingstone …` far back, `"…," the mayor said`: an office's one holder in the article
  // (an office given to no one is not a reason to name no one: news writes `Mr Blair` and `the prime minister`
  // without ever writing the two together)
  const holder = officeHolder(np, ctx);
  if (holder !== null) return holder;
  // `the spokeswoman`, `the aide`: speaks for someone, so never the person the text is about nor the
  // last speaker (`Ann Roe opened the mall. "…," the mall spokeswoman said` is not Roe's)
  if (SPEAKS_FOR.has(head)) return null;
  // `the statement said`, `the report found`: a document speaks for whoever spoke last, not for the
  // person a sentence is about
  if (ORG_NOUNS.has(head)) {
    // `The letter, from the Home Office, says`: the document's own phrase says whose it is
    const own = SOURCE_AFTER.exec(text.slice(np.end, np.end + 60));
    if (own !== null) {
      const source = sourceAfter(ctx, np.end + own[0].length);
      if (source !== null) return expandName(index, source);
    }
    // `Sir Howard said the report highlighted "…"`: what a document says in a clause someone reports is that
    // reporter's account, not the words of whoever wrote it
    const reporter = reporterOf(np, ctx);
    if (reporter !== null) return reporter;
    return documentAuthor(ctx, head, np.start, floor);
  }
  // `Mr Lee said the man, who later fled, had shouted`, `He said the man shouted`: a description inside a clause
  // someone reports is someone else, and the sentences around are about the reporter: only a name given that role
  // says who
  if (inReportedClause(np, ctx)) return null;
  // `Jo Lee took on Ann Roe after the Green front-runner had said …`: a description in a clause that hangs on its
  // sentence's named subject is someone else (the same person would be `she`), and which one the text does not say
  if (subjectBeforeSubordinate(np, ctx)) return null;
  const bound = clauseBound(np, ctx);
  const focus = descriptionFocus(np, ctx, floor, bound);
  if (focus === SOMEONE_ELSE) return null;
  if (focus !== null) return nounGivenToOthers(np, ctx, head, focus) ? null : focus;
  // `It was Roe's 11th record. "…," the 22-year-old said`: an age or a nationality follows the person a sentence
  // near it is about; the latest speaker before only when no other person is named since
  if (ageOrNationDescription(np.text)) return lastSpeakerAlone(np, ctx, floor);
  for (let i = prior.length - 1; i >= 0; i--) {
    const s = prior[i]!;
    if (s.at >= np.start || s.org || bound.has(lastToken(s.name))) continue;
    // (`Home Secretary Jo Lee said …. "…," the prime minister said`: another office's holder is someone else)
    if (holdsOtherOffice(ctx, s.name, np)) continue;
    const agrees = nounAgreement(ctx, s.name, head);
    if (agrees === 'no') continue;
    return s.at >= floor && agrees === 'yes' && !nounGivenToOthers(np, ctx, head, s.name) ? s.name : null;
  }
  return null;
}

/**
 * `Judge Ann Berry heard the case. … Tom Brack said … "…," the judge said`: does the article, before the description,
 * give its noun (not an office's: news writes an office and its holder's name apart) to people other than `name`
 * (`Judge Ann Berry`, `hosts Jo Lee and Ann Roe`, `Ann Berry, the judge,`), and never to `name`? Then the person the
 * sentences are about is not the one the noun describes.
 */
function nounGivenToOthers(np: NounPhrase, ctx: CorefContext, head: string, name: string): boolean {
  if (officeFamily(np.text) !== null || ageOrNationDescription(np.text) || head.length < 4 || !PERSON_NOUNS.has(head))
    return false;
  const from = Math.max(ctx.bodyStart, 0);
  if (from >= np.start) return false;
  const window = unquoted(ctx.doc.text, ctx.quotes, from, np.start);
  // (the noun's letters after its first: most windows lack them, and need no pattern compiled)
  if (!window.includes(head.slice(1))) return false;
  const esc = head.slice(1).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const noun = `[${head[0]!.toLowerCase()}${head[0]!.toUpperCase()}]${esc}(?:e?s)?`;
  const name1 = `\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,2}`;
  const re = new RegExp(
    `(?<![\\p{L}])${noun}\\s+(${name1}(?:\\s+and\\s+${name1})?)|(${name1})\\s*,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}(?![\\p{L}])`,
    'gu',
  );
  const last = lastToken(name);
  let others = false;
  for (const m of window.matchAll(re)) {
    const words = (m[1] ?? m[2]!).split(/\s+/u);
    if (words.includes(last)) return false;
    // (`the judge Ann Berry` names her; `The judge Monday` or a sentence's next word does not)
    if (words.some((w) => isGivenName(w) || ctx.mentions.fullest.has(w))) others = true;
  }
  return others;
}

/**
 * The last names of the people named in the description's own clause after it (`the minister told Mr Lee`: someone
 * else): to the first clause mark (`"…," the governor said, before adding that he, Christie, …` names him again).
 */
function clauseBound(np: NounPhrase, ctx: CorefContext): ReadonlySet<string> {
  const { doc } = ctx;
  // (read at most CLAUSE_REACH characters on: a sentence of a whole article with no clause mark would otherwise be
  // read again for every description in it, quadratic in the article)
  const sentenceEnd = Math.min(sentenceAt(doc, np.start).end, np.end + CLAUSE_REACH);
  const mark = /[,;:]/u.exec(unquoted(doc.text, ctx.quotes, np.end, sentenceEnd));
  return namesAfterInClause(np, ctx, mark === null ? sentenceEnd : np.end + mark.index);
}

/**
 * `President Tom Vance … had lunch with Harbour Bank President Ann Kettle. Vance said …. The president also said`:
 * when the nearest person given the office (`found`) is not the person the nearest sentences are about, but that
 * person is given the office too, the description takes up the one the text is about; else null.
 */
function focusInOffice(
  np: NounPhrase,
  ctx: CorefContext,
  floor: number,
  found: string,
  office: string,
  otherOf: () => RegExp,
): string | null {
  // (an office only: `the singer` of `Singer Ann Roe` is Roe whoever a sentence is about)
  if (officeFamily(np.text) === null || inReportedClause(np, ctx)) return null;
  const focus = descriptionFocus(np, ctx, floor, clauseBound(np, ctx));
  if (focus === null || focus === SOMEONE_ELSE || lastToken(focus) === lastToken(found)) return null;
  const last = lastToken(focus);
  const roles: string[] = [];
  const known = ctx.mentions.roles.get(last);
  if (known) roles.push(known);
  for (const m of ctx.mentions.mentions) if (m.role && !m.quoted && lastToken(m.name) === last) roles.push(m.role);
  const holds = roles.some(
    (r) => r.toLowerCase().includes(office) && !otherOffice(r, otherOf, np.text) && sameOffice(r, np.text),
  );
  return holds ? focus : null;
}

/**
 * `the second official`, `The other officer`: a description that sets its person apart from another of the same
 * noun (not `the first minister`, an office).
 */
const ONE_OF_SEVERAL = /^the\s+(?:second|third|fourth|fifth|other)\s+(?:[\p{L}-]+\s+)?[\p{Ll}-]+[.’']*$/iu;

/**
 * The one person given the description's very words (`Jo Lee, the second official,`) within reach before it, or
 * null.
 */
function sameWordsNear(np: NounPhrase, ctx: CorefContext, words: string, floor: number): string | null {
  const { mentions: index } = ctx;
  for (let i = lastStartingBefore(index.mentions, np.start); i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start < floor || m.start < ctx.bodyStart) break;
    if (m.quoted || m.org) continue;
    if (sameWordsAt(ctx, m, words) || describedBefore(ctx, m, words)) return expandName(index, m.name);
  }
  return null;
}

/**
 * A relative clause or a participle after a description saying its person goes unnamed: `, who did not want to be
 * named`, `, who asked not to be identified`, `, speaking on condition of anonymity`, `, who declined to give her name`.
 */
const ANONYMOUS_AFTER =
  /^[^.;:!?"“”]{0,40}?,\s+(?:who\s+[^.;:!?"“”,]{0,40}?(?:anonymity|(?:not\s+(?:want|wish)(?:ed)?|declined|refused|asked\s+not|requested\s+not)\s+to\s+be\s+(?:named|identified|quoted\s+by\s+name)|declined\s+to\s+give\s+(?:his|her|their)\s+(?:full\s+)?names?)|(?:speaking|talking)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|asking\s+not\s+to\s+be\s+(?:named|identified))/u;

/**
 * Where the latest unnamed speaker (`a senior party member who backs Jo Lee`, see `UnnamedSpeaker`) whose noun is
 * `head` was spoken of in `[floor, at)`, or -1 when none was.
 */
function unnamedSpeakerOf(ctx: CorefContext, head: string, floor: number, at: number): number {
  const unnamed = ctx.unnamed ?? [];
  for (let i = unnamed.length - 1; i >= 0; i--) {
    const u = unnamed[i]!;
    if (u.at >= at) continue;
    if (u.at < floor || u.at < ctx.bodyStart) break;
    if (!u.plural && unnamedNoun(u.role) === head) return u.at;
  }
  return -1;
}

/** The noun of an unnamed speaker's role: `member` of `senior party member who backs Jo Lee`. */
function unnamedNoun(role: string): string {
  const core = role.split(
    /,|\s+(?:who|whom|whose|that|which|for|at|of|from|to|with|in|on|close|familiar|asking|speaking)\s/u,
  )[0]!;
  return headOf(core);
}

/**
 * The latest earlier speaker (a person within reach) when no other person is named outside quotations between
 * its cue and the description `np`; else null.
 */
function lastSpeakerAlone(np: NounPhrase, ctx: CorefContext, floor: number): string | null {
  const { prior } = ctx;
  let s: PriorSpeaker | undefined;
  for (let i = prior.length - 1; i >= 0 && s === undefined; i--) if (prior[i]!.at < np.start) s = prior[i];
  if (s === undefined || s.org || s.at < floor || otherPersonSince(ctx, s, np.start)) return null;
  return nounAgreement(ctx, s.name, headOf(np.text)) === 'no' ? null : s.name;
}

/** Is a person other than the speaker `s` named, with a person's evidence, outside quotations from its cue to `at`? */
function otherPersonSince(ctx: CorefContext, s: PriorSpeaker, at: number): boolean {
  const { mentions: index } = ctx;
  const last = lastToken(s.name);
  for (let i = lastStartingBefore(index.mentions, at); i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start <= s.at) break;
    if (m.quoted || onlyMentioned(ctx, m)) continue;
    const full = expandName(index, m.name);
    if (lastToken(full) !== last && evidentPerson(ctx, m, full) && personLike(ctx, m, full)) return true;
  }
  return false;
}

/**
 * Is the mention only mentioned in a sentence about someone named before: neither its subject nor a cue's speaker
 * in a sentence whose subject is `He` or `She` (`He said the win, with goals from Jo Lee, was lucky`)?
 */
function onlyMentioned(ctx: CorefContext, m: Mention): boolean {
  const { text } = ctx.doc;
  const ss = sentenceAt(ctx.doc, m.start).start;
  return (
    PRONOUN_SUBJECT.test(text.slice(ss, ss + 8)) &&
    !isSpeakerAt(text, m.start, m.end, ss) &&
    !isSubjectAt(text, m.start, m.end, ss)
  );
}

/**
 * Does the article give the mention a person's evidence: a gender, or a given name and a surname? (Not a role: `the
 * US Open` is `Open` with the role `US`, expanded to an `Australian Open` named before.)
 */
function evidentPerson(ctx: CorefContext, m: Mention, full: string): boolean {
  return m.gender !== null || genderOf(ctx.mentions, full) !== null || givenAndSurname(full);
}

/** `the Glasgow Kelvin MP`: capitalised words before an office's capital initials. */
const SEAT_HOLDER = /^(?:the|The)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}\p{Lu}{2,4}[.’']*$/u;

/** How many mentions before a description's reach are read for the same words given to a name. */
const FAR_MENTIONS = 300;

/** The words of a description without its article, lower-case, single-spaced: `former secretary of state`. */
const descriptionWords = (phrase: string): string =>
  phrase
    .replace(/^(?:the|a|an)\s+/iu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.,’']+$/u, '');

/**
 * The person an article gave the description's very words before `floor` (beyond the reach of the other readings),
 * as an appositive (`Ann Roe, the former secretary of state,`) or a title (`former Secretary of State Ann Roe`): at
 * least two words, and one person only.
 */
function sameWordsGiven(np: NounPhrase, ctx: CorefContext, floor: number): string | null {
  const words = descriptionWords(np.text);
  if (!words.includes(' ')) return null;
  const { mentions: index } = ctx;
  let found: string | null = null;
  const last = lastStartingBefore(index.mentions, floor);
  for (let i = last; i >= 0 && i > last - FAR_MENTIONS; i--) {
    const m = index.mentions[i]!;
    if (m.start < ctx.bodyStart) break;
    if (m.quoted || m.org || !sameWordsAt(ctx, m, words)) continue;
    const full = expandName(index, m.name);
    if (found !== null && lastToken(found) !== lastToken(full)) return null;
    found = full;
  }
  return found;
}

/**
 * Does the article give the mention the description's `words` (see `descriptionWords`) as its appositive (`Ann Roe,
 * the former secretary of state,`) or its title (`former Secretary of State Ann Roe`)?
 */
function sameWordsAt(ctx: CorefContext, m: Mention, words: string): boolean {
  if (m.role !== null && descriptionWords(m.role) === words) return true;
  // (an appositive opens with a comma right after the name: most mentions have none, and need no slice read)
  const { text } = ctx.doc;
  let i = m.end;
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  if (text[i] !== ',') return false;
  const app = APPOSITIVE_AFTER.exec(text.slice(m.end, m.end + 70))?.[1];
  return app !== undefined && descriptionWords(app) === words;
}

/** A verb of saying or thinking: after a name, the words that follow are what that name reports. */
const REPORTING_VERBS =
  /(?<![\p{L}])(?:said|says|say|told|tells|claimed|claims|added|adds|insisted|insists|argued|argues|warned|warns|believes|believed|thinks|thought|suggested|suggests|accused|accuses|asked|asks|urged|urges|explained|explains)(?![\p{L}])/gu;

/**
 * Does the phrase `np` stand in a clause reported by a verb of saying before it in its sentence (`Lee said the
 * man`, `he told MPs the minister`), no comma or other clause mark between (not `After Lee told reporters the plan
 * was dead, the minister said`)?
 */
function inReportedClause(np: NounPhrase, ctx: CorefContext): boolean {
  return reportingVerbBefore(np, ctx) !== null;
}

/** Where the verb of saying that reports the clause holding `np` starts (see `inReportedClause`), or null. */
function reportingVerbBefore(np: NounPhrase, ctx: CorefContext): number | null {
  const ss = sentenceAt(ctx.doc, np.start).start;
  const from = Math.max(ss, np.start - 300);
  const before = unquoted(ctx.doc.text, ctx.quotes, from, np.start);
  let verb: RegExpExecArray | null = null;
  REPORTING_VERBS.lastIndex = 0;
  for (let m = REPORTING_VERBS.exec(before); m !== null; m = REPORTING_VERBS.exec(before)) verb = m;
  if (verb === null || /[,;:–—()]/u.test(before.slice(verb.index + verb[0].length))) return null;
  // … with a subject of its own before the verb (not the inverted cue of `"…," said the minister`)
  const clause = before.slice(0, verb.index);
  const subject = clause.slice(Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'), clause.lastIndexOf(':')) + 1);
  return /\p{L}/u.test(subject) ? from + verb.index : null;
}

/** Between a subject and its verb of saying: nothing, or an adverb or an auxiliary (`Lee also said`, `Lee has said`). */
const SUBJECT_TO_VERB = /^\s+(?:(?:also|then|later|again|once|has|had|have|previously|repeatedly|[\p{Ll}]+ly)\s+)*$/u;

/**
 * `Sir Howard Dent said the report highlighted "…"`: the named subject (a person or a body that may speak) of the
 * verb of saying that reports the clause holding the document `np`, or null (a pronoun, a description, no subject).
 */
function reporterOf(np: NounPhrase, ctx: CorefContext): string | null {
  const verbAt = reportingVerbBefore(np, ctx);
  if (verbAt === null) return null;
  const { mentions: index, doc } = ctx;
  const m = index.mentions[lastStartingBefore(index.mentions, verbAt)];
  if (m === undefined || m.end > verbAt || m.start < sentenceAt(doc, verbAt).start || !speaks(m)) return null;
  return SUBJECT_TO_VERB.test(doc.text.slice(m.end, verbAt)) ? expandName(index, m.name) : null;
}

/**
 * `the statement said`, `the report found`: a document speaks for the speaker who was said to issue it (`Lee said
 * in a statement …. The statement added`, `Acme says in a report …`): the latest earlier speaker, within reach,
 * whose sentence names the same kind of document. Not simply the latest speaker: `An aide denied it. The statement
 * added` or `The report warns` after a minister's words are not that minister's.
 */
function documentAuthor(ctx: CorefContext, head: string, at: number, floor: number): string | null {
  const { doc, prior } = ctx;
  // (written in lower case: `told the BBC's World Business Report` names a programme, no document)
  const names = wordTest(head);
  // `… an email sent out by Lee warned …. Roe's campaign sent out an email …. "…," the email said`: a document of the
  // kind brought in since a speaker's sentence is another one than that speaker's
  const introduced = unnamedIntroduction(ctx, head, Math.max(floor, ctx.bodyStart, 0), at);
  for (let i = prior.length - 1; i >= 0; i--) {
    const s = prior[i]!;
    if (s.at >= at) continue;
    if (s.at < floor) break;
    // (the words of the sentence outside its quotations: `"Read our website," Lee said` names no document of Lee's)
    const sentence = sentenceAt(doc, s.at);
    if (introduced > sentence.end) break;
    if (rangeAt(ctx.quotes, s.at) === null && names(unquoted(doc.text, ctx.quotes, sentence.start, sentence.end)))
      return s.name;
  }
  return documentSource(ctx, head, at, floor) ?? bodySpeakingBefore(ctx, head, at);
}

/** Documents that speak for the body that spoke just before: `The Harbour Trust said …. The report said`. */
const BODY_DOCUMENTS: ReadonlySet<string> = new Set(['statement', 'release', 'report']);

/**
 * `The Harbour Trust said fraud was falling. It said …. The report said: "…"`: a statement or report whose author the
 * article does not say speaks for the body that is the latest speaker of a cue in the last few sentences (not a paper,
 * nor people written in initials), when no document of the kind was brought in unnamed since (`A report by analysts
 * says …`). Not when a person spoke last: `The report warns` after a minister's words is not the minister's (see
 * `documentAuthor`).
 */
function bodySpeakingBefore(ctx: CorefContext, head: string, at: number): string | null {
  if (!BODY_DOCUMENTS.has(head)) return null;
  const { doc, mentions: index } = ctx;
  const { text } = doc;
  const here = sentenceAt(doc, at).index;
  for (let i = lastStartingBefore(index.mentions, at); i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start < ctx.bodyStart) break;
    const k = sentenceAt(doc, m.start);
    if (here - k.index > DESCRIPTION_SENTENCES) break;
    if (m.quoted || m.end > at || !isSpeakerAt(text, m.start, m.end, k.start)) continue;
    const body = bodyNamed(ctx, m);
    if (body === null || PLURAL_INITIALS.test(m.name) || publicationAt(ctx, m.name, m.start)) return null;
    return unnamedIntroduction(ctx, head, m.end, at) > m.end ? null : body;
  }
  return null;
}

/** Documents a body or a person issues in its own name, one at a time: whose they are is said where they appear. */
const ISSUED_DOCUMENTS: ReadonlySet<string> = new Set([
  'statement',
  'release',
  'report',
  'letter',
  'memo',
  'study',
  'survey',
  'poll',
]);

/** How many earlier mentions of a document's noun are read for whose document it is. */
const DOCUMENT_MENTIONS = 2;

/** `report by telecoms giant Acme`, `statement from the Harbour Trust`: group 1 the words up to the name. */
const SOURCE_AFTER =
  /^\s*,?\s+(?:(?:published|released|issued|commissioned|written|compiled|produced|sent|signed)\s+)?(?:by|from)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?=\p{Lu})/u;

/** Between a name and the document's noun: `Acme's `, `Acme's annual `, `Acme ` (`an Acme report`). */
const SOURCE_BEFORE = /^(?:['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}|\s+)$/u;

/**
 * `the report said`, `the statement added` with no earlier speaker's sentence naming it: whose document the article
 * said it was where it wrote the noun before (the nearest such places, outside quotations, within reach): `a report
 * by Acme`, `a statement from Jo Lee`, `Acme's annual report`, or the body or person the sentence that wrote it is
 * about (`In a statement, Acme said …`, `the Harbour Institute published its report`). A place or a time never is.
 */
function documentSource(ctx: CorefContext, head: string, at: number, floor: number): string | null {
  // (not `the ad`, `the video`, `the tweet`: an article often speaks of several, each someone else's)
  if (!ISSUED_DOCUMENTS.has(head)) return null;
  const { doc, mentions: index } = ctx;
  const { text } = doc;
  const from = Math.max(floor, ctx.bodyStart, 0);
  if (from >= at) return null;
  const window = unquoted(text, ctx.quotes, from, at);
  const escaped = head.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const re = new RegExp(`(?<![\\p{L}-])${escaped}(?![\\p{L}-])`, 'giu');
  const places: number[] = [];
  for (let m = re.exec(window); m !== null; m = re.exec(window)) places.push(from + m.index);
  for (let k = places.length - 1; k >= 0 && k >= places.length - DOCUMENT_MENTIONS; k--) {
    const p = places[k]!;
    const source = sourceAround(ctx, p, p + head.length);
    if (source !== null) return expandName(index, source);
  }
  return null;
}

/** A verb of issuing or saying before the noun: `said in a `, `published its annual `, `issued a joint `. */
const ISSUED_BEFORE =
  /(?:(?:^|[^\p{L}])(?:said|says|say|added|adds|announced|announces|stated|states|wrote|writes|warned|warns|confirmed|confirms|explained|explains|argued|argues|insisted|insists|noted|notes)\s+(?:in|on|through|via)\s+|(?:^|[^\p{L}])(?:published|publishes|publish|released|releases|release|issued|issues|issue|produced|produces|unveiled|unveils|sent|sends|posted|posts|put\s+out|puts\s+out)\s+)(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** A sentence opening with the document: `In a statement, `, `In its annual `. */
const DOCUMENT_OPENER =
  /^\s*(?:(?:But|And)\s+)?(?:In|Through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Can the mention be a document's source: outside quotations, and no place or time. */
function speaks(m: Mention | undefined): m is Mention {
  if (m === undefined || m.quoted) return false;
  const typed = typeByName(m.name);
  return typed === null || canSpeak(typed);
}

/** The name starting at `at` (after `by`/`from`), when it may be a source; else null. */
function sourceAfter(ctx: CorefContext, at: number): string | null {
  const { mentions } = ctx.mentions;
  const m = mentions[lastStartingBefore(mentions, at + 1)];
  if (m?.start !== at || !speaks(m)) return null;
  // (`a report by the Institute for Fiscal Studies`: the whole name the mentions split)
  const whole = ofBodyName(ctx, m);
  if (whole !== null) return whole;
  // `a report by the Commons work and pensions committee`: the committee, not the house
  const remit = HOUSES.has(lastToken(m.name)) ? REMIT_AFTER.exec(ctx.doc.text.slice(m.end, m.end + 80)) : null;
  return remit === null ? m.name : `${m.name}${remit[0].replace(/[ \u00A0]+/gu, ' ')}`;
}

/** Lower-case words of a remit and a house's body after its name: ` work and pensions committee`. */
const REMIT_AFTER = /^(?:[ \u00A0]+(?:[\p{Ll}-]+|and)){1,4}[ \u00A0]+(?:committee|subcommittee)(?![\p{L}])/u;

/**
 * `said a statement from the Harbour Alliance`, `a report by Acme said`: whom a document's noun ending at `end` is
 * said right after it to be from or by (a body or a person the article names there), or null. Only documents
 * issued in their author's name (`statement`, `report`, …: not `a video of Jo Lee`).
 */
export function issuedBy(ctx: CorefContext, head: string, end: number): string | null {
  if (!ISSUED_DOCUMENTS.has(head)) return null;
  const after = SOURCE_AFTER.exec(ctx.doc.text.slice(end, end + 60));
  return after === null ? null : sourceAfter(ctx, end + after[0].length);
}

/** How far either side of a document's noun its sentence is read for the subject that issued it (characters). */
const SOURCE_SENTENCE = 300;

/** Who a document written at `[p, end)` is said to be from (see `documentSource`), or null. */
function sourceAround(ctx: CorefContext, p: number, end: number): string | null {
  const { doc, mentions: index } = ctx;
  const { text } = doc;
  const after = SOURCE_AFTER.exec(text.slice(end, end + 60));
  const named = after === null ? null : sourceAfter(ctx, end + after[0].length);
  if (named !== null) return named;
  const before = lastStartingBefore(index.mentions, p);
  const owner = index.mentions[before];
  if (owner !== undefined && owner.end <= p && SOURCE_BEFORE.test(text.slice(owner.end, p)) && speaks(owner))
    return ofBodyName(ctx, owner) ?? owner.name;
  // the subject or the speaker of the sentence that says it issued the document (not `Lee read the report`)
  const sentence = sentenceAt(doc, p);
  const lead = text.slice(Math.max(sentence.start, p - 80), p);
  if (!ISSUED_BEFORE.test(lead) && !(p - sentence.start <= 40 && DOCUMENT_OPENER.test(text.slice(sentence.start, p))))
    return null;
  // (read SOURCE_SENTENCE characters either side at most: a sentence may be a whole unpunctuated article)
  const start = Math.max(sentence.start, p - SOURCE_SENTENCE);
  const stop = Math.min(sentence.end, end + SOURCE_SENTENCE);
  for (let i = lastStartingBefore(index.mentions, start) + 1; i < index.mentions.length; i++) {
    const m = index.mentions[i]!;
    if (m.start >= stop) break;
    if (!speaks(m) || (m.start < p && m.end > p)) continue;
    // (`The Institute for Fiscal Studies published …`: a body's name the mentions split is read whole)
    const whole = ofBodyAt(ctx, m) ?? m;
    if (
      isSpeakerAt(text, whole.start, whole.end, sentence.start) ||
      isSubjectAt(text, whole.start, whole.end, sentence.start)
    )
      return whole.name;
  }
  return null;
}

/**
 * `Chef Jo Lee` for `chef`: the name after a capitalised title word that is the description's noun (a person's
 * name of one or more words after it), else null. `Chef Lee` gives `Lee`; `Chef` alone gives nothing.
 */
function titledName(name: string, head: string): string | null {
  const space = name.indexOf(' ');
  if (space < 0 || name.slice(0, space).toLowerCase() !== head) return null;
  const rest = name.slice(space + 1);
  return /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*$/u.test(rest) ? rest : null;
}

/**
 * The person the nearest sentences are about, for `the pop star said`: an earlier speaker in them,
 * else the speaker of a cue, else the subject. Only names known as people (a gender, a role, or a
 * speech verb of their own) count: `New Hampshire` or `TV` never stands for `the woman`.
 */
function descriptionFocus(
  np: NounPhrase,
  ctx: CorefContext,
  floor: number,
  bound: ReadonlySet<string>,
): string | null | typeof SOMEONE_ELSE {
  const { mentions: index, prior, doc } = ctx;
  const { text } = doc;
  const head = headOf(np.text);
  const here = sentenceAt(doc, np.start);
  // (`The 30-year-old said`, `the American added`: a person, whom a subject needs no more evidence to be)
  const anyPerson = ageOrNationDescription(np.text);
  // (`the Glasgow Kelvin MP`: a seat's holder is a person the article gives evidence of, not `Bethnal Green` of
  // `said he would contest Bethnal Green`)
  const seat = SEAT_HOLDER.test(np.text);
  let pi = prior.length - 1;
  let mi = lastStartingBefore(index.mentions, np.start);
  // (only sentences with words outside quotations count: `"We had it. It was hard," the coach said` reads as far
  // back as `"…," the coach said` does, a quotation's own sentences and blank lines being no sentences about anyone)
  let read = 0;
  for (let k = here.index; k >= 0 && read < DESCRIPTION_SENTENCES; k--) {
    const se = k === here.index ? np.start : sentenceEndOf(doc, k);
    const ss = doc.sentences[k]!;
    if (se <= Math.max(floor, ctx.bodyStart)) break;
    // (read from the reach's floor at most: a sentence may be a whole unpunctuated article)
    const from = Math.max(ss, floor, ctx.bodyStart);
    if (k !== here.index && !hasWordsOutside(ctx, from, se)) continue;
    read++;
    // `One man in the crowd interrupted the candidate: "…," the man shouted`: a person brought in unnamed by a noun
    // that says only a person (`a man`, `a woman`) is the one the description stands for, no one named before (not
    // an office's or a role's noun: `a candidate`, `a minister` is often named next)
    // (unless a person is named as a subject since: `…, a woman has said. Jo Lee said …`)
    if (ANYONE_NOUNS.has(head)) {
      const introduced = unnamedIntroduction(ctx, head, from, se);
      if (introduced > from && !namedSubjectBetween(ctx, introduced, np.start)) return null;
    }
    while (pi >= 0 && prior[pi]!.at >= se) pi--;
    for (let j = pi; j >= 0 && prior[j]!.at >= ss; j--) {
      if (prior[j]!.org || bound.has(lastToken(prior[j]!.name))) continue;
      if (holdsOtherOffice(ctx, prior[j]!.name, np)) continue;
      const agrees = nounAgreement(ctx, prior[j]!.name, head);
      if (agrees !== 'no') return agrees === 'yes' ? prior[j]!.name : null;
    }
    // `This year, he rose to the defence of Jo Lee, saying Mr Lee should …`: a sentence whose subject is `he` or `she`
    // is about someone named before it, its names only mentioned
    if (k !== here.index && PRONOUN_SUBJECT_AFTER_OPENER.test(text.slice(ss, ss + 60))) continue;
    const inSentence: Array<{ m: Mention; full: string }> = [];
    while (mi >= 0 && index.mentions[mi]!.start >= se) mi--;
    for (let j = mi; j >= 0 && index.mentions[j]!.start >= ss; j--) {
      const m = index.mentions[j]!;
      if (m.quoted || m.start < ctx.bodyStart || m.start < floor) continue;
      const full = expandName(index, m.name);
      if (
        personLike(ctx, m, full) &&
        (!seat || evidentPerson(ctx, m, full)) &&
        !bound.has(lastToken(full)) &&
        agreesWithNoun(ctx, full, head) &&
        !holdsOtherOffice(ctx, full, np)
      )
        inSentence.unshift({ m, full });
    }
    const speaker = inSentence.find(({ m }) => isSpeakerAt(text, m.start, m.end, ss));
    if (speaker) return nounAgreement(ctx, speaker.full, head) === 'yes' ? speaker.full : null;
    const subject = inSentence.find(({ m }) => isSubjectAt(text, m.start, m.end, ss));
    if (
      subject &&
      ((anyPerson && !THE_BEFORE.test(text.slice(Math.max(0, subject.m.start - 4), subject.m.start))) ||
        subject.m.role !== null ||
        genderOf(index, subject.full) !== null ||
        // (`The Lib Dems accused …`: a given name's shape after `the` is a body's name, not a person's)
        (givenAndSurname(subject.full) &&
          !THE_OPENS.test(text.slice(Math.max(0, subject.m.start - 4), subject.m.start))))
    )
      return nounAgreement(ctx, subject.full, head) === 'yes' ? subject.full : null;
    // `Jo Lee said: "…" …. Tam Okoro will captain the side on Saturday. And the striker said`: a sentence before the
    // description about a person the text gives no evidence of (no gender, role or given name of the lists) is about
    // that person all the same, and the description stands for no one named before it
    // (not an age's or a nation's description, which the guard below reads; a subject its verb follows at once, the
    // reading surest: not `Lee, along with Roe and Kim, is …`)
    if (
      subject &&
      !anyPerson &&
      k < here.index &&
      /^ \p{Ll}/u.test(text.slice(subject.m.end, subject.m.end + 2)) &&
      !THE_OPENS.test(text.slice(Math.max(0, subject.m.start - 4), subject.m.start)) &&
      !PRONOUN_SUBJECT.test(text.slice(ss, ss + 8))
    )
      return SOMEONE_ELSE;
    // `It was the record of the year for Ann Roe. "…," the 22-year-old said`: a person named nearer than any subject
    // or speaker may be the one the age stands for (not one in the description's own sentence: `Reacting to a
    // comment by Jo Lee, the American said` is not Lee); but a sentence whose subject is `He` or `She` is about
    // someone named before, its names only mentioned (`He said the win, with goals from Jo Lee, was lucky`)
    if (
      anyPerson &&
      k < here.index &&
      !PRONOUN_SUBJECT.test(text.slice(ss, ss + 8)) &&
      inSentence.some(({ m, full }) => evidentPerson(ctx, m, full))
    )
      return null;
  }
  return null;
}

/**
 * What `descriptionFocus` gives when the sentences before are about a person it cannot take (see there): no one named
 * before, and not the latest speaker either.
 */
const SOMEONE_ELSE: unique symbol = Symbol('someone else');

/** A conjunction opening a subordinate clause: `after`, `because`, `while`. */
const SUBORDINATOR = /(?:^|[^\p{L}])(?:after|before|when|while|because|although|though|since|until|unless|whereas)\s/u;

const SUBORDINATORS = new RegExp(SUBORDINATOR.source, 'gu');

/**
 * Is the description in a subordinate clause (`after`, `because`, …) of its own sentence, whose subject (or a cue's
 * speaker) before it is a person named there, no quotation between (`Jo Lee took on Ann Roe after the front-runner
 * said`)?
 */
function subjectBeforeSubordinate(np: NounPhrase, ctx: CorefContext): boolean {
  const { mentions: index, doc } = ctx;
  const { text } = doc;
  const ss = sentenceAt(doc, np.start).start;
  const between = text.slice(ss, np.start);
  // (most descriptions have no subordinator before them in their sentence: no mention read)
  if (!SUBORDINATOR.test(between) || /["“”]/u.test(between)) return false;
  // (the description inside the clause the conjunction opens: `Lee was in tears after the defeat, and the 22-year-old
  // said` is no such clause)
  let opens = -1;
  for (const c of between.matchAll(SUBORDINATORS)) opens = ss + c.index;
  if (opens < 0 || /[,;:–—]|\s(?:and|but|or)\s/u.test(text.slice(opens, np.start))) return false;
  for (let i = lastStartingBefore(index.mentions, opens); i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start < ss) break;
    if (m.quoted || m.org || m.end > opens) continue;
    const full = expandName(index, m.name);
    if (!personLike(ctx, m, full)) continue;
    if (isSpeakerAt(text, m.start, m.end, ss) || isSubjectAt(text, m.start, m.end, ss)) return true;
  }
  return false;
}

/** Is a person named, outside quotations, as a subject or a cue's speaker in `[from, to)`? */
function namedSubjectBetween(ctx: CorefContext, from: number, to: number): boolean {
  const { mentions: index, doc } = ctx;
  for (let i = lastStartingBefore(index.mentions, to - 1); i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start < from) break;
    if (m.quoted || m.org || m.end > to) continue;
    const ss = sentenceAt(doc, m.start).start;
    const full = expandName(index, m.name);
    if (!personLike(ctx, m, full)) continue;
    if (isSpeakerAt(doc.text, m.start, m.end, ss) || isSubjectAt(doc.text, m.start, m.end, ss)) return true;
  }
  return false;
}

/** Has `[from, to)` a word outside quotations (not a blank line, nor a sentence inside a quotation)? */
function hasWordsOutside(ctx: CorefContext, from: number, to: number): boolean {
  return /\p{L}/u.test(unquoted(ctx.doc.text, ctx.quotes, from, to));
}

/** Nouns that say only a person, no role: `the man`, `the woman`. */
const ANYONE_NOUNS: ReadonlySet<string> = new Set(['man', 'woman', 'boy', 'girl', 'person']);

/**
 * A sentence whose subject is `he` or `she`, after a conjunction or an opening phrase and its comma (`And he even
 * inserted himself …`, `This year, she rose …`).
 */
const PRONOUN_SUBJECT_AFTER_OPENER =
  /^\s*(?:(?:And|But|So|Yet|Then|Now|Later|Earlier)\s+|[^,"“”.]{1,40},\s*)?(?:[Hh]e|[Ss]he)\s+\p{Ll}/u;

/** A sentence opening with a personal pronoun as its subject (`He conceded …`, `She said …`). */
const PRONOUN_SUBJECT = /^\s*(?:He|She)\s/u;

/** `the ` right before a name: `the Moroccan` is a description, not a person's name. */
const THE_BEFORE = /(?:^|[^\p{L}])the\s$/u;

/** Does the person `name` agree with the gender the description's noun says (any, when it says none)? */
function agreesWithNoun(ctx: CorefContext, name: string, head: string): boolean {
  return nounAgreement(ctx, name, head) !== 'no';
}

/**
 * The agreement of `name` with a gendered noun: `yes`, `no`, or `unknown` when the noun says a gender and the person's
 * is not known. Where the nearest candidate is `unknown`, the description stands for no one: passing over it to a
 * person farther back who agrees (`The father said …. The mother said` after a judge of unknown gender quoted, or
 * `the man said` after a witness of unknown gender) picks someone the text is not about.
 */
function nounAgreement(ctx: CorefContext, name: string, head: string): 'yes' | 'no' | 'unknown' {
  const want = GENDERED_NOUNS[head];
  if (want === undefined) return 'yes';
  const g = genderOf(ctx.mentions, name);
  return g === null ? 'unknown' : g === want ? 'yes' : 'no';
}

/**
 * `Kelly Holmes`, `Robin Marsh`: a given name of the first-name lists (one that says no gender: `Kelly`, `Robin`) and
 * a surname, so a person, as the subject `the champion` or `the singer` may stand for (`Kelly Holmes has pulled out
 * of the race. The champion said: "…"`). Not `Jordan Valley`, `Georgia Power`: the entity layer types them.
 */
function givenAndSurname(full: string): boolean {
  const words = full.split(' ');
  if (words.length !== 2 || !isGivenName(words[0]!)) return false;
  const typed = typeByName(full);
  return typed === null || typed === 'person';
}

/**
 * A description of lower-case words (a possessive inside) ending in a capitalised name: `the
 * carmaker's chief executive Jo Lee`, `the families' solicitor Ann Roe`. Group 1 the descriptors,
 * group 2 the name.
 */
export const DESCRIBED_NAME =
  /^((?:(?:the|The|a|A|an|An)\s+)?(?:\p{Lu}[\p{L}-]*['’]s?\s+)?(?:(?!(?:de|da|del|der|van|von|bin|al|el|di|du|le|la)\s)[\p{Ll}][\p{L}-]*['’]?s?\s+){1,5})((?:(?:de|da|del|der|van|von|bin|al|el|di|du|le|la)\s+){0,2}(?:\p{Lu}[\p{L}\p{M}.’'\-&]*\s+(?:(?:de|da|del|der|van|von|bin|al|el|di|du|le|la)\s+)?)*\p{Lu}[\p{L}\p{M}’'\-&]*)\.?$/u;

/** Words that make descriptors a clause or a phrase with its own object: `a spokesman for Jo Lee`, `claims Jo Lee`. */
export const NOT_DESCRIPTOR_WORDS: ReadonlySet<string> = new Set([
  'for',
  'of',
  'to',
  'with',
  'by',
  'from',
  'at',
  'in',
  'on',
  'behind',
  'than',
  'and',
  'but',
  'or',
  'that',
  'what',
  'who',
  'is',
  'was',
  'are',
  'were',
  'be',
  'after',
  'before',
  'comes',
  'claims',
  'says',
  'said',
  'told',
  'represented',
  'had',
  'has',
  'have',
  'not',
  'there',
  'more',
  'as',
]);
/** A role ending in a person's title: `… Party Chairman`, `House Press Secretary`, `Foreign Minister`. */
export const TITLE_END =
  /(?:^|\s)(?:Chairman|Chairwoman|Chair|Secretary|President|Minister|Director|Spokesman|Spokeswoman|Spokesperson|Leader|Chief|Executive|Officer|Governor|Mayor|Commissioner|Ambassador|Adviser|Advisor|Manager|Editor|Head|Coach|Captain|Founder|Correspondent|Senator|Representative|Assemblyman|Assemblywoman|Assemblymember|Congressman|Congresswoman|Councillor|Councilor|Treasurer|Comptroller|Auditor|Judge|Justice|Sheriff|Attorney|General|Superintendent|Commander)$/u;
