/**
 * What the coreference resolvers share: how far back they read, whether a mention is a person
 * speaking as a sentence's subject, and the text outside quotations.
 */
import { lastStartingBefore, rangeAt } from '../../lib/sorted.js';
import type { Mention } from '../mentions.js';
import type { Range } from '../quote-spans.js';
import { genderOf, lastToken } from '../mentions.js';
import type { NounPhrase } from '../cues.js';
import { ORG_BODIES, ORG_NOUNS, PERSON_NOUNS } from '../../lexicon/words.js';
import { isSubjectAt, PLACE_FIRST } from '../subjects.js';
import { canSpeak, typeByName } from '../entities.js';
import type { CorefContext } from './types.js';
import { isGivenName, romanisedGivenName } from '../../lexicon/given-names.js';
import { NATIONALITIES } from '../../lexicon/places.js';

/** How many sentences back a pronoun looks for its antecedent, and at most how far (characters). */
export const PRONOUN_SENTENCES = 5;
export const PRONOUN_REACH = 1500;
export const DESCRIPTION_REACH = 2500;

/** Is the text of `[start, end)` (bar spaces and punctuation) all inside one quotation, or empty? */
export function whollyQuoted(quotes: readonly Range[], text: string, start: number, end: number): boolean {
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
export function reachBack(quotes: readonly Range[], pos: number, reach: number): number {
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

/** `Don't`, `Can't`: a contraction is no word of a name (`Don't Republicans run …?` opens a question). */
const CONTRACTION = /\p{L}n['’]t(?:\s|$)/u;

/** One word of capitalised parts joined by hyphens: `Merriam-Webster`, `Harbour-Kestrel`, `Jean-Luc`. */
const HYPHENED_CAPITALS = /^\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)+$/u;

/**
 * Is `name` a one-word hyphenated compound of capitals whose first part is no given name (`Merriam-Webster`, a
 * publisher; `Harbour-Kestrel`, a firm), with no gender the article gives it? A person's double surname comes
 * with a given name (`Ann Smith-Jones`), a compound given name starts with one (`Jean-Luc`): this is a body's or
 * a product's name, not a person `he`/`she` stands for.
 */
export function hyphenedNonPerson(index: CorefContext['mentions'], name: string): boolean {
  return (
    HYPHENED_CAPITALS.test(name) && !isGivenName(name.slice(0, name.indexOf('-'))) && genderOf(index, name) === null
  );
}

/** `the ` right before a name. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
/** A name's last word in the plural: `Democrats`, `Dems`, `Tories` (not `Ross`, `Jones`'s possessive). */
const PLURAL_LAST = /(?:[^\s'’s]s|ies)$/u;

/** Does the name open with a given name (`Jo Lee`, `Man-kei Quon`)? */
function startsWithGivenName(full: string): boolean {
  const first = full.split(' ', 1)[0]!;
  return isGivenName(first) || romanisedGivenName(first);
}

/**
 * Could this mention be a person, as `he`/`she` require? A one-word name counts when the article
 * knows it as a person (`Carson` after `Carson said`): `Carson defied the question. "…," he said`.
 */
export function personLike(ctx: CorefContext, m: Mention, full: string): boolean {
  if (m.org || ALL_CAPS.test(full) || PRONOUN_TAIL.test(m.name) || CONTRACTION.test(full)) return false;
  const index = ctx.mentions;
  // the entity layer: a place, a time or a common word (`Britain`, `Christmas`, `Russian`) is no
  // person a pronoun or a description can stand for, unless the article gives it a person's gender
  const typed = typeByName(full);
  if (typed !== null && !canSpeak(typed) && m.gender === null && genderOf(index, full) === null) return false;
  if (m.gender === null && hyphenedNonPerson(index, full)) return false;
  if (m.gender !== null || genderOf(index, full) !== null || m.role !== null) return true;
  // `whereas the Liberal Democrats offered …`: a name after `the` that ends in a plural is a party's, a team's or a
  // band's (no person of its own gender or role, above)
  const afterThe = THE_BEFORE.test(ctx.doc.text.slice(Math.max(0, m.start - 5), m.start));
  if (afterThe && PLURAL_LAST.test(full)) return false;
  // `The Kestrel Mouse Adapter is the brainchild of …`, `the Harbour Harrier has yet to …`: a name right after
  // `the` that opens with no given name (and has no gender or role, above) is a product's, a body's or an event's —
  // news writes no `the` before a person's name (`the Jo Lee` is rare; `the Harbour Scanner` is common)
  if (afterThe && !startsWithGivenName(full)) return false;
  // `In that sense, Marwick Dale was not only a tragedy`: a name the article writes as a modifier of a place's or an
  // event's noun (`the Marwick Dale families`) and never as a person's (no gender or role, above; no words of its
  // own) is a place's or an event's
  if (modifierOnly(ctx, full)) return false;
  // `Deutsche Boerse is "buying them off", he said`: a name the entity layer reads as a body's (`Acme said it`,
  // `shares in Acme`, `AT&T`) is no person
  if (ctx.speakerEntity?.({ phrase: full, kind: 'named', name: full }) === 'organization') return false;
  const words = full.split(' ');
  // `Rihanna, who was honoured …`: a relative `who` after a name marks a person
  if (words.length === 1)
    return (ctx.isPerson?.(full) ?? false) || WHO_AFTER.test(ctx.doc.text.slice(m.end, m.end + 8));
  if (PLACE_FIRST.test(words[0]!)) return false;
  // (`Australian Open`, `British Airways`: a nationality before a known given name is split off as a description, so
  // a two-word name that still opens with one is an event's or a firm's, unless it is a given name itself or the
  // article writes the surname with another first name: `German Ortega` beside his brother `Freddy Ortega`)
  if (words.length !== 2 || !NATIONALITIES.has(words[0]!) || isGivenName(words[0]!)) return true;
  return (index.fullNames.get(lastToken(full)) ?? []).some((n) => n !== full && isGivenName(n.split(' ')[0]!));
}

/** A determiner right before a name: `the ` in `at the Lee campaign`. */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|The|A|An)\s+$/u;
/** A lower-case word after a name (group 1), as a noun the name modifies: ` campaign` in `the Lee campaign`. */
const NOUN_AFTER = /^[ \t]+(\p{Ll}[\p{Ll}-]*)(?![\p{L}'’])/u;
/** Words after a name that are no noun it modifies: verbs, relatives, conjunctions (`the Lee who`, `a Roe said`). */
const NOT_MODIFIED =
  /^(?:said|says|is|was|has|had|have|will|would|can|could|may|might|must|should|did|does|who|whose|that|and|or|but|nor|told|tells|added|adds|also|then|now|himself|herself|of|in|at|on|for|from|with|to|by|as|than|about|after|before|during|since|\p{Ll}+ed|\p{Ll}+ly)$/u;

/**
 * Is the mention a name used as a noun's modifier (`the Lee campaign`, `a Roe supporter`, `at the Lee phone bank`)?
 * The phrase is about the campaign or the supporter, not the person: no antecedent of `he`/`she`.
 */
export function nameAsModifier(text: string, m: Mention): boolean {
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) return false;
  const after = NOUN_AFTER.exec(text.slice(m.end, m.end + 40));
  return after !== null && !NOT_MODIFIED.test(after[1]!);
}

/**
 * Nouns that a place's or an event's name modifies, and a person's hardly ever: `the Marwick Dale families`, `the
 * Marwick Dale shooting`, `the Grenfell survivors` (not `the Chatwal case`, `the Lee campaign`: a person's too).
 */
const PLACE_OR_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'families',
  'victims',
  'survivors',
  'residents',
  'shooting',
  'shootings',
  'massacre',
  'bombing',
  'bombings',
  'tragedy',
  'disaster',
  'atrocity',
  'attacks',
  'killings',
  'murders',
  'riots',
  'floods',
  'earthquake',
]);

/**
 * Does the article write `full` as a modifier of a noun of a place or an event (`the Marwick Dale families`, `the
 * Marwick Dale shooting`), and never give it words of its own (an attribution before)? Then it names a place or an
 * event, not a person.
 */
function modifierOnly(ctx: CorefContext, full: string): boolean {
  if (ctx.prior.some((p) => p.name === full)) return false;
  const { text } = ctx.doc;
  const key = lastToken(full);
  return ctx.mentions.mentions.some((m) => {
    if (lastToken(m.name) !== key || m.quoted || !nameAsModifier(text, m)) return false;
    const noun = NOUN_AFTER.exec(text.slice(m.end, m.end + 40))?.[1];
    return noun !== undefined && PLACE_OR_EVENT_NOUNS.has(noun);
  });
}

/** Only a conjunction (or nothing) before a sentence's first word: `` or `But ` in `But Marsden dodged …`. */
const LEAD_ONLY = /^\s*(?:(?:But|And|Yet|So|Still|Then)\s+)?$/u;

/**
 * `Marsden dodged the question. "It will be one of the two," he said`: a one-word name that opens the sentence right
 * before the pronoun's as its subject is a person there, though the article gives it no gender, role or words of its
 * own (which `personLike` asks of a one-word name), unless the gazetteers or the article make it something else (a
 * place, a body: `Ohio voted`, `Acme said it`).
 */
export function leadingNameSubject(ctx: CorefContext, m: Mention, full: string, ss: number): boolean {
  const { text } = ctx.doc;
  if (m.org || full.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(full) || /ing$/u.test(full)) return false;
  if (!LEAD_ONLY.test(text.slice(ss, m.start)) || !VERB_AFTER_NAME.test(text.slice(m.end, m.end + 40))) return false;
  if (!isSubjectAt(text, m.start, m.end, ss)) return false;
  if (typeByName(full) !== null || hyphenedNonPerson(ctx.mentions, full) || modifierOnly(ctx, full)) return false;
  // a name, not a common word capitalised to open the sentence (`Coal miners are`, `Moments later`): a given name,
  // or a word the article capitalises inside a sentence too, and never writes in lower case
  if (new RegExp(`(?<![\\p{L}])${full.toLowerCase()}(?![\\p{L}])`, 'u').test(text)) return false;
  if (!isGivenName(full) && !new RegExp(`[\\p{Ll},]\\s+${full}(?![\\p{L}])`, 'u').test(text)) return false;
  // … nor a group's (`Many more Ostlanders said …. Ostlanders rallied`)
  if (new RegExp(`${PLURAL_QUANTIFIER}\\s+${full}(?![\\p{L}])`, 'iu').test(text)) return false;
  return ctx.speakerEntity?.({ phrase: full, kind: 'named', name: full }) !== 'organization';
}

/** Words before a plural: `many` in `Many more Ostlanders`, `two` in `two Ostlanders`. */
const PLURAL_QUANTIFIER =
  '(?<![\\p{L}])(?:many|more|most|some|all|few|several|other|these|those|two|three|four|fellow)';

/**
 * A verb right after a sentence's first name: ` defied`, ` openly admitted`, ` has`, ` says` (not any word in `-s`: `Tory
 * proposals would`).
 */
const VERB_AFTER_NAME =
  /^[ \u00A0]+(?:\p{Ll}+ly[ \u00A0]+)?(?:\p{Ll}{2,}ed|has|had|is|was|will|would|could|can|did|does|says|told|made|took|gave|went|came|left|ran|won|lost|spoke|wrote|got|kept|held|chose|broke|tells|admits|insists|refuses|declines|denies)(?![\p{L}])/u;

/** A dash-set appositive after a name: ` – a Dallas fan – ` in `Jo Lee – a Dallas fan – gave`. */
const DASH_APPOSITIVE = /^\s+[–—-]\s[^–—"“”.;]{1,80}\s[–—-]/u;

/** A fronted adverbial or subordinate clause not yet closed by its comma: `In what he called `, `When she `. */
const FRONTED_PRONOUN_CLAUSE =
  /^\s*(?:(?:But|And|Yet)\s+)?(?:In|As|When|While|After|Before|Since|Though|Although|If|Because|Once|Until|Despite|Days|Hours|Minutes|Weeks|Moments)\s[^,;:"“”]*$/u;

/** Does the pronoun at `pos` sit in a clause fronted before the main clause of its sentence? */
export function fronted(text: string, ss: number, pos: number): boolean {
  return pos - ss <= 200 && FRONTED_PRONOUN_CLAUSE.test(text.slice(ss, pos));
}

/** A prepositional phrase after a description's head, to its end: ` of a leading car maker` in `executive of …`. */
const ROLE_COMPLEMENT = /\s+(?:of|for|at|with|from|in)\s.*$/su;

/** The latest attribution to an unnamed description made in `[from, to)`, singular or plural. */
export function unnamedIn(ctx: CorefContext, from: number, to: number, plural: boolean): { role: string } | null {
  const list = ctx.unnamed ?? [];
  for (let i = list.length - 1; i >= 0; i--) {
    const u = list[i]!;
    if (u.at >= to) continue;
    if (u.at < from) break;
    // `the report found …. "…," he said`: a document or a body is no `he` (its head read before a phrase after it:
    // `chief executive of a leading car maker` is a person's description, not the maker's)
    const head = headOf(u.role.replace(ROLE_COMPLEMENT, ''));
    if (u.plural === plural && (plural || (!ORG_NOUNS.has(head) && !ORG_BODIES.has(head)))) return { role: u.role };
  }
  return null;
}

/** `[from, to)` with quoted stretches blanked out (offsets kept): a quotation's words hold no subject. */
export function unquoted(text: string, quotes: readonly Range[], from: number, to: number): string {
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
export const TOPIC_BEFORE =
  /^\s*(?:(?:But|And|So)\s+)?(?:[Aa]s\s+(?:for|to)|[Aa]s\s+regards)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}$/u;
/** The comma before a reporting clause at the end of a sentence: `…, he says.` */
export const REPORTING_TAIL = /,\s*$/u;
/**
 * A pronoun and a speech verb closing the sentence (`he says.`, `he said on Tuesday.`) or set in commas inside it
 * (`Only the Greens opposed it, he said, and they …`).
 */
export const REPORTING_VERB_AFTER =
  /^\p{L}+\s+(?:[\p{Ll}]+ly\s+)?(?:says|said|adds|added|argues|argued|notes|noted|insists|insisted|explains|explained|contends|contended|claims|claimed|warns|warned|believes|believed|thinks|thought)(?![\p{L}])(?:[^,;:"“”]{0,60}$|\s*,)/u;

/** A place after a name: ` of Florida` in `Senator Jo Lee of Florida is airing an ad`. */
const OF_PLACE_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*){0,2}/u;
/** A description opening the sentence before a name in commas: `The leader of the club, ` / `His wife, `. */
const DESCRIPTION_OPENER =
  /^\s*(?:(?:But|And|So|Meanwhile|On\s+\p{Lu}\p{L}+\s+\p{Lu}\p{L}+|On\s+\p{Lu}\p{L}+),?\s+)?(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}\p{M}.-]*['’]s?)\s([^,;:"“”]{0,70}),\s*$/u;
/** A verb right after a name set off by commas: `, warned`, `, called for`, `, who said`. */
const VERB_AFTER_APPOSITIVE =
  /^\s*,\s*(?:who\s+)?(?:[\p{Ll}]+ly\s+)?(?:[\p{Ll}]+(?:ed|es|s)|said|told|wrote|spoke|made|took|gave|met|went|came|began|saw|found|kept|left|ran|sent|thought|knew|got|won|lost|held|brought|put|set|led|stood|has|had|is|was|will|would|can|could|may|might)(?![\p{L}])/u;

/**
 * Is the mention the subject of its sentence? Besides `isSubjectAt`: a name with its place (`Senator
 * Jo Lee of Florida is airing …`) or a dash-set appositive (`Jo Lee – a Dallas fan – gave …`).
 */
export function subjectAt(text: string, m: Mention, ss: number): boolean {
  if (isSubjectAt(text, m.start, m.end, ss)) return true;
  const place =
    OF_PLACE_AFTER.exec(text.slice(m.end, m.end + 60)) ?? DASH_APPOSITIVE.exec(text.slice(m.end, m.end + 100));
  return place !== null && isSubjectAt(text, m.start, m.end + place[0].length, ss);
}

/**
 * A name in commas after a description that opens the sentence (`The head of the union, Jo Lee, warned
 * …`, `His wife, Ann, called …`) is its subject: the description is the name's, and any name inside it
 * (`the union`) is not the subject.
 */
export function appositiveSubjectAt(text: string, m: Mention, ss: number): boolean {
  if (m.start - ss > 160) return false;
  const opener = DESCRIPTION_OPENER.exec(text.slice(ss, m.start));
  if (!opener || !VERB_AFTER_APPOSITIVE.test(text.slice(m.end, m.end + 60))) return false;
  return opener[1]!
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((w) => PERSON_NOUNS.has(w) && !ORG_NOUNS.has(w));
}

/** A sentence opening with a subordinator whose clause has not closed (no comma yet): `As Ohio ` in `As Ohio votes, …`. */
const FRONTED_OPEN =
  /^\s*(?:(?:But|And|So|Yet)\s+)?(?:As|When|While|If|Because|Although|Though|After|Before|Since|Until|Once|Whereas|Whenever)\s[^,;]*$/u;

/** Does `pos` lie inside a fronted subordinate clause of the sentence starting at `ss`? */
export function inFrontedClause(text: string, ss: number, pos: number): boolean {
  return pos - ss <= 300 && FRONTED_OPEN.test(text.slice(ss, pos));
}

/** The head noun of a description: `broadcaster` in `the feminist writer and broadcaster`. */
export function headOf(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/u);
  return (words[words.length - 1] ?? '').replace(/[.’',]+$/u, '');
}

/** Heads of descriptions for people who speak on another's behalf: named only by an earlier `spokesman Jo Lee`. */
export const SPEAKS_FOR: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'aides',
  'adviser',
  'advisor',
  'source',
  'representative',
  'lawyer',
  'attorney',
  'solicitor',
]);

/**
 * Is `pos` inside an aside opened after `from`: a parenthesis not yet closed, or a dash-set appositive
 * (`he called her the next Lincoln – the president Lee admires`)?
 */
function insideAside(text: string, from: number, pos: number): boolean {
  const open = text.lastIndexOf('(', pos);
  if (open >= from && text.lastIndexOf(')', pos) < open) return true;
  return /\s[–—]\s/u.test(text.slice(from, pos));
}

/** `, according to ` after a speaker phrase: the attribution names another source. */
const ACCORDING_TO = /,\s+according\s+to\s/u;

/**
 * Last tokens of the names after the phrase `np` in its own clause, up to `sentenceEnd` (read at most
 * PRONOUN_REACH ahead: a sentence may be a whole unpunctuated megabyte): what the phrase cannot stand for (`he told
 * Hannity`, `the minister told Mr Lee`). The clause ends at an `according to` that names another source (`he told
 * aides, according to Jo Roe, Lee's adviser` leaves Lee free) and at the end of the next quotation (the names it
 * holds are not the speaker's own: `He said: "They asked about Lee"`; the names after it are in another clause:
 * `"…," he said on the show "X." "…," and with that Lee left` leaves Lee free). A parenthetical or dash-set aside is
 * the writer's, outside the clause (`he explained why voters (as the writer Mr. Lee puts it) love him`).
 */
export function namesAfterInClause(np: NounPhrase, ctx: CorefContext, sentenceEnd: number): Set<string> {
  const { text } = ctx.doc;
  const { mentions } = ctx.mentions;
  const bound = new Set<string>();
  let end = Math.min(sentenceEnd, np.end + PRONOUN_REACH);
  const according = ACCORDING_TO.exec(text.slice(np.end, end));
  if (according) end = np.end + according.index;
  const nextQuote = ctx.quotes[lastStartingBefore(ctx.quotes, np.end) + 1];
  if (nextQuote !== undefined && nextQuote.end < end) end = nextQuote.end;
  if (end <= np.end) return bound;
  for (let j = lastStartingBefore(mentions, np.end) + 1; j < mentions.length; j++) {
    const m = mentions[j]!;
    if (m.start >= end) break;
    if (insideAside(text, np.end, m.start)) continue;
    bound.add(lastToken(m.name));
  }
  return bound;
}

/**
 * A sentence opening with an indefinite description of one person (after a conjunction or a fronted adverb and its
 * comma): `A ministry official was`, `But one resident at the flats has`, `However, a Harbour TV spokeswoman was`.
 * Group 1 the words from the first after the determiner.
 */
const INDEFINITE_LEAD =
  /^\s*(?:(?:But|And|Yet|However|Meanwhile|Still|Earlier|Later|Separately|Instead)\s*,?\s+)?(?:A|An|One|Another|a|an|one|another)\s+((?:[\p{L}\p{N}&.'’-]+\s+){0,6}[\p{L}\p{N}&.'’-]+)/u;
/**
 * `One of the victims decided`, `But one of its residents has`: one of a group of people, opening a sentence. Group 1
 * the phrase (`One of the victims`), group 2 the plural noun.
 */
const ONE_OF_LEAD =
  /^\s*(?:(?:But|And|Yet|However|Meanwhile|Still|Earlier|Later|Separately|Instead)\s*,?\s+)?((?:One|one)\s+of\s+(?:the|its|their|his|her|those|these)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+s))(?![\p{L}'’])/u;

/** The singular of a plural person noun the lexicon knows (`victims` → `victim`, `women` → `woman`), else null. */
function personSingular(plural: string): string | null {
  const forms = [plural.slice(0, -1), plural.replace(/ies$/u, 'y'), plural.replace(/men$/u, 'man')];
  return forms.find((w) => w !== plural && PERSON_NOUNS.has(w) && !ORG_NOUNS.has(w) && !ORG_BODIES.has(w)) ?? null;
}

/**
 * `One of the victims decided to speak. She said …`: one person of a group of people, unnamed, as the subject (a verb
 * right after the noun); the phrase (`One of the victims`), else null. Not a thing's plural: `One of the reports`.
 */
function oneOfPeopleSubject(text: string, ss: number, se: number): string | null {
  const m = ONE_OF_LEAD.exec(text.slice(ss, Math.min(se, ss + 200)));
  if (m === null || personSingular(m[2]!) === null) return null;
  const end = ss + m.index + m[0].length;
  const start = end - m[1]!.length;
  return VERB_NEXT.test(text.slice(end, end + 40)) || isSubjectAt(text, start, end, ss) ? m[1]! : null;
}

/** A short prepositional phrase after a noun: ` at the clinic`, ` from the town council`. */
const PHRASE_AFTER = /^\s+(?:at|in|from|of|near|on|with)\s+(?:(?:the|a|an)\s+)?/u;

/** A name set in commas after a noun: `, Jo`. */
const NAME_IN_COMMAS = /^,\s*\p{Lu}/u;

/** A verb opening the rest of a clause: ` has`, ` was`, ` said`, ` complained`. */
const VERB_NEXT =
  /^[ \u00A0]+(?:(?:also|then|later|still|never)[ \u00A0]+)?(?:has|had|have|is|was|were|are|will|would|could|can|says|said|told|tells|\p{Ll}{3,}ed)(?![\p{L}])/u;

/** `A teacher at the school has`: a verb after a short phrase (up to three words) that follows the noun ending at `end`. */
function verbAfterPhrase(text: string, end: number): boolean {
  const phrase = PHRASE_AFTER.exec(text.slice(end, end + 20));
  if (phrase === null) return false;
  let at = end + phrase[0].length;
  for (let j = 0; j < 3; j++) {
    const w = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(at, at + 40));
    if (w === null) return false;
    at += w[0].length;
    if (VERB_NEXT.test(text.slice(at, at + 40))) return true;
    if (text[at] !== ' ') return false;
    at++;
  }
  return false;
}

/**
 * Is the subject of the sentence at `[ss, se)` an indefinite description of one person: `A ministry official was
 * "confident"`, `A teacher at the school has seen …`? The description (without its determiner: `ministry official`,
 * `teacher`), else null. Someone new and unnamed: neither the previous speaker nor anyone named before.
 */
export function indefinitePersonSubject(text: string, ss: number, se: number): string | null {
  const one = oneOfPeopleSubject(text, ss, se);
  if (one !== null) return one;
  const m = INDEFINITE_LEAD.exec(text.slice(ss, Math.min(se, ss + 200)));
  if (m === null) return null;
  const first = ss + m.index + m[0].length - m[1]!.length;
  const words = m[1]!.split(/\s+/u);
  let at = first;
  for (let i = 0; i < words.length && i < 4; i++) {
    const end = at + words[i]!.length;
    if (PERSON_NOUNS.has(words[i]!)) {
      // `One local woman, Jo Lee, pulled …`, `Another pollster, Ann Roe of Harbour College, said`: a name in
      // commas says who the person is; the name is the subject
      if (NAME_IN_COMMAS.test(text.slice(end, end + 4))) return null;
      if (isSubjectAt(text, at, end, ss) || verbAfterPhrase(text, end)) return text.slice(first, end);
    }
    at = end + 1;
  }
  return null;
}

/** Nouns that say a person's gender: `the mother` is no `David Lee`, `the actor` no `Ann Roe`. */
export const GENDERED_NOUNS: Readonly<Record<string, 'm' | 'f'>> = {
  man: 'm',
  woman: 'f',
  boy: 'm',
  girl: 'f',
  father: 'm',
  mother: 'f',
  husband: 'm',
  wife: 'f',
  son: 'm',
  daughter: 'f',
  brother: 'm',
  sister: 'f',
  uncle: 'm',
  aunt: 'f',
  grandfather: 'm',
  grandmother: 'f',
  businessman: 'm',
  businesswoman: 'f',
  chairwoman: 'f',
  congressman: 'm',
  congresswoman: 'f',
  actress: 'f',
  king: 'm',
  queen: 'f',
  prince: 'm',
  princess: 'f',
};
