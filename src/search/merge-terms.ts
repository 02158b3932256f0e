import type { TermData } from './term-index.js';

/**
 * Merges term indexes built over consecutive ranges of quote slots (part k holds slots from the sum of the
 * sizes before it) into the index of all of them: the union of the sorted vocabularies, each list the
 * parts' lists one after the other (so still ascending), field lengths side by side. Field averages are
 * the parts' weighted by their quote counts (minisearch keeps a running average: equal up to rounding).
 */
export function mergeTermData(parts: readonly TermData[]): TermData {
  if (parts.length === 1) return parts[0]!;
  const fields = parts[0]!.fields.map((f) => f.name);
  for (const p of parts) {
    if (p.fields.length !== fields.length || p.fields.some((f, i) => f.name !== fields[i]))
      throw new Error('search: shards index different fields');
  }
  const F = fields.length;
  const counts = parts.map((p) => p.documentCount);
  const bases: number[] = [];
  let n = 0;
  for (const c of counts) {
    bases.push(n);
    n += c;
  }
  // The union of the sorted vocabularies, merged (every part's is sorted by the same comparison).
  const vocabulary: string[] = [];
  const positions = parts.map(() => 0);
  const sources: Int32Array[] = [];
  for (;;) {
    let next: string | null = null;
    for (let k = 0; k < parts.length; k++) {
      const t = parts[k]!.vocabulary[positions[k]!];
      if (t !== undefined && (next === null || t < next)) next = t;
    }
    if (next === null) break;
    const from = new Int32Array(parts.length).fill(-1);
    for (let k = 0; k < parts.length; k++) {
      if (parts[k]!.vocabulary[positions[k]!] === next) from[k] = positions[k]!++;
    }
    vocabulary.push(next);
    sources.push(from);
  }
  const postStart = new Uint32Array(vocabulary.length * F + 1);
  let total = 0;
  for (let t = 0; t < vocabulary.length; t++) {
    for (let f = 0; f < F; f++) {
      postStart[t * F + f] = total;
      for (let k = 0; k < parts.length; k++) {
        const at = sources[t]![k]!;
        if (at < 0) continue;
        const p = parts[k]!;
        total += p.postStart[at * F + f + 1]! - p.postStart[at * F + f]!;
      }
    }
  }
  postStart[vocabulary.length * F] = total;
  const postDocs = new Uint32Array(total);
  const postTf = new Uint16Array(total);
  let j = 0;
  for (let t = 0; t < vocabulary.length; t++) {
    for (let f = 0; f < F; f++) {
      for (let k = 0; k < parts.length; k++) {
        const at = sources[t]![k]!;
        if (at < 0) continue;
        const p = parts[k]!;
        const start = p.postStart[at * F + f]!;
        const end = p.postStart[at * F + f + 1]!;
        const base = bases[k]!;
        for (let i = start; i < end; i++) postDocs[j + i - start] = p.postDocs[i]! + base;
        postTf.set(p.postTf.subarray(start, end), j);
        j += end - start;
      }
    }
  }
  const fieldLength = new Uint32Array(F * n);
  parts.forEach((p, k) => {
    for (let f = 0; f < F; f++)
      fieldLength.set(p.fieldLength.subarray(f * p.documentCount, (f + 1) * p.documentCount), f * n + bases[k]!);
  });
  const avg = fields.map((name, f) => ({
    name,
    avg: n === 0 ? 0 : parts.reduce((sum, p) => sum + p.fields[f]!.avg * p.documentCount, 0) / n,
  }));
  return { vocabulary, fields: avg, documentCount: n, postStart, postDocs, postTf, fieldLength };
}
