/**
 * The ingest's extraction cache: a JSON Lines file of `[content hash, article id, extracted quotes]`, appended to by
 * every ingest that extracts, and beside it a key index (`<file>.keys`: one line `hash offset length line` per entry)
 * so that a shard reads its own entries by seeking instead of scanning the whole file.
 *
 * The index is kept by the readers: each reads the index, seeks to the entries it wants, then scans only the part of
 * the file past the last indexed entry (what ingests appended since) and appends that part's keys to the index. An
 * index that does not match the file (an entry not found where it says, or past the file's end) is ignored and made
 * again from a whole scan. Two readers at once may both append the same keys: a key indexed twice is read once.
 */
import { appendFile, open, readFile, writeFile } from 'node:fs/promises';
import type { ExtractedQuote } from '../../model/types.js';

/** A wanted entry found: its JSON line and line number in the file. */
export interface CachedLine {
  line: string;
  at: number;
}

interface Indexed {
  offset: number;
  length: number;
  at: number;
}

/** `["` + 64 hex + `","`: the key and id lead every line. */
const HEAD = 2 + 64 + 3;
const KEY = /^[0-9a-f]{64}$/;

/**
 * The cached extractions of `wanted` (content hash → article id) found in `file`, each as its JSON line and line
 * number (parsed once, when its round is written: a million quotes held as objects would cost gigabytes). A missing
 * file is an empty cache; a last line cut short (a run killed while appending) is left out; any other line that is
 * not an entry is an error naming the file and line. Only the wanted lines are decoded.
 */
export async function readExtractCache(
  file: string,
  wanted: ReadonlyMap<string, string>,
): Promise<Map<string, CachedLine>> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const index = await readIndex(`${file}.keys`, size);
    if (index !== null) {
      const found = await readIndexed(handle, index.entries, wanted);
      if (found !== null) {
        const added = await scan(file, handle, index.covered, index.lines, size, wanted, found);
        if (added.length > 0) await appendFile(`${file}.keys`, added.join(''));
        return found;
      }
    }
    const found = new Map<string, CachedLine>();
    const added = await scan(file, handle, 0, 0, size, wanted, found);
    await writeFile(`${file}.keys`, added.join(''));
    return found;
  } finally {
    await handle.close();
  }
}

/**
 * The index's entries, the bytes of the file they cover and the lines before that; null when there is no index or
 * it cannot be this file's (an entry past its end). A last index line cut short is left out.
 */
async function readIndex(
  keys: string,
  size: number,
): Promise<{ entries: Map<string, Indexed>; covered: number; lines: number } | null> {
  let text: string;
  try {
    text = (await readFile(keys)).toString('latin1');
  } catch {
    return null;
  }
  const entries = new Map<string, Indexed>();
  let covered = 0;
  let lines = 0;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; start = nl + 1, nl = text.indexOf('\n', start)) {
    const parts = text.slice(start, nl).split(' ');
    const [key, offset, length, at] = [parts[0]!, Number(parts[1]), Number(parts[2]), Number(parts[3])];
    if (parts.length !== 4 || !KEY.test(key) || ![offset, length, at].every(Number.isSafeInteger)) return null;
    if (offset + length + 1 > size) return null;
    entries.set(key, { offset, length, at });
    if (offset + length + 1 > covered) {
      covered = offset + length + 1;
      lines = at;
    }
  }
  return { entries, covered, lines };
}

/**
 * The wanted entries the index knows, read by seeking (nearby entries in one read); null when an entry is not where
 * the index says (the index is then made again).
 */
async function readIndexed(
  handle: Awaited<ReturnType<typeof open>>,
  entries: ReadonlyMap<string, Indexed>,
  wanted: ReadonlyMap<string, string>,
): Promise<Map<string, CachedLine> | null> {
  const found = new Map<string, CachedLine>();
  const spots: Array<Indexed & { key: string }> = [];
  for (const key of wanted.keys()) {
    const spot = entries.get(key);
    if (spot) spots.push({ ...spot, key });
  }
  spots.sort((a, b) => a.offset - b.offset);
  const GAP = 1 << 16;
  const SPAN = 1 << 24;
  for (let i = 0; i < spots.length;) {
    let j = i + 1;
    while (
      j < spots.length &&
      spots[j]!.offset - (spots[j - 1]!.offset + spots[j - 1]!.length) <= GAP &&
      spots[j]!.offset + spots[j]!.length - spots[i]!.offset <= SPAN
    )
      j++;
    const from = spots[i]!.offset;
    const buf = Buffer.alloc(spots[j - 1]!.offset + spots[j - 1]!.length - from);
    const { bytesRead } = await handle.read(buf, 0, buf.length, from);
    if (bytesRead !== buf.length) return null;
    for (let k = i; k < j; k++) {
      const s = spots[k]!;
      const start = s.offset - from;
      const end = start + s.length;
      if (!isEntry(buf, start, end) || buf.toString('latin1', start + 2, start + 66) !== s.key) return null;
      found.set(s.key, { line: buf.toString('utf8', start, end), at: s.at });
    }
    i = j;
  }
  return found;
}

