/**
 * Stage 2: speech cues. Finds speech verbs and cue phrases (`said`, `pointed out`, `according to`,
 * `wrote on Telegram`) inside a window of text, and reads the speaker noun phrase beside them.
 */
import { partitionPoint } from '../lib/sorted.js';
import {
  PHRASAL_CUES,
  SPEECH_VERBS,
  VERB_MODIFIERS,
  PERSON_NOUNS,
  TITLE_TOKENS,
  ORG_WORDS,
  PLACE_ORG_WORDS,
  ORG_BODIES,
  ORG_NOUNS,
} from '../lexicon/words.js';
import { ROLE_WORDS } from '../lexicon/titles.js';
import { NATIONALITIES, RESIDENTS } from '../lexicon/places.js';
import { isGivenName } from '../lexicon/given-names.js';
import { MONTHS, MONTH_NAME, WEEKDAY_WORDS } from '../lexicon/calendar.js';
import { opensWithPlaceThenName, opensWithTitleObjectThenName, splitName } from './mentions.js';
import {
  isAsciiLetterCode,
  isDigitUnit,
  isLetterUnit,
  isNameUnit,
  isSpaceUnit,
  isSurrogateUnit,
  isUpperUnit,
  isWordTailUnit,
  lastAsciiWord,
  lastWordsOf,
  trimEndOver,
} from './chars.js';

export interface Cue {
  start: number;
  end: number;
  word: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
const byLength = (a: string, b: string): number => b.length - a.length;

/** Where a post was published: extends the cue (`wrote on Telegram`, `said in a statement`). */
const CHANNEL = String.raw`(?:\s+(?:on|in|via|to)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+|the\s+)?(?:Telegram|Twitter|X|Facebook|Instagram|Truth\s+Social|social\s+media|statement|post|tweet|letter|interview|email|e-mail|blog\s+post|op-ed|speech|video|message|reporters|press\s+release|news\s+conference|press\s+conference))?`;

/** A cue at one position (sticky): tried only where a word that can open a cue starts. */
const CUE_AT = new RegExp(
  String.raw`(?<![\p{L}\-])(?:${[...PHRASAL_CUES].sort(byLength).map(escape).join('|')}|${[...SPEECH_VERBS].sort(byLength).map(escape).join('|')})${CHANNEL}(?![\p{L}\-])`,
  'iuy',
);
/** First words of the cues, lower-case: `said`, `according`, `pointed`. */
const CUE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...PHRASAL_CUES, ...SPEECH_VERBS].map((c) => c.split(' ')[0]!.toLowerCase()),
);
/**
 * The cue words that are whole cues and open no longer cue (`said`, `told`; not `pointed`, `according`), lower-case:
 * CUE_AT at such a word matches the word alone unless a channel may follow it (`said on Twitter`), see `loneCueAt`.
 */
const LONE_CUE_WORDS: ReadonlySet<string> = new Set(
  [...PHRASAL_CUES, ...SPEECH_VERBS]
    .map((c) => c.toLowerCase())
    .filter(
      (c) => !c.includes(' ') && ![...PHRASAL_CUES, ...SPEECH_VERBS].some((d) => d.toLowerCase().startsWith(c + ' ')),
    ),
);
/**
 * Does CUE_AT match just the lone cue word `[at, end)` (a whole run of letters and hyphens, see LONE_CUE_WORDS)?
 * Yes when no channel can follow it (no white space after it, or white space and then no letter that opens `on`,
 * `in`, `via` or `to`) and no surrogate stands beside it (a letter outside the BMP would join the word: the pattern
 * is asked then, as it is whenever this says no).
 */
function loneCueAt(text: string, at: number, end: number): boolean {
  if (at > 0 && isSurrogateUnit(text.charCodeAt(at - 1))) return false;
  if (end === text.length) return true;
  const next = text.charCodeAt(end);
  if (isSurrogateUnit(next)) return false;
  if (!isSpaceUnit(next)) return true;
  let k = end + 1;
  while (k < text.length && isSpaceUnit(text.charCodeAt(k))) k++;
  if (k === text.length) return true;
  const c = text.charCodeAt(k) | 32;
  // (no other code unit folds to these four letters under `iu`)
  return c !== 111 && c !== 105 && c !== 118 && c !== 116; // o i v t
}
/**
 * Base forms of speech verbs that are cues only after a modal or a `quick to` (`could only quip:`, `would later
 * add`, `was quick to point out`): alone, most are nouns or other verbs (`a note`, `add sugar`, `the state`).
 */
const BASE_CUES: readonly string[] = [
  'quip',
  'joke',
  'add',
  'note',
  'point out',
  'remark',
  'reply',
  'respond',
  'declare',
  'observe',
  'muse',
  'concede',
  'acknowledge',
  'retort',
  'exclaim',
  'lament',
  'recount',
  'boast',
];
const BASE_FIRST_WORDS: ReadonlySet<string> = new Set(BASE_CUES.map((c) => c.split(' ')[0]!));
/** A base cue at one position (sticky). */
const BASE_CUE_AT = new RegExp(
  String.raw`(?:${[...BASE_CUES].sort(byLength).map(escape).join('|')})(?![\p{L}\-])`,
  'iuy',
);
/** The last words MODAL_BEFORE and EAGER_TO_BEFORE may end in (a cheap test before them). */
const BASE_CUE_LEADS: ReadonlySet<string> = new Set(
  'would will could might may did does only later also then simply just even further again to'.split(' '),
);
/** A modal and maybe an adverb right before a base cue: `could only `, `would later `, `will `. */
const MODAL_BEFORE =
  /(?:^|[^\p{L}])(?:would|will|could|might|may|did|does)(?:\s+(?:only|later|also|then|simply|just|even|further|again|[\p{Ll}]+ly))?\s+$/u;
/** Eagerness and `to` right before a base cue (the cue opens at it): `quick to `, `keen to ` of `was quick to`. */
const EAGER_TO_BEFORE = /(?:^|[^\p{L}])((?:quick|quicker|eager|keen|careful|hasten(?:ed|s)?|rushed)\s+to)\s+$/u;
const CUE_WORD_MIN = Math.min(...[...CUE_FIRST_WORDS, ...BASE_FIRST_WORDS].map((w) => w.length));
const CUE_WORD_MAX = Math.max(...[...CUE_FIRST_WORDS, ...BASE_FIRST_WORDS].map((w) => w.length));
/**
 * The cue first words as a bit set of 65,536 bits (8 KB) indexed by a hash of each word's letters, lower-cased (an
 * ASCII letter or `-` or-ed with 32): an ASCII word whose bit is not set is no cue word, told without slicing and
 * lower-casing it (most words of a text are not; a set bit only means "look closer": 750 words of the 390,000 of a
 * generated 2.5 MB corpus that are no cue). The scan reads one bit a word, in a table small enough to stay in the
 * processor's cache between articles (two tables of 64 KB of letter shapes before: their misses were most of the
 * scan's time in an extraction).
 */
const CUE_WORD_BITS = new Int32Array(65536 / 32);
/** The hash step of one code unit (`c`, or-ed with 32) after the hash `h` of the letters before it. */
const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + (c | 32)) | 0;
/** The bit of a word's hash in CUE_WORD_BITS. */
const hashBit = (h: number): number => Math.imul(h, 0x9e3779b1) >>> 16;
for (const w of [...CUE_FIRST_WORDS, ...BASE_FIRST_WORDS]) {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
  const bit = hashBit(h);
  CUE_WORD_BITS[bit >>> 5] = CUE_WORD_BITS[bit >>> 5]! | (1 << (bit & 31));
}

/**
 * Whether each code unit is a letter (`\p{L}`) or a hyphen, the characters a cue word is made of, as a table: the
 * scan of `allCues` reads one byte a character (0 no word character, 1 an ASCII one, 2 any other: a word's codes
 * or-ed together tell whether it is all ASCII). Filled by one global search over every code unit, each followed by
 * a newline so that no two surrogates pair up (a lone surrogate is no letter): 65,536 separate tests of a property
 * regex took 80 ms of every process's start.
 */
export const CUE_WORD_CODES: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(65536);
  const units = new Uint16Array(2 * 65536);
  for (let c = 0; c < 65536; c++) {
    units[2 * c] = c;
    units[2 * c + 1] = 10;
  }
  let all = '';
  for (let from = 0; from < units.length; from += 8192)
    all += String.fromCharCode(...units.subarray(from, from + 8192));
  for (const m of all.matchAll(/[\p{L}-]/gu)) {
    const c = m.index / 2;
    table[c] = c < 128 ? 1 : 2;
  }
  return table;
})();
const WORD_CODES = CUE_WORD_CODES;

/** Cue words that stay cues when capitalised mid-sentence (title-case headlines, stray capitals). */
const CAPITAL_CUES: ReadonlySet<string> = new Set([
  'says',
  'said',
  'tweeted',
  'tells',
  'told',
  'writes',
  'wrote',
  'warns',
  'admits',
  'insists',
]);

const NOUN_BEFORE = /(?:['’]s|(?:^|[^\p{L}])(?:the|a|an|his|her|their|its|our|my|your|these|those|this|whose))\s+$/iu;
/** NOUN_BEFORE's words. */
const NOUN_BEFORE_WORDS: readonly string[] = 'the a an his her their its our my your these those this whose'.split(' ');
/** Does the code `c` match the lower-case ASCII letter `w` under `iu`: either case, or `ſ` (U+017F) for `s`? */
const foldsTo = (c: number, w: number): boolean =>
  (isAsciiLetterCode(c) && (c | 32) === w) || (w === 115 && c === 0x17f);
/**
 * Does NOUN_BEFORE match the 12 characters before `at`? Read by char codes back from `at` (white space, then `'s` or
 * one of its words opening the stretch or after a character that is no letter), not by trying the pattern at each
 * offset of a slice; before a surrogate (a letter outside the BMP or not) the pattern is asked.
 */
export function nounBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 12);
  let e = at;
  while (e > from && isSpaceUnit(text.charCodeAt(e - 1))) e--;
  if (e === at) return false;
  if (e - 2 >= from && foldsTo(text.charCodeAt(e - 1), 115)) {
    const mark = text.charCodeAt(e - 2);
    if (mark === 39 || mark === 0x2019) return true;
  }
  for (const word of NOUN_BEFORE_WORDS) {
    const b = e - word.length;
    if (b < from) continue;
    let k = 0;
    while (k < word.length && foldsTo(text.charCodeAt(b + k), word.charCodeAt(k))) k++;
    if (k < word.length) continue;
    if (b === from) return true;
    const before = text.charCodeAt(b - 1);
    if (isSurrogateUnit(before)) return NOUN_BEFORE.test(text.slice(from, at));
    if (!isLetterUnit(before)) return true;
  }
  return false;
}
/** Cue words that are also plural nouns: `reports`, `claims`, `states`, `comments`. */
const NOUN_CUES: ReadonlySet<string> = new Set([
  'notes',
  'states',
  'claims',
  'posts',
  'replies',
  'jokes',
  'tweets',
  'remarks',
  'vows',
  'promises',
  'pledges',
  'counters',
  'charges',
  'reports',
  'comments',
  'demands',
  'calls',
]);
/**
 * What makes such a word a noun: a quantifier before it, maybe with one adjective between (`many Asian
 * states`, `some local reports`). (A capitalised participle opening the sentence, `Addressing claims that
 * …, Lee told`, is told apart from a name, `Manning claims …`, by the comma that ends its clause: see allCues.)
 */
const NOUN_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:many|several|some|other|such|all|both|few|various|numerous|multiple|most|no|any)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * What makes such a word a noun too: a preposition and a capitalised name before it (`in Harbour Weekly comments`,
 * `to Acme remarks`): the name is a modifier of the noun, the object of the preposition, not a speaker.
 */
const NOUN_CUE_NAMED_BEFORE =
  /(?:^|[^\p{L}])(?:in|into|to|with|during|from|for|of|on|at|about)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}&.'’-]*\s+){1,4})$/u;
const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;
/**
 * NOUN_CUE_NAMED_BEFORE, but not when the capitalised words hold a time (`On Monday Acme notes`) or a given name
 * (`in March Jo Lee notes`): then they may be an adverbial and the speaker.
 */
function namedNounBefore(before: string): boolean {
  const m = NOUN_CUE_NAMED_BEFORE.exec(before);
  if (m === null) return false;
  return !m[1]!
    .trim()
    .split(/\s+/u)
    .some((w) => TIME_WORD.test(w) || isGivenName(w));
}

