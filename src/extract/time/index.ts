/**
 * When was a quote said? Reads the sentence of the quote, the sentence of its attribution cue and a
 * parenthetical right after them for clock times, dates, weekdays and relative days, resolves them
 * against the article date, and attaches the dateline's UTC offset to minute-precision values.
 */
import type { Article, SaidAt, SaidAtPrecision, Span } from '../../model/types.js';
import {
  AT_THE_TIME_AFTER,
  AT_THE_TIME_OPENING,
  EARLIER_SPEECH,
  EVENT_VERB,
  LATER_SCENE,
  LEAD_STATEMENT,
  LONG_DIGEST,
  OTHER_TIME_VERB,
  THEN_TITLE,
  TIME_ANAPHOR,
} from './words.js';
import { editorNote } from '../../lexicon/page-furniture.js';
import { addDays, dayNumber, formatDay, isValidDay, pad } from './days.js';
import { dateNamesAThing, inRelativeClause, notWhenSaid, ofBefore } from './guards.js';
import { STICKY_PATTERNS, extendDate, findHits, ruleMatches, ruleOpenings } from './matching.js';
import type { RuleMatch } from './matching.js';
import { PERIOD_RULES, TIME_RULES } from './rules.js';
import { distance, inside, joinSpans } from './spans.js';
import { paragraphStartAt, sentenceAt, sentenceLayout } from '../document.js';
import type { SentenceLayout } from '../document.js';
import type { RuleContext, TimeHit, Ymd } from './types.js';
import { datelineZone, offsetFor } from './zones.js';
import { isLetterUnit, isSpaceUnit } from '../chars.js';

/**
 * Places a quote in time from the words around it, else from the article date.
 * Looks in the quote's sentence(s), the cue's sentence and a parenthetical right after them, never
 * inside the quotation itself ("We meet on Friday," he said → not Friday). A clock time attaches to a
 * date in its own sentence, else to the article date, and gets the dateline's UTC offset for that date.
 * Returns null when there is no article date and the text states no full date.
 */
