import { describe, expect, it } from 'vitest';
import {
  calibrateConfidence,
  featureProbability,
  logisticScore,
  parseConfidenceModel,
  quoteFeatures,
} from '../../src/extract/confidence.js';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

/**
 * Extraction sums a quote's score by one weight lookup per feature (shared and typed weights together);
 * training reads the features as maps (`quoteFeatures`, `logisticScore`). Both must give the same score to
 * the last bit: a model with a weight on every feature name the quotes give, and an isotonic step at each
 * quote's exact score, turns any difference into a different confidence.
 */
const TEXTS: string[] = [
  'Jo Lind met Sam Park on Monday. "We agreed on the plan," he said. "It will cost more," said Park, the council leader.',
  'The Harbour Board said it would appeal. "The ruling is wrong," a spokesman said.\n\n"We will rebuild it," Ida Marr told reporters on Tuesday.',
  '"Not now," Acme Foods said in a statement. Mia Holt, who chairs the panel, said the vote was "a mistake".\n\nShe added: "We lost."',
  'Tom Vale arrived late. Later, he said: "It was a long day." Vale also said that the plan was "reckless" and "unfair".',
];

/** A deterministic weight in [-1, 1) per feature name. */
function weightOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return ((h >>> 0) / 2 ** 32) * 2 - 1;
}

describe('calibrateConfidence sums the same score as logisticScore over quoteFeatures', () => {
  it.each(TEXTS.map((t, i) => [i, t] as const))('text %i', (_, text) => {
    const quotes = extractQuotes(article(text));
    expect(quotes.length).toBeGreaterThan(0);
    const features = quoteFeatures(text, quotes);
    const weights: Record<string, number> = {};
    for (const f of features) if (f !== null) for (const k of f.keys()) weights[k] = weightOf(k);
    // a feature the quotes never give, and a typed name of one they do, weigh too
    weights['no-such-feature'] = 0.5;
    const base = parseConfidenceModel(
      {
        version: 't',
        weights,
        bias: 0.125,
        isotonic: { thresholds: [], values: [0.5] },
        bands: { certain: 0.9, likely: 0.6 },
      },
      'test',
    );
    const scores = [...new Set(features.flatMap((f) => (f === null ? [] : [logisticScore(f, base)])))].sort(
      (a, b) => a - b,
    );
    const values = Array.from({ length: scores.length + 1 }, (_, i) => i / (scores.length + 1));
    const model = parseConfidenceModel({ ...base, isotonic: { thresholds: scores, values } }, 'test');
    const calibrated = calibrateConfidence(text, quotes, model).map((q) => q.attribution.confidence);
    expect(calibrated).toEqual(features.map((f) => (f === null ? 0 : featureProbability(f, model))));
    // and the scores spread over the steps: the check is not vacuous
    expect(new Set(calibrated).size).toBeGreaterThan(1);
  });
});
