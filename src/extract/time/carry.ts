/**
 * The day of a report, carried to its later quotations: `On Tuesday, Lee unveiled the plan. … "We are ready," Lee
 * said.` The second sentence states no time of its own, yet continues the report the first one dates. Read after
 * every quotation of an article has its speaker, over the quotations `inferSaidAt` could only give the
 * publication date.
 */
import type { SaidAt, Span } from '../../model/types.js';
import { addDays, formatDay, dayNumber, pad } from './days.js';
import { dateNamesAThing, inRelativeClause, ofBefore } from './guards.js';
import { findHits } from './matching.js';
import type { ArticleTime } from './index.js';
import { LATER_SCENE, NEW_OCCASION } from './words.js';
import { indexAt, sentenceAt } from '../document.js';
import type { SentenceLayout } from '../document.js';
import type { TimeHit, Ymd } from './types.js';

/** One quotation of the article as the carry reads it: its span, cue, speaker's name and said-at. */
export interface CarryQuote {
  start: number;
  end: number;
  cue: Span | null;
  /** The speaker's name (`Kim Lee`), null when nobody is named. */
  speaker: string | null;
  saidAt: SaidAt | null;
}

/** Paragraphs with text a report may run on after the one its day is stated in. */
const CARRY_PARAGRAPHS = 2;

/** Characters before a quotation's sentence the report's time may stand at most. */
const CARRY_REACH = 2000;

/** Characters a day may stand after the speaker's name and still date what the name does (`Lee said on Tuesday`). */
const NAME_REACH = 40;

/**
 * Gives a quotation the time of the report it continues, when its own sentences say no time (its said-at is the
 * publication date, `inferred`) and the text ties it to that time: the nearest time expression before it in the
 * article (`On Tuesday, Lee …`, `Lee on Tuesday …`, `in December, Lee accepted …`, the stated day of an earlier
 * quotation of Lee's) dates what the same speaker does in its sentence; no other time (another day, a month, a
 * year, `last week`) and no quotation of another speaker stands between; and the quotation is at most two
 * paragraphs further on. A day gives the day, a month the month, a stretch of time its month when it lies in one,
 * else no date (`In 2015, Lee …` — the words are not of the publication day). Anything less is no tie: the
 * publication date stays. Returns the said-at for each quotation, in the order given (unchanged ones are the same
 * objects).
 */
export function carryReportDays(time: ArticleTime, quotes: readonly CarryQuote[]): Array<SaidAt | null> {
  const { text, layout, ctx } = time;
  const order = quotes.map((_, i) => i).sort((a, b) => quotes[a]!.start - quotes[b]!.start);
  const out = quotes.map((q) => q.saidAt);
  if (!ctx.articleDay) return out;
  // each speaker's name patterns, made once a call (an article's quotations share a few speakers)
  const names = new Map<string, SurnamePatterns | null>();
  for (let k = 0; k < order.length; k++) {
    const q = quotes[order[k]!]!;
    if (q.saidAt?.basis !== 'inferred' || q.saidAt.precision !== 'day' || !q.speaker) continue;
    let surname = names.get(q.speaker);
    if (surname === undefined) {
      surname = surnamePatterns(q.speaker);
      names.set(q.speaker, surname);
    }
    if (!surname) continue;
    // the earliest of the quotation's and its cue's sentences: what stands before it is the text before
    const own = Math.min(q.start, q.cue?.start ?? q.start);
    const sentenceStart = sentenceAt(layout, Math.max(0, own - 1)).start;
    // (`Lee has said …`: the present perfect dates no occasion, not the report's day either)
    if (q.cue && PRESENT_PERFECT.test(text.slice(Math.max(0, q.cue.start - 30), q.cue.start))) continue;
    const source = reportTime(time, quotes, order, k, sentenceStart, q.speaker, surname);
    if (source === null) continue;
    // `On Tuesday, Lee said … . "…," she told the Acme Herald.`: another occasion, which the day does not date; when
    // the story's time lies more than a week before the publication date (`In December, …`, `In 1985, …`), that
    // day does not stand for the occasion either: no date
    // `On 10 May 2012, Lee met the envoy. "…," he said.`: a story long before the publication date told as an act,
    // not a speech, is what the words recall; they need not be as old
    if (
      storyLongBefore(time, source) &&
      !SPEECH_ACT.test(text.slice(sentenceAt(layout, source.start).start, sentenceAt(layout, source.start).end))
    ) {
      out[order[k]!] = null;
      continue;
    }
    if (newOccasion(time, quotes, order, k, source)) {
      if (storyLongBefore(time, source)) out[order[k]!] = null;
      continue;
    }
    // `In June, Lee launched the bid. A month later, he visited the border …`: the story has moved on from the
    // report's time to a time it does not state; neither it nor the publication date is when
    out[order[k]!] = movedOn(time, source.end, sentenceStart) ? null : carriedFrom(text, source);
  }
  return out;
}

