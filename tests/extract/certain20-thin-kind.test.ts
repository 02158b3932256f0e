import { describe, expect, it } from 'vitest';
import { kindSteps } from '../../scripts/train.js';
import type { PhraseKind } from '../../src/extract/confidence.js';

/** `n` points of a kind at scores 0..n-1, the first `wrong` of them wrong. */
function points(kind: PhraseKind, n: number, wrong: number) {
  return Array.from({ length: n }, (_, i) => ({ score: i, label: i < wrong ? 0 : 1, weight: 1, kind }));
}
const POOLED = { thresholds: [1.5, 3.5], values: [0.5, 0.9, 0.99] };

describe('kindSteps: a phrase kind too thin for a step of its own', () => {
  const all = [...points('name', 30, 3), ...points('description', 7, 0), ...points('pronoun', 4, 2)];

  it('takes the pooled step without the cap (no step of its own)', () => {
    const steps = kindSteps(all, 20, 2).isotonicByKind!;
    expect(Object.keys(steps)).toEqual(['name']);
  });

  it.each<[PhraseKind, number]>([
    ['description', (7 + 1) / (7 + 2)],
    ['pronoun', (2 + 1) / (4 + 2)],
  ])('with the cap, %s is held to its own record, shrunk', (kind, cap) => {
    const step = kindSteps(all, 20, 2, POOLED).isotonicByKind![kind]!;
    expect(step.thresholds).toEqual(POOLED.thresholds);
    expect(step.values).toEqual(POOLED.values.map((v) => Math.min(v, Math.round(cap * 1e4) / 1e4)));
  });

  it('leaves a kind with a step of its own and a kind with no points alone', () => {
    const capped = kindSteps(all, 20, 2, POOLED).isotonicByKind!;
    expect(capped.name).toEqual(kindSteps(all, 20, 2).isotonicByKind!.name);
    expect(capped.none).toBeUndefined();
  });
});
