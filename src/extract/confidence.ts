/**
 * Calibrated attribution confidence: the probability that a quotation's speaker is right.
 *
 *   quote + article text → features → logistic score → isotonic step → probability → band
 *
 * The model (confidence-model.json) is trained by `npm run train` on annotated news: a logistic
 * regression over the rule that fired, how the speaker was found and where, then an isotonic
 * calibration fitted on out-of-fold scores, so 0.9 means right nine times in ten on news like the
 * training sets. A quotation with no speaker name has confidence 0: there is no speaker to trust.
 * Features read only the quote records and the article text, never the rules' internals, so a
 * renamed rule costs its one-hot weight until the model is retrained, nothing else.
 */
import { z } from 'zod';
import { partitionPoint } from '../lib/sorted.js';
import type { ExtractedQuote } from '../model/types.js';
import committedModel from './confidence-model.json' with { type: 'json' };
import { RANKING_MODEL } from './ranking.js';

/** How far a reader may trust an attribution. */
export type ConfidenceBand = 'certain' | 'likely' | 'uncertain';

const ModelSchema = z
  .object({
    version: z.string().min(1),
    /** Weight of each feature by name; features the model does not know weigh nothing. */
    weights: z.record(z.string(), z.number()),
    bias: z.number(),
    /** Isotonic step function over the logistic score: `values[i]` applies from `thresholds[i-1]` up to `thresholds[i]`. */
    isotonic: z
      .object({ thresholds: z.array(z.number()), values: z.array(z.number().min(0).max(1)) })
      .refine((s) => s.values.length === s.thresholds.length + 1, 'isotonic: needs one value more than thresholds'),
    /** Lowest confidence of each band. */
    bands: z.object({ certain: z.number(), likely: z.number() }),
  })
  .passthrough();

export type ConfidenceModel = z.infer<typeof ModelSchema>;

/** Validates a model read from disk or built by training; throws naming what is wrong. */
export function parseConfidenceModel(raw: unknown, origin: string): ConfidenceModel {
  const r = ModelSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(
      `confidence: '${origin}': ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'bad model'}; retrain with npm run train`,
    );
  }
  return r.data;
}

const MODEL = parseConfidenceModel(committedModel, 'src/extract/confidence-model.json');

/**
 * The version of the committed models the extraction depends on, the confidence model and the
 * candidate ranking (ranking-model.json): a new model of either means quotes must be extracted again.
 */
export const CONFIDENCE_MODEL_VERSION: string = `${MODEL.version}+${RANKING_MODEL.version}`;

/** The band a confidence falls in, by the model's thresholds. */
export function confidenceBand(confidence: number, model: ConfidenceModel = MODEL): ConfidenceBand {
  if (confidence >= model.bands.certain) return 'certain';
  if (confidence >= model.bands.likely) return 'likely';
  return 'uncertain';
}

/** Feature values by name (absent = 0). */
export type Features = Map<string, number>;

/** The ordinary verbs of reported speech: `said`, `told`, `according to`. */
const COMMON_CUES = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'according to',
  'asked',
  'wrote',
  'writes',
  'explained',
  'noted',
  'continued',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'him', 'her', 'them', 'his', 'its', 'their']);
/** Characters read on each side of a quotation when looking at its paragraph. */
const PARAGRAPH_REACH = 1500;