/** A capitalised `-ing` word opening a sentence, just before a cue word: `Addressing ` of `Addressing claims`. */
const PARTICIPLE_OPENING = /(?:^|[.!?:;"“”'‘’—(\n]\s*)\p{Lu}\p{Ll}+ing\s+$/u;

/** Does a comma come after `from` before the sentence ends (`.`, `!`, `?`, a quotation mark or a line break)? */
function commaEndsClause(text: string, from: number): boolean {
  for (let i = from, end = Math.min(text.length, from + 300); i < end; i++) {
    const c = text[i]!;
    if (c === ',') return true;
    if (c === '.' || c === '!' || c === '?' || c === '"' || c === '“' || c === '”' || c === '\n') return false;
  }
  return false;
}

/** Does `pos` open a sentence or clause (text start, or after `.`, `:`, a quotation mark, a dash)? */
function opensSentence(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  return i < 0 || /[.!?:;"“”'‘’—(\n]/u.test(text[i]!);
}

/** The cues of `all` (a text's, in order: `allCues`) in `[from, to)`, in order. */
export function findCues(all: readonly Cue[], from: number, to: number): Cue[] {
  // binary search for the first cue starting at or after `from`; keep those ending by `to`
  const lo = partitionPoint(all.length, (i) => all[i]!.start < from);
  const out: Cue[] = [];
  for (let i = lo; i < all.length && all[i]!.start < to; i++) if (all[i]!.end <= to) out.push(all[i]!);
  return out;
}

/**
 * Every cue of a text, found in one pass (the article's document model holds them: the rules ask for the
 * cues of many small windows of the same article).
 */
export function allCues(text: string): Cue[] {
  const out: Cue[] = [];
  // a cue starts a word (nothing of [\p{L}-] before it) whose letters and hyphens form a cue's first
  // word: the regex runs only there, not at every position of the text
  const n = text.length;
  for (let i = 0; i < n;) {
    const c0 = text.charCodeAt(i);
    let codes = WORD_CODES[c0]!;
    if (codes === 0) {
      i++;
      continue;
    }
    // (the end is tested before each read: a read past it, `WORD_CODES[NaN]`, gives `undefined` and slowed every
    // read of the table, half the scan's time)
    let h = hashStep(0, c0);
    let j = i + 1;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      const k = WORD_CODES[c]!;
      if (k === 0) break;
      codes |= k;
      h = hashStep(h, c);
    }
    const len = j - i;
    if (len < CUE_WORD_MIN || len > CUE_WORD_MAX) {
      i = j;
      continue;
    }
    // an ASCII word's hash is its lower-cased form's; other words take the long way
    const bit = hashBit(h);
    if (codes === 1 && ((CUE_WORD_BITS[bit >>> 5]! >>> (bit & 31)) & 1) === 0) {
      i = j;
      continue;
    }
    // the cue's first word: the word itself (a cue goes on after it only past white space), lower-cased
    const word = text.slice(i, j).toLowerCase();
    if (!CUE_FIRST_WORDS.has(word)) {
      const base = BASE_FIRST_WORDS.has(word) ? baseCueAt(text, i) : null;
      if (base !== null) out.push(base);
      i = j;
      continue;
    }
    let start = i;
    let end = j;
    if (!LONE_CUE_WORDS.has(word) || !loneCueAt(text, i, j)) {
      CUE_AT.lastIndex = i;
      const m = CUE_AT.exec(text);
      if (m === null) {
        i = j;
        continue;
      }
      start = m.index;
      end = m.index + m[0].length;
    }
    i = end;
    // `Says` / `According to` capitalised open a sentence; elsewhere a capital is a name (`the United States`)
    // … except the plain speech verbs, which no name ends in: `X Says Y 'Is Wrong'` (headline case),
    // `Murphy, the head of the group, Tweeted on Friday`
    if (isUpperUnit(text.charCodeAt(start)) && !opensSentence(text, start) && !CAPITAL_CUES.has(word)) continue;
    // `Clinton's remarks`, `the claims`, `his comments`: a noun after a possessive or determiner
    if (nounBefore(text, start)) continue;
    if (
      NOUN_CUES.has(word) &&
      (NOUN_CUE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
        namedNounBefore(text.slice(Math.max(0, start - 60), start)))
    )
      continue;
    // `Addressing claims that …, Lee told`: the object of a participle opening the sentence, whose clause a comma ends
    if (
      NOUN_CUES.has(word) &&
      PARTICIPLE_OPENING.test(text.slice(Math.max(0, start - 30), start)) &&
      commaEndsClause(text, end)
    )
      continue;
    // `Mr Lee went on to become the party's "enforcer"`: `went on to` and a verb of a career or a deed is no speech
    if ((word === 'went' || word === 'goes') && goesOnToDeed(text, end)) continue;
    // `a rhythm guitarist called Flick`, `a super PAC called Future45 funded by …`: `called` after an indefinite
    // description and before a capitalised name gives the name (a naming participle), no speech
    if (
      word === 'called' &&
      CALLED_NAMING_BEFORE.test(text.slice(Math.max(0, start - 50), start)) &&
      CALLED_NAME_AFTER.test(text.slice(end, end + 4))
    )
      continue;
    // `a super PAC called Future45 said`: `called` between a description and the name it gives, a cue right after
    // the name, is no cue: the name is the description's (`readSubjectLeft` reads it)
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.word === 'called' &&
      CALLED_NAME_GAP.test(text.slice(prev.end, start)) &&
      CALLED_AFTER_DESCRIPTION.test(text.slice(Math.max(0, prev.start - 60), prev.start))
    )
      out.pop();
    out.push({ start, end, word });
  }
  return out;
}

/**
 * Verbs of a career or of deeds after `went on to` (`went on to become`, `went on to win the seat`): a sequence of
 * acts, not a speaker going on with their words (`went on to say`, `went on to blast the plan`: a cue still).
 */
const GOES_ON_TO_DEEDS: ReadonlySet<string> = new Set(
  (
    'become win play serve join found lead star score earn marry work run form establish build direct produce ' +
    'record release sell buy make take hold reach finish lose beat defeat face launch open head chair represent ' +
    'command coach manage teach study graduate attend co-found create design develop invent discover ' +
    'captain compete appear feature act perform tour top sign move live die'
  ).split(' '),
);
/** `to` and a word after a `went on` (`went on to become`, `went on to narrowly win`): group 1 the word. */
const GOES_ON_TO = /^\s+to\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}-]+)/u;
/**
 * Whether a `went on` / `goes on` cue ending at `end` is `went on to` and a verb of a career or a deed (`went on to
 * become`, `went on to win`): a sequence of acts, not a speaker going on with their words.
 */
function goesOnToDeed(text: string, end: number): boolean {
  const m = GOES_ON_TO.exec(text.slice(end, end + 40));
  return m !== null && GOES_ON_TO_DEEDS.has(m[1]!);
}

/**
 * Before a naming `called`: `a` or `an` and up to three words, none a preposition or a conjunction (`a super PAC `,
 * `a rhythm guitarist `; not `a day after Lee `, `a spokesman for Acme `, whose `called` may be speech).
 */
