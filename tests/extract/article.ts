import { parseConfidenceModel, type ConfidenceModel } from '../../src/extract/confidence.js';
import type { Article, Attribution, ExtractedQuote } from '../../src/model/types.js';

/** An article holding just `text`, as the attribution tests feed the extractor (dated, titled, no furniture). */
export function article(text: string): Article {
  return {
    id: 't',
    recordId: null,
    path: 't.jsonl',
    line: 1,
    title: 'Harbour plan',
    publisher: null,
    url: null,
    author: null,
    publishedAt: '2016-03-01',
    dateline: null,
    text,
    furniture: [],
    metaOrigin: {},
  };
}

/**
 * An article whose text is a headline paragraph, then `body` (as most extraction tests write them): the
 * headline is skipped when looking for speakers.
 */
export function underHeadline(body: string, headline = 'Headline of the day', title = 'Headline'): Article {
  return { ...article(`${headline}\n\n${body}`), path: 't.txt', line: null, title, publishedAt: '2024-03-05' };
}

/**
 * A quote `words` in `text` given to `name` through the mention `mention` after it (`"…," Jo Lee said`,
 * `"…," he said`): the mention is the first `mention` after the quote, the cue the first `said` after the mention.
 */
export function quoteSaidAfter(
  text: string,
  words: string,
  name: string,
  mention: string,
  kind: 'named' | 'pronoun',
): ExtractedQuote {
  return quoteIn(text, words, {
    name,
    mention,
    cue: 'said',
    reason: 'after-quote-adjacent',
    speakerKind: kind,
    mentionFrom: 'quote-end',
    cueFrom: 'mention',
  });
}

/**
 * A quote of `words` in `text` given to `name`, its mention and cue found by their text (the mention from the
 * text's start or the quote's end, the cue from an offset or the mention), with confidence 0.5: the record the
 * confidence and guard tests score.
 */
export function quoteIn(
  text: string,
  words: string,
  at: {
    name: string;
    mention: string;
    cue: string;
    reason: string;
    kind?: ExtractedQuote['kind'];
    speakerKind?: 'named' | 'pronoun';
    mentionFrom?: 'text' | 'quote-end';
    cueFrom?: number | 'mention';
  },
): ExtractedQuote {
  const start = text.indexOf(words);
  const end = start + words.length;
  const m = text.indexOf(at.mention, at.mentionFrom === 'quote-end' ? end : 0);
  const c = text.indexOf(at.cue, at.cueFrom === 'mention' ? m : (at.cueFrom ?? 0));
  const attribution: Attribution = {
    name: at.name,
    role: null,
    kind: at.speakerKind ?? 'named',
    mention: { start: m, end: m + at.mention.length, text: at.mention },
    cue: { start: c, end: c + at.cue.length, text: at.cue },
    reason: at.reason,
    confidence: 0.5,
  };
  return {
    articleId: 't',
    start,
    end,
    text: words,
    pieces: [{ start, end }],
    kind: at.kind ?? 'full',
    attribution,
    saidAt: null,
  };
}

/** A quote of `text` given to `mention` (its words, mention and cue found by their text from its start). */
export function givenTo(
  text: string,
  words: string,
  mention: string,
  cue: string,
  reason = 'cue-before-quote',
): ExtractedQuote {
  return quoteIn(text, words, { name: mention, mention, cue, reason });
}

/** The same with the mention looked for after the quotation and the cue after the mention (`"…" Jo Lee said`). */
export function givenAfter(text: string, words: string, mention: string, cue: string): ExtractedQuote {
  return quoteIn(text, words, {
    name: mention,
    mention,
    cue,
    reason: 'cue-later-in-sentence',
    mentionFrom: 'quote-end',
    cueFrom: 'mention',
  });
}

/** A confidence model that trusts every quote (0.99 for any score): what the guard tests calibrate with, so a guard's cap is all that moves a quote. */
export function sureModel(): ConfidenceModel {
  return parseConfidenceModel(
    {
      version: 'sure',
      bias: 5,
      weights: {},
      isotonic: { thresholds: [0], values: [0.1, 0.99] },
      bands: { certain: 0.9, likely: 0.6 },
    },
    'sure',
  );
}
