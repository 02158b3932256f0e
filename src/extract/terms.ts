/**
 * Quoted stretches that are names of things, not speech: `the so-called "reset"`, a short Title-Case
 * span such as “Coalition of the Willing” with no speech cue in its sentence.
 */
import { alternation } from '../lexicon/table.js';
import { INVERTIBLE_CUES, NAMED_THINGS, TERM_MARKERS, UTTERANCE_WORDS, WORK_CREDITS } from '../lexicon/words.js';
import { isSpaceUnit, lastAsciiWord, lastWordsOf, matchesAfterNonLetter, trimEndOver } from './chars.js';

const byLength = (a: string, b: string): number => b.length - a.length;
// An article may stand between the marker and the mark: `dubbed the 'Coalition of the Willing'`.
const MARKER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}-])(?:${[...TERM_MARKERS]
    .sort(byLength)
    .map((m) => m.replace(/ /gu, '\\s+'))
    .join('|')})(?:\\s+(?:the|a|an))?[\\s,]*$`,
  'iuy',
);
/** `a website called "…"`, `the book titled "…"`: a thing and a naming participle. */
const NAMED_THING_BEFORE = new RegExp(
  `(?:^|[^\\p{L}-])(?:${NAMED_THINGS.join('|')})s?,?\\s+(?:called|named|titled|entitled|labell?ed|dubbed)[\\s,]*$`,
  'iuy',
);
/**
 * Where a programme, book or outlet is named: `told ABC's "…"`, `on the networks' "…"`, `on "…"`, `in his
 * book "…"`, `told "…"` (the one told: a quotation right after `told` is no object of speech), and a relative
 * clause naming someone's work (`Ann Roe, who wrote "Sunday Roads," said …`, `who directed "…"`).
 */
const TITLE_PLACE_BEFORE = new RegExp(
  `(?:['’]s|s['’]|(?:^|\\s)(?:on|in|of|from|with|at|to|for|by|told|tells)|(?:^|[^\\p{L}-])(?:${NAMED_THINGS.join('|')})|(?:^|\\s)(?:who|which)\\s+(?:also\\s+)?(?:wrote|co-wrote|directed|co-directed|produced|published|recorded|sang|created|starred\\s+in))[\\s,]*$`,
  'iu',
);
/**
 * `the crowd chanted "Four more years"`, `cries of "Shame!"`, `a voice shouted back, "Go home!"`: words
 * uttered aloud, by a crowd or a voice the writer need not name. Adverbs of the shouting (`back`, `again`,
 * `at them`) may stand between the word and the mark.
 */
const UTTERED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}-])(?:${alternation([...UTTERANCE_WORDS].sort(byLength)).replace(/ /gu, '\\s+')})` +
    `(?:\\s+(?:back|out|again|aloud|loudly|together|at\\s+\\p{L}+)){0,2}[\\s,:]*$`,
  'iuy',
);
/**
 * `the board, which called it "reckless"`, `what former staff have called a "sham"`, `describe the plan as
 * "timid"`: a quoted word after a verb by which someone names a thing (`call`, `describe … as`, `brand … as`,
 * `label … as`, `dubbing … as`) and at most four words of its object is that someone's word for it, a partial
 * quotation, even when no rule finds who said it. Not in the passive (`what is called a "…"`, `is often
 * described as "…"`, `links, called "…"`: the writer's label, no one named as using it), and not `call` the
 * noun (`call centres have a high "…"`, `phone calls over the net using "…"`).
 */