/** `has`/`have` (and an adverb) right before the cue: the present perfect (`Lee has said`, `they have long argued`). */
const PRESENT_PERFECT = /\b(?:has|have)(?:\s+\p{L}+ly)?\s+$/iu;

/**
 * Does the text from the end of the report's sentence to the end of the quotation's (and its cue's) tell a speech
 * occasion of its own (`NEW_OCCASION`: `told the Acme Herald`, `in an interview`, `at a rally`, `wrote on
 * Twitter`), outside the quotations, that the report's sentence does not name? The quotation may then be of that
 * occasion, on a day the text does not say. Reads only that stretch (at most CARRY_REACH and two sentences more).
 */
function newOccasion(
  time: ArticleTime,
  quotes: readonly CarryQuote[],
  order: readonly number[],
  k: number,
  source: TimeHit,
): boolean {
  const { text, layout } = time;
  const q = quotes[order[k]!]!;
  const report = sentenceAt(layout, source.start);
  let end = sentenceAt(layout, Math.max(q.start, q.end - 1)).end;
  if (q.cue) end = Math.max(end, sentenceAt(layout, Math.max(q.cue.start, q.cue.end - 1)).end);
  if (end <= report.end) return false;
  // `Lee stressed it on Sunday at a forum, and raised it again at the talks`: the report's sentence tells a later
  // occasion of its own
  if (/\b(?:again|later)\b/iu.test(text.slice(source.end, report.end))) return true;
  // the stretch without the words of the quotations inside it (nearest first: the quotation, then earlier ones)
  const cuts: Array<{ start: number; end: number }> = [];
  for (let j = k; j >= 0; j--) {
    const other = quotes[order[j]!]!;
    if (other.end <= report.end) break;
    if (other.start >= end) continue;
    // a quotation its cue interrupts (`"…," she wrote in a blog post. "…"`) keeps the cue's words between the marks
    const gap = interruption(text, other);
    for (const part of gap
      ? [
          { start: other.start, end: gap.start },
          { start: gap.end, end: other.end },
        ]
      : [other])
      if (part.end > report.end && part.start < end)
        cuts.push({ start: Math.max(part.start, report.end), end: Math.min(part.end, end) });
  }
  cuts.sort((a, b) => a.start - b.start);
  let stretch = '';
  let at = report.end;
  for (const cut of cuts) {
    if (cut.start > at) stretch += text.slice(at, cut.start);
    stretch += ' ';
    at = Math.max(at, cut.end);
  }
  if (end > at) stretch += text.slice(at, end);
  // `Lee later defended it as “…”`: a later occasion between, or in the quotation's own sentence
  if (/\b(?:later|again)\b/iu.test(stretch)) return true;
  const named = text.slice(report.start, report.end).toLowerCase();
  NEW_OCCASION.lastIndex = 0;
  for (let m = NEW_OCCASION.exec(stretch); m !== null; m = NEW_OCCASION.exec(stretch)) {
    const key = (m.groups?.key ?? m.groups?.key2 ?? m.groups?.key3 ?? m.groups?.key4 ?? '')
      .replace(/[.-]+$/u, '')
      .toLowerCase();
    if (!key || !named.includes(key)) return true;
  }
  return false;
}

/**
 * The stretch of a quotation its cue interrupts, from the closing mark before the cue to the opening mark after it
 * (`…,” she wrote in a blog post. “…`); null when the cue stands outside the quotation.
 */
function interruption(text: string, q: CarryQuote): { start: number; end: number } | null {
  const cue = q.cue;
  if (!cue || cue.start < q.start || cue.end > q.end) return null;
  let start = cue.start;
  while (start > q.start && !CLOSING_MARK.has(text.charCodeAt(start - 1))) start--;
  let end = cue.end;
  while (end < q.end && !OPENING_MARK.has(text.charCodeAt(end))) end++;
  return { start, end };
}

