/**
 * Facet values: the top `max` by count, then name, then slot, plus every selected value — the same whether every
 * entry's count is read or only the slots counted (`counted`, as filterMatches keeps them), in any order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { facetValues } from '../../src/search/filters.js';

/** The definition, written plainly: every entry with a count or selected, sorted, the first `max` and the selected. */
function reference(
  entries: ReadonlyArray<{ id: string; name: string }>,
  counts: Uint32Array,
  selected: Uint8Array | null,
  max: number,
) {
  const slots = entries.map((_, i) => i).filter((i) => counts[i]! > 0 || selected?.[i] === 1);
  slots.sort((a, b) => {
    const byCount = counts[b]! - counts[a]!;
    if (byCount !== 0) return byCount;
    const na = entries[a]!.name;
    const nb = entries[b]!.name;
    return na < nb ? -1 : na > nb ? 1 : a - b;
  });
  return slots
    .filter((i, rank) => rank < max || selected?.[i] === 1)
    .map((i) => ({ id: entries[i]!.id, name: entries[i]!.name, count: counts[i]! }));
}

describe('facetValues', () => {
  it('gives the definition, from every count or from the slots counted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }).chain((n) =>
          fc.record({
            // Few distinct names, so that ties by name (then slot) happen.
            names: fc.array(fc.constantFrom('Ada', 'Bo', 'Cy', 'Ada B', 'bo', 'Éva'), { minLength: n, maxLength: n }),
            counts: fc.array(
              fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 1000 })),
              {
                minLength: n,
                maxLength: n,
              },
            ),
            selected: fc.option(fc.array(fc.boolean(), { minLength: n, maxLength: n }), { nil: null }),
            max: fc.integer({ min: 0, max: 12 }),
            seed: fc.integer(),
          }),
        ),
        ({ names, counts, selected, max, seed }) => {
          const entries = names.map((name, i) => ({ id: `e${i}`, name }));
          const countArray = Uint32Array.from(counts);
          const selectedArray = selected ? Uint8Array.from(selected, (on) => (on ? 1 : 0)) : null;
          const expected = reference(entries, countArray, selectedArray, max);
          expect(facetValues(entries, countArray, selectedArray, max)).toEqual(expected);
          // The slots counted, each once, in a shuffled order.
          const counted = countArray.reduce<number[]>((list, c, i) => (c > 0 ? [...list, i] : list), []);
          let state = seed >>> 0;
          for (let i = counted.length - 1; i > 0; i--) {
            state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
            const j = state % (i + 1);
            [counted[i], counted[j]] = [counted[j]!, counted[i]!];
          }
          expect(facetValues(entries, countArray, selectedArray, max, Uint32Array.from(counted))).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