const NAMING_VERB_BEFORE =
  /(?:^|[^\p{L}-])(call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)|label(?:s|ed|led|ing|ling)?|dubbing)((?:\s+[^\s"“”'‘]+){0,4}?)\s*$/iu;
/** A form of `be` (and maybe one word, `is often`) before the naming verb: the passive. */
const PASSIVE_BEFORE = /(?:^|[^\p{L}])(?:is|are|was|were|be|been|being)(?:\s+\p{L}+)?\s+$/iu;
/** How the object of `call` opens: a pronoun or a determiner (`called it`, `call the plan`, `called a`). */
const CALL_OBJECT = /^(?:it|them|him|her|this|that|these|those|the|a|an|his|their|its|our|my|your|such)$/iu;
/** `what they call "…"`, `what it calls "…"`: a pronoun subject right before `call` with no object after it. */
const PRONOUN_SUBJECT_BEFORE =
  /(?:^|[^\p{L}])(?:I|we|you|he|she|they|it)(?:\s+(?:have|has|had|would|will|now|also|once))?\s+$/iu;

/** Do the words before a quoted stretch end in an active verb of naming and its object (`NAMING_VERB_BEFORE`)? */
function namedBySomeone(before: string): boolean {
  const m = NAMING_VERB_BEFORE.exec(before);
  if (m === null) return false;
  const verb = m[1]!.toLowerCase();
  const object = m[2]!.trim();
  // (the pattern's first character is the one before the verb, unless the words open with it)
  const head = before.slice(0, m.index + (m[0].startsWith(m[1]!) ? 0 : 1));
  if (PASSIVE_BEFORE.test(head)) return false;
  if (!verb.startsWith('call')) return /(?:^|\s)as$/iu.test(object);
  if (object === '') return verb !== 'calling' && PRONOUN_SUBJECT_BEFORE.test(head);
  const first = object.split(/\s+/u)[0]!;
  // `calling his plan "…"`, `calling award shows "…"`: the participle is the verb whatever its object (not `calling for`)
  if (verb === 'calling') return first.toLowerCase() !== 'for';
  if (!CALL_OBJECT.test(first)) return false;
  // a determiner alone (`call an "…"`: `call` may be to convene one) names a thing only after `what` or
  // `which` (`what former staff have called a "…"`)
  return !/^(?:a|an|the)$/iu.test(object) || /(?:^|[^\p{L}])(?:what|which)(?:\s+[^\s]+){0,3}\s+$/iu.test(head);
}

/**
 * `Another guest replied, "Not tonight."`: a speech verb, then a comma or colon, opens a full quotation of
 * what someone said, even when the one who said it is nobody the article names. (A verb with no pause, as
 * in `refused to say "sorry"`, may take a word as its object: that case is left to the checks below.)
 */
const CUE_PAUSE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}-])(?:${alternation(INVERTIBLE_CUES.filter((c) => c !== 'according'))})\\s*[,:]\\s*$`,
  'iuy',
);
/**
 * `branded as Television Numerique pour Tous, or "digital television for all"`, `the Energiewende, or "energy
 * turn"`: a name, a comma and `or` before the mark gloss the name in other words (a translation, another name
 * for it), not anyone's speech. (`said, or "…"` and `areas, or a "…"` are left to the checks below.)
 */
const GLOSS_BEFORE = /(?:^|[^\p{L}\p{M}'’.-])\p{Lu}[\p{L}\p{M}'’.-]*,\s+or\s+$/u;
/** `"Harbour Nights" star Jo Lee`: a credit after the mark (`,` and a space may stand first). */
const CREDIT_AFTER = new RegExp(`^[,;]?\\s+(?:${alternation(WORK_CREDITS)})(?![\\p{L}-])`, 'u');
const SMALL_WORDS = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  'in',
  'on',
  'for',
  'to',
  'at',
  'by',
  'with',
  'or',
  'vs',
  'vs.',
  'de',
  'la',
  'le',
]);

/** Is every word Title-Case (small words aside)? `Coalition of the Willing` yes, `very disappointed` no. */
export function isTitleCase(words: readonly string[]): boolean {
  let caps = 0;
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}#@]/u.test(w)) return false;
    caps++;
  }
  return caps > 0;
}

export interface TermCheck {
  /** The quoted words. */
  quoted: string;
  /** Text just before the opening mark (a few words). */
  before: string;
  /** Whether any attribution rule found a speaker. */
  attributed: boolean;
  /** Whether that rule read a speech cue (not only a sentence subject). */
  cued?: boolean;
  /** Text just after the closing mark (a few words). */
  after?: string;
}

/**
 * A reason read from the words around the marks alone, whoever the speaker: a term marker, a naming
 * participle, a title in a title's place or before a work credit (`author of "The Open Sea," as Lee put
 * it, "…"`: the first quotation is a title, not the first piece of Lee's words). Null when none holds.
 */
