/** Durable, checksummed file writing and reading for the index folder. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

export interface WrittenFile {
  bytes: number;
  sha256: string;
}

/** Size of the string chunks handed to the file: keeps memory flat and far from V8's string limit. */
const CHUNK_CHARS = 1 << 22;

/**
 * Writes strings (as UTF-8) and bytes to `file` in order, fsyncs it and returns its size and sha256.
 * Strings are joined in bounded chunks, so no single string grows with the corpus.
 */
export async function writeDurable(file: string, parts: Iterable<string | Uint8Array>): Promise<WrittenFile> {
  const handle = await open(file, 'wx');
  const hash = createHash('sha256');
  let bytes = 0;
  let pending: string[] = [];
  let pendingChars = 0;
  const write = async (buffer: Uint8Array): Promise<void> => {
    hash.update(buffer);
    bytes += buffer.length;
    await handle.write(buffer);
  };
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const buffer = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingChars = 0;
    await write(buffer);
  };
  try {
    for (const part of parts) {
      if (typeof part !== 'string') {
        await flush();
        await write(part);
        continue;
      }
      if (part.length >= CHUNK_CHARS) {
        await flush();
        pending.push(part);
        await flush();
        continue;
      }
      pending.push(part);
      pendingChars += part.length;
      if (pendingChars >= CHUNK_CHARS) await flush();
    }
    await flush();
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** One JSON record per line. */
export function* jsonLines(records: Iterable<unknown>): Iterable<string> {
  for (const record of records) yield `${JSON.stringify(record)}\n`;
}

/** fsyncs a directory so the entries created or renamed in it survive a crash. */
export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems refuse fsync on a directory; the data files themselves are already synced.
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL' && (error as NodeJS.ErrnoException).code !== 'EISDIR')
      throw error;
  } finally {
    await handle.close();
  }
}

/** sha256 of a file, streamed. */
export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function sha256(buffer: Buffer | string): string {
  return createHash('sha256').update(buffer).digest('hex');
}

/**
 * Parses JSON Lines from a buffer one line at a time (no whole-file string).
 * `onError` gets the 1-based line number of a line that does not parse.
 */
export function parseJsonLines<T>(buffer: Buffer, onError: (line: number, error: unknown) => never): T[] {
  const records: T[] = [];
  let start = 0;
  let line = 0;
  while (start < buffer.length) {
    let end = buffer.indexOf(10, start);
    if (end === -1) end = buffer.length;
    line++;
    if (end > start) {
      const text = buffer.toString('utf8', start, end);
      try {
        records.push(JSON.parse(text) as T);
      } catch (error) {
        onError(line, error);
      }
    }
    start = end + 1;
  }
  return records;
}

/** The lines of a buffer as strings (without their newlines), decoded one at a time. */
export function bufferLines(buffer: Buffer): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < buffer.length) {
    let end = buffer.indexOf(10, start);
    if (end === -1) end = buffer.length;
    if (end > start) lines.push(buffer.toString('utf8', start, end));
    start = end + 1;
  }
  return lines;
}
