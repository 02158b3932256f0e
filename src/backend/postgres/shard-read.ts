/**
 * One ingest shard's part of a corpus folder, read without the rest of it.
 *
 *   walk the folder (names and sizes only) ─▶ plan: the article files in walk order are laid end to end and the
 *   bytes cut into `n` equal ranges; a file goes to the range holding its first byte, except a JSON Lines file that
 *   a cut falls inside, whose lines go to the range holding each line's first byte ─▶ read and build only this
 *   shard's files and lines
 *
 * The plan depends only on the listing (paths and sizes), so processes that see the same corpus agree on it: every
 * article file or line is in exactly one shard (disjoint and complete), the same one on every run of an unchanged
 * corpus (resumable), and each shard reads about 1/n of the bytes. A cut JSON Lines file is the one exception to
 * reading only one's own part: its owners read it whole as bytes, never decoded, to check that it is UTF-8 (else it
 * is loaded whole, and refused whole, by the owner of its first byte, as one process refuses it) and to count the
 * lines before their part (line numbers name records and problems).
 *
 * Each article's `ord` (its place in corpus order, the same whichever shard reads it) is its file's index in walk
 * order times {@link PLACES_PER_FILE} plus its place among the file's records.
 */
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { loadEntry, type FileLoad } from '../../corpus/index.js';
import { corpusProblem } from '../../corpus/problems.js';
import { walkCorpus, type CorpusEntry } from '../../corpus/walk.js';
import type { Article, InputProblem } from '../../model/types.js';

/** A file holds fewer records than this (no format may pass 256 MB = 2^28 bytes, and each record takes a byte). */
export const PLACES_PER_FILE = 2 ** 28;

/** Which part of a corpus one process ingests (0-based `index` of `count`). */
export interface Shard {
  index: number;
  count: number;
}

/** One file of a shard's plan, or its part of a JSON Lines file cut between shards. */
export interface ShardPart {
  entry: CorpusEntry;
  /** The file's index among the corpus's article files in walk order. */
  fileIndex: number;
  /**
   * For a cut JSON Lines file, the bytes [start, end) of the file whose lines (by their first byte) are this
   * shard's; null for a whole file.
   */
  range: { start: number; end: number; last: boolean } | null;
  /** Whether this shard holds the file's first byte: it reports what concerns the file as a whole. */
  first: boolean;
}

/** The files (and parts of files) of `entries` (a walk's, in walk order) that are `shard`'s. */
export function planShard(entries: readonly CorpusEntry[], shard: Shard): ShardPart[] {
  const sizes = entries.map((e) => e.size ?? 0);
  const total = sizes.reduce((a, b) => a + b, 0);
  const n = shard.count;
  const bounds = Array.from({ length: n + 1 }, (_, k) => (k === n ? total : Math.floor((k / n) * total)));
  /** The shard of the range holding byte `p` (past the end: the last). */
  const ownerOf = (p: number): number => {
    let k = 0;
    while (k < n - 1 && bounds[k + 1]! <= p) k++;
    return k;
  };
  const lo = bounds[shard.index]!;
  const hi = bounds[shard.index + 1]!;
  const parts: ShardPart[] = [];
  let at = 0;
  entries.forEach((entry, fileIndex) => {
    const start = at;
    const end = start + sizes[fileIndex]!;
    at = end;
    const first = ownerOf(start) === shard.index;
    const cut = n > 1 && entry.format === 'jsonl' && end > start && ownerOf(end - 1) !== ownerOf(start);
    if (!cut) {
      if (first) parts.push({ entry, fileIndex, range: null, first });
      return;
    }
    const from = Math.max(start, lo);
    const to = Math.min(end, hi);
    if (from < to || first)
      parts.push({ entry, fileIndex, range: { start: from - start, end: to - start, last: to === end }, first });
  });
  return parts;
}

/** A shard's articles, each with its `ord`, and what it reports. */
export interface ShardLoad {
  articles: Article[];
  /** Each article's place in corpus order, in the order of `articles`. */
  ords: number[];
  problems: InputProblem[];
  /** Each article file the walk found (corpus-relative path) → its index in walk order. */
  fileIndex: Map<string, number>;
  /** This shard's whole files (by path) and its line ranges of cut files: what it may prune. */
  owns: (path: string, line: number | null) => boolean;
}

/** Files read ahead of the one being built (reads overlap the parsing). */
const READ_AHEAD = 4;