const lastWord = (s: string): string => (/[\p{L}\p{N}'’-]+(?=[^\p{L}\p{N}]*$)/u.exec(s)?.[0] ?? '').toLowerCase();
/** `0..1` on a log scale, 1 from `max` on. */
const logScale = (n: number, max: number): number => Math.min(1, Math.log1p(Math.max(0, n)) / Math.log1p(max));

/** Sentence ends (`. ` before a capital or an opening mark) in a stretch of text. */
function sentenceBreaks(s: string): number {
  const m = s.match(/[.!?]["”’']?\s+(?=[\p{Lu}"“‘])/gu);
  return m === null ? 0 : m.length;
}

/** Paragraph `[start, end)` around `at`, read at most PARAGRAPH_REACH each way (a line may be a megabyte long). */
function paragraphAround(text: string, at: number): [number, number] {
  let start = at;
  const lo = Math.max(0, at - PARAGRAPH_REACH);
  while (start > lo && text[start - 1] !== '\n') start--;
  let end = at;
  const hi = Math.min(text.length, at + PARAGRAPH_REACH);
  while (end < hi && text[end] !== '\n') end++;
  return [start, end];
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Start of the last whole-word `word` in `text` before `before`, or -1. */
function lastWordAt(text: string, word: string, before: number): number {
  if (word === '' || before < word.length) return -1;
  let at = text.lastIndexOf(word, before - word.length);
  // lastIndexOf reads a negative start as 0: stop at the text's start
  while (at >= 0 && (isWordChar(text[at - 1]) || isWordChar(text[at + word.length])))
    at = at === 0 ? -1 : text.lastIndexOf(word, at - 1);
  return at;
}

/**
 * Distinct capitalised words inside sentences (not opening one) in a stretch, other than the
 * speaker's own name words: other people the quote might be theirs.
 */
function otherNames(s: string, own: ReadonlySet<string>): number {
  const words = new Set<string>();
  for (const m of s.matchAll(/\p{Lu}\p{Ll}+/gu)) {
    let j = m.index - 1;
    if (j < 0 || s[j] !== ' ') continue;
    while (j > 0 && s[j] === ' ') j--;
    if (/[.!?"“”'‘’:\n]/u.test(s[j]!) || own.has(m[0])) continue;
    words.add(m[0]);
  }
  return words.size;
}

/** Characters back from a pronoun over which its speaker's last naming is looked for. */
const ANTECEDENT_REACH = 3000;

/**
 * Features of every quote of one article (null for a quote without a speaker name), from the quote
 * records and the text only.
 */
export function quoteFeatures(text: string, quotes: readonly ExtractedQuote[]): Array<Features | null> {
  const speaks = new Map<string, number>();
  for (const q of quotes)
    if (q.attribution.name !== null) speaks.set(q.attribution.name, (speaks.get(q.attribution.name) ?? 0) + 1);
  const namesByParagraph = new Map<number, Set<string>>();
  const paragraphs = quotes.map((q) => {
    const p = paragraphAround(text, q.start);
    const names = namesByParagraph.get(p[0]) ?? new Set<string>();
    if (q.attribution.name !== null) names.add(q.attribution.name);
    namesByParagraph.set(p[0], names);
    return p;
  });
  // capitalised words of a paragraph outside its quotations, once per paragraph
  const names = new Map<number, number>();
  const paragraphNames = (ps: number, pe: number, i: number): number => {
    let n = names.get(ps);
    if (n === undefined) {
      // only the quotes near quote i: a megabyte-long line of quotations costs the same per quote
      let from = i;
      while (from > 0 && quotes[from - 1]!.end > ps - PARAGRAPH_REACH) from--;
      let to = i;
      while (to + 1 < quotes.length && quotes[to + 1]!.start < pe) to++;
      const kept: string[] = [];
      let at = ps;
      for (const other of quotes.slice(from, to + 1)) {
        for (const p of other.pieces) {
          if (p.end <= at || p.start >= pe) continue;
          kept.push(text.slice(at, Math.max(at, p.start)));
          at = Math.max(at, p.end);
        }
      }
      kept.push(text.slice(at, pe));
      n = otherNames(kept.join(' , '), new Set());
      names.set(ps, n);
    }
    return n;
  };
  const seen = new Map<string, number>();
  const occurrences = (word: string): number => {
    let n = seen.get(word);
    if (n === undefined) {
      n = 0;
      for (let at = lastWordAt(text, word, text.length); at >= 0; at = lastWordAt(text, word, at)) n++;
      seen.set(word, n);
    }
    return n;
  };
  return quotes.map((q, i) => {
    const a = q.attribution;
    if (a.name === null) return null;
    const f: Features = new Map();
    const set = (k: string, v = 1): void => {
      if (v !== 0) f.set(k, v);
    };
    set(`reason=${a.reason}`);
    set(`family=${a.reason.split('-')[0]}`);
    set(`kind=${a.kind ?? 'none'}`);
    if (a.role !== null) set('role');
    const nameTokens = a.name.split(/\s+/u).filter((t) => t !== '');
    const own = new Set(nameTokens.map((t) => t.replace(/['’]s$/u, '')));
    const surname = nameTokens[nameTokens.length - 1] ?? '';
    if (nameTokens.length === 1) set('name-single-token');
    set('name-tokens', Math.min(4, nameTokens.length) / 4);
    if (a.mention !== null) {
      const m = a.mention;
      const mentionWord = lastWord(m.text);
      if (PRONOUNS.has(mentionWord)) set('mention-pronoun');
      else if (mentionWord === lastWord(a.name)) set('mention-is-name');
      else set('mention-description');
      const side = m.end <= q.start ? 'before' : m.start >= q.end ? 'after' : 'inside';
      set(`side=${side}`);
      const between =
        side === 'before' ? text.slice(m.end, q.start) : side === 'after' ? text.slice(q.end, m.start) : '';
      const how = PRONOUNS.has(mentionWord) ? 'pronoun' : mentionWord === lastWord(a.name) ? 'name' : 'description';
      set(`${how}:distance`, logScale(between.length, 2000));
      set(`${how}:sentences-between`, Math.min(3, sentenceBreaks(between)) / 3);
      if (between.includes('\n')) set(`${how}:paragraph-between`);
      set(`${how}:others-between`, logScale(otherNames(between, own), 6));
      if (how !== 'name') {
        // `Lee arrived late. … "We tried," he said.`: how far back, and past how many other names, the
        // speaker was last named before the pronoun or description that stands for them
        const from = Math.max(0, m.start - ANTECEDENT_REACH);
        const window = text.slice(from, m.start);
        const back = lastWordAt(window, surname, window.length);
        if (back < 0) set(`${how}:antecedent-missing`);
        else {
          const gap = window.slice(back + surname.length);
          set(`${how}:antecedent-distance`, logScale(gap.length, 3000));
          set(`${how}:antecedent-sentences`, Math.min(5, sentenceBreaks(gap)) / 5);
          set(`${how}:antecedent-others`, logScale(otherNames(gap, own), 10));
          if (gap.includes('\n')) set(`${how}:antecedent-paragraph`);
        }
      }
    } else {
      set('no-mention');
    }
    if (a.cue === null) set('no-cue');
    else if (
      COMMON_CUES.has(a.cue.text.toLowerCase().replace(/\s+/gu, ' ').trim()) ||
      COMMON_CUES.has(lastWord(a.cue.text))
    )
      set('cue-common');
    else set('cue-other');
    if (q.kind === 'partial') set('partial');
    set('quote-length', logScale(q.end - q.start, 1000));
    if (q.pieces.length > 1) set('pieces');
    const count = speaks.get(a.name) ?? 0;
    set('speaker-quotes', logScale(count - 1, 20));
    if (count === 1) set('speaks-once');
    set('speakers', logScale(speaks.size - 1, 10));
    const [ps, pe] = paragraphs[i]!;
    set('paragraph-speakers', Math.min(4, namesByParagraph.get(ps)!.size - 1) / 3);
    set('paragraph-capitalised', logScale(paragraphNames(ps, pe, i), 10));
    const prev = quotes[i - 1]?.attribution.name ?? null;
    const next = quotes[i + 1]?.attribution.name ?? null;
    if (prev === a.name) set('previous-same');
    if (next === a.name) set('next-same');
    if (ps === 0) set('first-paragraph');
    set('name-occurrences', logScale(occurrences(surname), 20));
    return f;
  });
}

/** The model's logistic score (log-odds before calibration) of one feature set. */
export function logisticScore(features: Features, model: ConfidenceModel = MODEL): number {
  let z = model.bias;
  for (const [k, v] of features) z += (model.weights[k] ?? 0) * v;
  return z;
}

/** The isotonic step at a logistic score. */
export function calibratedProbability(score: number, model: ConfidenceModel = MODEL): number {
  const { thresholds, values } = model.isotonic;
  // first threshold above the score: its index is the step the score falls in
  return values[partitionPoint(thresholds.length, (i) => thresholds[i]! <= score)]!;
}

/**
 * The quotes of one article with each attribution's confidence set to the model's calibrated
 * probability that the speaker is right (0 when there is no speaker name). Nothing else changes.
 */
export function calibrateConfidence<Q extends ExtractedQuote>(
  text: string,
  quotes: Q[],
  model: ConfidenceModel = MODEL,
): Q[] {
  const features = quoteFeatures(text, quotes);
  return quotes.map((q, i) => {
    const f = features[i]!;
    const confidence = f === null ? 0 : calibratedProbability(logisticScore(f, model), model);
    return { ...q, attribution: { ...q.attribution, confidence } };
  });
}
