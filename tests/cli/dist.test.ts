/**
 * The shipped form: dist/ compiled from src/, run by plain node. The CLI runs from dist; the server runs from
 * dist (its build worker thread boots the .js worker) and stops on SIGTERM, freeing its port; `npm start` does
 * too — the npm process's SIGTERM reaches the server, no orphan is left listening.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractorSourceVersion } from '../../src/build/stages.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let root: string;

beforeAll(async () => {
  // What `npm start` does first: compile when dist/ is missing or older than src/ (at once when current).
  const build = spawnSync(process.execPath, [path.join(repo, 'bin', 'build-dist.js'), '--if-stale'], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr + build.stdout).toBe(0);
  root = await mkdtemp(path.join(os.tmpdir(), 'verbatim-dist-'));
  await mkdir(path.join(root, 'corpus'));
  await writeFile(
    path.join(root, 'corpus', 'a.txt'),
    'Harbour\n\n“The tide is late,” said Mara Quillon, the harbour master.\n',
  );
}, 300_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8' });
}

describe('the CLI from dist', () => {
  it('keys extractions with the version of the sources it was compiled from, as a run through tsx does', async () => {
    // One extraction cache and one set of ingest hashes whichever way a command runs; hashing the compiled .js
    // files instead gave every cache filled through tsx a miss when read from dist.
    const compiled = run([
      '--input-type=module',
      '-e',
      "const m = await import('./dist/build/stages.js'); console.log(await m.extractorSourceVersion());",
    ]);
    expect(compiled.stderr).toBe('');
    expect(compiled.stdout.trim()).toBe(await extractorSourceVersion());
  });

  it('node dist/cli/main.js and the bin print the version', () => {
    for (const entry of [['dist/cli/main.js'], ['bin/verbatim.js']]) {
      const result = run([...entry, '--version']);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^verbatim \d+\.\d+\.\d+\n$/);
    }
  });
});

/** Resolves with the port once the server says it is serving; rejects if it exits first. */
function listening(child: ChildProcess): Promise<number> {
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const port = /serving .* at http:\/\/[^:]+:(\d+)/.exec(out)?.[1];
      if (port) resolve(Number(port));
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}) before listening: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Whether something accepts connections on the port (loopback). */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: 'localhost' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The compiled modules of this checkout that a run of the bin loads (ES modules, as paths under dist/). */
async function distModulesLoaded(args: string[], env: Record<string, string> = {}): Promise<string[]> {
  const hook = path.join(root, 'list-modules.mjs');
  await writeFile(
    hook,
    "import { register } from 'node:module';\n" +
      "register('data:text/javascript,' + encodeURIComponent(" +
      "\"export async function load(url, context, next) { if (url.includes('/dist/')) console.error('loaded ' + url); return next(url, context); }\"" +
      '));\n',
  );
  const result = spawnSync(process.execPath, ['--import', hook, 'bin/verbatim.js', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return [...result.stderr.matchAll(/^loaded file:\/\/.*?\/dist\/(.*)$/gm)].map((m) => m[1]!);
}

describe('what a command loads', () => {
  it.each([[['--version']], [['--help']], [['index', '--help']], [['db', '--help']]])(
    '%j loads no command: no extractor, no index builder, no database driver, no search engine',
    async (args) => {
      const loaded = await distModulesLoaded(args);
      expect(loaded).toContain('cli/main.js');
      expect(loaded.filter((m) => /^(extract|build|backend|search|web|corpus)\//.test(m))).toEqual([]);
    },
  );

  it('index with DATABASE_URL loads the ingest, not the extractor (until an article needs it), the index builder, the search engine or the site', async () => {
    // Nothing listens on port 1: the ingest's modules are loaded, then the connection fails (exit 3).
    const loaded = await distModulesLoaded(['index', '--corpus', path.join(root, 'corpus'), '--shard', '1/2'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
    });
    expect(loaded).toContain('backend/postgres/ingest.js');
    expect(
      loaded.filter((m) =>
        /^(extract\/|build\/(index|pipeline)|search\/engine|web\/|backend\/postgres\/(backend|search))/.test(m),
      ),
    ).toEqual([]);
  });
});

describe('the server from dist stops on SIGTERM', () => {
  // Without the runner's own BASE_URL (vitest sets it to '/', not an origin).
  const { BASE_URL: _runnerBaseUrl, ...inherited } = process.env;
  const env = (index: string) => ({
    ...inherited,
    PORT: '0',
    HOST: 'localhost',
    CORPUS_DIR: path.join(root, 'corpus'),
    INDEX_DIR: path.join(root, index),
  });

  it('node dist/server.js builds the index (its worker boots from dist), serves, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server.js'], {
      cwd: repo,
      env: env('index-node'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const port = await listening(child);
      expect(await accepts(port)).toBe(true);
      child.kill('SIGTERM');
      expect(await exited(child)).toEqual({ code: 0, signal: null });
      expect(await accepts(port)).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  }, 120_000);

  it('npm start: SIGTERM to the npm process stops the server and frees the port', async () => {
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: repo,
      env: env('index-npm'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const port = await listening(npm);
      npm.kill('SIGTERM');
      await exited(npm);
      // The server is npm's child: it must have gone with it (a hang guard, not a timing assertion).
      const deadline = Date.now() + 30_000;
      while ((await accepts(port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await accepts(port)).toBe(false);
    } finally {
      npm.kill('SIGKILL');
    }
  }, 120_000);
});
