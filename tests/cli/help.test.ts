/** Help for every command, the version, one-line usage errors, and the environment read per command. */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcess } from './helpers.js';

const COMMANDS: Record<string, string[]> = {
  index: ['--corpus', '--out', '--follow-links'],
  search: [
    '--speaker',
    '--publisher',
    '--from',
    '--to',
    '--sort',
    '--page',
    '--limit',
    '--min-confidence',
    '--json',
    '--index',
  ],
  speakers: ['--json', '--index'],
  extract: ['--format'],
  serve: ['--port', '--host', '--watch', '--follow-links', '--corpus', '--index'],
};

describe('verbatim <command> --help', () => {
  it.each(Object.entries(COMMANDS))(
    '%s --help describes the command and each of its options, and exits 0',
    async (command, flags) => {
      for (const asked of [
        [command, '--help'],
        [command, '-h'],
        ['help', command],
      ]) {
        const run = await inProcess(asked);
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).toMatch(new RegExp(`^Usage: verbatim ${command} `));
        for (const flag of flags) expect(run.stdout).toMatch(new RegExp(`^  ${flag}\\b`, 'm'));
        expect(run.stdout).toMatch(/Exit status: 0 ok, 1 some inputs skipped, 2 usage error, 3 failed/);
      }
    },
  );

  it('--help after other options still shows help, and does nothing else', async () => {
    const run = await inProcess(['index', '--corpus', '/nonexistent', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: verbatim index/);
  });

  it('verbatim --help lists the commands, every environment variable and the exit statuses', async () => {
    const run = await inProcess(['--help']);
    expect(run.code).toBe(0);
    for (const command of Object.keys(COMMANDS)) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    for (const name of [
      'PORT',
      'HOST',
      'BASE_URL',
      'CORPUS_DIR',
      'INDEX_DIR',
      'SEARCH_CACHE_MB',
      'DATABASE_URL',
      'VERBATIM_DEBUG',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
    for (const status of ['0', '1', '2', '3']) expect(run.stdout).toMatch(new RegExp(`^  ${status}  `, 'm'));
  });
});

describe('verbatim --version', () => {
  it("prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-v']) {
      const run = await inProcess([flag]);
      expect(run).toEqual({ code: 0, stdout: `verbatim ${version}\n`, stderr: '' });
    }
  });
});

describe('a usage error is one line naming the option and the command, with a hint', () => {
  it.each([
    [['search', 'x', '--foo'], "verbatim: unknown option '--foo' for 'search'; see 'verbatim search --help'\n"],
    [['index', '--corpus'], "verbatim: option '--corpus' of 'index' needs a value; see 'verbatim index --help'\n"],
    [['speakers', 'extra'], "verbatim: 'speakers' takes no argument 'extra'; see 'verbatim speakers --help'\n"],
    [
      ['search', 'x', '--limit', '500'],
      "verbatim: search: --limit must be at most 100; see 'verbatim search --help'\n",
    ],
    [
      ['search', 'x', '--sort', 'loudest'],
      "verbatim: search: --sort must be one of relevance, newest, oldest; see 'verbatim search --help'\n",
    ],
    [
      ['search', 'x', '--min-confidence', '1.5'],
      "verbatim: search: --min-confidence '1.5' must be a number from 0 to 1; see 'verbatim search --help'\n",
    ],
    [['frobnicate'], "verbatim: unknown command 'frobnicate'; see 'verbatim --help'\n"],
  ])('%j', async (args, line) => {
    expect(await inProcess(args)).toEqual({ code: 2, stdout: '', stderr: line });
  });
});

describe('the environment, read per command', () => {
  it('a bad PORT does not stop extract, and stops serve with one line naming it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-env-'));
    try {
      await writeFile(path.join(dir, 'a.txt'), 'Title\n\n“We will win,” said Tobin Arkwright.\n');
      const extract = await inProcess(['extract', path.join(dir, 'a.txt')], { env: { PORT: 'eighty' } });
      expect(extract.code).toBe(0);
      const serve = await inProcess(['serve'], { env: { PORT: 'eighty' } });
      expect(serve.code).toBe(2);
      expect(serve.stderr).toBe(
        `verbatim: config: invalid environment: PORT="eighty": must be a port number (0-65535); see 'verbatim serve --help'\n`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('INDEX_DIR is where search and speakers look by default', async () => {
    const run = await inProcess(['speakers'], { env: { INDEX_DIR: path.join(os.tmpdir(), 'verbatim-no-such-index') } });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/verbatim-no-such-index\/manifest\.json' is missing/);
  });
});
