/**
 * Checking aid for serving: the `/api/search` answers of a tree's app over a built index, asked over HTTP (answer
 * cache off), one line per request: status, the response headers (the date left out, the ETag's value shown only
 * by its form: it holds a per-process nonce; Content-Length as whether it is the body's) and the body with `took_ms` set to 0 (and links to port 0). Two checkouts must give the
 * same lines (`| md5sum`): the API's bytes, not only the engine's answers (answers.ts).
 * The requests: the benchmark's paths (`--paths`, written by `npm run bench` or serve-child.ts), each also sorted
 * newest first and as page 2, then a few that must fail (400), a HEAD and
 * a few spelt oddly.
 *
 *   npx tsx scripts/bench/api-answers.ts --tree /tmp/wt-before --index <dir>/100k/index --paths <dir>/paths.json \
 *       [--requests 4000] | md5sum
 */
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { readFlags, repoRoot } from './args.js';
import { serveTree } from './serve-tree.js';

const flags = readFlags(process.argv.slice(2));
const tree = path.resolve(flags.get('tree') ?? repoRoot);
const { server, port, agent } = await serveTree(tree, flags.get('index') ?? '');

const ask = (method: string, p: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: p, method, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        // The length varies with took_ms and the port: shown as whether it is the body's (a HEAD has none).
        const length = (value: unknown): string =>
          method === 'HEAD' || Number(value) === raw.length ? "the body's" : `${String(value)}, not ${raw.length}`;
        const headers = Object.entries(res.headers)
          .filter(([name]) => name !== 'date')
          .map(([name, value]) => [
            name,
            name === 'etag'
              ? String(value).replace(/"[^"]*"/, '"…"')
              : name === 'content-length'
                ? length(value)
                : value,
          ]);
        // Links name the origin asked (this run's port): shown as port 0.
        const body = raw
          .toString('utf8')
          .replaceAll(`//127.0.0.1:${port}/`, '//127.0.0.1:0/')
          .replace(/^(\{"total":[^,]*,"page":[^,]*,"limit":[^,]*,"took_ms":)[0-9.e+-]+/, '$10');
        resolve(JSON.stringify({ method, path: p, status: res.statusCode, headers, body }));
      });
    });
    req.on('error', reject);
    req.end();
  });

const paths = JSON.parse(await readFile(flags.get('paths') ?? '', 'utf8')) as string[];
const count = Math.min(paths.length, Number(flags.get('requests') ?? paths.length));
const asked: Array<[string, string]> = [];
for (const p of paths.slice(0, count)) {
  asked.push(['GET', p], ['GET', `${p}&sort=newest`], ['GET', `${p}&page=2`]);
}
asked.push(
  ['GET', '/api/search?q=the&page=0'],
  ['GET', '/api/search?q=a&q=b'],
  ['GET', '/api/search?speaker=nobody-at-all-zzz'],
  ['GET', '/api/search?from=2020-13-01'],
  ['GET', '/api/search'],
  ['GET', '/api/search?q=%22said+the%22&limit=5&minConfidence=0.9'],
  ['HEAD', paths[0] ?? '/api/search?q=the'],
  ['GET', `${paths[1] ?? '/api/search?q=the'}#frag`],
  ['GET', (paths[2] ?? '/api/search?q=the').replace('/api/search', '/API/Search/')],
  ['GET', '/api/search?q=the%20said&page=2&'],
  ['GET', '/api/search?q=%E2%80%9Cwe%E2%80%9D&speaker=&publisher='],
);
for (const [method, p] of asked) process.stdout.write(`${await ask(method, p)}\n`);
server.close();
agent.destroy();
