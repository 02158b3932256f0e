/**
 * Profiling aid for extraction: loads article files (default: PolNeAR train and bbc-news under `--shared`) and
 * the bench's generated corpus (`--mb`, 0 for none), runs one cold pass, then `--passes` warm passes under the
 * profiler (node:inspector), and prints the functions with the most self time, the most inclusive time (each
 * function counted once per sample, however deep its recursion) and the inclusive time per extractor module.
 *
 * `--dist` profiles the compiled extractor (dist/, `npm run build` first), whose line numbers are the
 * compiled files' (tsx gives each source file as one line).
 *
 * `--in x.cpuprofile` prints the tables of a profile written before by `--out` (nothing is run).
 *
 *   npx tsx scripts/bench/profile-extract.ts [--shared ../shared] [--mb 2] [--passes 3] [--top 25] [--dist] [--out x.cpuprofile] [--in x.cpuprofile]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { loadavg } from 'node:os';
import { loadInputs } from '../../src/corpus/index.js';
import * as fromSource from '../../src/extract/index.js';
import type { Article } from '../../src/model/types.js';
import { readFlags } from './args.js';
import { generateCorpus, readSourceText } from './corpus.js';
import { extractorOf } from './extract-module.js';
import type { ExtractModule } from './extract-module.js';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const flags = readFlags(process.argv.slice(2));
/** Profiles the extraction of the articles (the flags above); returns the profile. */
async function profileExtraction(): Promise<Profile> {
  const extractQuotes = extractorOf(
    flags.has('dist')
      ? ((await import(new URL('../../dist/extract/index.js', import.meta.url).href)) as ExtractModule)
      : fromSource,
  );
  const shared = path.resolve(flags.get('shared') ?? '../shared');
  const files = flags.get('files')?.split(',') ?? [
    path.join(shared, 'polnear', 'train', 'articles.jsonl'),
    path.join(shared, 'corpora', 'bbc-news', 'articles.jsonl'),
  ];
  const articles: Article[] = (await loadInputs(files)).articles;
  const mb = Number(flags.get('mb') ?? 2);
  if (mb > 0) {
    const generated = generateCorpus(readSourceText(shared), { quotes: Math.round((mb * 1e6) / 470), seed: 42 });
    articles.push(...generated.articles);
  }
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const passes = Number(flags.get('passes') ?? 3);
  for (const a of articles) extractQuotes(a);

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const cpu = process.cpuUsage();
  for (let i = 0; i < passes; i++) for (const a of articles) extractQuotes(a);
  const used = process.cpuUsage(cpu);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  const out = flags.get('out');
  if (out !== undefined) await writeFile(out, JSON.stringify(profile));
  const seconds = (used.user + used.system) / 1e6;
  console.log(
    `${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${passes} warm passes: ${((bytes * passes) / 1e6 / seconds).toFixed(2)} MB/s of CPU; load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  return profile;
}

// `--in x.cpuprofile`: reads a profile written before (`--out`) instead of running one
const input = flags.get('in');
const profile =
  input !== undefined ? (JSON.parse(await readFile(input, 'utf8')) as Profile) : await profileExtraction();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const short = (url: string): string => url.replace(/^.*\/(node_modules|src|dist|scripts)\//, '$1/');
const keyOf = (n: Node): string =>
  `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const moduleOf = (n: Node): string | null => {
  const m = /\/(?:src|dist)\/(extract\/.*|lexicon\/.*|lib\/.*)\.[jt]s$/u.exec(n.callFrame.url);
  return m ? m[1]! : null;
};
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const modules = new Map<string, number>();
const selfModules = new Map<string, number>();
let total = 0;
const add = (m: Map<string, number>, k: string, v: number): void => {
  m.set(k, (m.get(k) ?? 0) + v);
};
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const leaf = byId.get(id)!;
  add(self, keyOf(leaf), dt);
  let n: Node | undefined = leaf;
  const seen = new Set<string>();
  const seenModules = new Set<string>();
  let innermost: string | null = null;
  for (; n !== undefined; n = byId.get(parent.get(n.id) ?? -1)) {
    const k = keyOf(n);
    if (!seen.has(k)) {
      seen.add(k);
      add(inclusive, k, dt);
    }
    const m = moduleOf(n);
    if (m !== null) {
      innermost ??= m;
      if (!seenModules.has(m)) {
        seenModules.add(m);
        add(modules, m, dt);
      }
    }
  }
  add(selfModules, innermost ?? `(${keyOf(byId.get(id)!).split(' ')[0]})`, dt);
});
const top = Number(flags.get('top') ?? 25);
const print = (title: string, m: Map<string, number>, n: number): void => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`${((v / total) * 100).toFixed(1).padStart(5)}%  ${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`);
};
print('self time', self, top);
print('inclusive time', inclusive, top);
print('self time by innermost extractor module', selfModules, top);
// self ticks by line: the sampled position inside each function
const ticks = new Map<string, number>();
let allTicks = 0;
for (const n of profile.nodes)
  for (const t of n.positionTicks ?? []) {
    add(ticks, `${short(n.callFrame.url)}:${t.line} (${n.callFrame.functionName || 'anon'})`, t.ticks);
    allTicks += t.ticks;
  }
console.log('\nself samples by line');
for (const [k, v] of [...ticks.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${((v / allTicks) * 100).toFixed(1).padStart(5)}%  ${k}`);
print('inclusive time by module', modules, top);