/** `”`, `"`, `'`, `’`: marks that may close a quotation's part before its cue. */
const CLOSING_MARK: ReadonlySet<number> = new Set([0x201d, 34, 39, 0x2019]);
/** `“`, `"`, `'`, `‘`: marks that may open its part after the cue. */
const OPENING_MARK: ReadonlySet<number> = new Set([0x201c, 34, 39, 0x2018]);

/** Days the publication date may lie after the story's time and still stand, approximately, for an undated occasion. */
const STORY_DAYS = 7;

/** Does the report's time end more than STORY_DAYS before the publication date (a past year, a month, a day)? */
function storyLongBefore(time: ArticleTime, source: TimeHit): boolean {
  const reference = time.ctx.articleDay;
  if (!reference) return false;
  let end: Ymd | null = source.day ?? source.span?.to ?? null;
  if (!end && source.month) {
    // a month's last day: the first of the next month less one (31 days on from the 1st lands in the next month)
    const next = addDays({ y: source.month.y, m: source.month.m, d: 1 }, 31);
    end = addDays({ y: next.y, m: next.m, d: 1 }, -1);
  }
  if (!end) return false;
  return dayNumber(reference) - dayNumber(end) > STORY_DAYS;
}

/** Does a sentence between `from` and `to` open some time after the one before (`LATER_SCENE`: `A month later, …`)? */
function movedOn(time: ArticleTime, from: number, to: number): boolean {
  const { sentences } = time.layout;
  for (let i = indexAt(sentences, from) + 1; i < sentences.length && sentences[i]! < to; i++) {
    const end = Math.min(sentences[i + 1] ?? time.text.length, to);
    if (LATER_SCENE.test(time.text.slice(sentences[i], end))) return true;
  }
  return false;
}

/** The said-at a report's time expression gives the quotations that continue it (see `carryReportDays`). */
function carriedFrom(text: string, source: TimeHit): SaidAt | null {
  const expression = { start: source.start, end: source.end, text: text.slice(source.start, source.end) };
  const basis = source.relative ? 'relative' : 'stated';
  const rule = `carried:${source.rule}`;
  if (source.day) return { value: formatDay(source.day), precision: 'day', basis, expression, rule };
  const month = source.month ?? (source.span && sameMonth(source.span) ? source.span.from : null);
  if (month) return { value: `${month.y}-${pad(month.m)}`, precision: 'month', basis, expression, rule };
  return null;
}

const sameMonth = (span: { from: Ymd; to: Ymd }): boolean => span.from.y === span.to.y && span.from.m === span.to.m;

/** The time expression the quotation `order[k]` continues the report of, or null (see `carryReportDays`). */
function reportTime(
  time: ArticleTime,
  quotes: readonly CarryQuote[],
  order: readonly number[],
  k: number,
  before: number,
  speaker: string,
  surname: SurnamePatterns,
): TimeHit | null {
  const { text, layout, ctx } = time;
  const paragraphs = layout.paragraphs;
  // the stretch the report may run over: back to the start of the paragraph CARRY_PARAGRAPHS (with text) before
  let p = indexAt(paragraphs, before);
  for (let seen = 0; p > 0 && seen < CARRY_PARAGRAPHS;) {
    p--;
    if (hasText(text, paragraphs[p]!, paragraphs[p + 1] ?? text.length)) seen++;
  }
  // (and at most CARRY_REACH characters back: a paragraph may be a whole megabyte on one line)
  const from = Math.max(paragraphs[p]!, before - CARRY_REACH);
  // a quotation of another speaker in between ends the report; the quotations of the stretch, nearest first
  let lo = from;
  const near: CarryQuote[] = [];
  for (let j = k - 1; j >= 0; j--) {
    const other = quotes[order[j]!]!;
    if (other.end <= from) break;
    if (other.speaker !== speaker) {
      lo = Math.max(lo, other.end);
      break;
    }
    near.push(other);
  }
  if (lo >= before) return null;
  // every time expression of the stretch, the nearest first; the words inside quotations are what was said, not when
  const hits = findHits(time.matches, [{ start: lo, end: before }], ctx).sort((a, b) => b.start - a.start);
  // (the day of the nearest: a day further back that another day stands before is not the report's)
  let day: number | null = null;
  for (const hit of hits) {
    if (hit.clock || insideAny(hit, near) || datesAThing(text, hit)) continue;
    if (hit.unresolved) return null;
    if (day !== null && (!hit.day || dayNumber(hit.day) !== day)) return null;
    if (tiedToName(text, layout, hit, surname) || statedFor(hit, near, speaker)) return hit;
    // a day that dates something else may stand before the report's own (`the vote on Monday`), not a month or year
    if (!hit.day) return null;
    day = dayNumber(hit.day);
  }
  return null;
}