const CALLED_NAMING_BEFORE =
  /(?:^|[^\p{L}\p{M}’'-])[Aa]n?\s+(?:(?!(?:after|before|when|while|since|as|where|who|which|that|and|or|but|then|once|until|because|if|of|in|on|at|to|for|with|by|from|also|later|he|she|they|it)\s)[\p{L}\p{N}-]+\s+){1,3}$/u;
/** After a naming `called`: a capitalised word (`called Future45`). */
const CALLED_NAME_AFTER = /^\s+\p{Lu}/u;
/**
 * A base cue at `at` after a modal (`could only quip`: the cue is the verb, the modal a modifier the speaker is read
 * past) or after eagerness and `to` (`was quick to point out`: the cue opens at `quick`). Null when neither stands
 * before it, or when it is capitalised (a base verb opens no sentence as a cue).
 */
function baseCueAt(text: string, at: number): Cue | null {
  if (isUpperUnit(text.charCodeAt(at))) return null;
  // the word before, read by char codes: most base words stand after no modal, adverb or `to` (`the state`, `a note`)
  const wordEnd = trimEndOver(text, at, isSpaceUnit);
  if (wordEnd === at) return null;
  const prev = lastAsciiWord(text, wordEnd);
  if (prev === null || prev === '' || !(BASE_CUE_LEADS.has(prev) || prev.endsWith('ly'))) return null;
  BASE_CUE_AT.lastIndex = at;
  const m = BASE_CUE_AT.exec(text);
  if (m === null) return null;
  const before = text.slice(Math.max(0, at - 30), at);
  const word = m[0].split(/\s/u)[0]!.toLowerCase();
  if (MODAL_BEFORE.test(before)) return { start: at, end: at + m[0].length, word };
  const eager = EAGER_TO_BEFORE.exec(before);
  if (eager === null) return null;
  return { start: at - before.length + eager.index + eager[0].indexOf(eager[1]!), end: at + m[0].length, word };
}

/** Between `called` and a cue: a capitalised name only (`Future45 ` of `called Future45 said`). */
const CALLED_NAME_GAP = /^\s+(?:\p{Lu}[\p{L}\p{M}\p{N}&.’'-]*\s+){1,4}$/u;
/** Before `called`: a description, a determiner and up to three words (`a super PAC `, `the campaign group `). */
const CALLED_AFTER_DESCRIPTION = /(?:^|[^\p{L}])(?:a|an|the|A|An|The)\s+(?:[\p{L}\p{N}-]+\s+){1,3}$/u;

export type NPKind = 'named' | 'pronoun' | 'nominal';

/** A speaker noun phrase as written beside a cue. */
export interface NounPhrase {
  start: number;
  end: number;
  text: string;
  kind: NPKind;
  /** `a spokesman`: indefinite descriptions name nobody. */
  indefinite: boolean;
  /** Appositive after the name (`a spokesman for the ministry`), a role candidate. */
  appositive: string | null;
}

const MODIFIERS = new RegExp(
  String.raw`(?:\s+(?:${[...VERB_MODIFIERS].sort(byLength).map(escape).join('|')}))+\s*$`,
  'u',
);
const PRONOUN_END = /(?:^|[^\p{L}])(he|she|they|we|I|He|She|They|We)\s*$/u;
const PRONOUN_START = /^\s*(he|she|they|we|I)(?![\p{L}])/u;
/** A capital letter: every name's pattern reads one (a cheap test before them). */
const CAPITAL = /\p{Lu}/u;
/**
 * An unnamed person (or people) of a body: `a source within the Interior Ministry`, `a person familiar with the
 * talks`, `an official at Orbix`, `sources close to the board`. The body is not the speaker, and nobody is named
 * (unlike `a spokesman for X`, who speaks for X). Group 1 the whole phrase, group 2 the person's noun phrase
 * (`a source`): the speaker read, so that the body after it is not read as the phrase's head.
 */
const UNNAMED_SOURCE = String.raw`(((?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Aa]nother|[Mm]ultiple)\s+(?:[\p{Ll}-]+\s+){0,2}(?:source|person|official|insider|aide|staffer|employee|sources|people|officials|insiders|aides|staffers|employees)|(?:[Ss]ources|[Pp]eople|[Oo]fficials|[Ii]nsiders|[Aa]ides|[Ss]taffers))\s+(?:within|inside|close\s+to|familiar\s+with|with\s+knowledge\s+of|briefed\s+on|at|in)\s+[^,;:"“”‘’.!?()—–]{1,60}?)`;
/** Does `text` hold a person's word of UNNAMED_SOURCE (`source`, `officials`, `Aides`): a cheap test before it? */
function unnamedSourceWord(text: string): boolean {
  return (
    text.includes('ource') ||
    text.includes('erson') ||
    text.includes('fficial') ||
    text.includes('nsider') ||
    text.includes('aide') ||
    text.includes('Aide') ||
    text.includes('taffer') ||
    text.includes('mployee') ||
    text.includes('eople')
  );
}
/** Where the last `count` words of `text` (runs of anything but white space) start: 0 when it holds fewer. */
function lastWordsStart(text: string, count: number): number {
  let i = trimEndOver(text, text.length, isSpaceUnit);
  for (let k = 0; ; k++) {
    while (i > 0 && !isSpaceUnit(text.charCodeAt(i - 1))) i--;
    if (k === count - 1 || i === 0) return i;
    i = trimEndOver(text, i, isSpaceUnit);
  }
}
/** UNNAMED_SOURCE closing a text (before its cue), opening its clause. */
const UNNAMED_SOURCE_END = new RegExp(
  String.raw`(?:^|[.!?;:"“”‘’(—–,]\s*|\s(?=[Aa]n?\s|[Oo]ne\s|[Tt]wo\s|[Tt]hree\s|[Ss]everal\s|[Ss]ome\s|[Aa]nother\s|[Mm]ultiple\s))${UNNAMED_SOURCE}\s*$`,
  'u',
);
/** UNNAMED_SOURCE opening a text (after its cue), up to a boundary: `said a source close to the board.` */
const UNNAMED_SOURCE_START = new RegExp(String.raw`^\s*${UNNAMED_SOURCE}(?=\s*(?:[,.;:!?)"“”—–]|$))`, 'u');
/**
 * Plural nouns of people of a kind who speak as a group and name nobody: `police said`, `"…," officials said`,
 * `said local residents` (the words are theirs; no one of them is named, and no earlier speaker is meant).
 */
const GROUP_NOUN_WORDS = `police officials authorities prosecutors investigators detectives officers residents witnesses
  eyewitnesses doctors medics paramedics nurses rescuers firefighters organisers organizers analysts experts researchers
  scientists economists campaigners activists protesters protestors critics aides diplomats lawyers troops soldiers
  villagers locals neighbours neighbors relatives employees insiders observers supporters opponents traders militants
  rebels lawmakers legislators survivors passengers spokesmen spokespeople`.split(/\s+/u);
const GROUP_NOUN = `(?:${GROUP_NOUN_WORDS.join('|')})`;
/** A group noun capitalised: only as the phrase's first word (`Police said`; `the Royal Mounted Police` is a body's name). */
const GROUP_NOUN_CAPITALISED = `(?:${GROUP_NOUN_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})`;
/** Any of the group nouns as a word: the cheap test before the anchored patterns. */
const GROUP_NOUN_ANYWHERE = new RegExp(
  String.raw`(?<![\p{L}])(?:${GROUP_NOUN}|${GROUP_NOUN_CAPITALISED})(?![\p{L}])`,
  'u',
);
/**
 * A group's phrase: a determiner or a quantity, capitalised modifiers (`Kenyan`, `Harbourtown`, `US`) or common ones
 * (`local`, `senior`), the group noun, and a place or body after it (`police in Harbourtown`, `officials at the
 * Harbour Trust`); group 1 the whole phrase.
 */
const GROUP_PHRASE = String.raw`((?:(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Oo]ther|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Mm]ost|[Ll]ocal|[Ss]enior|[Ff]ederal|[Ss]tate|[Tt]op|[Rr]egional|[Ff]oreign|[Ww]estern|[Gg]overnment|[Ss]ecurity|[Hh]ealth|[Hh]ospital|[Rr]escue|[Mm]ilitary|[Aa]rmy|[Bb]order|[Rr]iot|[Tt]raffic)\s+){0,2}(?:\p{Lu}[\p{L}\p{M}.\-]*\s+){0,3}${GROUP_NOUN}|${GROUP_NOUN_CAPITALISED})(?:\s+(?:in|at|from|across|near|outside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.’'\-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'\-]*)?)`;
/** GROUP_PHRASE closing a text (before its cue) and opening its clause (a connective may open it: `But police`). */
const GROUP_SUBJECT_END = new RegExp(
  String.raw`(?:^\s*|[.!?;:"“”‘’(—–,]\s*)(?:(?:But|And|So|Yet|Now|Meanwhile|However|Earlier|Later)\s+)?${GROUP_PHRASE}\s*$`,
  'u',
);
/** GROUP_PHRASE opening a text (after its cue), up to a boundary: `said police in Harbourtown.`, `said officials on Monday`. */
const GROUP_SUBJECT_START = new RegExp(
  String.raw`^\s*${GROUP_PHRASE}(?=\s*(?:[,.;:!?)"“”—–]|$)|\s+(?:on|during|after|before|when|while|last|this|earlier|later|yesterday|today|told|who)(?![\p{L}]))`,
  'u',
);
const PARTICLES = String.raw`(?:de|da|del|der|den|ter|van|von|bin|al|el|di|du|le|la|ibn|dos|das|ben)`;
/** A capitalised token inside a name: `Donald`, `J.`, `Mr.`, `U.S.`, but not `Trump.` ending a sentence. */
/**
 * Whole names that are not a capital and letters: `S&P`, `AT&T`, `B&Q` (capitals joined by `&`), `4Cast`,
 * `3M` (digits and a capital), `al-Shabaab` (a lower-case Arabic article and a hyphen).
 */
const SPECIAL_TOKEN = String.raw`(?:\p{Lu}+&\p{Lu}[\p{L}\p{M}]*|\p{N}+\p{Lu}[\p{L}\p{M}]*|(?:al|el|ad)-\p{Lu}[\p{L}\p{M}’'\-]*)`;
/** (a soft hyphen, U+00AD, may open a token: `Doug \u00ADAndres` as web pages break words) */
const INNER_TOKEN = String.raw`\u00AD?(?:\p{Lu}\.|(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|St|Prof|Rev|Jr|Sr)\.|${SPECIAL_TOKEN}|\p{Lu}[\p{L}\p{M}’'\-]*)`;
/**
 * A stage name opening with a small number and a space (`50 Cent`, `21 Novak`): one or two digits that open
 * the clause (nothing but punctuation or the start before them) and a capitalised word after. A year (`In 2016
 * Lee said`) has four digits and a word before it; a count of a group (`12 Democrats said`) ends in a plural.
 */
const NUMBER_LEAD = String.raw`(?<=(?:^|[,;:.!?"“”'‘’(—–])\s*)\p{N}{1,2}\s+(?=\p{Lu}\p{Ll})(?!\p{Lu}\p{Ll}*s(?![\p{L}\p{M}]))`;
const NAME_END = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}\p{N}&.’'\-])((?:${NUMBER_LEAD})?(?:${PARTICLES}\s+){0,2}(?:(?:${INNER_TOKEN}\s+)(?:(?:${INNER_TOKEN}|${PARTICLES})\s+)*\u00AD?(?:${SPECIAL_TOKEN}|\p{Lu}[\p{L}\p{M}.’'\-]*)|${SPECIAL_TOKEN}|\p{Lu}[\p{L}\p{M}.’'\-]*))\s*$`,
  'u',
);
const NAME_START = new RegExp(
  String.raw`^\s*((?:${NUMBER_LEAD})?(?:(?:${PARTICLES}\s+){1,2}(?=\p{Lu}))?(?:${INNER_TOKEN}\s+(?:${PARTICLES}\s+){0,2})*\u00AD?(?:${SPECIAL_TOKEN}(?![\p{L}\p{N}])|\p{Lu}[\p{L}\p{M}.’'\-]*))`,
  'u',
);
/** Descriptors ending in a surname particle (`van ` of `van der Berg`). */
const PARTICLE_LAST = new RegExp(String.raw`(?:^|\s)${PARTICLES}\s*$`, 'u');
/** `said Concord resident Jane Doe`, `said former secretary of state Jane Doe`: descriptors, then the name. */
const DESCRIBED_NAME_START = new RegExp(
  String.raw`^\s*((?:[\p{L}\p{N}.’'\-]+\s+){1,6}?)((?:${PARTICLES}\s+){1,2}\p{Lu}[\p{L}\p{M}.’'\-]*|(?:${INNER_TOKEN}\s+)+(?:${PARTICLES}\s+){0,2}\p{Lu}[\p{L}\p{M}.’'\-]*)(?=\s*(?:[,;:!?()—–]|\.(?!\s*\p{Ll})|$)|\s+(?:in|on|at|during|of|from|with|to|who|after|before|when|while|as|last|this|earlier|later|told|wrote|added)(?![\p{L}])|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)`,
  'u',
);
/**
 * A lower-case word describing a body between `of` and its name (`the residents' group`, `worldwide victim
 * group`): no verb form (`led`, `says`), no determiner or pronoun of a new phrase.
 */
const ORG_DESCRIPTOR = String.raw`(?!(?:said|says|told|who|which|that|his|her|their|its|and|or|but|was|is|were|are|has|had|have|will|would|can|could)\s)[\p{Ll}][\p{Ll}’'\-]*(?<!ed|ing)`;
/**
 * `Jane Doe of the Example Institute`, `Jo Lee of the pro-reform Daily Ledger`, `Ann Roe of the Council
 * of Elders of Lund`, `Ali el-Sadi of Egypt` (a surname of a lower-case article and a hyphen): the person
 * stands before `of`.
 */
const NAME_OF_END = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}.’'\-])((?:${INNER_TOKEN}\s+)+(?:${SPECIAL_TOKEN}|\p{Lu}[\p{L}\p{M}’'\-]*))\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[\p{Ll}]+-[\p{L}\p{M}’'\-]+\s+)?(?:${ORG_DESCRIPTOR}\s+){0,3}(?:(?:${INNER_TOKEN}|of|the|for|and)\s+){0,6}\p{Lu}[\p{L}\p{M}.’'\-]*(?:,?\s+and\s+(?:[\p{Ll}-]+\s+){1,3}(?:to|of|at|for|with)\s+(?:the\s+)?(?:(?:${INNER_TOKEN}|of|the|for|and)\s+){0,5}\p{Lu}[\p{L}\p{M}.’'\-]*)?$`,
  'u',
);
/** A person's name, then `of`, `from`, `at` or `with` closing a text: `Jo Lee of ` before `the Harbour office`. */
const PERSON_OF_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}.’'\-])((?:${INNER_TOKEN}\s+)+(?:${SPECIAL_TOKEN}|\p{Lu}[\p{L}\p{M}’'\-]*))\s+(?:of|from|at|with)\s+$`,
  'u',
);
/**
 * One to three lower-case descriptors (no determiner, preposition or relative word: not `which runs the Harbour
 * Trust`), then a name: `biologist Jo Lee` (group 1 the descriptors and their spaces, group 2 the name).
 */
const DESCRIBED_APPOSITIVE =
  /^((?:(?!(?:the|a|an|his|her|their|its|our|and|or|of|for|to|in|on|at|with|by|who|which|that|whose|whom)\s)[\p{Ll}][\p{Ll}’'-]*\s+){1,3})(\p{Lu}.*)$/u;
/**
 * Lower-case descriptors before a name, `and` among them (not first), up to six: `civil and marine engineering
 * professor ` (no determiner, preposition, relative word or verb of a clause: not `who had met `, `meeting with `).
 */
const LONG_DESCRIPTORS = String.raw`(?!and\s)(?:(?!(?:the|a|an|his|her|their|its|our|or|of|for|to|in|on|at|with|by|who|which|that|whose|whom|after|before|when|while|as|from|than|said|says|told|having|being|met|meeting|joined|joining|was|is|were|are|has|had|have|will|would)\s)[\p{Ll}][\p{Ll}’'-]*\s+){1,6}`;
/**
 * LONG_DESCRIPTORS, then a name: `civil and marine engineering professor Jo Lee` (groups as DESCRIBED_APPOSITIVE's);
 * `longDescribedAppositive` asks that a person's word end the descriptors.
 */
const LONG_DESCRIBED_APPOSITIVE = new RegExp(String.raw`^(${LONG_DESCRIPTORS})(\p{Lu}.*)$`, 'u');
/** Do descriptors (`marine engineering professor `) end in a person's word (a person noun or a role's, no body's)? */
function descriptorsEndInPerson(descriptors: string): boolean {
  const last = descriptors.trim().split(/\s+/u).pop()!;
  return (PERSON_NOUNS.has(last) || ROLE_WORDS.has(last)) && !ORG_BODIES.has(last) && !ORG_NOUNS.has(last);
}
/**
 * `civil and marine engineering professor Jo Lee`, `former state senator and attorney Jo Lee`: descriptors too many
 * (or joined by `and`) for DESCRIBED_APPOSITIVE, the last a person's word, so that a clause's words before a name
 * (`having met ferry boss Jo Lee`) are not read as its description.
 */
function longDescribedAppositive(appositive: string): RegExpExecArray | null {
  const m = LONG_DESCRIBED_APPOSITIVE.exec(appositive);
  return m !== null && descriptorsEndInPerson(m[1]!) ? m : null;
}
/** Capitalised words and `for` closing a text: `World Summit for ` before `the Harbour Society`. */
const BODY_HEAD_FOR_END = /(?:^|[^\p{L}\p{M}’'.-])((?:\p{Lu}[\p{L}\p{M}’'-]*\s+){1,3}for\s+)$/u;
/**
 * The capitalised head of a body's name before `for` and a capitalised `the …` (`World Summit for `), or null: not
 * a title's or a person's words (`Minister for `, `Jo Lee for `), nor a sentence's first word alone.
 */
function bodyHeadBefore(before: string): string | null {
  const m = BODY_HEAD_FOR_END.exec(before);
  if (m === null) return null;
  const words = m[1]!.trim().split(/\s+/u).slice(0, -1);
  if (words.some((w) => TITLE_TOKENS.has(w) || ROLE_WORDS.has(w.toLowerCase()) || PERSON_NOUNS.has(w.toLowerCase())))
    return null;
  const parts = splitName(words.join(' '));
  if (parts !== null && !parts.org && isGivenName(words[0]!)) return null;
  return words.length >= 2 || ORG_WORDS.has(words[0]!) ? m[1]! : null;
}
/** An indefinite description closing in a place after its preposition: `a woman in Dale`, `one voter from New Dale`. */
const INDEFINITE_PLACED =
  /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s.*\s(?:in|from|near|outside)\s+(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,2}\p{Lu}[\p{L}\p{M}’'-]*$/u;
/** A whole segment that is an abbreviated title and a name: `Gov. Jo Lee`, `Sen. Ann Roe (D-Ore.)`. */
const TITLED_NAME = new RegExp(
  String.raw`^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev)\.\s+(?:${INNER_TOKEN}\s+)*\p{Lu}[\p{L}\p{M}’'\-]*(?:\s*\([^()]{1,40}\))?$`,
  'u',
);
/** A party-and-state tag after a legislator's name: `(R-OH)`, `(D-N.Y.)`, `(I)`. */
const PARTY_TAG = /^\s*\((?:R|D|I|Ind|Dem|Rep)(?:-[^()]{1,20})?\)/u;
const WORD = String.raw`[\p{L}\p{M}.’'\-]+`;
/** A word of a description: WORD, or an age (`the 45-year-old`, `the 30-year-old striker`). */
const DESC_WORD = String.raw`(?:${WORD}|\d{1,3}-year-old)`;
/**
 * In a determiner's phrase ending in a name, an adjunct's preposition before an `and` that a name follows, up to the
 * name: `the Harbour FA on Monday and ` of `the Harbour FA on Monday and Lee` (a body's own `of`, `for` and `and`,
 * `the Department of Trade and Industry`, are no adjunct).
 */
const ADJUNCT_THEN_AND = /^.*?\s(?:on|in|at|during|after|before|with|to|from|by|since|until)\s.*\sand\s+(?=\p{Lu})/u;
/** Does the phrase's last word open with a capital (`the Harbour FA on Monday and Lee`)? */
const endsInCapitalWord = (phrase: string): boolean => /\p{Lu}/u.test(phrase.charAt(phrase.lastIndexOf(' ') + 1));
const DESC_END = new RegExp(
  String.raw`(?:^|[^\p{L}])((?:the|a|an|one|another|The|A|An|One|Another|his|her|their|His|Her|Their|our|Our)\s+(?:${DESC_WORD}\s+){0,5}${DESC_WORD})\s*$`,
  'u',
);
/**
 * A description opening the text after a cue, up to a clause's or a phrase's boundary: `said the director` of `said
 * the director behind Harbour Nights` (the object of the preposition is no part of the description).
 */
const DESC_START = new RegExp(
  String.raw`^\s*((?:the|a|an|one|another|his|her|their|our)\s+(?:${DESC_WORD}\s+){0,5}?${DESC_WORD})(?=\s*(?:[,.;:!?)—–]|\s(?:who|which|that|in|on|at|to|during|after|before|when|while|as|and|of|for|from|with|told|said|behind|about|against|among|between|under|over|without|within|across|near|beside|into|through|alongside|outside|inside|amid|than|by)\b|$))`,
  'u',
);
const POSSESSIVE_DESC_END = new RegExp(
  String.raw`(?:^|[^\p{L}])(\p{Lu}[\p{L}\p{M}.\-]*['’]s\s+(?:${WORD}\s+){0,3}${WORD})\s*$`,
  'u',
);
/**
 * A role opening its clause: capitalised words (a body's name) then lower-case descriptors ending in a
 * person noun: `LTA chief executive`, `But Harbour Ltd finance director`. Group 1 the role, group 2 its
 * last word.
 */
const BODY_ROLE_END =
  /(?:^\s*|[.;:!?]\s+|^\s*(?:But|And|So|Meanwhile)\s+)((?:\p{Lu}[\p{L}\p{M}&.'’-]*\s+){1,4}(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+))$/u;
/** A last comma segment of lower-case descriptors and a full name: `, party strategist Ann Roe`. */
const DESCRIBED_LAST_SEGMENT = new RegExp(
  String.raw`,\s+((?:[\p{Ll}\-]+\s+){1,4})((?:${INNER_TOKEN}\s+)+\p{Lu}[\p{L}\p{M}’'\-]*)$`,
  'u',
);
/** Words that make a segment a clause or a prepositional phrase, not descriptors of a name. */
const NOT_DESCRIPTOR: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'to',
  'at',
  'in',
  'on',
  'with',
  'by',
  'from',
  'and',
  'or',
  'but',
  'who',
  'which',
  'that',
  'his',
  'her',
  'their',
  'its',
  'as',
  'than',
  'said',
  'says',
  'told',
  'when',
  'while',
  'after',
  'before',
  'if',
]);
/** A name, maybe a comma, and `who` closing the text before a cue: `Jo Lee, who` in `Jo Lee, who said`, `by Jo Lee who said`. */
const WHO_END = new RegExp(String.raw`((?:${INNER_TOKEN}\s+)*\p{Lu}[\p{L}\p{M}’'\-]*),?\s+who\s*$`, 'u');
/**
 * Cheap tests of a text's end that each end-anchored pattern needs before it can match (the patterns
 * are tried from every position of the text, which costs much more): false means the pattern cannot
 * match; true means it may (a surrogate pair, which the unit tables cannot class, always says may).
 */
const endChecks = {
  /**
   * NAME_END: its last token fills the whole run of name characters before the trailing spaces (what
   * stands before the token, a space or `[^\p{L}\p{M}\p{N}&.’'\-]`, is no name character), so that
   * run must open as a token does: a capital, a digit (`4Cast`), `al-`/`el-`/`ad-`.
   */
  nameEnd(s: string): boolean {
    let e = s.length;
    while (e > 0 && isSpaceUnit(s.charCodeAt(e - 1))) e--;
    let b = e;
    for (; b > 0; b--) {
      const c = s.charCodeAt(b - 1);
      if (isSurrogateUnit(c)) return true;
      if (!isNameUnit(c)) break;
    }
    if (b === e) return false;
    const c = s.charCodeAt(b);
    return isUpperUnit(c) || isDigitUnit(c) || c === 97 || c === 101; // a, e
  },
  /**
   * NAME_OF_END: it ends in `\s+\p{Lu}[\p{L}\p{M}.’'\-]*`, so the text's last run of such characters
   * stands after a space and opens with a capital.
   */
  nameOfEnd(s: string): boolean {
    let b = s.length;
    for (; b > 0; b--) {
      const c = s.charCodeAt(b - 1);
      if (isSurrogateUnit(c)) return true;
      if (!isWordTailUnit(c)) break;
    }
    return b < s.length && b > 0 && isUpperUnit(s.charCodeAt(b)) && isSpaceUnit(s.charCodeAt(b - 1));
  },
  /**
   * NAME_OF_END: its `\s+(?:of|from|at|with)\s+` stands somewhere in the text, the word between white space (most
   * texts before a cue end in a name, which `nameOfEnd` lets through, and hold none of these words).
   */
  ofConnector(s: string): boolean {
    for (const word of OF_CONNECTORS)
      for (let at = s.indexOf(word, 1); at >= 0; at = s.indexOf(word, at + 1))
        if (isSpaceUnit(s.charCodeAt(at - 1)) && isSpaceUnit(s.charCodeAt(at + word.length))) return true;
    return false;
  },
  /** WHO_END: it ends in `,\s+who\s*` or `\s+who\s*` after a name (`Jo Lee who said`). */
  whoEnd(s: string): boolean {
    let e = s.length;
    while (e > 0 && isSpaceUnit(s.charCodeAt(e - 1))) e--;
    if (e < 5 || !s.startsWith('who', e - 3)) return false;
    let k = e - 3;
    while (k > 0 && isSpaceUnit(s.charCodeAt(k - 1))) k--;
    return k < e - 3 && k > 0;
  },
  /** KNOWN_AS_END: `called`, `named`, `nicknamed` or `known as` stands in the text. */
  knownAsEnd(s: string): boolean {
    return s.includes('called ') || s.includes('named ') || s.includes('known as ');
  },
  /** PRONOUN_END: `he`, `she`, `they`, `we` or `I` closes the text (white space aside), no letter before it. */
  /** PUBLICATION_NAME_END: a publication's noun closes the text. */
  publicationEnd(s: string): boolean {
    return s.endsWith('magazine') || s.endsWith('newspaper') || s.endsWith('tabloid');
  },
  pronounEnd(s: string): boolean {
    const word = lastAsciiWord(s, trimEndOver(s, s.length, isSpaceUnit));
    return word === null || PRONOUNS.has(word);
  },
  /**
   * VERB_PREFIX: a time (`on Friday`, `last week`), an `-ly` adverb or a first verb and `and` closes the text
   * (white space aside).
   */
  verbPrefix(s: string): boolean {
    const word = lastAsciiWord(s, trimEndOver(s, s.length, isSpaceUnit));
    if (word === null || word.endsWith('ly') || word === 'and') return true;
    // (`onMonday`, `lastweek`: the word before the time may be glued to it)
    for (const time of PREFIX_TIME_WORDS) if (word.endsWith(time)) return true;
    return false;
  },
  /**
   * DATE_ADJUNCT: a digit, an ordinal's suffix, a month's, a season's or a day's word closes the text
   * (white space and a month's period aside).
   */
  dateAdjunct(s: string): boolean {
    let e = trimEndOver(s, s.length, isSpaceUnit);
    if (s.charCodeAt(e - 1) === 46) e--;
    if (isDigitUnit(s.charCodeAt(e - 1))) return true;
    const word = lastAsciiWord(s, e);
    return word === null || DATE_ADJUNCT_LAST.has(word);
  },
  /** MODIFIERS: a modifier (`also`, `has also`) closes the text (white space aside). */
  modifiers(s: string): boolean {
    if (MODIFIER_ENDS === null) return true;
    const word = lastAsciiWord(s, trimEndOver(s, s.length, isSpaceUnit));
    return word === null || MODIFIER_ENDS.has(word);
  },
  /** `\s*\([^()]{1,40}\)\s*$`: a parenthesis closes the text (white space aside). */
  tagEnd(s: string): boolean {
    return s.charCodeAt(trimEndOver(s, s.length, isSpaceUnit) - 1) === 41;
  },
  /** `\s*\([^()]{1,40}\)\s*,$`: a comma closes the text, a parenthesis before it (white space aside). */
  taggedComma(s: string): boolean {
    return s.charCodeAt(s.length - 1) === 44 && s.charCodeAt(trimEndOver(s, s.length - 1, isSpaceUnit) - 1) === 41;
  },
  /** POSSESSIVE_DESC_END: a possessive `'s` or `’s` stands in the text. */
  possessiveDescEnd(s: string): boolean {
    return s.includes("'s") || s.includes('’s');
  },
  /**
   * DESCRIBED_LAST_SEGMENT: a comma stands in the text, and a capitalised token closes it after white space
   * (what NAME_OF_END's check tells).
   */
  describedLastSegment(s: string): boolean {
    return s.includes(',') && endChecks.nameOfEnd(s);
  },
};
/** The words that join a name to its body or place in NAME_OF_END (`Jo Lee of the Ledger`). */
const OF_CONNECTORS: readonly string[] = ['of', 'from', 'at', 'with'];
/** The lower-case words PRONOUN_END may end in. */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
/** Last words of the modifiers (`also` of `has also`), lower-case. */
const MODIFIER_ENDS = lastWordsOf(VERB_MODIFIERS);
const execNameEnd = (s: string): RegExpExecArray | null => (endChecks.nameEnd(s) ? NAME_END.exec(s) : null);
const execNameOfEnd = (s: string): RegExpExecArray | null =>
  endChecks.nameOfEnd(s) && endChecks.ofConnector(s) ? NAME_OF_END.exec(s) : null;
const execWhoEnd = (s: string): RegExpExecArray | null => (endChecks.whoEnd(s) ? WHO_END.exec(s) : null);
/** The end checks, for tests against the patterns they guard. */
export const cueEndChecks = {
  ...endChecks,
  NAME_END,
  NAME_OF_END,
  WHO_END,
  PRONOUN_END,
  POSSESSIVE_DESC_END,
  DESCRIBED_LAST_SEGMENT,
  get VERB_PREFIX(): RegExp {
    return VERB_PREFIX;
  },
  get DATE_ADJUNCT(): RegExp {
    return DATE_ADJUNCT;
  },
  MODIFIERS,
} as const;

const NAME_ONLY = new RegExp(String.raw`^(?:${INNER_TOKEN}\s+)*\p{Lu}[\p{L}\p{M}’'\-]*$`, 'u');
const SENTENCE_PREPOSITION =
  /^(?:Across|Among|Amid|Around|Along|Despite|During|Without|Within|Under|Over|Through|Throughout|Inside|Outside|Near|Beyond|Behind|Beside|Between|Against|Toward|Towards|Upon|Via|In|On|At|For|From|With|By|Into|Onto|About)$/u;
const LEADING_NOT_NAME =
  /^(?:The|A|An|But|And|Or|So|Yet|Then|Still|Also|In|On|At|For|As|If|When|While|After|Before|Now|Later|Meanwhile|However|Asked|Speaking)\s+/u;

/**
 * Words of the role titles (ROLE_WORDS) that are no person when they end a description: parts of longer
 * titles (`vice`, `prime`, `managing`), party names (`the Labour said` is no one's shape), words that are
 * more often a place or thing (`the centre`, `the lock`, `the prop`), and the honours of a sport's field
 * (`the champion`, `the athlete`, `the sprinter`): a race report names several, and the description alone
 * does not say which of them speaks.
 */
const NOT_DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  'champion',
  'athlete',
  'sprinter',
  'pres',
  'vice',
  'prime',
  'managing',
  'exchequer',
  'centre',
  'prop',
  'lock',
  'hooker',
  'stand-off',
  'lib',
  'dem',
  'dems',
  'liberal',
  'democrats',
  'labour',
  'tory',
  'tories',
  'conservative',
  'conservatives',
  'ukip',
  'snp',
  'plaid',
  'cymru',
]);

/**
 * Does a description end in a word for a person: `the official`, `the archbishop`, `the keeper` (a person
 * noun, or a role title's word), an age (`the 45-year-old`), or a capitalised word?
 */
function descriptionHeadOk(phrase: string): boolean {
  const words = phrase.split(/\s+/u);
  const head = descriptionHead(phrase);
  return (
    PERSON_NOUNS.has(head) ||
    (ROLE_WORDS.has(head) && !NOT_DESCRIPTION_HEADS.has(head)) ||
    AGE_HEAD.test(head) ||
    /^\p{Lu}/u.test(words[words.length - 1] ?? '')
  );
}

/** ` of state`, ` of the board`: what an office before `of` is of, at the end of a description. */
const OF_TAIL_END = /\s+of\s+(?:the\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?$/u;

/**
 * The head noun of a description, lower-case: its last word (`the party leader` → `leader`), or the person's word
 * before ` of …` (`the former secretary of state` → `secretary`, `the chairman of the board` → `chairman`).
 */
export function descriptionHead(phrase: string): string {
  const lastOf = (p: string) => (p.split(/\s+/u).pop() ?? '').toLowerCase().replace(/[.’',]+$/u, '');
  const tail = OF_TAIL_END.exec(phrase);
  if (tail !== null) {
    const before = lastOf(phrase.slice(0, tail.index));
    if (
      (PERSON_NOUNS.has(before) || (ROLE_WORDS.has(before) && !NOT_DESCRIPTION_HEADS.has(before))) &&
      !ORG_BODIES.has(before) &&
      !ORG_NOUNS.has(before)
    )
      return before;
  }
  return lastOf(phrase);
}

/** `45-year-old`: an age standing for the person (`The 45-year-old said`). */
const AGE_HEAD = /^\d{1,3}-year-old$/u;

/** One person of a nation that NATIONALITIES' adjectives and plurals leave out: `the Briton`, `the Spaniard`. */
const NATION_NOUNS: ReadonlySet<string> = new Set(
  'Briton Spaniard Swede Dane Finn Pole Scot Turk Serb Croat Kurd Norwegian Czech Greek Arab Afghan'.split(' '),
);

/**
 * Nationality words that are adjectives or name a people, never one person alone (`the British said`, `the Chinese`,
 * `the Western`): all those ending in -ish, -ch or -ese, and these.
 */
const NATION_ADJECTIVES: ReadonlySet<string> = new Set(
  'Swiss Western Eastern Northern Southern Native Indigenous Aboriginal Ottoman Soviet Nordic Baltic Balkan Latin Anglo'.split(
    ' ',
  ),
);

/**
 * Is `word` a noun for one person of a nation or a place (`American`, `Dutchman`, `Texan`, `Briton`)? After `the`
 * it is a description of a person named before (`"…," said the American`), like `the veteran`, not a name.
 */
function personOfPlace(word: string): boolean {
  const w = word.replace(/[.’']+$/u, '');
  if (NATION_NOUNS.has(w)) return true;
  if (!NATIONALITIES.has(w) && !RESIDENTS.has(w)) return false;
  return !NATION_ADJECTIVES.has(w) && !/(?:s|ish|ch|ese)$/u.test(w);
}

/**
 * Can the description only stand for a person, any person: an age (`the 45-year-old`, `the 30-year-old striker`) or
 * one person of a nation or a place (`the American`)? Then the sentence's subject it follows needs no other evidence
 * of being a person.
 */
export function ageOrNationDescription(phrase: string): boolean {
  const words = phrase.split(/\s+/u);
  if (words.some((w) => AGE_HEAD.test(w))) return true;
  return words.length === 2 && /^(?:the|The)$/u.test(words[0]!) && personOfPlace(words[1]!);
}

/** An age, then a name to the end: `the 28-year-old Jo Lee`; group 1 the descriptors, group 2 the name. */
const AGE_THEN_NAME = /^(.*\d{1,3}-year-old\s+)(\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*)*)\.?$/u;

/**
 * The noun phrase of a description read at `at`: a name after an age (`the 28-year-old Jo Lee`) is that name, the
 * rest its role; else the description, of the kind `describedKind` gives.
 */
function descriptionPhrase(
  at: number,
  phrase: string,
  indefinite: boolean,
  appositive: string | null = null,
): NounPhrase {
  const aged = AGE_THEN_NAME.exec(phrase);
  if (aged !== null)
    return mk(at + aged[1]!.length, aged[2]!, 'named', false, aged[1]!.trim().replace(/^(?:the|a|an)\s+/iu, ''));
  return mk(at, phrase, describedKind(phrase), indefinite, appositive);
}

/** Before a cue `saying`: `quoted`, its object and `as` (`Reuters quoted a central bank official as `); group 1 the object. */
const QUOTED_OBJECT_AS = /(?:^|[^\p{L}])quot(?:ed|es)\s+(?!(?:by|in|on|at|from)\s)([^"“”.;:!?]{2,120}?),?\s+as\s+$/u;

/**
 * The one an outlet quotes as saying, for the cue `saying` of `Reuters quoted one trader as saying` (`one trader`),
 * or null when the cue is not of that shape.
 */
export function quotedObject(text: string, cue: Cue): NounPhrase | null {
  if (!/^(?:saying|telling|stating|writing|adding|arguing|warning)$/iu.test(cue.word)) return null;
  const from = Math.max(0, cue.start - 160);
  const m = QUOTED_OBJECT_AS.exec(text.slice(from, cue.start));
  if (m === null) return null;
  const objectStart = from + m.index + m[0].length - m[0].slice(m[0].indexOf(m[1]!)).length;
  return readSubjectRight(text, objectStart, objectStart + m[1]!.length);
}

/** `the Ealing North MP` opening a text: `the`, one to three capitalised words, capital initials. */
const SEAT_HOLDER_START = /^\s*((?:the|The)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}\p{Lu}{2,4})(?=[\s,.;:!?)—–]|$)/u;

/**
 * The kind of a description ending in `last`: `named` when capitalised (`the Ealing MP`), unless the word is a
 * person of a nation or a place (`the American`), which is a description (`nominal`) like `the veteran`.
 */
function describedKind(phrase: string): NPKind {
  const last = phrase.split(/\s+/u).slice(-1)[0]!;
  if (!/^\p{Lu}/u.test(last)) return 'nominal';
  if (/^(?:the|The)\s+\S+$/u.test(phrase) && personOfPlace(last)) return 'nominal';
  // `the Ealing North MP`, `the Salford MP`: an office's initials after a place or a party name the seat's holder,
  // a description of the person named before (not the place)
  const bare = last.replace(/[.’']+$/u, '');
  return /^(?:the|The)\s/u.test(phrase) && /^\p{Lu}{2,4}$/u.test(bare) && ROLE_WORDS.has(bare.toLowerCase())
    ? 'nominal'
    : 'named';
}

const mk = (
  start: number,
  text: string,
  kind: NPKind,
  indefinite = false,
  appositive: string | null = null,
): NounPhrase => ({
  start,
  end: start + text.length,
  text,
  kind,
  indefinite,
  appositive,
});

/** The days and times of VERB_PREFIX (`on Friday`, `last week`). */
const PREFIX_TIMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'week',
  'month',
  'year',
  'night',
  'morning',
  'afternoon',
  'evening',
];
/** PREFIX_TIMES lower-case, for VERB_PREFIX's end check. */
const PREFIX_TIME_WORDS: readonly string[] = PREFIX_TIMES.map((t) => t.toLowerCase());
/**
 * Time adverbials, `-ly` adverbs and a coordinated first verb between a subject and its cue verb (not an `-ly` word
 * after a determiner: `the daily reported`, `the weekly wrote` name a publication).
 */
const VERB_PREFIX = new RegExp(
  String.raw`(?:\s+(?:on|last|this|early|late|earlier|later)?\s*(?:${PREFIX_TIMES.join('|')})(?:\s+(?:morning|afternoon|evening|night))?|(?<!(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?))\s+[\p{Ll}]+ly|\s+[\p{Ll}]+(?:ed|s)\s+and)\s*$`,
  'u',
);
/**
 * A time between a subject and its cue that VERB_PREFIX leaves (`Jo Lee in July said`, `… on 4 July said`, `… in
 * early 2019 told`): a date (a month, a day and a month, a year after `in`), never a speaker, so whatever subject
 * stands before it is the cue's. Lower-case words only where they are lower-case (`USA Today said` keeps its name).
 * No channel (`in a video`): `told REVOLT TV in a video posted to …` (the cue a participle of the channel's noun).
 */
const DATE_ADJUNCT = (() => {
  const month = String.raw`${MONTH_NAME}\.?`;
  const day = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
  const year = String.raw`\d{4}`;
  const weekday = `(?:${WEEKDAY_WORDS.join('|')})`;
  const season = String.raw`(?:spring|summer|autumn|fall|winter)`;
  const date = [
    String.raw`(?:in|during|since|until|by)\s+(?:(?:early|late|mid)\s+|mid-)?(?:${month}(?:,?\s+${year})?|${year}|the\s+${season}(?:\s+of\s+${year})?)`,
    String.raw`on\s+(?:${weekday},?\s+)?(?:${month}\s+${day}|${day}\s+(?:of\s+)?${month})(?:,?\s+${year})?`,
    String.raw`(?:last|this|next|early|late|earlier|later)\s+(?:this\s+|that\s+|last\s+|next\s+)?(?:${month}|${season}|weekend)`,
    String.raw`(?:at|over|during)\s+the\s+weekend`,
    String.raw`(?:yesterday|today|tonight)`,
  ];
  return new RegExp(String.raw`\s+(?:${date.join('|')})\s*$`, 'u');
})();
/** DATE_ADJUNCT's last words, lower-case (and a digit or an ordinal's suffix): a text ending in none cannot end in it. */
const DATE_ADJUNCT_LAST: ReadonlySet<string> = new Set([
  ...MONTHS.flatMap((m) => m.names),
  ...'spring summer autumn fall winter weekend yesterday today tonight st nd rd th'.split(' '),
]);

/** A relative word (`who`, `that`) in a clause's text: the clause's last words are the relative clause's. */
const RELATIVE_WORD = /(?:^|[^\p{L}])(?:who|whom|whose|which|that)\s/u;
/** A mark that closes a clause or a quotation before a subject. */
const CLAUSE_MARK = /[.;:!?"“”()—–]/u;

/**
 * Does a relative word stand in `left` before `at`, inside the clause `at` is in (from the last sentence mark or
 * quotation mark on)? Then the words before `at` close a relative clause (`Voters who back Jo Lee` in July), and the
 * name before an adjunct is that clause's object, not the cue's subject.
 */
function relativeBefore(left: string, at: number): boolean {
  let b = at;
  while (b > 0 && !CLAUSE_MARK.test(left[b - 1]!)) b--;
  return RELATIVE_WORD.test(left.slice(b, at));
}

/**
 * A place between a person's name and the cue: `Jo Lee in Moscow says`, `Ann Roe in the Commons said` (group 1
 * the place). Only after a person's name (`placeAdjunctBefore`): `the Church in Wales said` is a body's whole name.
 */
const PLACE_ADJUNCT_START = /^\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*){0,2})\s*$/u;

/**
 * Where a place adjunct opens in `left` (`Jo Lee in Moscow`: at ` in`), or -1: a person's name (a full name, or a
 * surname after an honorific or a title) must close the text before it, and the place must be no person's name.
 */
function placeAdjunctAt(left: string): number {
  // (the place's words are capitalised: the adjunct's ` in ` is the text's last)
  const at = left.lastIndexOf(' in ');
  if (at < 0) return -1;
  const m = PLACE_ADJUNCT_START.exec(left.slice(at));
  if (m === null || personFullName(m[1]!)) return -1;
  const name = execNameEnd(left.slice(0, at));
  if (name === null) return -1;
  const parts = splitName(name[1]!.trim());
  return parts !== null && !parts.org && (parts.name.includes(' ') || parts.nameOffset > 0) ? at : -1;
}

/** A whole segment that is a name, maybe after lowercase or title descriptors: `former Gov. Jane Doe (D)`. */
const SEGMENT_NAME = new RegExp(
  String.raw`^((?:[\p{L}.’'\-]+\s+){0,6}?)((?:${INNER_TOKEN}\s+)*\p{Lu}[\p{L}\p{M}’'\-]*)(?:\s*\([^()]{1,40}\))?$`,
  'u',
);
/** How an appositive opens: `a salesman`, `who lives`, `55`, `president of …`, `the network's arm`. */
const APPOSITIVE_START = /^(?:a|an|the|who|whose|which|one|now|then|also|himself|herself|\d|[\p{Ll}])/u;
/**
 * A body's name then lower-case words ending in a person's noun: `Harbour Bank president`, `HTC chair and party
 * donor` (group 1 the last word).
 */
const BODY_ROLE_APPOSITIVE =
  /^\s*\p{Lu}[\p{L}\p{M}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}\p{N}&.'’-]*){0,3}(?:\s+[\p{Ll}-]+){0,5}\s+([\p{Ll}-]+)\s*$/u;
function bodyRoleAppositive(segment: string): boolean {
  const m = BODY_ROLE_APPOSITIVE.exec(segment);
  if (m === null) return false;
  const head = m[1]!;
  return (PERSON_NOUNS.has(head) || ROLE_WORDS.has(head)) && !ORG_BODIES.has(head) && !ORG_NOUNS.has(head);
}
/** A body's possessive opening an appositive: `Orbix's chief executive`, `the BBC's editor` (after a person's full name). */
const POSSESSIVE_APPOSITIVE_START = /^\p{Lu}[\p{L}\p{M}&.-]*['’]s\s+\p{Ll}/u;

/** A role word of a body's (`manager of`, `Director at`, `then-head of`) in a comma segment; group 1 the whole segment. */
const ROLE_OF_BODY =
  /^\s*((?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:then-|ex-|co-|former\s+)?([\p{L}-]+)\s+(?:of|at|for)\s+[^,]*)$/u;
/** ROLE_OF_BODY's match when its role word is a person noun or a title (`manager`, `Director`). */
function roleOfBody(segment: string): RegExpExecArray | null {
  const m = ROLE_OF_BODY.exec(segment);
  return m !== null && (PERSON_NOUNS.has(m[2]!.toLowerCase()) || TITLE_TOKENS.has(m[2]!)) ? m : null;
}
/**
 * `Acting Detective Chief Superintendent`: a comma segment of capitalised words ending in a role title's word, the
 * title of the name in commas after it (`…, Acting Detective Chief Superintendent, Mick Dale, said`); group 1 the
 * title.
 */
function capitalisedTitle(segment: string): RegExpExecArray | null {
  const m = /^\s*((?:\p{Lu}[\p{L}-]*\s+){0,4}(\p{Lu}[\p{L}-]*))\s*$/u.exec(segment);
  return m !== null && ROLE_WORDS.has(m[2]!.toLowerCase()) ? m : null;
}
/** A comma segment that continues a capitalised list inside a body's name: `Customs and Enforcement`, ` and Border`. */
const LISTED_NAME_PART =
  /^\s*(?:and\s+)?\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+(?:(?:and|of|the|for|&)\s+)*\p{Lu}[\p{L}\p{M}.’'-]*)*\s*$/u;

/**
 * `A spokesman for US Immigration, Customs and Enforcement, Jo Lee, said`: a role of a body whose name is a list
 * with commas in it; ROLE_OF_BODY's match over the segments from the role's on, when every later segment
 * continues the list (capitalised words and `and`).
 */
function roleOfListedBody(left: string): RegExpExecArray | null {
  const parts = left.split(',');
  for (let n = parts.length - 2; n >= Math.max(0, parts.length - 4); n--) {
    if (!LISTED_NAME_PART.test(parts[n + 1]!)) return null;
    const m = roleOfBody(parts[n]!);
    if (m !== null) return m;
  }
  return null;
}

/** Heads of schools and colleges that the title lists do not hold (`Dean` is a given name too: no title word there). */
const HEADS_OF_BODIES: ReadonlySet<string> = new Set(['dean', 'provost', 'rector', 'principal']);

/**
 * `Dean of Harbour University School of Law`: a comma segment opening with a capitalised title's word and `of`
 * or `at`, the rest capitalised words (no given name and surname closing it: `Head of Sales Jo Lee` is a titled
 * name, not an appositive).
 */
function titleOfBodyAppositive(segment: string): boolean {
  const m =
    /^\s*(\p{Lu}[\p{L}-]*)\s+(?:of|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}.’'&-]*(?:\s+(?:of|for|and|the|&))*\s+)*\p{Lu}[\p{L}\p{M}.’'-]*)\s*$/u.exec(
      segment,
    );
  const head = m?.[1]!.toLowerCase() ?? '';
  if (
    m === null ||
    !(TITLE_TOKENS.has(m[1]!) || ROLE_WORDS.has(head) || PERSON_NOUNS.has(head) || HEADS_OF_BODIES.has(head))
  )
    return false;
  const words = m[2]!.split(/\s+/u);
  return !(words.length >= 2 && isGivenName(words[words.length - 2]!));
}

/** `Tom Clay`: two or more capitalised tokens that split as a person's name (no organisation word). */
function personFullName(phrase: string): boolean {
  const parts = splitName(phrase);
  return parts !== null && !parts.org && parts.name.includes(' ');
}

/** A capitalised run, then `of`, `from`, `at` or `with`, opening a text: `Jo Lee of ` in `Jo Lee of ticket tracker `. */
const NAME_THEN_OF_START = new RegExp(
  String.raw`^\s*((?:${INNER_TOKEN}\s+)*${INNER_TOKEN})\s+(?:of|from|at|with)\s`,
  'u',
);

/**
 * A descriptor before a name that opens with a person's full name and `of` (`Jo Lee of box office tracker ` before
 * `Harbour Data`, `Mr Lee of …`): the person is the speaker, not the body they are of. Not a title (`Secretary of State `).
 */
function personBeforeOf(descriptor: string): boolean {
  const m = NAME_THEN_OF_START.exec(descriptor);
  if (m === null) return false;
  const parts = splitName(m[1]!);
  // a full name (`Jo Lee`), or a surname after an honorific or title (`Mr Lee`, `Professor Lee`)
  return parts !== null && !parts.org && (parts.name.includes(' ') || parts.nameOffset > 0);
}

/** The words of an opening adverbial before a name: `Speaking to (the)`, `According to`, `In an interview with` (not `by`: `led by Jo Lee, a …, who said` names the speaker). */
const ADVERBIAL_LEAD = /(?:^|\s)(?:to|with|into|via|toward|towards|against|than|about)(?:\s+the)?$/u;

/**
 * `Dean Ruiz, a salesman from Sumter, South Carolina, says`, `Ana Ruiz, president of the Fund
 * stated`: a name opening the clause followed by appositive segments, however many commas they hold.
 */
function subjectBeforeAppositives(left: string): { name: string; at: number; appositive: string } | null {
  // (`left` without a final comma and the white space after it: what `replace(/,\s*$/u, '')` gives)
  const end = trimEndOver(left, left.length, isSpaceUnit);
  const clause = left.charCodeAt(end - 1) === 44 ? left.slice(0, end - 1) : left;
  // (no comma left, one part: most clauses end here, without the split's array)
  if (!clause.includes(',')) return null;
  const parts = clause.split(',');
  if (parts.length < 2) return null;
  // `In Berea, Ohio, after the vote, Gov. Jo Lee said`: a titled name closing the run is the subject
  // itself, not the end of an appositive; the segments before it are adverbials
  if (TITLED_NAME.test(parts[parts.length - 1]!.trim())) return null;
  let offset = 0;
  // an opening adverbial (`In a statement Tuesday,`) may come before the name
  for (let i = 0; i < Math.min(parts.length - 1, 2); i++) {
    const seg = parts[i]!;
    const rest = parts.slice(i + 1);
    const trimmed = seg.trim();
    const m = SEGMENT_NAME.exec(trimmed);
    // `Sure, he admits that …`, `Still, she said`: a pronoun after the comma is the subject, not an appositive
    if (
      m &&
      rest.length > 0 &&
      // `Ann Vell, Orbix's chief executive told`: a body's possessive after a person's full name opening the clause
      (APPOSITIVE_START.test(rest[0]!.trim()) ||
        (m[1]!.trim() === '' && POSSESSIVE_APPOSITIVE_START.test(rest[0]!.trim()) && personFullName(m[2]!)) ||
        // `Jo Lee, Harbour Bank president and party donor said`: a body's name and a person's noun after a full name
        (m[1]!.trim() === '' && rest.length === 1 && bodyRoleAppositive(rest[0]!) && personFullName(m[2]!)) ||
        // `Jo Lee, Dean of Harbour Law School said`: a capitalised title of a body after a person's full name
        (m[1]!.trim() === '' && rest.length === 1 && titleOfBodyAppositive(rest[0]!) && personFullName(m[2]!))) &&
      !/^(?:he|she|they|we|I)(?:\s|$)/u.test(rest[rest.length - 1]!.trim()) &&
      rest.join(',').length <= 260
    ) {
      const lead = m[1]!.trim();
      // `Speaking to the Ledger, the president …, Jo Lee, said`, `According to Harbour News, …`: a name after
      // `to`, `with`, `by` is the object of an opening adverbial, not the subject
      if (ADVERBIAL_LEAD.test(lead)) {
        offset += seg.length + 1;
        continue;
      }
      let name = m[2]!;
      // `But Tom Fitton, the president of …, said`: a conjunction opening the clause is no part of the name
      const conj = /^(?:But|And|So|Yet|Still|Then|Now)\s+(?=\p{Lu})/u.exec(name);
      if (conj && lead === '') name = name.slice(conj[0].length);
      if (/^(?:The|A|An|But|And|In|On|At|When|While|After|Before|As|If|For|With)$/u.test(name.split(/\s+/u)[0]!))
        return null;
      // `Rep. Tom Cole of Oklahoma, an ally of …, said`: the person stands before `of`
      if (/(?:^|\s)(?:of|from|in|at|for)(?:\s+the)?$/u.test(lead)) {
        const of = execNameOfEnd(trimmed);
        if (of === null) return null;
        name = of[1]!;
      }
      const at = offset + seg.indexOf(name, seg.length - seg.trimStart().length);
      if (/^(?:He|She|They|It|This|That|There)$/u.test(name)) return null;
      // `Then, in a statement, Carson said`, `on Thursday, …, Clinton remarked`, `Additionally, businessman
      // Jo Lee said`: an adverb is no name
      if (splitName(name) === null || (!name.includes(' ') && /^\p{Lu}\p{Ll}+ly$/u.test(name))) {
        offset += seg.length + 1;
        continue;
      }
      return { name, at, appositive: rest.join(',').trim() };
    }
    offset += seg.length + 1;
  }
  return null;
}

/**
 * A body's name with `of` or `for` closing the text: `The Ministry of Defence`, `Bank of England`, `the Council for
 * Harbour Trade` (the word before `of` an organisation's, not a place's: `Ann Roe of Port Ellen County` is a person
 * of a place). Not when `of`, `from`, `at` or `with` stands before it (`Jo Lee of the Bank of England`: the person).
 */
const BODY_OF_END =
  /(?:^|[^\p{L}\p{M}\p{N}.’'-])((?:(?:The|the)\s+)?(?:\p{Lu}[\p{L}\p{M}’'-]*\s+){0,3}(\p{Lu}[\p{L}\p{M}’'-]*)\s+(?:of|for)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}\p{M}.’'-]*|of|and|for|the)\s+){0,5}\p{Lu}[\p{L}\p{M}’'-]*)\s*$/u;
/** BODY_OF_END's name opening the text: `the Ministry of Defence` in `said the Ministry of Defence on Monday`. */
const BODY_OF_START =
  /^\s*((?:the\s+)?(?:\p{Lu}[\p{L}\p{M}’'-]*\s+){0,3}(\p{Lu}[\p{L}\p{M}’'-]*)\s+(?:of|for)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}\p{M}.’'-]*|of|and|for|the)\s+){0,5}\p{Lu}[\p{L}\p{M}’'-]*)/u;
function bodyOfEnd(left: string): { name: string; at: number } | null {
  // (a cheap test first: the pattern needs ` of ` or ` for ` in the text)
  if (!left.includes(' of ') && !left.includes(' for ')) return null;
  const m = BODY_OF_END.exec(left);
  if (m === null || !ORG_WORDS.has(m[2]!) || PLACE_ORG_WORDS.has(m[2]!)) return null;
  const at = m.index + m[0].length - m[1]!.length - (m[0].length - m[0].trimEnd().length);
  if (/(?:^|\s)(?:of|from|at|with|for|by)\s+$/u.test(left.slice(0, at))) return null;
  return { name: m[1]!, at };
}

/** A title word closing the head of `of` (`… Senator` of `Senator from Vermont Jo Lee`) with a place and a name after it. */
function titleBeforePlacedName(left: string, of: RegExpExecArray): boolean {
  const head = of[1]!.split(/\s+/u);
  if (!TITLE_TOKENS.has(head[head.length - 1]!)) return false;
  const tail = /^\s+(?:of|from|at|with)\s+(?:the\s+)?(.*)$/u.exec(
    left.slice(left.indexOf(of[1]!, of.index) + of[1]!.length),
  );
  // (`Current Director of National Intelligence Jo Lee`: what the title is of, then the name)
  return tail !== null && (opensWithPlaceThenName(tail[1]!) || opensWithTitleObjectThenName(tail[0].trim()));
}

/** Titles of rank held `of` a place that no role list holds: `Duke of Edinburgh`, `Earl of Wessex`. */
const RANK_TITLES: ReadonlySet<string> = new Set([
  'duke',
  'duchess',
  'earl',
  'countess',
  'marquess',
  'viscount',
  'baron',
  'baroness',
  'prince',
  'princess',
  'archbishop',
  'bishop',
  'dean',
]);
/** A title `of` a place: `The Archbishop of Canterbury`, `the Mayor of Harbourtown`; group 2 the title's last word, group 3 the place. */
const TITLE_OF_PLACE =
  /(?:^|[^\p{L}\p{M}\p{N}.’'-])((?:[Tt]he\s+|[Aa]\s+|[Aa]n\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,2}\p{Lu}[\p{L}\p{M}’'-]*))$/u;

/**
 * `The Archbishop of Canterbury said`, `the Duke of Edinburgh said`: a title `of` a place closing the text is a
 * description of a person, not a name (`Archbishop` is no one's name). Null when the head is no title (`Jo Lee of
 * Harbour Bank`) or a body's word (`Bank of England`), or when a person's name follows the place (`Secretary of
 * State Jo Lee`).
 */
function titleOfPlaceEnd(left: string): { phrase: string; at: number } | null {
  if (!left.includes(' of ')) return null;
  const m = TITLE_OF_PLACE.exec(left);
  if (m === null) return null;
  if (!titleOfPlaceParts(m[2]!, m[3]!)) return null;
  return { phrase: m[1]!, at: left.length - m[1]!.length };
}

/**
 * A seat's holder closing a text: `the MP for Harbourton`, `The Labour MP for Harbourton and Kestrel` (group 1): the
 * constituency's name is no speaker's, nor is the party's before the office.
 */
const SEAT_FOR_END =
  /(?:^|[^\p{L}\p{M}\p{N}.’'-])((?:[Tt]he|[Aa])\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:MP|MPs|MSP|MEP|AM|TD|MLA|MPP|MHA)\s+for\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}\p{M}.’'-]*){0,4})$/u;

/** TITLE_OF_PLACE's match at the start of a text, after a determiner: `the Archbishop of York` in `said the Archbishop of York.` */
const TITLE_OF_PLACE_START =
  /^\s*((?:the|a|an)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,2}\p{Lu}[\p{L}\p{M}’'-]*))/u;

/** Is `head` of `place` a title of a place: a title's word (no body's word), and no person's name in the place? */
function titleOfPlaceParts(head: string, place: string): boolean {
  const lower = head.toLowerCase();
  if (ORG_WORDS.has(head) || !(RANK_TITLES.has(lower) || ROLE_WORDS.has(lower))) return false;
  const words = place.split(/\s+/u);
  return !words.some((t, i) => i > 0 && isGivenName(t)) && !(words.length > 1 && isGivenName(words[0]!));
}

/** A name, then `of` or `from` and a capitalised place: `Ambassador Jo Lee of Eastmarch` (group 1 the name). */
const NAME_OF_PLACE = /^(.*?)\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*){0,3}$/u;

/** A title word and `of` closing a text: `Secretary of ` of `Secretary of State Jo Lee`. */
const TITLE_OF_BEFORE = /(\p{Lu}[\p{L}.]*)\s+(?:of|for)\s+(?:the\s+)?$/u;

/**
 * `Secretary of State Jo Lee said`: the name run after a title's `of` (`State Jo Lee`) holds the rest of the title;
 * the person's name is what the whole titled name splits to. `phrase` as it stands when no title and `of` come
 * before it, or when the whole does not split to a person's name ending it.
 */
function nameAfterTitleOf(before: string, phrase: string): string {
  const pre = TITLE_OF_BEFORE.exec(before.slice(-60));
  if (pre === null || !TITLE_TOKENS.has(pre[1]!)) return phrase;
  const parts = splitName(`${pre[0]}${phrase}`);
  return parts !== null && !parts.org && parts.role !== null && phrase.endsWith(parts.name) ? parts.name : phrase;
}

/** An office's word and `of` closing a text: `Speaker of ` of `Speaker of the parliament Jo Lee`; group 1 the word. */
const OFFICE_OF_BEFORE = /(?:^|[^\p{L}])(\p{L}[\p{L}-]*\s+of\s+)$/u;

/**
 * `Speaker of the parliament Jo Lee said`: the office's word and `of` before a description (`the parliament Jo
 * Lee`) open the speaker's phrase, so that the office is the role and not the body it is of; '' when `before`
 * does not end in a title's or a person noun's `of`.
 */
function officeOfBefore(before: string): string {
  const m = OFFICE_OF_BEFORE.exec(before);
  if (m === null) return '';
  const word = m[1]!.split(/\s/u)[0]!;
  return TITLE_TOKENS.has(word) || PERSON_NOUNS.has(word.toLowerCase()) || ROLE_WORDS.has(word.toLowerCase())
    ? m[1]!
    : '';
}

/** A closing quotation mark, then a comma or a dash (or nothing), closing a text: `,"` `”,` `" —`. */
const QUOTE_CLOSE_END = /["”’'»]\s*(?:[,—–-]\s*)?$/u;

/** A passive's auxiliary after an impersonal `it`: ` was` of `it was claimed`, ` is` of `it is said`, ` has been`. */
const PASSIVE_AFTER_IT =
  /^\s+(?:(?:has|had|have|will|would|could|may|might|must)\s+)?(?:is|was|are|were|be|been|being)(?![\p{L}])/u;

/**
 * Is `left` (read from `from`) a bare `it`, the whole of it, right after a quotation's closing mark (`"…," it`,
 * `"…" — it`), and no passive's impersonal subject (`"…," it was claimed`: no one named)? Only the text's few
 * characters before `from` and the words from `it` to `end` are read.
 */
function itAfterQuote(text: string, from: number, end: number, left: string): boolean {
  if (left.length > 8 || !/^\s*it$/u.test(left)) return false;
  const at = from + left.indexOf('it');
  return (
    QUOTE_CLOSE_END.test(text.slice(Math.max(0, at - 6), at)) &&
    !PASSIVE_AFTER_IT.test(text.slice(at + 2, Math.min(end, at + 40)))
  );
}

/** Reads a speaker noun phrase ending just before `end` (`Macron` in `Macron stated`). */
export function readSubjectLeft(text: string, from: number, end: number): NounPhrase | null {
  let left = text.slice(from, end);
  // between subject and verb: adverbs (`also`, `gingerly`), times (`on Friday`), a first verb (`smiled and`)
  for (let changed = true; changed;) {
    const before = left;
    const mod = endChecks.modifiers(left) ? MODIFIERS.exec(left) : null;
    if (mod) left = left.slice(0, mod.index);
    if (endChecks.verbPrefix(left)) left = left.replace(VERB_PREFIX, '');
    // `Jo Lee in July said`, `Jo Lee on 4 July told`: a date
    // (not inside a relative clause: `Voters who back Jo Lee in July said`, the voters speak)
    const date = endChecks.dateAdjunct(left) ? DATE_ADJUNCT.exec(left) : null;
    if (date !== null && !relativeBefore(left, date.index)) left = left.slice(0, date.index);
    // `Jo Lee in Moscow says`: a place after a person's name
    const place = placeAdjunctAt(left);
    if (place >= 0 && !relativeBefore(left, place)) left = left.slice(0, place);
    changed = left !== before;
  }
  // `Sen. Jane Doe (D-Ore.) said`: a party or place tag after the name
  // (each pattern only when the end it needs is there: `replace` tries it at every offset)
  if (endChecks.tagEnd(left)) left = left.replace(/\s*\([^()]{1,40}\)\s*$/u, '');
  left = left.slice(0, trimEndOver(left, left.length, isSpaceUnit));
  // `Gov. Jane Doe (R-OH), said`: the comma after a party tag closes no appositive
  // … and a party tag (`(R-OH)`, `(D)`) is never an appositive's end, whatever commas come before
  const tagged = endChecks.taggedComma(left) ? /\s*\([^()]{1,40}\)\s*,$/u.exec(left) : null;
  if (
    tagged &&
    execNameEnd(left.slice(0, tagged.index)) !== null &&
    (!left.slice(0, tagged.index).includes(',') || PARTY_TAG.test(tagged[0]))
  )
    left = left.slice(0, tagged.index);
  // `A source within the Interior Ministry said`: an unnamed person of a body speaks, not the body
  const unnamed = left.includes(' ') && unnamedSourceWord(left) ? UNNAMED_SOURCE_END.exec(left) : null;
  if (unnamed !== null) {
    const phrase = unnamed[2]!;
    return mk(from + unnamed.index + unnamed[0].indexOf(unnamed[1]!), phrase, 'nominal', true);
  }
  // `police in Harbourtown said`, `"…," officials said`, `"…," the Harbourtown police said`: people of a kind speak
  // unnamed (not the place after them, nor whoever spoke before)
  // (the group noun is one of the last seven words: the phrase's place, `in the Harbour Bay Port Area`, goes on
  // six words after it; the cheap test reads those, not the whole text)
  const group = GROUP_NOUN_ANYWHERE.test(left.slice(lastWordsStart(left, 7))) ? GROUP_SUBJECT_END.exec(left) : null;
  if (group !== null) return mk(from + left.trimEnd().length - group[1]!.length, group[1]!, 'nominal', true);
  // `Or maybe Jo Lee, party strategist Ann Roe says`: no comma before the cue, so the last comma
  // segment, descriptors and a full name, is the subject itself, not an appositive's end
  // `a super PAC called Future45 said`, `the group known as Harbour Watch said`: the name a description gives speaks
  const known = endChecks.knownAsEnd(left) ? KNOWN_AS_END.exec(left) : null;
  if (known !== null) {
    const phrase = known[2]!;
    return mk(
      from + known.index + known[0].length - phrase.length,
      phrase,
      'named',
      false,
      known[1]!.trim().replace(/^(?:the|a|an|one|another)\s+/iu, ''),
    );
  }
  const described =
    left.endsWith(',') || !endChecks.describedLastSegment(left) ? null : DESCRIBED_LAST_SEGMENT.exec(left);
  if (described && !described[1]!.split(/\s+/u).some((w) => NOT_DESCRIPTOR.has(w))) {
    return mk(
      from + described.index + described[0].length - described[2]!.length,
      described[2]!,
      'named',
      false,
      described[1]!.trim(),
    );
  }
  const listed = subjectBeforeAppositives(left);
  if (listed) return mk(from + listed.at, listed.name, 'named', false, listed.appositive);
  let appositive: string | null = null;
  if (left.endsWith(',')) {
    // `X, a spokesman for Y, said`: the subject stands before the appositive
    const inner = left.slice(0, -1);
    const comma = inner.lastIndexOf(',');
    // `Chairman of the Harbour Trust Jo Lee MP, said`: a stray comma after a name of two or more words, no other comma
    if (comma < 0) {
      const stray = execNameEnd(inner);
      // … the name opening its clause: `dealings with Central Asia, said Jo Lee` is an object's, the speaker after
      if (
        stray === null ||
        !personFullName(stray[1]!.trim()) ||
        !/(?:^|[.!?:;"“”])\s*$/u.test(inner.slice(0, stray.index + stray[0].length - stray[1]!.length))
      )
        return null;
      // (a person's name only: not a titled run the comma-less reading takes whole, `Chairman of the Harbour Trust Jo Lee`)
      const np = readSubjectLeft(text, from, from + inner.length);
      return np !== null && np.kind === 'named' && personFullName(np.text) && !/\s(?:of|for)\s/u.test(np.text)
        ? np
        : null;
    }
    if (inner.length - comma > 140) return null;
    appositive = inner.slice(comma + 1).trim();
    left = inner.slice(0, comma).replace(/\s+$/u, '');
    // `The Harbour Guard (HG), which runs the port, said`: a short form in brackets closes the name before
    // the appositive
    if (endChecks.tagEnd(left)) left = left.replace(/\s*\([^()]{1,40}\)$/u, '');
    // `the agency's spokesman, Jane Doe, said`: the appositive is the name
    const before = DESC_END.exec(left) ?? (endChecks.possessiveDescEnd(left) ? POSSESSIVE_DESC_END.exec(left) : null);
    // `LTA chief executive, John Crowther, added`: a body's name and a person noun before the name in
    // commas is the name's role
    const role = before === null ? BODY_ROLE_END.exec(left) : null;
    const described =
      before ??
      (role !== null && PERSON_NOUNS.has(role[2]!) ? role : null) ??
      // `The then-manager of the Harbour Club and Director of Eastbrook Tourism, Tom Clay, said`: a role of
      // a body too long for the patterns above, then a person's full name in commas: the name speaks
      (NAME_ONLY.test(appositive) && personFullName(appositive)
        ? (roleOfBody(left.slice(left.lastIndexOf(',') + 1)) ??
          capitalisedTitle(left.slice(left.lastIndexOf(',') + 1)) ??
          roleOfListedBody(left))
        : null);
    // `the chairman of the party, Ambassador Jo Lee of Eastmarch, warned`: a place after the name in commas
    const placed = described && !NAME_ONLY.test(appositive) ? NAME_OF_PLACE.exec(appositive) : null;
    // `One of the study's authors, biologist Jo Lee, told`: lower-case descriptors before the full name in commas
    const descriptors =
      described && !NAME_ONLY.test(appositive)
        ? (DESCRIBED_APPOSITIVE.exec(appositive) ?? longDescribedAppositive(appositive))
        : null;
    const describedName =
      descriptors !== null && NAME_ONLY.test(descriptors[2]!) && personFullName(descriptors[2]!) ? descriptors : null;
    const apposed =
      placed !== null && NAME_ONLY.test(placed[1]!) && personFullName(placed[1]!)
        ? placed[1]!
        : (describedName?.[2] ?? appositive);
    // `a woman in Dale, Wessex, told`: one capitalised word after a description closing in a place is the place's
    // region or country: the description speaks, unnamed, not a name in apposition (nor the place)
    // (an indefinite description only: `The head of the office in Dale, Lee, said` may set a surname in apposition)
    if (before !== null && NAME_ONLY.test(apposed) && !/\s/u.test(apposed) && INDEFINITE_PLACED.test(before[1]!))
      return mk(from + left.length - before[1]!.length, `${before[1]!}, ${appositive}`, 'nominal', true, null);
    if (described && NAME_ONLY.test(apposed)) {
      return mk(
        from +
          comma +
          1 +
          (inner.slice(comma + 1).length - inner.slice(comma + 1).trimStart().length) +
          (describedName?.[1]!.length ?? 0),
        apposed,
        'named',
        false,
        described[1],
      );
    }
  }
  // `The Labour MP for Harbourton and Kestrel said`: a seat's holder, a description of the person named before
  const seat = left.includes(' for ') ? SEAT_FOR_END.exec(left) : null;
  if (seat !== null) {
    const det = seat[1]!.split(/\s+/u)[0]!.toLowerCase();
    return mk(from + left.length - seat[1]!.length, seat[1]!, 'nominal', det === 'a' || det === 'an', appositive);
  }
  const titled = titleOfPlaceEnd(left);
  if (titled !== null) {
    const det = titled.phrase.split(/\s+/u)[0]!.toLowerCase();
    return mk(from + titled.at, titled.phrase, 'nominal', det === 'a' || det === 'an', appositive);
  }
  // `The Ministry of Defence said`, `Bank of England said`: a body's word before `of` opens the body's whole name
  const body = bodyOfEnd(left);
  if (body !== null) return mk(from + body.at, body.name, 'named', false, appositive);
  const of = execNameOfEnd(left);
  // `United States Senator from Vermont Jo Lee said`: a title before `of`/`from` and a place then a
  // name after it is one titled name (the place ends the title); the name after the place speaks
  if (of && !titleBeforePlacedName(left, of))
    return mk(from + left.indexOf(of[1]!, of.index), of[1]!, 'named', false, appositive);
  // `the mouth of Jo Lee, who claimed that …`: a relative clause's cue speaks for the name it follows
  const who = execWhoEnd(left);
  if (who) {
    const head = left.slice(0, who.index + who[1]!.length);
    // `Sen. Ann Roe of Ohio, who said`: the person stands before `of`
    const whoOf = execNameOfEnd(head);
    if (whoOf) return mk(from + head.indexOf(whoOf[1]!, whoOf.index), whoOf[1]!, 'named', false, appositive);
    const name = execNameEnd(head);
    if (name && name[1] === who[1])
      return mk(from + who.index + who[0].indexOf(who[1]!), who[1]!, 'named', false, appositive);
  }
  const pro = endChecks.pronounEnd(left) ? PRONOUN_END.exec(left) : null;
  if (pro) return mk(from + left.length - pro[1]!.length, pro[1]!, 'pronoun', false, appositive);
  // `"…," it said`, `"…" — it added`: a bare `it` right after a quotation's closing mark is the quotation's speaker
  // (a body or a document; coreference says which, and the extraction lets an `it` it finds no body for give way)
  if (appositive === null && itAfterQuote(text, from, end, left)) return mk(from + left.indexOf('it'), 'it', 'pronoun');
  const poss = endChecks.possessiveDescEnd(left) ? POSSESSIVE_DESC_END.exec(left) : null;
  if (poss && !/\p{Lu}/u.test(poss[1]!.split(/\s+/u).slice(-1)[0]![0] ?? '') && descriptionHeadOk(poss[1]!)) {
    return mk(from + left.length - poss[1]!.length, poss[1]!, 'nominal', false, appositive);
  }
  const desc = DESC_END.exec(left);
  // `Jo Lee of the Harbour tribal office said`: a body's description after a person's full name and `of`
  // is the body the person is of; the person speaks
  const personOf =
    desc === null ? null : PERSON_OF_BEFORE.exec(left.slice(0, desc.index + desc[0].length - desc[1]!.length));
  if (personOf !== null && personFullName(personOf[1]!))
    return mk(from + personOf.index + personOf[0].indexOf(personOf[1]!), personOf[1]!, 'named', false, appositive);
  // `The clubs met the Harbour FA on Monday and Lee added`: a determiner's phrase ending in a name, with an adjunct
  // (`on Monday`, `in Paris`) before an `and`, is two clauses' words, no one name: the name after the `and` speaks
  const joined = desc !== null && endsInCapitalWord(desc[1]!) ? ADJUNCT_THEN_AND.exec(desc[1]!) : null;
  if (joined !== null) return readSubjectLeft(text, from + left.length - desc![1]!.length + joined[0].length, end);
  if (desc && descriptionHeadOk(desc[1]!)) {
    // `his message the party leader said`: the description starts at its last determiner
    const inner = /^.*\s(?<!\sof\s)((?:the|a|an|The|A|An)\s+\S.*)$/u.exec(desc[1]!);
    const phrase = officeOfBefore(left.slice(0, left.length - desc[1]!.length)) + (inner ? inner[1]! : desc[1]!);
    const det = phrase.split(/\s+/u)[0]!.toLowerCase();
    // `a spokesman for the World Summit for the Harbour Society told`: a body's capitalised name goes on before
    // `for the …` (not a title's: `the Minister for the Harbour`)
    const longer =
      describedKind(phrase) === 'named' ? bodyHeadBefore(left.slice(0, left.length - phrase.length)) : null;
    if (longer !== null)
      return mk(from + left.length - phrase.length - longer.length, longer + phrase, 'named', false, appositive);
    return descriptionPhrase(
      from + left.length - phrase.length,
      phrase,
      det === 'a' || det === 'an' || det === 'one' || det === 'another',
      appositive,
    );
  }
  // `Time magazine said`, `Harbour Weekly newspaper reported`: a publication's name before its noun speaks
  const publication = endChecks.publicationEnd(left) ? PUBLICATION_NAME_END.exec(left) : null;
  if (publication && !LEADING_NOT_NAME.test(publication[1]! + ' ') && !SENTENCE_PREPOSITION.test(publication[1]!))
    return mk(
      from + publication.index + publication[0].length - publication[0].trimStart().length,
      publication[1]!,
      'named',
      false,
      appositive,
    );
  const name = execNameEnd(left);
  if (name) {
    let phrase = name[1]!;
    let lead = LEADING_NOT_NAME.exec(phrase);
    while (lead) {
      phrase = phrase.slice(lead[0].length);
      lead = LEADING_NOT_NAME.exec(phrase);
    }
    // `Across town, … is Jo Lee`: a capitalised preposition opening the sentence is no name
    if (!phrase || SENTENCE_PREPOSITION.test(phrase)) return null;
    phrase = nameAfterTitleOf(left.slice(0, left.length - phrase.length), phrase);
    return mk(from + left.length - phrase.length, phrase, 'named', false, appositive);
  }
  return null;
}

/** What may follow a speaker named after its cue: punctuation, the end, or a preposition (`said Smith in a statement`). */
/** Capitalised words only, each followed by white space: `Harbour ` of `said Harbour Bay County Sheriff Jo Lee`. */
/** A publication's noun opening a text: ` magazine` of `wrote Time magazine`. */
const PUBLICATION_NOUN_START = /^\s+(?:magazine|newspaper|tabloid)(?![\p{L}\p{M}-])/u;
/** A capitalised name and a publication's noun ending a text: `Time magazine` of `Time magazine said`. */
const PUBLICATION_NAME_END = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}.’'\-])((?:${INNER_TOKEN}\s+)*\p{Lu}[\p{L}\p{M}’'\-]*)\s+(?:magazine|newspaper|tabloid)$`,
  'u',
);
const CAPITALISED_WORDS = /^\s*(?:\p{Lu}[\p{L}\p{M}’'-]*\s+)+$/u;
/** A title's word, `of` or `for`, and a capitalised run opening a text: `Director of National Intelligence Jo Lee`. */
const TITLE_OF_NAME_START = new RegExp(
  String.raw`^\s*((?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)\s+((?:of|for)\s+(?:${INNER_TOKEN}\s+){2,5}\p{Lu}[\p{L}\p{M}’'\-]*))`,
  'u',
);
const NAME_BOUNDARY_AFTER =
  /^(?:\s*(?:\([^()]{1,40}\)\s*)?(?:[,.;:!?)\]—–\-"“”'’]|$)|\s+(?:in|on|at|during|of|from|with|to|who|after|before|when|while|as|and|last|this|earlier|later|recently|yesterday|today|afterward|afterwards|told|wrote|added|according|per)(?![\p{L}]))/u;
/**
 * What may follow a pronoun read as an inverted speaker (`"…," said she.`, `said he in a statement`): punctuation,
 * the end, a preposition or a time; not a verb (`said she had`: the pronoun opens the reported clause).
 */
/** A coordinator and a cue word ending a text: `and said`, `but also added` (the cue's subject left out). */
const COORDINATED_CUE_BEFORE = /(?:^|[^\p{L}])(?:and|but|then)\s+(?:(?:also|later|then|[\p{Ll}]+ly)\s+)?\p{Ll}+$/u;
const PRONOUN_BOUNDARY_AFTER =
  /^(?:\s*(?:[,.;:!?)\]—–\-"“”'’]|$)|\s+(?:in|on|at|during|of|from|with|to|after|before|when|while|as|last|this|earlier|later|yesterday|today|afterward|afterwards|per|according)(?![\p{L}]))/u;

/**
 * `said another user, Jane Doe.`, `wrote the ambassador at the time, Jo Lee`, `said the agency's head,
 * Ann Roe, on Monday`: a description, a comma and a name in apposition: the name is the speaker. Descriptors may
 * open the name's part (`said another co-author, marine engineering professor Jo Lee`; group 2, `readSubjectRight`
 * asks for a person's word closing them and a person's full name): group 3 the name.
 */
const DESC_THEN_NAME = new RegExp(
  String.raw`^\s*((?:(?:the|a|an|one|another|his|her|their|our)\s+|\p{Lu}[\p{L}\p{M}.\-]*['’]s\s+)(?:[\p{L}\p{M}\p{N}.’'\-]+\s+){0,6}?[\p{Ll}\p{N}][\p{L}\p{M}’'\-]*),\s+(${LONG_DESCRIPTORS})?((?:${INNER_TOKEN}\s+)+\p{Lu}[\p{L}\p{M}’'\-]*|\p{Lu}[\p{L}\p{M}’'\-]+)(?=\s*(?:[,;:!?)—–]|\.(?!\s*\p{Ll})|$)|\s+(?:who|in|on|at|during|after|before|when|while|as)(?![\p{L}]))`,
  'u',
);

/** DESC_KNOWN_AS closing a text: `a super PAC called Future45` (group 1 the description, group 2 the name). */
const KNOWN_AS_END = new RegExp(
  String.raw`(?:^|[^\p{L}])((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}\p{M}\p{N}.’'\-]+\s+){0,6}?)(?:known\s+as|named|called|nicknamed)\s+((?:${INNER_TOKEN}\s+)*\p{Lu}[\p{L}\p{M}\p{N}’'\-]*)$`,
  'u',
);

/**
 * `said the harbour chief known as Bob`, `wrote a user going by the handle Ostwind`: a description
 * that names its referent with `known as`, `named`, `called`: the name speaks.
 */
const DESC_KNOWN_AS = new RegExp(
  String.raw`^\s*((?:the|a|an|one|another)\s+(?:[\p{L}\p{M}\p{N}.’'\-]+\s+){0,6}?)(?:known\s+as|named|called|nicknamed|going\s+by(?:\s+the\s+(?:name|handle))?)\s+((?:${INNER_TOKEN}\s+)*\p{Lu}[\p{L}\p{M}\p{N}’'\-]+)(?=\s*(?:[,;:!?)—–]|\.(?!\s*\p{Ll})|$)|\s+(?:who|in|on|at|during|after|before|when|while|as)(?![\p{L}]))`,
  'u',
);

/** `a tweet on Monday by `, `a memo posted online by `: a document and `by` after `according to`. */
const DOCUMENT_BY =
  /^\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:tweet|post|memo|letter|statement|report|note|message|email|e-mail|filing|release|press\s+release|video|interview|blog\s+post|op-ed|column|document|motion|complaint|affidavit)(?:\s+(?:on|last|this|in|from)\s+[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+)?)?(?:\s+(?:posted|released|issued|published|written|sent|signed|shared|filed|submitted)(?:\s+(?:online|on\s+[\p{L}]+))?)?\s+by\s+/u;

/**
 * The author of a document after `according to` (`according to a tweet on Monday by Jo Lee` → `Jo Lee`): the
 * source is the author, not the document. Null when no document and `by` follow `start`.
 */
export function documentAuthorRight(text: string, start: number, to: number): NounPhrase | null {
  const doc = DOCUMENT_BY.exec(text.slice(start, to));
  if (doc === null) return null;
  const at = start + doc[0].length;
  // `according to a statement released by Jo Lee's office`: a person's office speaks for the person
  const office = OWNER_OFFICE_START.exec(text.slice(at, to));
  if (office !== null) {
    const owner = readSubjectLeft(text, at, at + office[1]!.length);
    if (owner !== null && owner.kind === 'named' && owner.start === at) return owner;
  }
  const author = readSubjectRight(text, at, to);
  return author !== null && author.kind !== 'pronoun' ? author : null;
}
/** A name and its possessive `office` opening a text: `Jo Lee's office` (group 1 the name). */
const OWNER_OFFICE_START = /^((?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}-]*)['’]s\s+office(?![\p{L}])/u;

/** Descriptors closing in a preposition (and `the`): `on `, `behind the `: what follows is its object, no name described. */
const DESCRIPTORS_END_IN_PREPOSITION =
  /(?:^|\s)(?:on|in|at|of|for|with|to|from|by|via|per|behind|about|against|among|between|under|over|without|within|across|near|beside|like|into|through|alongside|outside|inside|amid|after|before|during|than)(?:\s+the)?\s*$/u;

/** Reads a speaker noun phrase starting just after `start` (`Mr. Smith` in `said Mr. Smith`). */
export function readSubjectRight(text: string, start: number, to: number): NounPhrase | null {
  const right = text.slice(start, to);
  const pro = PRONOUN_START.exec(right);
  if (pro) {
    // `he called her "weak" and said she had "zero support"`: after a coordinated cue whose subject is left out,
    // a pronoun with a verb of its own is the subject of the reported clause, not an inverted speaker (`"…," said
    // she.`, `said he on Monday`); the cue's speaker is the first verb's subject (`Ann Roe, …, said she felt`
    // keeps the pronoun, which stands for the one before the cue)
    if (
      COORDINATED_CUE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
      !PRONOUN_BOUNDARY_AFTER.test(right.slice(pro[0].length))
    )
      return null;
    return mk(start + pro.index + pro[0].length - pro[1]!.length, pro[1]!, 'pronoun');
  }
  // `said a source close to the Interior Ministry`: an unnamed person of a body, not the body
  const unnamed = UNNAMED_SOURCE_START.exec(right);
  if (unnamed) return mk(start + unnamed[0].length - unnamed[1]!.length, unnamed[2]!, 'nominal', true);
  // `said police in Harbourtown.`, `said local officials`: people of a kind speak unnamed
  const group = GROUP_NOUN_ANYWHERE.test(right.slice(0, 120)) ? GROUP_SUBJECT_START.exec(right) : null;
  if (group) return mk(start + group[0].length - group[1]!.length, group[1]!, 'nominal', true);
  // (cheap tests first: every pattern below but the last reads a capital, and those of a title's or a body's name
  // `of` or `for`; most texts after a cue hold no `of`, many no capital: `said the spokesman.`)
  const capital = CAPITAL.test(right);
  const of = capital && right.includes('of');
  const ofOrFor = of || (capital && right.includes('for'));
  // `said the Ealing North MP`: the seat's holder, a description (see `describedKind`), not a name
  const seat = capital ? SEAT_HOLDER_START.exec(right) : null;
  if (seat && describedKind(seat[1]!) === 'nominal')
    return mk(start + seat.index + seat[0].length - seat[1]!.length, seat[1]!, 'nominal');
  const known = capital ? DESC_KNOWN_AS.exec(right) : null;
  if (known) {
    const phrase = known[2]!;
    return mk(
      start + known.index + known[0].length - phrase.length,
      phrase,
      'named',
      false,
      known[1]!.trim().replace(/^(?:the|a|an)\s+/iu, ''),
    );
  }
  const apposed = capital ? DESC_THEN_NAME.exec(right) : null;
  if (
    apposed &&
    (apposed[2] === undefined || (descriptorsEndInPerson(apposed[2]) && personFullName(apposed[3]!.trim())))
  ) {
    const phrase = apposed[3]!;
    return mk(
      start + apposed.index + apposed[0].length - phrase.length,
      phrase,
      'named',
      false,
      apposed[1]!.replace(/^(?:the|a|an)\s+/iu, ''),
    );
  }
  const described = capital ? DESCRIBED_NAME_START.exec(right) : null;
  // `wrote Larry Lee on Hot Air`, `said the man behind Harbour Nights`: descriptors do not end in a preposition
  if (
    described &&
    !/^\s*(?:a|an|one)\s/iu.test(described[1]!) &&
    !PRONOUN_START.test(described[1]!) &&
    !DESCRIPTORS_END_IN_PREPOSITION.test(described[1]!) &&
    // `said van der Berg`: a particle opens the name, it is no descriptor
    !PARTICLE_LAST.test(described[1]!) &&
    // `said Jo Lee of ticket tracker Harbour Data`: a person's full name before `of` speaks, the body after is theirs
    !personBeforeOf(described[1]!)
  ) {
    const phrase = described[2]!;
    const at = start + described.index + described[0].length - phrase.length;
    // `said Harbour Bay County Sheriff Jo Lee`: capitalised words before the name are one titled run with it, and
    // the run's title ends where its person's name opens (not after the first word)
    if (CAPITALISED_WORDS.test(described[1]!)) {
      const whole = `${described[1]!.trimStart()}${phrase}`;
      const parts = splitName(whole);
      const nameAt = parts === null ? -1 : whole.lastIndexOf(parts.name);
      const roleText = whole.slice(0, nameAt).trim();
      if (parts !== null && !parts.org && nameAt > described[1]!.trimStart().length && /\p{Lu}/u.test(roleText)) {
        const cut = nameAt - described[1]!.trimStart().length;
        return mk(at + cut, phrase.slice(cut), 'named', false, roleText);
      }
    }
    return mk(at, phrase, 'named', false, described[1]!.trim().replace(/^the\s+/iu, ''));
  }
  // `said the Archbishop of York`: a title of a place is a description, not a name; a person's full name in
  // apposition after it (`said the Mayor of York, Jo Lee,`) speaks
  const titled = of ? TITLE_OF_PLACE_START.exec(right) : null;
  if (
    titled !== null &&
    titleOfPlaceParts(titled[2]!, titled[3]!) &&
    NAME_BOUNDARY_AFTER.test(right.slice(titled[0].length))
  ) {
    const after = right.slice(titled[0].length);
    const apposed = /^,\s+([^,.;:!?()"“”]+?)(?=\s*(?:[,.;:!?)"“”]|$))/u.exec(after);
    if (apposed !== null && NAME_ONLY.test(apposed[1]!) && personFullName(apposed[1]!)) {
      const at = start + titled[0].length + apposed[0].length - apposed[1]!.length;
      return mk(at, apposed[1]!, 'named', false, titled[1]!.replace(/^(?:the|a|an)\s+/iu, ''));
    }
    const det = titled[1]!.split(/\s+/u)[0]!.toLowerCase();
    return mk(start + titled[0].length - titled[1]!.length, titled[1]!, 'nominal', det === 'a' || det === 'an');
  }
  // `said the Ministry of Defence`, `said Bank of England officials`… only the first: a body's whole name
  const body = ofOrFor ? BODY_OF_START.exec(right) : null;
  if (
    body &&
    ORG_WORDS.has(body[2]!) &&
    !PLACE_ORG_WORDS.has(body[2]!) &&
    NAME_BOUNDARY_AFTER.test(right.slice(body[0].length))
  )
    return mk(start + body[0].length - body[1]!.length, body[1]!, 'named');
  // `said Director of National Intelligence Jo Lee`: a title, `of` and what it is of, then the person's name
  const titledName = ofOrFor ? TITLE_OF_NAME_START.exec(right) : null;
  if (
    titledName !== null &&
    TITLE_TOKENS.has(titledName[2]!) &&
    !ORG_WORDS.has(titledName[2]!) &&
    opensWithTitleObjectThenName(titledName[3]!) &&
    NAME_BOUNDARY_AFTER.test(right.slice(titledName[0].length))
  ) {
    const parts = splitName(titledName[1]!);
    if (parts !== null && !parts.org && parts.role !== null && titledName[1]!.endsWith(parts.name)) {
      const at = start + titledName[0].length - parts.name.length;
      return mk(at, parts.name, 'named', false, titledName[1]!.slice(0, -parts.name.length).trim());
    }
  }
  const name = capital ? NAME_START.exec(right) : null;
  if (name) {
    const phrase = name[1]!.replace(/\s+$/u, '');
    const at = start + name.index + name[0].length - name[1]!.length;
    const after = right.slice(name.index + name[0].length);
    // `says Kasich has a record`: a name followed by its own verb is the subject of a clause, not the speaker
    // `wrote Time magazine`: a publication's noun after its name belongs to the speaker
    const publication = PUBLICATION_NOUN_START.exec(after);
    if (publication !== null && NAME_BOUNDARY_AFTER.test(after.slice(publication[0].length)))
      return mk(at, phrase, 'named');
    if (!NAME_BOUNDARY_AFTER.test(after)) return null;
    const app = /^\s*,\s*((?:a|an|the|who|which|one)\b[^,.;]{0,120})/u.exec(after);
    return mk(at, phrase, 'named', false, app ? app[1]!.trim() : null);
  }
  const desc = DESC_START.exec(right);
  if (desc && descriptionHeadOk(desc[1]!)) {
    // `his message the party leader said`: the description starts at its last determiner
    const inner = /^.*\s((?:the|a|an|The|A|An)\s+\S.*)$/u.exec(desc[1]!);
    const phrase = inner ? inner[1]! : desc[1]!;
    const det = phrase.split(/\s+/u)[0]!.toLowerCase();
    const at = start + desc.index + desc[0].length - phrase.length;
    return descriptionPhrase(at, phrase, det === 'a' || det === 'an' || det === 'one' || det === 'another');
  }
  return null;
}

const SUBJECT_START = new RegExp(
  String.raw`^\s*(?:(?:But|And|So|Yet|Still|Then|Later|Meanwhile|Instead)\s+)?(?:[^,]{0,60},\s+)?(he|she|He|She|(?:${INNER_TOKEN}\s+)*\p{Lu}[\p{L}\p{M}’'\-]*)\s+(?:[\p{Ll}]+)`,
  'u',
);

/** The subject at the start of the sentence `[from, to)`: `Smith` in `Smith left, saying …`. */
export function readSentenceSubject(text: string, from: number, to: number): NounPhrase | null {
  const slice = text.slice(from, to);
  const m = SUBJECT_START.exec(slice);
  if (!m) return null;
  const phrase = m[1]!;
  const at = from + slice.indexOf(phrase, m.index);
  if (/^(?:he|she)$/iu.test(phrase)) return mk(at, phrase, 'pronoun');
  if (
    LEADING_NOT_NAME.test(phrase + ' ') ||
    SENTENCE_PREPOSITION.test(phrase) ||
    /^(?:The|A|An|It|This|That|There|They|We|I)$/u.test(phrase)
  )
    return null;
  return mk(at, phrase, 'named');
}