export function inferSaidAt(
  article: Pick<Article, 'text' | 'publishedAt' | 'dateline'>,
  quote: { start: number; end: number },
  cue: Span | null,
  bounds: { start: number; end: number } = { start: 0, end: article.text.length },
  time: ArticleTime = articleTime(article),
): SaidAt | null {
  const { text } = article;
  if (time.text !== text || time.publishedAt !== article.publishedAt)
    throw new Error('inferSaidAt: `time` was read from another article (articleTime of this text and date)');
  const { ctx, lead, layout } = time;
  // the article is split and searched once; each quote reads only its sentences inside `bounds`
  const clip = (s: { start: number; end: number }): { start: number; end: number } => ({
    start: Math.max(s.start, bounds.start),
    end: Math.min(s.end, bounds.end),
  });
  // `Lee will tell the board on Monday`, `is due to say`: a speech still to come was said at no time yet (a weekday
  // would be counted back to a past one, the publication day is before it)
  if (cue && FUTURE_SPEECH.test(text.slice(Math.max(bounds.start, cue.start - 40), cue.start))) return null;
  const sentences = { of: (pos: number) => clip(sentenceAt(layout, pos)) };
  const windows = searchWindows(text, sentences, quote, cue, bounds.end);
  const anchor = cue ? (cue.start + cue.end) / 2 : (quote.start + quote.end) / 2;

  // (the stretch of the quotation open to search is read only when a hit falls inside the quotation)
  let allowed: { start: number; end: number } | null = null;
  const hits = findHits(time.matches, windows, ctx).filter(
    (h) =>
      (h.end <= quote.start || h.start >= quote.end || inside(h, (allowed ??= allowedInQuote(text, quote, cue)))) &&
      (PERIOD_RULES.has(h.rule)
        ? tiedToSpeech(text, layout, h, quote, cue)
        : h.clock
          ? clockOfSpeech(text, layout, h, cue)
          : !inOtherQuotation(text, layout, h, quote) &&
            (h.rule !== 'month-named' || !inRelativeClause(text, h.start) || speechInClause(text, h, cue)) &&
            !dateOfHappening(text, layout, h, quote, cue) &&
            !dateOfOtherThing(text, layout, h, quote, cue)),
  );
  const byDistance = (a: TimeHit, b: TimeHit): number => distance(a, anchor) - distance(b, anchor) || a.start - b.start;
  const clocks = hits.filter((h) => h.clock).sort(byDistance);
  const days = hits.filter((h) => h.day || h.unresolved).sort(byDistance);
  // "…," she said on Tuesday, in an article without a date: the day is unknown, not the lead's
  if (days[0]?.unresolved) return null;
  const months = hits.filter((h) => h.month).sort(byDistance);

  const clock = clocks[0];
  if (clock) {
    const sentence = sentences.of(clock.start);
    const sameSentenceDay =
      days
        .filter((d) => d.day && d.start >= sentence.start && d.end <= sentence.end)
        .sort((a, b) => distance(a, (clock.start + clock.end) / 2) - distance(b, (clock.start + clock.end) / 2))[0] ??
      yesterdayOfScene(text, time, quote, sentence.start, bounds.start);
    const day = sameSentenceDay?.day ?? ctx.articleDay ?? lead?.day;
    if (day) {
      const offset = clock.offset ?? offsetFor(clock.zone ?? datelineZone(article.dateline), day, clock.clock!);
      const value = `${formatDay(day)}T${pad(clock.clock!.h)}:${pad(clock.clock!.min)}${offset ?? ''}`;
      const rule = sameSentenceDay ? `${clock.rule}+${sameSentenceDay.rule}` : clock.rule;
      return stated(
        value,
        'minute',
        text,
        sameSentenceDay ? joinSpans(clock, sameSentenceDay) : clock,
        Boolean(clock.relative || sameSentenceDay?.relative),
        rule,
      );
    }
  }
  // (a year only that may date a clause the speaker reports rather than the speech: no date, see `yearOfSpeech`)
  const spans = hits
    .filter((h) => h.span)
    .sort(byDistance)
    .map((h) => (wholeYear(h.span!) && !yearOfSpeech(text, layout, h, quote, cue) ? { ...h, unsureYear: true } : h));
  const own = dated(text, days, months, spans);
  if (own !== undefined) return own;

  // `A month later, …`: counted from a happening told before, not from the publication date
  // (a sentence's first 200 characters: the longest opening is a few words after its white space)
  const opens = windows.slice(0, cue ? 2 : 1).map((w) => text.slice(w.start, Math.min(w.end, w.start + 200)));
  if (opens.some((sentence) => LATER_SCENE.test(sentence))) return null;

  // nothing in the quote's own sentences: the sentences before it in its paragraph may say when
  const scene = sceneTime(text, time, quote, cue, windows, first(windows), bounds.start);
  if (scene !== undefined) return scene;

  // a month's or a year's digest, or a speech told as earlier (`had previously called it`): the publication day
  // is not when the words were said
  if (time.digest) return null;
  if (cue && EARLIER_SPEECH.test(text.slice(Math.max(bounds.start, cue.start - 24), cue.start))) return null;
  // `The then-manager, Kim Lee, called it …`: the speaker described as they were when they said it
  // (`then` first, on the sentence as written: most hold none, and need no string built without the quotation)
  if (cue) {
    const from = sentences.of(cue.start).start;
    if (
      from < cue.start &&
      THEN_WORD.test(text.slice(from, cue.start)) &&
      THEN_TITLE.test(without(text, from, cue.start, quote))
    )
      return null;
  }
  // `Lee said at the time`, `At the time, Lee said`: a time told before (none was found in the paragraph)
  if (cue) {
    const cueSentence = sentences.of(cue.start);
    const after = without(text, cue.end, Math.min(cueSentence.end, cue.end + 60), quote);
    const opening = without(text, cueSentence.start, Math.min(cueSentence.end, cueSentence.start + 40), quote);
    // (not `Back then, Lee said, she found …`: a cue set off by commas reports the clause the opening dates)
    const aside = /^\s*,/u.test(text.slice(cue.end, cue.end + 3));
    if (AT_THE_TIME_AFTER.test(after) || (!aside && AT_THE_TIME_OPENING.test(opening))) return null;
  }
  if (ctx.articleDay)
    return { value: formatDay(ctx.articleDay), precision: 'day', basis: 'inferred', expression: null };
  if (ctx.articleMonth) {
    return {
      value: `${ctx.articleMonth.y}-${pad(ctx.articleMonth.m)}`,
      precision: 'month',
      basis: 'inferred',
      expression: null,
    };
  }
  if (lead) {
    const expression = { start: lead.start, end: lead.end, text: text.slice(lead.start, lead.end) };
    return { value: formatDay(lead.day!), precision: 'day', basis: 'event', expression, rule: lead.rule };
  }
  return null;
}

/**
 * The date the time expressions found say, nearest first: a day, else a month, else a stretch of days
 * (its month when it lies in one, its year when it is one calendar year: `in 2004`, `last year`; else null:
 * `several months ago` is no day of the publication date's). Undefined when none was found.
 */
function dated(
  text: string,
  days: TimeHit[],
  months: TimeHit[],
  spans: Array<TimeHit & { unsureYear?: boolean }>,
): SaidAt | null | undefined {
  const day = days[0];
  if (day) return stated(formatDay(day.day!), 'day', text, day, Boolean(day.relative), day.rule);
  const month = months[0];
  if (month)
    return stated(
      `${month.month!.y}-${pad(month.month!.m)}`,
      'month',
      text,
      month,
      Boolean(month.relative),
      month.rule,
    );
  const span = spans[0];
  if (span) {
    const { from, to } = span.span!;
    if (from.y === to.y && from.m === to.m)
      return stated(`${from.y}-${pad(from.m)}`, 'month', text, span, Boolean(span.relative), span.rule);
    if (wholeYear(span.span!) && !span.unsureYear)
      return stated(`${from.y}`, 'year', text, span, Boolean(span.relative), span.rule);
    return null;
  }
  return undefined;
}

/**
 * Words right before the cue that put the speech in the future: `will`, `'ll`, `shall`, `is due to`, `are expected
 * to`, `is set to`, `is to`, `plans to` (an adverb may stand between: `will formally announce`). Not `would`
 * (`would later say`: a past speech told from before it). Lower case only: `Will` before a cue is a name (`George
 * Will wrote`).
 */