/**
 * Does the date name a thing rather than tell when (`his January 2 remarks`, `Tuesday's vote`): between a
 * determiner and a noun, or with `'s`? It dates that thing; the story's time does not move to it.
 */
function datesAThing(text: string, hit: TimeHit): boolean {
  return ofBefore(text, hit.start) || dateNamesAThing(text, hit, false);
}

/** Does the hit lie inside one of the quotations (words said, not when)? */
function insideAny(hit: TimeHit, quotes: readonly CarryQuote[]): boolean {
  return quotes.some((q) => hit.start >= q.start && hit.end <= q.end);
}

/** Is the hit the stated day of an earlier quotation of the speaker (its said-at expression)? */
function statedFor(hit: TimeHit, quotes: readonly CarryQuote[], speaker: string): boolean {
  return quotes.some(
    (q) =>
      q.speaker === speaker &&
      q.saidAt !== null &&
      q.saidAt.basis !== 'inferred' &&
      q.saidAt.precision !== 'month' &&
      q.saidAt.precision !== 'year' &&
      q.saidAt.expression !== null &&
      q.saidAt.expression.start <= hit.start &&
      q.saidAt.expression.end >= hit.end &&
      // (next to that quotation's cue: `Lee said on Wednesday`; a day further on in its sentence may date another
      // thing, and that decision's error would spread)
      q.cue !== null &&
      Math.max(q.saidAt.expression.start - q.cue.end, q.cue.start - q.saidAt.expression.end) <= NAME_REACH,
  );
}

/**
 * Does the time date what the speaker does in its sentence? It opens the sentence or a clause (`On Tuesday, the
 * premier Kim Lee reasserted …`, `Later on Tuesday Lee met …`, `revealed that in December, Lee accepted …`) with the
 * speaker named in the subject after it, or follows the name closely with words only between (`Lee on Tuesday
 * banned …`, `Lee told reporters on Tuesday`, `Lee, a port official, on Tuesday told …`). Not in a relative clause
 * (`…, who was elected on Tuesday`).
 */
