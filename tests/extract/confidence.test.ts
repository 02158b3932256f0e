import { describe, expect, it } from 'vitest';
import type { Attribution, ExtractedQuote, SpeakerKind } from '../../src/model/types.js';
import {
  CONFIDENCE_MODEL_VERSION,
  calibrateConfidence,
  calibratedProbability,
  confidenceBand,
  logisticScore,
  parseConfidenceModel,
  phraseKindOf,
  quoteFeatures,
} from '../../src/extract/confidence.js';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';
import committed from '../../src/extract/confidence-model.json' with { type: 'json' };

const TEXT = [
  'Harbour plan',
  '',
  'Mayor Ida Marr opened the harbour on Monday. "We will rebuild the quay," Ida Marr said. "It will take a year," she added.',
  '',
  'Tom Baker, who runs the ferry, was less sure. "Nobody asked us," he said.',
  '',
  '"The money is not there," a spokesman said.',
].join('\n');

/** A quote record as the extractor gives it, spans found by their words (so the rules' changes do not move these tests). */
function quote(
  words: string,
  name: string | null,
  kind: SpeakerKind | null,
  mention: string,
  cue: string,
  reason: string,
): ExtractedQuote {
  const start = TEXT.indexOf(words);
  const end = start + words.length;
  const m = TEXT.indexOf(mention, end);
  const c = TEXT.indexOf(cue, m);
  const attribution: Attribution = {
    name,
    role: null,
    kind,
    mention: { start: m, end: m + mention.length, text: mention },
    cue: { start: c, end: c + cue.length, text: cue },
    reason,
    confidence: 0.5,
  };
  return { articleId: 't', start, end, text: words, pieces: [{ start, end }], kind: 'full', attribution, saidAt: null };
}

const quotes = (): ExtractedQuote[] => [
  quote('We will rebuild the quay,', 'Ida Marr', 'named', 'Ida Marr', 'said', 'after-quote-adjacent'),
  quote('It will take a year,', 'Ida Marr', 'pronoun', 'she', 'added', 'after-quote-adjacent'),
  quote('Nobody asked us,', 'Tom Baker', 'pronoun', 'he', 'said', 'after-quote-adjacent'),
  quote('The money is not there,', null, 'nominal', 'a spokesman', 'said', 'after-quote-adjacent'),
];

describe('features of a quote, from the quote record and the text', () => {
  const features = quoteFeatures(TEXT, quotes());
  it.each<[string, number, string[]]>([
    ['"We will rebuild the quay," Ida Marr said.', 0, ['mention-is-name', 'side=after', 'kind=named', 'cue-common']],
    [
      '"It will take a year," she added.',
      1,
      ['mention-pronoun', 'side=after', 'pronoun:antecedent-distance', 'previous-same'],
    ],
    ['"Nobody asked us," he said.', 2, ['mention-pronoun', 'pronoun:antecedent-distance', 'speaks-once']],
  ])('%s', (_sentence, i, names) => {
    const f = features[i]!;
    for (const name of names) expect(f.has(name), name).toBe(true);
    for (const v of f.values()) expect(v).toBeGreaterThanOrEqual(0);
  });

  it("gives each feature again under the quote's phrase type, with the same value", () => {
    for (const [i, type] of [
      [0, 'name'],
      [1, 'pronoun'],
      [2, 'pronoun'],
    ] as const) {
      const f = features[i]!;
      const shared = [...f].filter(([k]) => !k.includes('|'));
      expect(shared.length).toBeGreaterThan(5);
      expect(f.size).toBe(2 * shared.length);
      for (const [k, v] of shared) expect(f.get(`${type}|${k}`), `${type}|${k}`).toBe(v);
    }
  });

  it('a typed weight moves the score of its phrase type only', () => {
    const model = parseConfidenceModel(
      {
        version: 't',
        bias: 0,
        weights: { 'cue-common': 1, 'pronoun|cue-common': -3 },
        isotonic: { thresholds: [], values: [0.5] },
        bands: { certain: 0.9, likely: 0.6 },
      },
      'test',
    );
    expect(logisticScore(features[0]!, model)).toBe(1);
    expect(logisticScore(features[1]!, model)).toBe(-2);
    expect(logisticScore(features[2]!, model)).toBe(-2);
  });

  it('"The money is not there," a spokesman said: no speaker name, no features', () => {
    const all = quotes();
    expect(all[3]!.attribution.name).toBeNull();
    expect(features[3]).toBeNull();
  });
});

