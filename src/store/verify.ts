/**
 * Checksumming an index's files on another thread while this one parses them: at a million quotes the files
 * hold about 1.5 GB, whose sha256 would otherwise cost seconds of cold start on the loading thread.
 */
import { Worker } from 'node:worker_threads';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { sha256 } from './files.js';

/** The worker reads each file in 8 MB chunks and hashes it; it needs no loader, so it is plain CommonJS. */
const HASHER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const chunk = Buffer.allocUnsafe(8 << 20);
for (const file of workerData.files) {
  try {
    const fd = openSync(file, 'r');
    const hash = createHash('sha256');
    let bytes = 0;
    try {
      for (let n; (n = readSync(fd, chunk, 0, chunk.length, null)) > 0; bytes += n) hash.update(chunk.subarray(0, n));
    } finally {
      closeSync(fd);
    }
    parentPort.postMessage({ file, bytes, sha256: hash.digest('hex') });
  } catch (error) {
    parentPort.postMessage({ file, error: String(error && error.message || error) });
  }
}
`;

export type Digest = { bytes: number; sha256: string } | { error: string };

/**
 * sha256 and size of each file, on `threads` worker threads (the files dealt out largest first to the least
 * loaded), or in this thread if no worker can start. At a million quotes the hashing is most of a cold start.
 */
export async function digestFiles(files: readonly string[], threads = 2): Promise<Map<string, Digest>> {
  const sized = files.map((file) => ({ file, bytes: sizeOf(file) })).sort((a, b) => b.bytes - a.bytes);
  const groups = Array.from({ length: Math.max(1, Math.min(threads, files.length)) }, () => ({
    files: [] as string[],
    bytes: 0,
  }));
  for (const { file, bytes } of sized) {
    const least = groups.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    least.files.push(file);
    least.bytes += bytes;
  }
  const parts = await Promise.all(groups.filter((g) => g.files.length > 0).map((g) => digestOnOneThread(g.files)));
  return new Map(parts.flatMap((m) => [...m]));
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function digestOnOneThread(files: readonly string[]): Promise<Map<string, Digest>> {
  return new Promise((resolve) => {
    const digests = new Map<string, Digest>();
    const inThisThread = async (): Promise<void> => {
      for (const file of files) {
        if (digests.has(file)) continue;
        try {
          const buffer = await readFile(file);
          digests.set(file, { bytes: buffer.length, sha256: sha256(buffer) });
        } catch (error) {
          digests.set(file, { error: error instanceof Error ? error.message : String(error) });
        }
      }
      resolve(digests);
    };
    let worker: Worker;
    try {
      worker = new Worker(HASHER, { eval: true, workerData: { files } });
    } catch {
      void inThisThread();
      return;
    }
    worker.unref();
    worker.on('message', (m: { file: string } & Digest) => {
      digests.set(m.file, 'error' in m ? { error: m.error } : { bytes: m.bytes, sha256: m.sha256 });
      if (digests.size === files.length) {
        void worker.terminate();
        resolve(digests);
      }
    });
    worker.on('error', () => void inThisThread());
    worker.on('exit', () => {
      if (digests.size < files.length) void inThisThread();
    });
  });
}
