/**
 * Deterministic random texts for property tests of the extractor's scanners: `count` texts, each 1 to `most`
 * pieces from `parts`, each piece followed by one of `gaps`, a third of them with the trailing space trimmed.
 * The same `seed` gives the same texts (a linear congruential generator, no Math.random).
 */
export function randomJoins(
  parts: readonly string[],
  gaps: readonly string[],
  most: number,
  count: number,
  seed: number,
): string[] {
  let x = seed;
  const next = (n: number): number => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
  return Array.from({ length: count }, () => {
    let s = '';
    for (let k = 1 + next(most); k > 0; k--) s += parts[next(parts.length)]! + gaps[next(gaps.length)]!;
    return next(3) === 0 ? s.trimEnd() : s;
  });
}
