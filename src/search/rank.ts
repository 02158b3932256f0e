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
  // Min-heap on rank: its root is the worst of the best `wanted` seen so far. Plain functions over it, not
  // closures made per call.
  const heap = new Int32Array(wanted);
  let size = 0;
  for (let i = 0; i < positions.length; i++) {
    const k = positions[i]!;
    if (size < wanted) {
      let j = size++;
      heap[j] = k;
      while (j > 0) {
        const p = (j - 1) >> 1;
        if (!after(key, docs, heap[j]!, heap[p]!)) break;
        const t = heap[j]!;
        heap[j] = heap[p]!;
        heap[p] = t;
        j = p;
      }
    } else if (key[k]! >= key[heap[0]!]! && after(key, docs, heap[0]!, k)) {
      heap[0] = k;
      siftDown(heap, size, key, docs);
    }
  }
  const best = Array.from(heap.subarray(0, size)).sort((a, b) =>
    after(key, docs, a, b) ? 1 : after(key, docs, b, a) ? -1 : 0,
  );
  return best.slice(offset, wanted);
}

/** Restores the min-heap on rank (`heap[0 … size - 1]`) after its root was replaced. */
function siftDown(heap: Int32Array, size: number, key: Float64Array, docs: ArrayLike<number>): void {
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let w = i;
    if (l < size && after(key, docs, heap[l]!, heap[w]!)) w = l;
    if (r < size && after(key, docs, heap[r]!, heap[w]!)) w = r;
    if (w === i) return;
    const t = heap[i]!;
    heap[i] = heap[w]!;
    heap[w] = t;
    i = w;
  }
}
