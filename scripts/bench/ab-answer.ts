/**
 * Comparing aid for serving: `searchAnswer` (the `/api/search` JSON, src/web/present.ts) of two checkouts over the
 * same pages, in one process. The pages are searched once (this tree's engine over a built index, the answer cache
 * not involved); then each tree's `searchAnswer` writes every page, the two alternated round by round (the order
 * swapped every other round), and the CPU time per page is printed per round. Both must give the same bytes for
 * every page: it says so first, and stops when they do not.
 *
 *   npx tsx scripts/bench/ab-answer.ts --a /tmp/wt-before --b . --index <dir>/100k/index --paths <dir>/paths.json [--rounds 10]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import querystring from 'node:querystring';
import { pathToFileURL } from 'node:url';
import { loadIndex } from '../../src/store/index.js';
import { EmbeddedBackend, type BackendSearchResponse } from '../../src/backend/index.js';
import { searchRequestFrom } from '../../src/web/context.js';
import { readFlags, repoRoot } from './args.js';

type Present = typeof import('../../src/web/present.js');

const flags = readFlags(process.argv.slice(2));
const indexDir = flags.get('index');
const pathsFile = flags.get('paths');
if (!indexDir || !pathsFile) throw new Error('ab-answer: --index DIR and --paths FILE are required');
const rounds = Number(flags.get('rounds') ?? 10);
if (!(rounds >= 2)) throw new Error('ab-answer: --rounds must be at least 2');
const load = (tree: string): Promise<Present> =>
  import(pathToFileURL(path.join(path.resolve(tree), 'src/web/present.ts')).href) as Promise<Present>;
const trees = { A: flags.get('a') ?? repoRoot, B: flags.get('b') ?? repoRoot };
const present = { A: await load(trees.A), B: await load(trees.B) };

const index = await loadIndex(indexDir);
const backend = new EmbeddedBackend(index);
const urls = present.B.urlsFor('http://127.0.0.1:3000');
const paths = JSON.parse(await readFile(pathsFile, 'utf8')) as string[];
const pages: BackendSearchResponse[] = [];
for (const p of paths) {
  const at = p.indexOf('?');
  const { request } = await searchRequestFrom(backend, querystring.parse(at < 0 ? '' : p.slice(at + 1)), 'ab-answer');
  pages.push(await backend.search({ ...request, budgetMs: 0 }));
}

for (const [i, page] of pages.entries()) {
  const a = present.A.searchAnswer(index, page, urls);
  const b = present.B.searchAnswer(index, page, urls);
  if (a.head !== b.head || !a.tail.equals(b.tail)) throw new Error(`ab-answer: the answers differ for ${paths[i]}`);
}
process.stdout.write(`A ${trees.A}\nB ${trees.B}\nanswers identical (${pages.length} pages)\n`);

const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const spent: Record<'A' | 'B', number[]> = { A: [], B: [] };
for (let round = 0; round < rounds; round++) {
  for (const name of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
    const started = cpu();
    for (const page of pages) present[name].searchAnswer(index, page, urls);
    spent[name].push(Math.round(((cpu() - started) / pages.length) * 10) / 10);
  }
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
process.stdout.write(
  `A µs a page: ${spent.A.join(' ')}\nB µs a page: ${spent.B.join(' ')}\n` +
    `medians A ${median(spent.A)}, B ${median(spent.B)}; B/A ${(median(spent.B) / median(spent.A)).toFixed(3)}; ` +
    `load ${(await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')}\n`,
);
