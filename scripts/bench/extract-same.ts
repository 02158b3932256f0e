/**
 * Output check for extraction speed work: runs `verbatim extract` (this checkout's CLI, through tsx) over the
 * four article sets and writes one JSON Lines file per set into `--out`, plus the quotes `extractQuotes` gives
 * for the bench's generated corpus (`generated.jsonl`, one line per article). With `--against DIR` (the `--out`
 * of another checkout's run), compares each file byte for byte and exits 1 when any differs.
 *
 *   npx tsx scripts/bench/extract-same.ts --out /tmp/after [--against /tmp/before] [--shared ../shared] [--mb 4]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes, nameSplitter } from '../../src/extract/index.js';
import { readFlags } from './args.js';
import { generateCorpus, readSourceText } from './corpus.js';

const flags = readFlags(process.argv.slice(2));
const outFlag = flags.get('out');
if (outFlag === undefined) throw new Error('extract-same: --out DIR (where the outputs are written) is required');
const out = path.resolve(outFlag);
const shared = path.resolve(flags.get('shared') ?? '../shared');
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
mkdirSync(out, { recursive: true });

const sets: Record<string, string> = {
  polnear: path.join(shared, 'polnear', 'train', 'articles.jsonl'),
  'bbc-dev': path.join(shared, 'bbc-dev', 'articles.jsonl'),
  wikinews: path.join(shared, 'corpora', 'wikinews', 'articles.jsonl'),
  'bbc-news': path.join(shared, 'corpora', 'bbc-news', 'articles.jsonl'),
};
const files: string[] = [];
for (const [name, dir] of Object.entries(sets)) {
  const text = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(repo, 'src', 'cli', 'main.ts'), 'extract', dir],
    { maxBuffer: 1 << 30, encoding: 'utf8' },
  );
  writeFileSync(path.join(out, `${name}.jsonl`), text);
  files.push(`${name}.jsonl`);
}
const source = readSourceText(shared);
const { articles } = generateCorpus(source, {
  quotes: Math.round((Number(flags.get('mb') ?? 4) * 1e6) / 470),
  seed: Number(flags.get('seed') ?? 42),
});
const names = nameSplitter();
writeFileSync(
  path.join(out, 'generated.jsonl'),
  articles.map((a) => `${JSON.stringify(extractQuotes(a, { names }))}\n`).join(''),
);
files.push('generated.jsonl');

const against = flags.get('against');
let differ = 0;
for (const f of files) {
  const size = readFileSync(path.join(out, f)).length;
  if (against === undefined) {
    console.log(`${f}: ${size} bytes`);
    continue;
  }
  const same = readFileSync(path.join(out, f)).equals(readFileSync(path.join(path.resolve(against), f)));
  if (!same) differ++;
  console.log(`${f}: ${size} bytes, ${same ? 'identical' : 'DIFFERS'}`);
}
if (differ > 0) process.exitCode = 1;
