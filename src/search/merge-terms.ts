import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { TermData } from './term-index.js';

/** What a merge plan reads of a part: all but its postings. */
export type PartHead = Omit<TermData, 'postDocs' | 'postTf'>;

/**
 * A part whose postings were written to scratch files ({@link spillPostings}) and let go: its vocabulary, list
 * starts and field lengths are held, and each of its terms' total frequency (taken before the postings went).
 */
export interface SpilledPart extends PartHead {
  docsFile: string;
  tfFile: string;
  termFrequency: Uint32Array;
}

/** A part as merged: held whole, or with its postings in scratch files. */
export type MergePart = TermData | SpilledPart;

/** Each of a part's terms' total frequency: its postings' frequencies summed over its lists (all fields). */
export function partTermFrequency(part: TermData | SpilledPart): Uint32Array {
  if ('termFrequency' in part) return part.termFrequency;
  const F = part.fields.length;
  const sums = new Uint32Array(part.vocabulary.length);
  for (let t = 0; t < sums.length; t++) {
    let sum = 0;
    for (let j = part.postStart[t * F]!; j < part.postStart[(t + 1) * F]!; j++) sum += part.postTf[j]!;
    sums[t] = sum;
  }
  return sums;
}

function writeAll(file: string, array: Uint32Array | Uint16Array): void {
  const fd = openSync(file, 'wx');
  try {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    closeSync(fd);
  }
}

/**
 * The part with its postings written to `<stem>.docs` and `<stem>.tf` (the caller's to remove) and let go: a
 * build's pieces then hold about 6 bytes a posting less each until the merge reads them back, in order.
 */
export function spillPostings(part: TermData, stem: string): SpilledPart {
  const termFrequency = partTermFrequency(part);
  const { postDocs, postTf, ...head } = part;
  const docsFile = `${stem}.docs`;
  const tfFile = `${stem}.tf`;
  writeAll(docsFile, postDocs);
  writeAll(tfFile, postTf);
  return { ...head, docsFile, tfFile, termFrequency };
}

/** Entries read at a time from a part's postings file (changed by tests only, to cross a window's edge). */
export const postingFileReads = { entries: 1 << 18 };

/**
 * A part's postings (`docs` or `tf`) read from `start` on: at most `want` entries (at least one), a view valid
 * until the next call. Held postings are viewed; a file's are read a window at a time, starts only ascending.
 */
type PostingReader = (start: number, want: number) => Uint32Array | Uint16Array;

function postingReader(part: MergePart, which: 'docs' | 'tf'): PostingReader {
  if (!('docsFile' in part)) {
    const array = which === 'docs' ? part.postDocs : part.postTf;
    return (start, want) => array.subarray(start, start + want);
  }
  const file = which === 'docs' ? part.docsFile : part.tfFile;
  const size = which === 'docs' ? 4 : 2;
  let buffer: Buffer | null = null;
  let window: Uint32Array | Uint16Array = new Uint32Array(0);
  let windowStart = 0;
  let windowEnd = 0;
  return (start, want) => {
    if (start < windowStart || start >= windowEnd) {
      buffer ??= Buffer.allocUnsafeSlow(postingFileReads.entries * size);
      const fd = openSync(file, 'r');
      let got = 0;
      try {
        for (;;) {
          const n = readSync(fd, buffer, got, buffer.length - got, start * size + got);
          if (n === 0 || (got += n) === buffer.length) break;
        }
      } finally {
        closeSync(fd);
      }
      const entries = Math.floor(got / size);
      if (entries === 0) throw new Error(`search: the postings file '${file}' was cut short`);
      window =
        which === 'docs' ? new Uint32Array(buffer.buffer, 0, entries) : new Uint16Array(buffer.buffer, 0, entries);
      windowStart = start;
      windowEnd = start + entries;
    }
    return window.subarray(start - windowStart, Math.min(windowEnd, start + want) - windowStart);
  };
}

