/**
 * Comparing aid for serving: `/api/search` (answer cache off, every request searched) of two checkouts over one
 * built index, both served from this one process on loopback ports and asked one request at a time, each path
 * of the benchmark's list through A and then B (the order swapped every other path), so that both see the same
 * load. The CPU time of this process per request (server and client together: the client's part is the same
 * for both) is the measure; prints its mean and p50 / p99 for each, and the ratio B / A of the means.
 *
 *   npx tsx scripts/bench/ab-http.ts --a /tmp/wt-before --b . --index <dir>/100k/index --paths <dir>/paths.json [--requests 2000]
 */
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { percentile, readFlags, repoRoot } from './args.js';
import { serveTree, type ServedTree } from './serve-tree.js';

const flags = readFlags(process.argv.slice(2));
const serve = (tree: string): Promise<ServedTree> => serveTree(tree, flags.get('index') ?? '');
const get = (to: ServedTree, p: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const started = process.cpuUsage();
    const req = request({ host: '127.0.0.1', port: to.port, path: p, agent: to.agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`${p}: ${res.statusCode} (${bytes} bytes)`));
        const u = process.cpuUsage(started);
        resolve((u.user + u.system) / 1000);
      });
    });
    req.on('error', reject);
    req.end();
  });

const treeA = path.resolve(flags.get('a') ?? repoRoot);
const treeB = path.resolve(flags.get('b') ?? repoRoot);
const a = await serve(treeA);
const b = await serve(treeB);
const paths = JSON.parse(await readFile(flags.get('paths') ?? '', 'utf8')) as string[];
const count = Math.min(paths.length, Number(flags.get('requests') ?? 2000));
// Warm-up on other paths than the measured ones (the second half of the list).
for (const p of paths.slice(paths.length - 300)) {
  await get(a, p);
  await get(b, p);
}
const ta = new Float64Array(count);
const tb = new Float64Array(count);
for (let i = 0; i < count; i++) {
  // Spread over the kinds: the list is plain, prefix, speaker, faceted in blocks.
  const p = paths[(i * 7919) % (paths.length - 300)]!;
  if (i % 2 === 0) {
    ta[i] = await get(a, p);
    tb[i] = await get(b, p);
  } else {
    tb[i] = await get(b, p);
    ta[i] = await get(a, p);
  }
}
const mean = (x: Float64Array): number => x.reduce((s, v) => s + v, 0) / x.length;
const line = (name: string, x: Float64Array): string => {
  const m = mean(x);
  x.sort();
  return `${name} mean ${m.toFixed(3)}  p50 ${percentile(x, 50).toFixed(2)}  p99 ${percentile(x, 99).toFixed(2)} ms CPU a request`;
};
const ratio = mean(tb) / mean(ta);
process.stdout.write(
  `A ${treeA}\nB ${treeB}\n${line('A', ta)}\n${line('B', tb)}\nB/A ${ratio.toFixed(3)} (${count} requests each; load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')})\n`,
);
process.exit(0);