describe('calibrated confidence', () => {
  it('changes only the confidence: same quotes, spans and speakers', () => {
    const found = quotes();
    const again = calibrateConfidence(TEXT, found);
    expect(again.map((q) => ({ ...q, attribution: { ...q.attribution, confidence: 0 } }))).toEqual(
      found.map((q) => ({ ...q, attribution: { ...q.attribution, confidence: 0 } })),
    );
  });

  it('is a probability, and 0 for a quote with no speaker name', () => {
    for (const q of calibrateConfidence(TEXT, quotes())) {
      expect(q.attribution.confidence).toBeGreaterThanOrEqual(0);
      expect(q.attribution.confidence).toBeLessThanOrEqual(1);
      if (q.attribution.name === null) expect(q.attribution.confidence).toBe(0);
    }
  });

  it('calibrates a pronoun attribution by the pronoun step and a name by the pooled one, at the same score', () => {
    // no weights: every named quote scores 0; only the phrase kind chooses the step
    const model = parseConfidenceModel(
      {
        version: 't',
        bias: 0,
        weights: {},
        isotonic: { thresholds: [], values: [0.9] },
        isotonicByKind: { pronoun: { thresholds: [], values: [0.8] } },
        bands: { certain: 0.9, likely: 0.6 },
      },
      'test',
    );
    const conf = calibrateConfidence(TEXT, quotes(), model).map((q) => q.attribution.confidence);
    // `Ida Marr said` (a name), `she added`, `he said` (pronouns), a spokesman (no name)
    expect(conf).toEqual([0.9, 0.8, 0.8, 0]);
    expect(quoteFeatures(TEXT, quotes()).map((f) => (f === null ? null : phraseKindOf(f)))).toEqual([
      'name',
      'pronoun',
      'pronoun',
      null,
    ]);
  });

  it('extraction gives the calibrated confidence', () => {
    const found = extractQuotes(article(TEXT));
    expect(found.length).toBeGreaterThan(0);
    expect(calibrateConfidence(TEXT, found)).toEqual(found);
  });

  it('the committed model is valid, versioned, and its step function rises with the score', () => {
    const model = parseConfidenceModel(committed, 'confidence-model.json');
    expect(CONFIDENCE_MODEL_VERSION.startsWith(`${model.version}+`)).toBe(true);
    expect(model.version).not.toBe('untrained');
    const { thresholds, values } = model.isotonic;
    for (let i = 1; i < thresholds.length; i++) expect(thresholds[i]!).toBeGreaterThan(thresholds[i - 1]!);
    let last = -1;
    for (let z = -10; z <= 10; z += 0.05) {
      const p = calibratedProbability(z, model);
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
    }
    expect(values[values.length - 1]!).toBeLessThan(1);
  });

  it('bands rise with the confidence', () => {
    const rank = { uncertain: 0, likely: 1, certain: 2 };
    let last = 0;
    for (let c = 0; c <= 1; c += 0.01) {
      const r = rank[confidenceBand(c)];
      expect(r).toBeGreaterThanOrEqual(last);
      last = r;
    }
    expect(confidenceBand(0.95)).toBe('certain');
    expect(confidenceBand(0.7)).toBe('likely');
    expect(confidenceBand(0)).toBe('uncertain');
  });

  it('refuses a broken model with a message naming it', () => {
    expect(() =>
      parseConfidenceModel(
        {
          version: 'x',
          bias: 0,
          weights: {},
          isotonic: { thresholds: [0], values: [0.5] },
          bands: { certain: 0.9, likely: 0.6 },
        },
        'm.json',
      ),
    ).toThrow(/confidence: 'm.json'.*one value more than thresholds/);
  });
});
