/**
 * The day of a report, carried to its later quotations: `On Tuesday, Lee unveiled the plan. … "We are ready," Lee
 * said.` The second sentence states no time of its own, yet continues the report the first one dates. Read after
 * every quotation of an article has its speaker, over the quotations `inferSaidAt` could only give the
 * publication date.
 */
import type { SaidAt, Span } from '../../model/types.js';
import { formatDay, dayNumber } from './days.js';
import { inRelativeClause } from './guards.js';
import { findHits } from './matching.js';
import type { ArticleTime } from './index.js';
import { indexAt, sentenceAt } from '../document.js';
import type { TimeHit } from './types.js';

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

/** Characters a day may stand after the speaker's name and still date what the name does (`Lee said on Tuesday`). */
const NAME_REACH = 40;

/**
 * Gives a quotation the day of the report it continues, when its own sentences say no time (its said-at is the
 * publication date, `inferred`) and the text ties it to that day: the nearest time expression before it in the
 * article states a day (`On Tuesday, Lee …`, `Lee on Tuesday …`, or the stated day of an earlier quotation of
 * Lee's); that sentence names the same speaker; no other time (another day, a month, a year, `last week`) and no
 * quotation of another speaker stands between; and the quotation is at most two paragraphs further on. Anything
 * less is no tie: the publication date stays. Returns the said-at for each quotation, in the order given
 * (unchanged ones are the same objects).
 */
export function carryReportDays(time: ArticleTime, quotes: readonly CarryQuote[]): Array<SaidAt | null> {
  const { text, layout, ctx } = time;
  const order = quotes.map((_, i) => i).sort((a, b) => quotes[a]!.start - quotes[b]!.start);
  const out = quotes.map((q) => q.saidAt);
  if (!ctx.articleDay) return out;
  for (let k = 0; k < order.length; k++) {
    const q = quotes[order[k]!]!;
    if (q.saidAt?.basis !== 'inferred' || q.saidAt.precision !== 'day' || !q.speaker) continue;
    const surname = lastWord(q.speaker);
    if (!surname) continue;
    // the earliest of the quotation's and its cue's sentences: what stands before it is the text before
    const own = Math.min(q.start, q.cue?.start ?? q.start);
    const sentenceStart = sentenceAt(layout, Math.max(0, own - 1)).start;
    const source = reportDay(time, quotes, order, k, sentenceStart, q.speaker, surname);
    if (source === null) continue;
    const expression = { start: source.start, end: source.end, text: text.slice(source.start, source.end) };
    out[order[k]!] = {
      value: formatDay(source.day!),
      precision: 'day',
      basis: source.relative ? 'relative' : 'stated',
      expression,
      rule: `carried:${source.rule}`,
    };
  }
  return out;
}

/** The day hit the quotation `order[k]` continues the report of, or null (see `carryReportDays`). */
function reportDay(
  time: ArticleTime,
  quotes: readonly CarryQuote[],
  order: readonly number[],
  k: number,
  before: number,
  speaker: string,
  surname: string,
): TimeHit | null {
  const { text, layout, ctx } = time;
  const paragraphs = layout.paragraphs;
  // the stretch the report may run over: back to the start of the paragraph CARRY_PARAGRAPHS (with text) before
  let p = indexAt(paragraphs, before);
  for (let seen = 0; p > 0 && seen < CARRY_PARAGRAPHS;) {
    p--;
    if (/\S/u.test(text.slice(paragraphs[p], paragraphs[p + 1] ?? text.length))) seen++;
  }
  const from = paragraphs[p]!;
  // a quotation of another speaker in between ends the report
  let lo = from;
  for (let j = k - 1; j >= 0; j--) {
    const other = quotes[order[j]!]!;
    if (other.end <= from) break;
    if (other.speaker !== speaker) {
      lo = Math.max(lo, other.end);
      break;
    }
  }
  if (lo >= before) return null;
  // every time expression of the stretch, the nearest first; the words inside quotations are what was said, not when
  const hits = findHits(time.matches, [{ start: lo, end: before }], ctx).sort((a, b) => b.start - a.start);
  // (the day of the nearest: a day further back that another day stands before is not the report's)
  let day: number | null = null;
  for (const hit of hits) {
    if (insideAny(hit, quotes)) continue;
    if (hit.unresolved || (!hit.day && !hit.clock)) return null;
    if (hit.clock) continue;
    if (day !== null && dayNumber(hit.day!) !== day) return null;
    day = dayNumber(hit.day!);
    if (tiedToName(text, layout, hit, surname) || statedFor(hit, quotes, speaker)) return hit;
  }
  return null;
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
      q.saidAt.expression !== null &&
      q.saidAt.expression.start <= hit.start &&
      q.saidAt.expression.end >= hit.end,
  );
}

/**
 * Does the day date what the speaker does in its sentence: it opens the sentence, which names the speaker (`On
 * Tuesday, the premier Kim Lee reasserted …`), or it follows the name closely with words only between (`Lee on
 * Tuesday banned …`, `Lee told reporters on Tuesday`)? Not in a relative clause (`…, who was elected on Tuesday`).
 */
function tiedToName(
  text: string,
  layout: { sentences: number[]; paragraphs: number[]; text: string },
  hit: TimeHit,
  surname: string,
): boolean {
  if (inRelativeClause(text, hit.start)) return false;
  const sentence = sentenceAt(layout, hit.start);
  const lead = text.slice(sentence.start, hit.start);
  const name = new RegExp(`(?<![\\p{L}\\p{N}])${escape(surname)}(?![\\p{L}\\p{N}])`, 'u');
  if (/^[\s"“‘'(]*$/u.test(lead)) {
    // the name in the subject: before the sentence's first verb (`On Saturday, the party withdrew … in response to a
    // statement from Lee` dates the party's act, not Lee's)
    const rest = text.slice(hit.end, Math.min(sentence.end, hit.end + SUBJECT_REACH));
    const found = name.exec(rest);
    return found !== null && !VERB_LIKE.test(rest.slice(0, found.index));
  }
  const at = lastIndexOfWord(lead, name);
  if (at < 0) return false;
  // `Lee said on Tuesday`, `Lee on Tuesday banned`; not `Lee's report dated March 16`
  const gap = lead.slice(at + surname.length);
  return gap.length <= NAME_REACH && !/[,;:()"“”—–'’]/u.test(gap);
}

/** Characters the subject a sentence-opening day dates may run over (`On Thursday, former candidate Senator Kim Lee`). */
const SUBJECT_REACH = 160;

/** A word that is likely a verb (`withdrew`, `announced`, `using`), ending the subject before it. */
const VERB_LIKE =
  /\b(?:\p{Ll}+(?:ed|ing)|said|says|told|tells|withdrew|made|gave|took|met|spoke|wrote|went|came|won|lost|left|held|sent|saw|began|became|ran|got|put|set|cut|kept|brought|thought|found|paid|sold|led|rose|fell|struck|drew|grew|knew|broke|chose|is|are|was|were|has|have|had|will|would|can|could)\b/u;

function lastIndexOfWord(text: string, word: RegExp): number {
  const global = new RegExp(word.source, 'gu');
  let last = -1;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) last = m.index;
  return last;
}

/** The name's last word (`Lee` of `Kim Lee`), which later sentences name the speaker by; null when none. */
function lastWord(name: string): string | null {
  const words = name.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  const last = words?.[words.length - 1]?.replace(/[.'’-]+$/u, '');
  return last && last.length >= 2 ? last : null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