function tiedToName(text: string, layout: SentenceLayout, hit: TimeHit, patterns: SurnamePatterns): boolean {
  if (inRelativeClause(text, hit.start)) return false;
  const sentence = sentenceAt(layout, hit.start);
  const lead = text.slice(sentence.start, hit.start);
  const { surname } = patterns;
  if (CLAUSE_OPENING.test(lead)) {
    // the name in the subject: before the clause's first verb (`On Saturday, the party withdrew … in response to a
    // statement from Lee` dates the party's act, not Lee's)
    const rest = text.slice(hit.end, Math.min(sentence.end, hit.end + SUBJECT_REACH));
    const at = nextWordAt(rest, surname, 0);
    const found = at < 0 ? null : { index: at, 0: surname };
    // (`In 2008, Lee said, the gift paid for …`: a cue set off by commas reports the clause the time dates)
    const aside =
      found !== null &&
      /^\s+(?:said|says|wrote|writes|added|adds|recalled),/u.test(rest.slice(found.index + found[0].length));
    if (found !== null && !aside && !VERB_LIKE.test(rest.slice(0, found.index))) return true;
  }
  // (the name can stand only in the lead's last stretch: at most an apposition and NAME_REACH characters before the
  // time; searching from there gives the same answer without reading a long sentence's whole lead for each time)
  const at = lastWordAt(lead, surname, Math.max(0, lead.length - surname.length - APPOSITION_MAX - NAME_REACH));
  // the name the sentence's subject: no verb before it (`The move came after Lee ended his bid last week` dates
  // the bid's end, not what Lee says)
  if (at < 0 || VERB_LIKE.test(lead.slice(0, at))) return false;
  // `Lee said on Tuesday`, `Lee on Tuesday banned`, `Lee, a port official, on Tuesday told`; not `Lee's report
  // dated March 16`
  let gap = lead.slice(at + surname.length);
  const apposition = APPOSITION.exec(gap);
  if (apposition && !VERB_LIKE.test(apposition[0])) gap = gap.slice(apposition[0].length);
  if (gap.length > NAME_REACH || /[,;:()"“”—–'’]/u.test(gap)) return false;
  // a month or a stretch of time dates the words only when the verb it follows tells of speech (`Lee said after a
  // tour last month`); `Lee backpedalled on his prediction a year ago`, `Lee started work 24 years ago` date another
  // act, and the words need not be as old
  return hit.day !== undefined || SPEECH_WORD.test(gap);
}

/**
 * What may stand between a sentence's start and a time that opens it or one of its clauses: nothing but quotation
 * marks, `Later`/`Earlier` (`Later on Tuesday`), or a clause's opening comma or `that`.
 */
const CLAUSE_OPENING = /(?:^[\s"“‘'(]*(?:(?:later|earlier)\s+)?|(?:,|\bthat)\s+)$/iu;

/** A short apposition right after a name (`, a port official,`); it holds no verb (`VERB_LIKE`). */
const APPOSITION = /^,[^,;:()"“”]{1,60},/u;

/** The longest apposition `APPOSITION` matches: a comma, 60 characters, a comma. */
const APPOSITION_MAX = 62;

/** Words of a speech act in a report's sentence (`announced`, `told`, `in a speech`). */
const SPEECH_ACT =
  /\b(?:said|says|told|tells|wrote|writes|remarks?|comments?|statements?|interview(?:ed)?|speech|testimony|testified|warned|argued|claimed|declared|announced?|announcing|posted|tweeted|insisted|complained|addressed|address|asked|replied|responded|stated|explained|admitted|conceded|acknowledged|denied|promised|pledged|vowed|urged|accepted\s+responsibility)\b/iu;

/** Words of speech: a verb or a noun for something said. */
const SPEECH_WORD =
  /\b(?:said|says|told|tells|wrote|writes|remarks?|comments?|statements?|interview|speech|testimony|warned|argued|claimed|declared|announced|posted|tweeted)\b/u;

/** Characters the subject a sentence-opening day dates may run over (`On Thursday, former candidate Senator Kim Lee`). */
const SUBJECT_REACH = 160;

/** A word that is likely a verb (`withdrew`, `announced`, `using`), ending the subject before it. */
const VERB_LIKE =
  /\b(?:\p{Ll}+(?:ed|ing)|said|says|told|tells|withdrew|made|gave|took|met|spoke|wrote|went|came|won|lost|left|held|sent|saw|began|became|ran|got|put|set|cut|kept|brought|thought|found|paid|sold|led|rose|fell|struck|drew|grew|knew|broke|chose|is|are|was|were|has|have|had|will|would|can|could)\b/u;

/** Does `[from, to)` of the text hold a character other than white space? (Read from `from` up to the first such.) */
function hasText(text: string, from: number, to: number): boolean {
  NON_SPACE.lastIndex = from;
  const m = NON_SPACE.exec(text);
  return m !== null && m.index < to;
}

/** A character other than white space (global: `hasText` sets where it starts). */
const NON_SPACE = /\S/gu;

/** The index of `word`'s last whole-word occurrence in `text` at or after `from` (what stands before is still read), or -1. */
function lastWordAt(text: string, word: string, from: number): number {
  let last = -1;
  for (let at = nextWordAt(text, word, from); at >= 0; at = nextWordAt(text, word, at + word.length)) last = at;
  return last;
}

/**
 * The first index at or after `from` where `word` stands as a whole word (no letter or digit right before or after
 * it), or -1: what a search between `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])` finds, without a pattern compiled
 * for each name.
 */
function nextWordAt(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (letterOrDigitBefore(text, at)) continue;
    if (end < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(end)!))) continue;
    return at;
  }
  return -1;
}

/** Is the code point that ends right before `at` a letter or a digit (a surrogate pair read whole)? */
function letterOrDigitBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return LETTER_OR_DIGIT.test(pair ? text.slice(at - 2, at) : text[at - 1]!);
}

/** One letter or digit, in any script. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** A speaker's last word, which later sentences name the speaker by. */
interface SurnamePatterns {
  readonly surname: string;
}

/** The name's last word (`lastWord`), or null when it has none. */
function surnamePatterns(speaker: string): SurnamePatterns | null {
  const surname = lastWord(speaker);
  return surname ? { surname } : null;
}

/** The name's last word (`Lee` of `Kim Lee`), which later sentences name the speaker by; null when none. */
function lastWord(name: string): string | null {
  const words = name.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  const last = words?.[words.length - 1]?.replace(/[.'’-]+$/u, '');
  return last && last.length >= 2 ? last : null;
}