/** Reads `shard`'s part of the corpus folder `dir` (see the file's header). */
export async function readShard(dir: string, shard: Shard): Promise<ShardLoad> {
  const walk = await walkCorpus(dir);
  // The walk's own problems (unreadable folders, links, files over their limit) are the first shard's to report.
  const problems: InputProblem[] = shard.index === 0 ? [...walk.problems] : [];
  const plan = planShard(walk.entries, shard);
  const whole = new Set<string>();
  const ranges = new Map<string, Array<{ from: number; to: number }>>();
  const articles: Article[] = [];
  const ords: number[] = [];
  const seen = new Map<string, string>();
  const loads: Array<Promise<PartLoad>> = [];
  for (let i = 0; i < plan.length; i++) {
    while (loads.length < Math.min(plan.length, i + READ_AHEAD)) loads.push(readPart(plan[loads.length]!));
    const part = plan[i]!;
    const { load, lines } = await loads[i]!;
    // Let the finished read go (its bytes): only the promises ahead are kept.
    loads[i] = Promise.resolve(NOTHING);
    if (lines === 'whole') whole.add(part.entry.rel);
    else if (lines !== null) ranges.set(part.entry.rel, [...(ranges.get(part.entry.rel) ?? []), lines]);
    // A cut file's sidecar is read by each of its shards: its problems are reported by the first part's.
    const sidecar = part.entry.sidecar?.rel;
    for (const p of load.problems) if (part.first || p.file !== sidecar) problems.push(p);
    for (const { article, place } of load.articles) {
      const first = seen.get(article.id);
      const where = article.line === null ? `'${article.path}'` : `'${article.path}' line ${article.line}`;
      if (first !== undefined) {
        problems.push(
          corpusProblem(
            article.path,
            article.line,
            `duplicate article id '${article.id}' (first used by ${first}); skipped`,
          ),
        );
        continue;
      }
      seen.set(article.id, where);
      articles.push(article);
      ords.push(part.fileIndex * PLACES_PER_FILE + place);
    }
  }
  const fileIndex = new Map(walk.entries.map((e, i) => [e.rel, i]));
  const owns = (path: string, line: number | null): boolean => {
    if (whole.has(path)) return true;
    const mine = ranges.get(path);
    return mine !== undefined && line !== null && mine.some((r) => line >= r.from && line < r.to);
  };
  return { articles, ords, problems, fileIndex, owns };
}

/**
 * A part of the plan loaded, and the lines of its file it stands for: 'whole' (a whole file), the line numbers of a
 * part of a cut file (`to` exclusive; unbounded for the file's last part), or null (none: another shard loads it).
 */
interface PartLoad {
  load: FileLoad;
  lines: 'whole' | { from: number; to: number } | null;
}

const NOTHING: PartLoad = { load: { articles: [], problems: [], files: [], records: 0 }, lines: null };

/**
 * One part of the plan loaded: a whole file as the corpus loader loads it; a part of a cut JSON Lines file as its
 * lines (the lines before it given as empty ones, so that line numbers and path-derived ids are the whole file's).
 */
async function readPart(part: ShardPart): Promise<PartLoad> {
  const { entry, range } = part;
  if (range === null) return { load: await loadEntry(entry), lines: 'whole' };
  let bytes: Buffer;
  try {
    bytes = await readFile(entry.abs);
  } catch {
    // Unreadable now: reported (as the loader reports it) by the first part's shard.
    return part.first ? { load: await loadEntry(entry), lines: 'whole' } : NOTHING;
  }
  // Only a file that decodes as UTF-8 is read in parts; any other is loaded whole (and refused whole, with the
  // loader's reason) by the shard of its first byte.
  if (!splittable(bytes)) return part.first ? { load: await loadEntry(entry, {}, bytes), lines: 'whole' } : NOTHING;
  const from = range.start === 0 ? 0 : lineStart(bytes, range.start);
  const to = range.last ? bytes.length : lineStart(bytes, range.end);
  const fromLine = 1 + countNewlines(bytes, 0, from);
  const lines = { from: fromLine, to: range.last ? Infinity : fromLine + countNewlines(bytes, from, to) };
  if (from >= to || !hasText(bytes, from, to)) return { load: NOTHING.load, lines };
  const own = Buffer.concat([Buffer.alloc(fromLine - 1, 0x0a), bytes.subarray(from, to)]);
  return { load: await loadEntry(entry, {}, own), lines };
}

/** UTF-8 with no NUL byte and something printable: what the loader decodes as text (decode.ts). */
function splittable(bytes: Buffer): boolean {
  if (bytes.length < 2 || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return false;
  return !bytes.includes(0) && isUtf8(bytes) && hasText(bytes, 0, bytes.length);
}

/** Whether bytes [from, to) hold a printable ASCII character (a JSON record has its braces). */
function hasText(bytes: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (b > 0x20 && b < 0x7f) return true;
  }
  return false;
}

/** The first line start at or after byte `at` (> 0): `at` itself after a line break, else after the next one. */
function lineStart(bytes: Buffer, at: number): number {
  if (at >= bytes.length) return bytes.length;
  if (bytes[at - 1] === 0x0a) return at;
  const nl = bytes.indexOf(0x0a, at);
  return nl < 0 ? bytes.length : nl + 1;
}

function countNewlines(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let nl = bytes.indexOf(0x0a, from); nl >= 0 && nl < to; nl = bytes.indexOf(0x0a, nl + 1)) count++;
  return count;
}