const FUTURE_SPEECH =
  /(?:\b(?:will|shall|(?:is|are|am|was|were)\s+(?:due|expected|set|scheduled|slated|going|poised|planning|preparing)\s+to|(?:is|are)\s+to|plans?\s+to|intends?\s+to)|['’]ll)\s+(?:\p{L}+ly\s+|also\s+|then\s+)?$/u;

/**
 * The day a clock with no day in its own sentence is on when its paragraph or the one before says `yesterday` before
 * the clock's sentence (`The board met yesterday. At 11 p.m., Lee said …`): that day, not the publication day. Undefined when the
 * paragraph says no `yesterday` outside quotations (the clock stands on the publication day; a weekday or a date
 * told before may be another happening's, `Leaders met on Monday. At 4 p.m. Lee said …`).
 */
function yesterdayOfScene(
  text: string,
  time: ArticleTime,
  quote: { start: number; end: number },
  sentenceStart: number,
  boundsStart: number,
): TimeHit | undefined {
  const { ctx, layout } = time;
  // (its paragraph, and the one before: `Very early yesterday morning, Lee tested positive.¶Lee posted at 12:54 a.m. …`)
  const own = paragraphStartAt(layout, sentenceStart);
  let back = own - 1;
  while (back > 0 && isSpaceUnit(text.charCodeAt(back))) back--;
  const paragraph = Math.max(boundsStart, back > 0 ? paragraphStartAt(layout, back) : 0);
  if (paragraph >= sentenceStart || !ctx.articleDay) return undefined;
  return findHits(time.matches, [{ start: paragraph, end: sentenceStart }], ctx).find(
    (h) =>
      h.rule === 'relative-yesterday' &&
      h.day !== undefined &&
      !(h.start >= quote.start && h.end <= quote.end) &&
      !inOtherQuotation(text, layout, h, quote),
  );
}

/** Is a stretch of days one calendar year, no more (`in 2003`, `a 2017 blog post`, `last year`)? */
const wholeYear = (span: { from: Ymd; to: Ymd }): boolean =>
  span.from.y === span.to.y && span.from.m === 1 && span.from.d === 1 && span.to.m === 12 && span.to.d === 31;

/** Is the cue the verb of the clause holding the hit (`Trump, who proclaimed in July that…`)? */
function speechInClause(text: string, hit: TimeHit, cue: Span | null): boolean {
  if (!cue) return false;
  const from = Math.min(cue.start, hit.start);
  const to = Math.max(cue.end, hit.end);
  return to - from <= PERIOD_REACH && !/[,.;:!?()—]/u.test(text.slice(from, to));
}

/** Characters a period word may stand from the speech verb and still modify it (`told The New York Times in 2013`). */
const PERIOD_REACH = 45;

/**
 * Does a period word (`in 2004`, `last week`, `ten days ago`) modify the speech? It opens the sentence
 * (`In 2004, Lee said…`), or stands right after the cue (`Lee told Acme Radio last year`, `said in her 1998
 * memoir`) or right before it (`Lee last week said`); not inside another quotation, not in a relative clause
 * (`Lee, who founded the firm in 2004`), not far off in the sentence (`…broke her 2009 pledge`).
 */
function tiedToSpeech(
  text: string,
  layout: SentenceLayout,
  hit: TimeHit,
  quote: { start: number; end: number },
  cue: Span | null,
): boolean {
  if (inRelativeClause(text, hit.start)) return false;
  const sentence = sentenceAt(layout, hit.start);
  const lead = text.slice(sentence.start, hit.start);
  if (insideQuotation(lead)) return false;
  // `In 2004, …`, `Back in 2004, …`, `In a 2015 interview, …` (`In a March 2015 interview`: the month's match starts
  // after the determiner)
  const opening = hit.rule === 'month-work' ? lead.replace(/(?:an?|his|her|their|its|the)\s+$/iu, '') : lead;
  if (
    /^[\s"“‘'(]*(?:(?:back|as\s+early\s+as|as\s+far\s+back\s+as|even)\s+)?(?:(?:in|during|at|from)\s+)?$/iu.test(
      opening,
    )
  )
    return true;
  if (!cue) return false;
  // `Lee said in 2017`: the cue holds the preposition the time's phrase opens with (`said in`)
  if (hit.start < cue.end && hit.end > cue.start) return true;
  const between = (from: number, to: number): string =>
    quote.start >= from && quote.end <= to
      ? text.slice(from, quote.start) + text.slice(quote.end, to)
      : text.slice(from, to);
  // `said the report, published in December 2003, was flawed`: the participle's time, not the speech's
  if (hit.start >= cue.end) {
    const gap = between(cue.end, hit.start);
    return gap.length <= PERIOD_REACH && !/,\s*\p{L}+ed\b/u.test(gap);
  }
  const gap = between(hit.end, cue.start);
  return hit.end <= cue.start && gap.length <= 20 && !/["“”]|''/u.test(gap);
}

/**
 * Is a year only (`in 2003`, `a 2017 blog post`, `last year`) that `tiedToSpeech` keeps surely the speech's, to be
 * shown as its year? It must modify the speech itself, not a clause the speaker reports (`growth of 3 % in 2005,
 * analysts said`, `said growth in 2005 was …`, `In 2018 a jet overran the runway "…", according to …`). When it is
 * not, the quote gets no date (the year may still be the speech's: the publication day is not shown for it).
 */
function yearOfSpeech(
  text: string,
  layout: SentenceLayout,
  hit: TimeHit,
  quote: { start: number; end: number },
  cue: Span | null,
): boolean {
  if (!cue) return true;
  if (hit.start < cue.end && hit.end > cue.start) return true;
  // (the quotation taken out only when it lies wholly between: a cue between its pieces reads the text as written)
  if (hit.start >= cue.end)
    return yearOfSpeechAfter(
      quote.start >= cue.end && quote.end <= hit.start
        ? text.slice(cue.end, quote.start) + ' ' + text.slice(quote.end, hit.start)
        : text.slice(cue.end, hit.start),
      cue,
    );
  // before the cue: not across the quotation or a piece of it (`In 2018 a jet came in at "very low height", according
  // to …`, `In 2009, when …, "states were hemorrhaging money," Lee said`)
  if (quote.start >= hit.end && quote.start < cue.start) return false;
  const gap = text.slice(hit.end, cue.start);
  const lead = text.slice(sentenceAt(layout, hit.start).start, hit.start);
  // `In 2003, Lee said`, `In 2003, Taiwan's court, which …, said`; not `In 2005, the economy grew, Lee said`, `In
  // 2009, under what Lee called "…"` (the cue in a clause of its own), `In 2008, Lee said, the fund gave …` (the cue
  // an aside in the clause the year dates)
  if (
    /^[\s"“‘'(]*(?:(?:back|as\s+early\s+as|as\s+far\s+back\s+as|even)\s+)?(?:(?:in|during|at|from)\s+)?$/iu.test(lead)
  )
    return (
      !REPORTED_CLAUSE_BEFORE_CUE.test(gap) &&
      !CLAUSE_OPENING.test(gap.slice(gap.lastIndexOf(',') + 1)) &&
      !/^\s*,\s*\p{L}/u.test(text.slice(cue.end, cue.end + 4)) &&
      !/^according\b/iu.test(cue.text)
    );
  // `Lee in 2005 said`, `Lee, in a 2005 interview, said`; not `the economy grew in 2005, Lee said`
  return /^\s*$/u.test(gap) || (/^\s*,\s*$/u.test(gap) && /,\s*(?:(?:in|during|at)\s+)?$/iu.test(lead));
}

/**
 * Between the cue and a year after it (`gap`), does nothing but the audience or the occasion stand (`said in 2003`,
 * `told the Harbour Gazette in 2003`, `said on Acme Radio in 2003`), not a reported clause (`said growth in 2003
 * was …`, `said that in 2003 …`, `told reporters the strike began in 2003`)?
 */
function yearOfSpeechAfter(gap: string, cue: Span): boolean {
  if (/^\s*$/u.test(gap)) return true;
  if (/[,;:]/u.test(gap) || CLAUSE_WORD.test(gap) || EVENT_VERB.test(gap) || OTHER_TIME_VERB.test(gap)) return false;
  const words = gap.trim().split(/\s+/u).length;
  if (OBJECT_CUE.test(cue.text) && words <= 6 && !/\d/u.test(gap)) return true;
  return /^\s*(?:in|on|at|to|during|with|for)\s/iu.test(gap) && words <= 7;
}

/** Cues whose object is the audience or the one spoken of, not a reported clause (`told the gazette`, `described Lee`). */
const OBJECT_CUE = /^(?:told|tells|tell|telling|addressed|addresses|addressing|described|describes|describing)\b/iu;

/** A word that opens a reported or subordinate clause: what follows it is not the speech's occasion. */
const CLAUSE_WORD = /\b(?:that|who|whom|which|when|where|whether|if|because|as|while|after|before|since|how|why)\b/iu;

/** The clause of the cue opens with a relative or subordinating word (`under what Lee called`, `as Lee put it`). */
const CLAUSE_OPENING = /^\s*(?:\p{L}+\s+)?(?:what|when|where|how|as|which|who|that|whom)\s/iu;

/**
 * Between a sentence's opening time and the cue: a comma, a clause and a comma, then the subject (`, the economy grew, Lee
 * `, `, growth was slow, he `); the cue reports that clause, which the time dates.
 */
const REPORTED_CLAUSE_BEFORE_CUE =
  /^\s*,\s*[^,\s][^,]*,\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:he|she|they|it|we|I)\s+)$/u;

/**
 * Is a day or month the date of a happening told after the speech verb (`Lee said the emergency began on March
 * 1`, `told police the crash happened on Tuesday`, `said the deal would be signed in March`: `EVENT_VERB`,
 * `OTHER_TIME_VERB`), not the speech's? Only in the cue's sentence, after it (with no cue, in the quotation's
 * sentence after it).
 */
function dateOfHappening(
  text: string,
  layout: SentenceLayout,
  hit: TimeHit,
  quote: { start: number; end: number },
  cue: Span | null,
): boolean {
  // with no cue, the quotation itself stands for the speech (`The report said "…" and that the strike began on …`)
  if (!cue)
    return hit.start >= quote.end && sentenceAt(layout, hit.start).start <= quote.start
      ? EVENT_VERB.test(text.slice(quote.end, hit.start)) || OTHER_TIME_VERB.test(text.slice(quote.end, hit.start))
      : false;
  if (hit.start < cue.end) return false;
  if (sentenceAt(layout, hit.start).start > cue.start) return false;
  const gap =
    quote.start >= cue.end && quote.end <= hit.start
      ? text.slice(cue.end, quote.start) + ' ' + text.slice(quote.end, hit.start)
      : text.slice(cue.end, hit.start);
  return EVENT_VERB.test(gap) || OTHER_TIME_VERB.test(gap);
}

/**
 * Is a day or month the date of a thing named in a clause after the cue's comma (`he said, repeating his January
 * 2 remarks`, `she said, citing Tuesday's report`), not the speech's? The date stands between a determiner and a
 * noun, or takes `'s`: it dates the noun. Without the comma it dates the speech only after a preposition or as the
 * audience told (`said in his Tuesday speech`, `told Tuesday's meeting`), not in the reported clause (`said she felt
 * Tuesday's vote was …`).
 */
function dateOfOtherThing(
  text: string,
  layout: SentenceLayout,
  hit: TimeHit,
  quote: { start: number; end: number },
  cue: Span | null,
): boolean {
  if (!cue || hit.start < cue.end || sentenceAt(layout, hit.start).start > cue.start) return false;
  // `repeating his charge about the attacks of Sept. 11, 2001`: `of` before the date ties it to a noun
  if (hit.day && ofBefore(text, hit.start)) return true;
  const gap = without(text, cue.end, hit.start, quote);
  if (gap.includes(',')) return dateNamesAThing(text, hit, true);
  // `said she felt Tuesday's pleas were …`, `said the Tuesday vote was …`: a date naming a thing in the reported
  // clause; after a preposition, or as what the audience is, it may name the occasion (`said at Tuesday's rally`,
  // `said on Wednesday's programme`, `told Tuesday's meeting`)
  const empty = /^\s*$/u.test(gap);
  // (`on Monday's installment of his show`: `on` a day's programme or broadcast, wherever it stands)
  const opening = /^(?:on|in|at|during)\s/iu.exec(text.slice(hit.start, hit.end));
  if (opening && (empty || opening[0].toLowerCase().startsWith('on'))) return false;
  if (OCCASION_BEFORE.test(cue.text + gap) || (AUDIENCE_CUE.test(cue.text) && /^\s*(?:\p{L}+\s+)?$/u.test(gap)))
    return false;
  return dateNamesAThing(text, hit, true);
}

/** A preposition (and a determiner) right before a date: it may name the speech's occasion (`at Tuesday's rally`). */
const OCCASION_BEFORE =
  /\b(?:in|at|during|on|to|for|from|with|after)\s+(?:(?:his|her|their|its|our|my|the|an?)\s+)?$/iu;

/** Cues whose object is the audience (`told Tuesday's meeting`, `addressed the Monday rally`). */
const AUDIENCE_CUE = /^(?:told|tells|telling|addressed|addresses|addressing)\b/iu;

/**
 * The letters `then` in any case: every `THEN_TITLE` match holds them (no other character folds to one of them), so a
 * stretch without them holds no match.
 */
const THEN_WORD = /then/i;

/** The text of `[from, to)` with whatever part of the quotation lies in it put as one space (the words said). */
function without(text: string, from: number, to: number, quote: { start: number; end: number }): string {
  if (to <= from) return '';
  if (quote.end <= from || quote.start >= to) return text.slice(from, to);
  return text.slice(from, Math.max(from, quote.start)) + ' ' + text.slice(Math.min(to, quote.end), to);
}

/** Characters a clock may stand from the speech verb and still be its time (`told Acme Radio at 4 p.m.`). */
const CLOCK_REACH = 24;

/**
 * Is a clock the time of the speech? It opens its sentence (`At 4 p.m., Lee said…`, `At about 5 p.m. his
 * daughter told police…`), stands in brackets (`(16:46)`), or stands near the cue with no quotation between
 * (`said at 16:25`, `told Acme Radio at 4 p.m.`, `On Sept. 3, at 21:05, Lee said`); not the clock of another
 * clause (`told reporters the attack took place at about 7:45 p.m.`, `said he will wait until the polls close at 7
 * p.m.`).
 */
function clockOfSpeech(text: string, layout: SentenceLayout, hit: TimeHit, cue: Span | null): boolean {
  const sentence = sentenceAt(layout, hit.start);
  const lead = text.slice(sentence.start, hit.start);
  if (/^[\s"“‘'(]*(?:(?:at|around|about|just|shortly|before|after)\s+)*$/iu.test(lead) && !insideQuotation(lead))
    return true;
  if (/\(\s*$/u.test(lead)) return true;
  if (!cue) return false;
  const gap =
    hit.start >= cue.end ? text.slice(cue.end, hit.start) : hit.end <= cue.start ? text.slice(hit.end, cue.start) : '';
  if (hit.start < cue.end && hit.end > cue.start) return false;
  // after the cue a comma or semicolon starts another clause (`said, and the polls close at 7 p.m.`)
  return gap.length <= CLOCK_REACH && !/["“”„«»]|''/u.test(gap) && (hit.start < cue.end || !/[,;]/u.test(gap));
}

/** Characters back to its sentence's or paragraph's start the marks before a time are counted over at most. */
const MARKS_REACH = 1500;

/**
 * Does a day or month outside the quotation stand inside another quotation (`the ministry said it wanted "growth
 * from 4% today" and a "visible sector"`)? Those words are what was said, not when. A mark left open both since
 * the sentence's start and since the paragraph's says so (from the sentence alone, a quotation of several sentences
 * leaves an odd mark at a sentence's start; from the paragraph alone, a quotation reopened in a paragraph whose
 * breaks were lost does); the marks are counted from the quotation's end when the time follows it.
 */
function inOtherQuotation(
  text: string,
  layout: SentenceLayout,
  hit: TimeHit,
  quote: { start: number; end: number },
): boolean {
  // (its stretch between the quotation's pieces, around the cue, is outside any quotation)
  if (hit.start >= quote.start && hit.end <= quote.end) return false;
  // (a date alone between marks is a value written out, `datetime="2016-02-15"`, not words said)
  if (isQuoteMarkCode(text.charCodeAt(hit.start - 1)) && isQuoteMarkCode(text.charCodeAt(hit.end))) return false;
  const open = (from: number): boolean => {
    // (a sentence or paragraph that starts further back is not read: its marks are not counted, the time stands)
    if (hit.start - from > MARKS_REACH) return false;
    if (hit.start >= quote.end && quote.end >= from) {
      // (past the quotation's closing mark and the punctuation and space before it: `…complete,” she said`; not
      // past the opening mark of a quotation right after it)
      from = quote.end;
      while (from < Math.min(hit.start, quote.end + 4) && CLOSING_PUNCTUATION.test(text[from]!))
        if (isQuoteMarkCode(text.charCodeAt(from++)) || text[from - 1] === "'") break;
    }
    return openMarkAtEnd(text.slice(from, hit.start));
  };
  return open(sentenceAt(layout, hit.start).start) && open(paragraphStartAt(layout, hit.start));
}

/** What may stand right after a quotation's words: its closing mark (of any shape), the punctuation and space before it. */
const CLOSING_PUNCTUATION = /^["“”„’'«»‹›,.;:!?\s]$/u;

/**
 * Is a quotation left open at the end of `lead`? `“` opens, `”` closes, and `"` or a doubled `''` closes an open
 * quotation or opens one (a text may open with `“` and close with `"`).
 */
function openMarkAtEnd(lead: string): boolean {
  let open = false;
  for (let i = 0; i < lead.length; i++) {
    const c = lead.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 34) open = !open;
    else if (c === 39 && lead.charCodeAt(i + 1) === 39) {
      open = !open;
      i++;
    }
  }
  return open;
}

/** Is the end of `lead` (a sentence's start up to a word) inside a quotation: an opening mark left open? */
function insideQuotation(lead: string): boolean {
  const curly = (lead.match(/“/gu)?.length ?? 0) - (lead.match(/”/gu)?.length ?? 0);
  const straight = lead.match(/"/g)?.length ?? 0;
  const doubled = lead.match(/''|``/g)?.length ?? 0;
  return curly > 0 || straight % 2 === 1 || doubled % 2 === 1;
}

const first = (windows: Array<{ start: number; end: number }>): number => windows[0]!.start;

/** Days the publication date may be from the day the paragraph tells of and still stand, approximately, for it. */
const SCENE_DAYS = 7;

/**
 * When the quote's own sentences say nothing, the time its paragraph opens with or the sentence before
 * it states: `In February, bishops met in Rome. During the summit, the pope said "…"` (the quote's sentence
 * points back: `during the summit`, `at the time`, `that day`) takes February; a paragraph that opens
 * in another time (`In 2004, …`, `On 3 May, …`, more than a week before the publication date) makes the
 * publication date unsupported: no date. Undefined when the paragraph sets no time apart from it.
 */
function sceneTime(
  text: string,
  time: ArticleTime,
  quote: { start: number; end: number },
  cue: Span | null,
  windows: Array<{ start: number; end: number }>,
  sentenceStart: number,
  boundsStart: number,
): SaidAt | null | undefined {
  const { ctx, layout } = time;
  // the paragraph's start by binary search over the layout (a scan back to the last newline is quadratic over
  // one long line of many quotations)
  const paragraph = Math.max(boundsStart, paragraphStartAt(layout, sentenceStart));
  if (paragraph >= sentenceStart) return undefined;
  const before = findHits(time.matches, [{ start: paragraph, end: sentenceStart }], ctx).filter(
    (h) => !h.clock && !h.unresolved,
  );
  if (before.length === 0) return undefined;
  const own = windows.map((w) => text.slice(w.start, w.end)).join(' ');
  const spoken = text.slice(quote.start, quote.end);
  const pointer = TIME_ANAPHOR.exec(own.replace(spoken, ' '));
  if (pointer && !/\b(?:who|whom|whose|which|where)\b[^,;]*$/i.test(own.replace(spoken, ' ').slice(0, pointer.index))) {
    // the sentence right before: its time expression nearest to the quote
    const previous = sentenceAt(layout, Math.max(paragraph, sentenceStart - 1));
    const near = before.filter((h) => h.start >= previous.start).sort((a, b) => b.end - a.end);
    const at = (pick: (h: TimeHit) => boolean): TimeHit[] => near.filter(pick);
    const result = dated(
      text,
      at((h) => Boolean(h.day)),
      at((h) => Boolean(h.month)),
      at((h) => Boolean(h.span)),
    );
    if (result !== undefined) return result;
  }
  // a time that opens a sentence of the paragraph (`In 2004, …`, `On Saturday, …`) sets its scene
  const opening = before
    .filter((h) => {
      const sentence = sentenceAt(layout, h.start);
      const lead = text.slice(sentence.start, h.start);
      return /^[\s"“‘'(]*$/u.test(lead) && !insideQuotation(lead);
    })
    .sort((a, b) => b.start - a.start)[0];
  if (!opening || !ctx.articleDay) return undefined;
  const reference = dayNumber(ctx.articleDay);
  const last = opening.day ?? opening.span?.to ?? (opening.month ? lastDayOf(opening.month) : null);
  if (last && reference - dayNumber(last) > SCENE_DAYS) return null;
  return undefined;
}

function lastDayOf(month: { y: number; m: number }): Ymd {
  return addDays({ y: month.m === 12 ? month.y + 1 : month.y, m: month.m === 12 ? 1 : month.m + 1, d: 1 }, -1);
}

function stated(
  value: string,
  precision: SaidAtPrecision,
  text: string,
  span: { start: number; end: number },
  relative: boolean,
  rule: string,
): SaidAt {
  const expression = { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
  return { value, precision, basis: relative ? 'relative' : 'stated', expression, rule };
}

function articleContext(publishedAt: string | null): RuleContext {
  const full = publishedAt?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (full) {
    const day = { y: Number(full[1]), m: Number(full[2]), d: Number(full[3]) };
    if (isValidDay(day)) return { articleDay: day, articleMonth: { y: day.y, m: day.m }, yearDay: day };
  }
  const month = publishedAt?.match(/^(\d{4})-(\d{2})$/);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return { articleDay: null, articleMonth: { y: Number(month[1]), m: Number(month[2]) }, yearDay: null };
  }
  return { articleDay: null, articleMonth: null, yearDay: null };
}

/** How far the lead may run: the top of the text up to its first body paragraph, at most this many characters. */
const LEAD_LIMIT = 2000;

/**
 * End of the lead: the end of the first line of twelve or more words that ends a sentence (title, dek and captions
 * above it included). Read by char codes: for each line (a run of characters other than `\n`), trimmed of white
 * space, what `/[.!?]["'”’»)]*$/u.test(trimmed) && trimmed.split(/\s+/).length >= 12` says (white space is the
 * same set for `trim`, `\s` and `isSpaceUnit`, and none of it is astral), without the line's strings.
 */
function leadEnd(text: string): number {
  const n = text.length;
  for (let start = 0; start < n && start < LEAD_LIMIT;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    if (end > start && endsLeadSentence(text, start, end)) return Math.min(end, LEAD_LIMIT);
    start = end + 1;
  }
  return Math.min(n, LEAD_LIMIT);
}

/** Is the line `text[start, end)` a sentence of twelve words or more, no editor's note (see `leadEnd`)? */
function endsLeadSentence(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a < b && isSpaceUnit(text.charCodeAt(a))) a++;
  while (b > a && isSpaceUnit(text.charCodeAt(b - 1))) b--;
  let k = b;
  while (k > a && isLeadCloserCode(text.charCodeAt(k - 1))) k--;
  if (k === a) return false;
  const mark = text.charCodeAt(k - 1);
  if (mark !== 46 && mark !== 33 && mark !== 63) return false;
  // the words: one more than the runs of white space inside the trimmed line
  let words = 1;
  for (let i = a; i < b && words < 12; i++)
    if (isSpaceUnit(text.charCodeAt(i)) && !isSpaceUnit(text.charCodeAt(i - 1))) words++;
  // an editor's note above the story ("Editor's Note: This story has been updated…") is not its lead
  return words >= 12 && !editorNote.test(text.slice(a, b));
}

/** `"`, `'`, `”`, `’`, `»`, `)`: what may close a lead's sentence after its mark. */
const isLeadCloserCode = (c: number): boolean =>
  c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41;

const FULL_DATE_RULES = new Set(['date-iso', 'date-month-day', 'date-day-month']);

/**
 * The date of the event an undated article reports, read from its lead: the first full date there
 * written as the day something was said or announced (`Macron announced on September 4, 2025,
 * that…`), or the day the lead's story runs on (a caption's `in Paris on Sept. 3, 2025` with the lead's
 * `arrived in Paris on Sept. 3`). A deadline or a period (`until 15 July 2006`) and a date of history
 * (`the clubs met on 14 May, 1870`, `vanished 10 years ago, on 1 February 1995`) are not. The quotes
 * of an article without a publication date belong to that event unless their own sentences say
 * otherwise; it is never the article's publication date.
 */
function leadEventDay(text: string, layout: SentenceLayout, end: number): TimeHit | null {
  const lead = text.slice(0, end);
  const openings = ruleOpenings(lead);
  const none: RuleContext = { articleDay: null, articleMonth: null, yearDay: null };
  const datesIn = (ctx: RuleContext): TimeHit[] => {
    const hits: TimeHit[] = [];
    TIME_RULES.forEach((rule, r) => {
      if (!FULL_DATE_RULES.has(rule.name)) return;
      const pattern = STICKY_PATTERNS[r]!;
      for (const at of openings[r]!) {
        pattern.lastIndex = at;
        const match = pattern.exec(lead);
        if (match === null) continue;
        const meaning = rule.read(match, ctx);
        if (!meaning?.day || notWhenSaid(text, match.index, false)) continue;
        const hit: TimeHit = { rule: rule.name, start: match.index, end: match.index + match[0].length, ...meaning };
        extendDate(text, hit);
        hits.push(hit);
      }
    });
    return hits.sort((a, b) => a.start - b.start);
  };
  for (const hit of datesIn(none)) {
    // only "on <date>" is the day something happened
    if (!/^on\s/i.test(text.slice(hit.start, hit.end))) continue;
    const sentence = sentenceAt(layout, hit.start);
    if (LEAD_STATEMENT.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 600)))) return hit;
    const sameDay = datesIn({ articleDay: null, articleMonth: null, yearDay: hit.day! }).some(
      (other) => (other.end <= hit.start || other.start >= hit.end) && dayNumber(other.day!) === dayNumber(hit.day!),
    );
    if (sameDay) return hit;
  }
  return null;
}

/**
 * What timing reads of one article, computed once for all its quotes: the date context (with the lead's
 * event day when the article has no date), its sentences (the document model's) and every rule's matches. A
 * plain record of the article's text and date; `inferSaidAt` takes it for each quote.
 */
export interface ArticleTime {
  text: string;
  publishedAt: string | null;
  ctx: RuleContext;
  lead: TimeHit | null;
  /** The lead presents the article as a digest of a month or more (see `LONG_DIGEST`). */
  digest: boolean;
  layout: SentenceLayout;
  matches: readonly RuleMatch[];
}

/** `layout`: the article's sentences, when the document model of its text is at hand. */
export function articleTime(
  article: Pick<Article, 'text' | 'publishedAt'>,
  layout: SentenceLayout = sentenceLayout(article.text),
): ArticleTime {
  const { text, publishedAt } = article;
  if (layout.text !== text)
    throw new Error('articleTime: `layout` is the layout of another text (sentenceLayout of this text)');
  const ctx = articleContext(publishedAt);
  // only an article without a date of its own reads the event date of its lead
  const end = leadEnd(text);
  const lead = ctx.articleDay === null && ctx.articleMonth === null ? leadEventDay(text, layout, end) : null;
  if (lead) ctx.yearDay = lead.day!;
  const digest = LONG_DIGEST.test(text.slice(0, end));
  return { text, publishedAt, ctx, lead, digest, layout, matches: ruleMatches(text, ctx) };
}

/** The text ranges to search: the quote's sentences, the cue's sentence, and a parenthetical right after them. */
function searchWindows(
  text: string,
  sentences: { of: (pos: number) => { start: number; end: number } },
  quote: { start: number; end: number },
  cue: Span | null,
  limit: number,
): Array<{ start: number; end: number }> {
  const first = sentences.of(Math.max(0, quote.start - 1));
  const last = sentences.of(Math.max(quote.start, quote.end - 1));
  const windows = [{ start: first.start, end: Math.max(first.end, last.end) }];
  if (cue) {
    const cueSentence = sentences.of(cue.start);
    const cueEnd = sentences.of(Math.max(cue.start, cue.end - 1));
    windows.push({ start: cueSentence.start, end: Math.max(cueSentence.end, cueEnd.end) });
  }
  const end = Math.max(...windows.map((w) => w.end));
  // "…he said. (16:46)" — a timestamp in brackets right after the sentence belongs to it.
  const paren = text.slice(end, Math.min(end + 40, limit)).match(/^\s*\([^()\n]{1,30}\)/);
  if (paren) windows.push({ start: end, end: end + paren[0].length });
  return windows;
}

/** `"“”„«»‹›‘`: marks whatever stands beside them. */
const isQuoteMarkCode = (c: number): boolean =>
  c === 34 ||
  c === 0x201c ||
  c === 0x201d ||
  c === 0x201e ||
  c === 0xab ||
  c === 0xbb ||
  c === 0x2039 ||
  c === 0x203a ||
  c === 0x2018;
const LETTER_POINT = /^\p{L}$/u;

/** Does a letter (`\p{L}`, a whole code point) end just before `i`, as `(?<!\p{L})` reads at `i`? */
function letterEndsAt(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER_POINT.test(text.slice(i - 2, i));
  }
  return isLetterUnit(c);
}

/** Does a letter (a whole code point) start at `i`, as `(?!\p{L})` reads at `i`? */
function letterStartsAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const l = text.charCodeAt(i + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return LETTER_POINT.test(text.slice(i, i + 2));
  }
  return isLetterUnit(c);
}

/**
 * The quotation itself is not searched: its words are what was said, not when. When the cue
 * interrupts the quotation ("We are ready," Macron said on Tuesday, "to act."), the stretch between
 * the closing and reopening marks around the cue is searched: that stretch (empty when no cue interrupts).
 */
function allowedInQuote(
  text: string,
  quote: { start: number; end: number },
  cue: Span | null,
): { start: number; end: number } {
  if (!cue || cue.start < quote.start || cue.end > quote.end) return { start: 0, end: 0 };
  let open = quote.start;
  let close = quote.end;
  // the marks: `["“”„«»‹›‘]`, a `'` not between two letters, a `’` before no letter (each one character, so
  // the offsets are those of /["“”„«»‹›]|(?<!\p{L})'|'(?!\p{L})|‘|’(?!\p{L})/gu), read by char codes
  for (let i = quote.start; i < quote.end; i++) {
    const c = text.charCodeAt(i);
    let mark: boolean;
    if (c === 39) mark = !letterEndsAt(text, i) || !letterStartsAt(text, i + 1);
    else if (c === 0x2019) mark = !letterStartsAt(text, i + 1);
    else mark = isQuoteMarkCode(c);
    if (!mark) continue;
    if (i < cue.start) open = i;
    else if (i >= cue.end && close === quote.end) close = i;
  }
  return { start: open, end: close };
}
