/**
 * The order postgres.ts sends given `/api/search` paths in (pg-common.ts mixedOrder): every path once, the same order
 * for the same seed, and the kinds mixed, so that a run shorter than the file does not measure one kind only.
 */
import { describe, expect, it } from 'vitest';
import { mixedOrder } from '../../scripts/bench/pg-common.js';

/** A paths file as run.ts writes it: `perKind` of each kind, one kind after another. */
const blocks = (perKind: number): string[] =>
  ['plain', 'prefix', 'speaker', 'faceted'].flatMap((kind) =>
    Array.from({ length: perKind }, (_, i) => `${kind}-${i}`),
  );

describe('mixedOrder', () => {
  it('keeps every path once', () => {
    const paths = blocks(250);
    expect([...mixedOrder(paths, 42)].sort()).toEqual([...paths].sort());
  });

  it('gives the same order for the same seed and another for another seed', () => {
    const paths = blocks(250);
    expect(mixedOrder(paths, 42)).toEqual(mixedOrder(paths, 42));
    expect(mixedOrder(paths, 42)).not.toEqual(mixedOrder(paths, 7));
  });

  it('mixes the kinds: a stretch from the middle, shorter than a kind, holds each kind', () => {
    const mixed = mixedOrder(blocks(1000), 42);
    const stretch = mixed.slice(2000, 2100).map((p) => p.split('-')[0]);
    for (const kind of ['plain', 'prefix', 'speaker', 'faceted']) expect(stretch).toContain(kind);
  });
});
