/**
 * Ordering matches for a page without sorting them all: a bounded heap keeps the best `offset + limit`
 * positions (by a key, higher first, ties by the lower quote slot), and only those are sorted.
 */

/** True when position `a` comes after position `b`. */
function after(key: Float64Array, docs: ArrayLike<number>, a: number, b: number): boolean {
  const ka = key[a]!;
  const kb = key[b]!;
  return ka < kb || (ka === kb && docs[a]! > docs[b]!);
}

/**
 * The positions ranked `offset … offset + limit - 1` among `positions`, best first, where `key[k]` is
 * position k's key (higher first) and ties go to the lower `docs[k]`. Linear in the matches, times log(offset + limit).
 */
export function topPositions(
  positions: ArrayLike<number>,
  key: Float64Array,
  docs: ArrayLike<number>,
  offset: number,
  limit: number,
): number[] {
  const wanted = Math.min(positions.length, offset + limit);
  if (offset >= wanted) return [];
  // Min-heap on rank: its root is the worst of the best `wanted` seen so far.
  const heap = new Int32Array(wanted);
  let size = 0;
  const worse = (a: number, b: number): boolean => after(key, docs, a, b);
  const down = (from: number): void => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < size && worse(heap[l]!, heap[w]!)) w = l;
      if (r < size && worse(heap[r]!, heap[w]!)) w = r;
      if (w === i) return;
      const t = heap[i]!;
      heap[i] = heap[w]!;
      heap[w] = t;
      i = w;
    }
  };
  for (let i = 0; i < positions.length; i++) {
    const k = positions[i]!;
    if (size < wanted) {
      let j = size++;
      heap[j] = k;
      while (j > 0) {
        const p = (j - 1) >> 1;
        if (!worse(heap[j]!, heap[p]!)) break;
        const t = heap[j]!;
        heap[j] = heap[p]!;
        heap[p] = t;
        j = p;
      }
    } else if (key[k]! >= key[heap[0]!]! && worse(heap[0]!, k)) {
      heap[0] = k;
      down(0);
    }
  }
  const best = Array.from(heap.subarray(0, size)).sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  return best.slice(offset, wanted);
}
