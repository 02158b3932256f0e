/**
 * Rules for a cue over an earlier quotation of the sentence, `As Lee put it, "…"` and a possessive
 * speech noun (`Lee's pledge to "…"`).
 */
import { findCues, readSubjectLeft } from '../cues.js';
import { sentenceStart, WINDOW_REACH } from '../context.js';
import type { QuoteContext } from '../context.js';
import { anyCue } from './cue-in-sentence.js';
import type { RuleHit } from './types.js';

const QUOTE_CUT_BEFORE = /["”’'][,.]?\s*$/u;
/** A sentence-final mark inside a closing quotation mark, before a capital: `… a colony.” Then`. */
const QUOTED_SENTENCE_END = /[.!?]["”’']\s+(?=\p{Lu})/gu;

/**
 * `Lee says his "old friend" Ann Roe ran "a fine race."`, `Lee said that by dodging the words "war
 * on terror," they are "hiding"`: when an earlier quotation of the sentence cut the window, the name
 * after it is the subject of a complement clause; a cue earlier in the sentence speaks for both.
 */
export function cueOverEarlierQuote(ctx: QuoteContext): RuleHit | null {
  const { text } = ctx;
  if (!QUOTE_CUT_BEFORE.test(text.slice(Math.max(0, ctx.beforeStart - 4), ctx.beforeStart))) return null;
  const base = sentenceStart(text, ctx.beforeStart, Math.max(0, ctx.beforeStart - WINDOW_REACH));
  // a quotation closing with its own sentence-final mark ends the sentence: `… a colony.” Then Lee`
  let start = base;
  const span = text.slice(base, ctx.openAt);
  for (const m of span.matchAll(QUOTED_SENTENCE_END)) start = base + m.index + m[0].length;
  if (start >= ctx.beforeStart) return null;
  const hit = anyCue(ctx, start, ctx.beforeStart, true);
  return hit !== null && hit.speaker.kind === 'named' ? hit : null;
}

/**
 * `… labeled the plan "unfit to stand." When Lee was asked, a rival said …`: a quotation whose words
 * end with a sentence-final mark, then a capital, closes its sentence; the text after it is the next
 * sentence, whose cue is not this quotation's.
 */
export function endsSentence(ctx: QuoteContext): boolean {
  const { text } = ctx;
  const quoted = text.slice(Math.max(ctx.openAt, ctx.closeAt - 6), ctx.closeAt).replace(/["”’'»\s]+$/u, '');
  return /[.!?]$/u.test(quoted) && /^\s+\p{Lu}/u.test(text.slice(ctx.closeAt, ctx.closeAt + 4));
}

/** What follows a cue that reports no clause of its own: punctuation, a preposition, an adverb, `reporters`. */
export const CUE_TAKES_NO_CLAUSE =
  /^(?:\s+[\p{Ll}]+ly)?(?:\s*[.,;:!?—–-]|\s+(?:in|on|at|of|to|as|during|after|before|while|when|about|from|with|into|outside|inside|reporters)(?![\p{L}])|\s*$)/u;

/** `As Jo Lee put it, "`, `As the Harbour Boys sang back in 1985, "`: a fronted `as` clause, a comma, the quotation. */
const AS_NAME_CLAUSE =
  /^\s*(?:(?:But|And|Or|So)\s+)?As\s+((?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'-]*)\s+(?:[\p{Ll}]+ly\s+)?(?:[\p{Ll}]+(?:ed|s)|sang|wrote|said|put\s+it|told\s+\S+|once\s+[\p{Ll}]+)(?:\s+[^,;:"“”]{0,60})?,\s*$/u;

/** `As the Harbour Boys sang back in 1985, "…"`: the name of a fronted `as` clause speaks. */
export function asNameClause(ctx: QuoteContext): RuleHit | null {
  const { text } = ctx;
  const m = AS_NAME_CLAUSE.exec(text.slice(ctx.beforeStart, ctx.openAt));
  if (!m) return null;
  const at = ctx.beforeStart + m.index + m[0].indexOf(m[1]!);
  const speaker = readSubjectLeft(text, at, at + m[1]!.length);
  if (speaker === null || speaker.kind !== 'named') return null;
  return { cue: null, speaker };
}

/** Nouns of speech a possessive name can own: `Lee's claim`, `Roe's campaign slogan`. */
const SPEECH_NOUN = String.raw`(?:claim|claims|pledge|promise|conclusion|slogan|remark|remarks|comment|comments|assertion|accusation|warning|vow|description|charge|argument|suggestion|insistence|contention|declaration|observation|complaint|prediction|assessment|characterization|catchphrase|catch\s+phrase|words|boast|threat|refrain|mantra|motto|tagline)`;
/** `Jo Lee's (controversial) claim that …` ending in the window before a quotation. */
const POSSESSIVE_SPEECH = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}\p{M}.\-]*\s+){0,3}\p{Lu}[\p{L}\p{M}\-]*)['’]s?\s+(?:[\p{Ll}\-]+\s+){0,2}${SPEECH_NOUN}(?![\p{L}])`,
  'gu',
);

/**
 * `… Jo Lee's claim that the mayor "sold the harbour"`, `Lee's campaign slogan is "…"`: the last
 * possessive name owning a noun of speech in the sentence before the quotation, with no speech
 * cue after it, speaks.
 */
export function possessiveSpeechNoun(ctx: QuoteContext): RuleHit | null {
  const { text } = ctx;
  const window = text.slice(ctx.beforeStart, ctx.openAt);
  let last: RegExpExecArray | null = null;
  POSSESSIVE_SPEECH.lastIndex = 0;
  for (let m = POSSESSIVE_SPEECH.exec(window); m; m = POSSESSIVE_SPEECH.exec(window)) last = m;
  if (last === null) return null;
  const nounEnd = ctx.beforeStart + last.index + last[0].length;
  if (findCues(ctx.cues, nounEnd, ctx.openAt).length > 0) return null;
  const at = ctx.beforeStart + last.index;
  const speaker = readSubjectLeft(text, at, at + last[1]!.length);
  if (speaker === null || speaker.kind !== 'named') return null;
  return { cue: { start: speaker.end, end: nounEnd, word: 'claim' }, speaker };
}