/**
 * Merges term indexes built over consecutive ranges of quote slots (part k holds slots from the sum of the
 * sizes before it) into the index of all of them: the union of the sorted vocabularies, each list the
 * parts' lists one after the other (so still ascending), field lengths side by side. Field averages are
 * the parts' weighted by their quote counts (minisearch keeps a running average: equal up to rounding).
 */
export function mergeTermData(parts: readonly TermData[]): TermData {
  if (parts.length === 1) return parts[0]!;
  const plan = planMerge(parts);
  const total = plan.postStart[plan.postStart.length - 1]!;
  const postDocs = new Uint32Array(total);
  const postTf = new Uint16Array(total);
  let j = 0;
  for (const chunk of mergedPostings(plan, parts, 'docs')) {
    postDocs.set(chunk, j);
    j += chunk.length;
  }
  j = 0;
  for (const chunk of mergedPostings(plan, parts, 'tf')) {
    postTf.set(chunk, j);
    j += chunk.length;
  }
  const { vocabulary, fields, documentCount, postStart, fieldLength } = plan;
  return { vocabulary, fields, documentCount, postStart, postDocs, postTf, fieldLength };
}

/**
 * Everything of the merged index but its postings (see {@link mergeTermData}), and where each merged term's
 * lists come from: `sources[t][k]` is term t's position in part k's vocabulary, or -1.
 */
export interface MergePlan extends Omit<TermData, 'postDocs' | 'postTf'> {
  sources: Int32Array[];
  /** Where each part's slots start. */
  bases: number[];
}

export function planMerge(parts: readonly PartHead[]): MergePlan {
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
  const fieldLength = new Uint32Array(F * n);
  parts.forEach((p, k) => {
    for (let f = 0; f < F; f++)
      fieldLength.set(p.fieldLength.subarray(f * p.documentCount, (f + 1) * p.documentCount), f * n + bases[k]!);
  });
  const avg = fields.map((name, f) => ({
    name,
    avg: n === 0 ? 0 : parts.reduce((sum, p) => sum + p.fields[f]!.avg * p.documentCount, 0) / n,
  }));
  return { vocabulary, fields: avg, documentCount: n, postStart, fieldLength, sources, bases };
}

/** Entries per chunk of merged postings: a few MB at a time. */
const CHUNK = 1 << 20;

/**
 * The merged index's postings (`docs`: slots, `tf`: frequencies) in order, in chunks of at most about
 * {@link CHUNK} entries, made from the parts as they are asked for: the merged lists never exist whole.
 */
export function* mergedPostings(
  plan: MergePlan,
  parts: readonly MergePart[],
  which: 'docs' | 'tf',
): Generator<Uint32Array | Uint16Array> {
  const F = plan.fields.length;
  const total = plan.postStart[plan.postStart.length - 1]!;
  let chunk = which === 'docs' ? new Uint32Array(Math.min(CHUNK, total)) : new Uint16Array(Math.min(CHUNK, total));
  let j = 0;
  const flush = function* (): Generator<Uint32Array | Uint16Array> {
    if (j > 0) yield chunk.subarray(0, j);
    chunk = which === 'docs' ? new Uint32Array(chunk.length) : new Uint16Array(chunk.length);
    j = 0;
  };
  const read = parts.map((p) => postingReader(p, which));
  for (let t = 0; t < plan.vocabulary.length; t++) {
    for (let f = 0; f < F; f++) {
      for (let k = 0; k < parts.length; k++) {
        const at = plan.sources[t]![k]!;
        if (at < 0) continue;
        const p = parts[k]!;
        let start = p.postStart[at * F + f]!;
        const end = p.postStart[at * F + f + 1]!;
        const base = plan.bases[k]!;
        while (start < end) {
          if (j === chunk.length) yield* flush();
          const view = read[k]!(start, Math.min(end - start, chunk.length - j));
          if (which === 'docs') for (let i = 0; i < view.length; i++) chunk[j + i] = view[i]! + base;
          else chunk.set(view, j);
          j += view.length;
          start += view.length;
        }
      }
    }
  }
  yield* flush();
}
