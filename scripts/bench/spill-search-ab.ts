/**
 * The search file of a built index made again, alternately held in memory and with its texts and postings in
 * scratch files (`spillDir`), written as a build writes it: wall and CPU seconds of each run (making and writing),
 * the most the process's RSS grew in each, and the file's hash against the index's search.bin.
 *
 *   npx tsx scripts/bench/spill-search-ab.ts --index DIR [--rounds 3] [--piece-quotes N]
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSearchFile } from '../../src/search/build-terms.js';
import { loadIndex } from '../../src/store/load.js';
import { writeDurable } from '../../src/store/files.js';
import { readFlags } from './args.js';

const flags = readFlags(process.argv.slice(2));
const indexDir = flags.get('index');
if (!indexDir) throw new Error('spill-search-ab: --index DIR');
const rounds = Number(flags.get('rounds') ?? 3);
const pieceQuotes = flags.has('piece-quotes') ? Number(flags.get('piece-quotes')) : undefined;

const index = await loadIndex(indexDir);
const data = {
  articles: [...index.articles.values()],
  quotes: [...index.quotes.values()],
  speakers: [...index.speakers.values()],
};
const expected = createHash('sha256')
  .update(await readFile(path.join(indexDir, 'search.bin')))
  .digest('hex');

const rssMb = (): number => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
};
const work = await mkdtemp(path.join(os.tmpdir(), 'verbatim-spill-ab-'));
try {
  for (let round = 0; round < rounds; round++) {
    for (const spill of round % 2 === 0 ? [false, true] : [true, false]) {
      (globalThis as { gc?: () => void }).gc?.();
      const before = Math.round(process.memoryUsage().rss / 2 ** 20);
      try {
        writeFileSync('/proc/self/clear_refs', '5');
      } catch {
        // not Linux: the high-water mark is the process's
      }
      const spillDir = path.join(work, `scratch-${round}-${spill}`);
      if (spill) await mkdir(spillDir);
      const out = path.join(work, `search-${round}-${spill}.bin`);
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const parts = await buildSearchFile(data, {
        ...(spill ? { spillDir } : {}),
        ...(pieceQuotes ? { shardQuotes: pieceQuotes } : {}),
      });
      const written = await writeDurable(out, parts);
      const cpu = process.cpuUsage(c0);
      const wall = (performance.now() - t0) / 1000;
      console.log(
        JSON.stringify({
          round,
          spill,
          wall: Number(wall.toFixed(2)),
          cpu: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
          rssBeforeMb: before,
          peakMb: rssMb(),
          same: written.sha256 === expected,
          load: os.loadavg()[0]!.toFixed(1),
        }),
      );
      await rm(out);
      await rm(spillDir, { recursive: true, force: true });
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