export function placeTermReason(c: Pick<TermCheck, 'quoted' | 'before' | 'after'>): string | null {
  const reason = termReason({ ...c, attributed: true, cued: true });
  return reason === 'title-case-name' || reason === 'short-unattributed' ? null : reason;
}

/** How many pieces `s.split(/\s+/u)` gives (its runs of white space, plus one), counted up to `most + 1`. */
function wordCount(s: string, most: number): number {
  let n = 1;
  for (let i = 0; i < s.length && n <= most;) {
    if (!isSpaceUnit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    n++;
    while (i < s.length && isSpaceUnit(s.charCodeAt(i))) i++;
  }
  return n;
}

const isSpaceOrComma = (c: number): boolean => c === 44 || isSpaceUnit(c);
const isSpaceCommaOrColon = (c: number): boolean => c === 44 || c === 58 || isSpaceUnit(c);
/** May the word closing `text[0, end)` be one of `words` (null: any word may)? */
const mayEndIn = (words: ReadonlySet<string> | null, text: string, end: number): boolean => {
  if (words === null) return true;
  const word = lastAsciiWord(text, end);
  return word === null || words.has(word);
};
const MARKER_ENDS = lastWordsOf([...TERM_MARKERS, 'the', 'a', 'an']);
const NAMED_ENDS = lastWordsOf(['called', 'named', 'titled', 'entitled', 'labelled', 'labeled', 'dubbed']);
const UTTERED_ENDS = lastWordsOf([...UTTERANCE_WORDS, 'back', 'out', 'again', 'aloud', 'loudly', 'together']);
const PAUSED_CUES = lastWordsOf(INVERTIBLE_CUES);
/**
 * Cheap tests of the words before a quotation that the four end-anchored patterns need before they can match
 * (each is otherwise tried at every word start of those words, its whole list at each): the last word, after
 * the pattern's closing `[\s,]*`, must be a last word of the pattern's list (or the text cannot be told).
 * False means the pattern cannot match; true that it may.
 */
const termEnds = {
  /** MARKER_BEFORE: a marker (`so-called`, `known as`), maybe `the`, `a` or `an`, then `[\s,]*`. */
  marker: (t: string): boolean => mayEndIn(MARKER_ENDS, t, trimEndOver(t, t.length, isSpaceOrComma)),
  /** NAMED_THING_BEFORE: a thing and `called`, `named`, `titled`, … then `[\s,]*`. */
  named: (t: string): boolean => mayEndIn(NAMED_ENDS, t, trimEndOver(t, t.length, isSpaceOrComma)),
  /**
   * UTTERED_BEFORE: an utterance word, maybe adverbs (`back`, `again`) or `at` and any word (`at them`), then
   * `[\s,:]*`.
   */
  uttered(t: string): boolean {
    const end = trimEndOver(t, t.length, isSpaceCommaOrColon);
    const word = lastAsciiWord(t, end);
    if (UTTERED_ENDS === null || word === null || UTTERED_ENDS.has(word)) return true;
    if (word === '') return false;
    // `at` and spaces before the word
    const at = trimEndOver(t, end - word.length, isSpaceUnit);
    if (at === end - word.length) return false;
    const before = lastAsciiWord(t, at);
    return before === null || before === 'at';
  },
  /** CUE_PAUSE_BEFORE: a cue, then `\s*[,:]\s*`. */
  paused(t: string): boolean {
    const end = trimEndOver(t, t.length, isSpaceUnit);
    const c = t.charCodeAt(end - 1);
    return (c === 44 || c === 58) && mayEndIn(PAUSED_CUES, t, trimEndOver(t, end - 1, isSpaceUnit));
  },
};
/** The end checks and the patterns they guard, for tests. */
export const termEndChecks = {
  ...termEnds,
  MARKER_BEFORE,
  NAMED_THING_BEFORE,
  UTTERED_BEFORE,
  CUE_PAUSE_BEFORE,
} as const;

/**
 * `chanted "Go home" and "`, `known as "dark web" or "`: the words before a quoted stretch that follows another
 * with `and` or `or` — they stand before both, and the second is read as the first is. Null when no quoted
 * stretch and `and` or `or` end the words.
 */
const COORDINATED = /(?:(?:["“]|'')[^"“”\n]{1,60}(?:["”]|'')|‘[^‘’\n]{1,60}’),?\s+(?:and|or)\s+$/u;

/**
 * Does `text` end in `word` and then white space (`\s+`)? A necessary condition of the end-anchored
 * patterns that close with `word\s+$` (COORDINATED, GLOSS_BEFORE), which are otherwise tried at every offset.
 */
function endsInWordThenSpace(text: string, word: string): boolean {
  const e = trimEndOver(text, text.length, isSpaceUnit);
  return e < text.length && e >= word.length && text.startsWith(word, e - word.length);
}

/** The `word\s+$` end check and the patterns it guards, for tests. */
export const termWordEndChecks = { endsInWordThenSpace, COORDINATED, GLOSS_BEFORE } as const;

/** What the words right before a quoted stretch make it: a term, words uttered, or nothing said (null). */
function placeOf(before: string): 'term-marker-before' | 'named-thing-before' | 'uttered' | null {
  if (termEnds.marker(before) && matchesAfterNonLetter(MARKER_BEFORE, before)) return 'term-marker-before';
  if (termEnds.named(before) && matchesAfterNonLetter(NAMED_THING_BEFORE, before)) return 'named-thing-before';
  if (
    (termEnds.uttered(before) && matchesAfterNonLetter(UTTERED_BEFORE, before)) ||
    (termEnds.paused(before) && matchesAfterNonLetter(CUE_PAUSE_BEFORE, before))
  )
    return 'uttered';
  return null;
}

/** Names the reason a quoted stretch is a term rather than a quotation, or null when it is speech. */
export function termReason(c: TermCheck): string | null {
  let place = placeOf(c.before);
  if (place === null) {
    // `chanted "Send them home" and "Build the wall"`: the second stretch stands where the first does
    const coordinated =
      c.before.endsWith(' ') && (endsInWordThenSpace(c.before, 'or') || endsInWordThenSpace(c.before, 'and'))
        ? COORDINATED.exec(c.before)
        : null;
    if (coordinated !== null) place = placeOf(c.before.slice(0, coordinated.index));
  }
  if (place === 'term-marker-before' || place === 'named-thing-before') return place;
  // (a speaker read off the sentence's subject alone is left to the checks below: `Lee was greeted by
  // cries of "Lee! Lee!"` — the subject heard the cries, the crowd uttered them)
  if (place === 'uttered' && (!c.attributed || c.cued === true)) return null;
  // without a final `,` `;` or `:` (a char-code test, not an end-anchored pattern tried at every offset)
  const whole = c.quoted.trim();
  const last = whole.charCodeAt(whole.length - 1);
  const trimmed = last === 44 || last === 59 || last === 58 ? whole.slice(0, -1) : whole;
  // the words are split only when there are few of them (every check below is for at most 8 words)
  if (wordCount(trimmed, 8) > 8) return null;
  const words = trimmed.split(/\s+/u);
  if (endsInWordThenSpace(c.before, 'or') && GLOSS_BEFORE.test(c.before)) return 'gloss-after-name';
  // `on CBS's "Face the Nation."`, `in his book "An Open Door."`: a title even with a final period or a cue
  if (words.length <= 8 && isTitleCase(words) && TITLE_PLACE_BEFORE.test(c.before)) return 'title-in-place';
  // `"Harbour Nights" star Jo Lee said …`: a title followed by a credit, even in a cued sentence
  if (words.length <= 8 && isTitleCase(words) && c.after !== undefined && CREDIT_AFTER.test(c.after))
    return 'title-before-credit';
  // a Title-Case span is a name unless a speech cue attributes it (`Ortiz called it "Totally Unacceptable"`)
  if (words.length <= 6 && isTitleCase(words) && !/[.!?]$/u.test(c.quoted) && !c.cued) return 'title-case-name';
  if (!c.attributed && words.length <= 3 && !namedBySomeone(c.before)) return 'short-unattributed';
  return null;
}