function isEntry(buf: Buffer, start: number, end: number): boolean {
  return (
    end - start > HEAD &&
    buf[start] === 0x5b &&
    buf[start + 1] === 0x22 &&
    KEY.test(buf.toString('latin1', start + 2, start + 66)) &&
    buf[start + 66] === 0x22 &&
    buf[start + 67] === 0x2c &&
    buf[start + 68] === 0x22 &&
    buf[end - 1] === 0x5d
  );
}

/**
 * Scans the file from byte `from` (the start of line `lines + 1`) as bytes, adding the wanted entries to `found`;
 * returns the index lines of the whole lines it read (a last line without its line break is not indexed).
 */
async function scan(
  file: string,
  handle: Awaited<ReturnType<typeof open>>,
  from: number,
  lines: number,
  size: number,
  wanted: ReadonlyMap<string, string>,
  found: Map<string, CachedLine>,
): Promise<string[]> {
  const added: string[] = [];
  let lineNo = lines;
  let bad: { line: number; text: string } | null = null;
  const take = (buf: Buffer, start: number, end: number, offset: number, whole: boolean): void => {
    lineNo++;
    if (bad) throw new Error(`${file}:${bad.line}: not an extraction cache entry (${bad.text.slice(0, 60)}…)`);
    if (end > start && buf[end - 1] === 0x0d) end--;
    const length = end - start;
    if (end === start) return;
    if (!isEntry(buf, start, end)) {
      bad = { line: lineNo, text: buf.toString('utf8', start, Math.min(end, start + 200)) };
      return;
    }
    const key = buf.toString('latin1', start + 2, start + 66);
    if (whole) added.push(`${key} ${offset} ${length} ${lineNo}\n`);
    if (wanted.has(key)) found.set(key, { line: buf.toString('utf8', start, end), at: lineNo });
  };
  let carry = Buffer.alloc(0);
  let carryAt = from;
  let position = from;
  const chunk = Buffer.alloc(1 << 22);
  while (position < size) {
    const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, size - position), position);
    if (bytesRead === 0) break;
    position += bytesRead;
    const buf = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
    let start = 0;
    for (let nl = buf.indexOf(0x0a, start); nl >= 0; nl = buf.indexOf(0x0a, start)) {
      take(buf, start, nl, carryAt + start, true);
      start = nl + 1;
    }
    // What follows the last line break waits for the next chunk (a copy: the chunk is read into again).
    carryAt += start;
    carry = Buffer.from(buf.subarray(start));
  }
  if (carry.length > 0) take(carry, 0, carry.length, carryAt, false);
  return added;
}

/** Cuts `file` (when it exists) after its last line break: what follows is a line cut short. */
export async function cutPartialLine(file: string): Promise<void> {
  let handle;
  try {
    handle = await open(file, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const chunk = Buffer.alloc(1 << 16);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      await handle.read(chunk, 0, end - start, start);
      const at = chunk.subarray(0, end - start).lastIndexOf(0x0a);
      if (at >= 0) {
        if (start + at + 1 < size) await handle.truncate(start + at + 1);
        return;
      }
      end = start;
    }
    await handle.truncate(0);
  } finally {
    await handle.close();
  }
}

/** The quotes of one cache entry; an error naming the file and line when it is not an entry of article `id`. */
export function cachedQuotes(file: string, cached: CachedLine, id: string): ExtractedQuote[] {
  let entry: unknown;
  try {
    entry = JSON.parse(cached.line);
  } catch {
    entry = null;
  }
  if (!Array.isArray(entry) || entry.length !== 3 || entry[1] !== id || !Array.isArray(entry[2]))
    throw new Error(`${file}:${cached.at}: not an extraction cache entry of article ${id}`);
  return entry[2] as ExtractedQuote[];
}
