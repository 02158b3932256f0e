import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcess, type Run } from './helpers.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs `verbatim <args>` as a user would, in a child process. */
function verbatim(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(repo, 'src', 'cli', 'main.ts'), ...args],
      { cwd: repo, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** Articles written for these tests: plain reported speech with a named speaker and a cue verb. */
const LIBRARY =
  'Library to open in May\n\n' +
  'The town library will reopen after two years of works.\n\n' +
  '“We will open the doors on the first of May,” said Helen Strand, the mayor of Eastford.\n\n' +
  'Builders finished the roof last week.\n';
const CANAL = 'Canal cleanup planned\n\n' + '“The canal has never been this clean,” said Jonas Weller, a volunteer.\n';

const QUOTE_FIELDS = [
  'id',
  'article',
  'start',
  'end',
  'text',
  'piece',
  'pieces',
  'speaker',
  'speakerKind',
  'speakerId',
  'role',
  'kind',
  'saidAt',
  'saidAtPrecision',
  'saidAtBasis',
  'saidAtRule',
  'publishedAt',
  'cue',
  'reason',
  'confidence',
  'band',
  'recordId',
];

// A quotation interrupted by its attribution: one quote, two pieces.
const SPLIT =
  'Ferry timetable\n\n“The morning boat will leave at seven,” said Marta Quell, the harbour master, “and the last one at ten.”\n';

let root: string;
let corpus: string;
let index: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'verbatim-cli-'));
  corpus = path.join(root, 'corpus');
  index = path.join(root, 'index');
  await mkdir(corpus);
  await writeFile(path.join(corpus, 'library.txt'), LIBRARY);
  await writeFile(path.join(corpus, 'canal.txt'), CANAL);
  await writeFile(
    path.join(root, 'articles.jsonl'),
    [
      JSON.stringify({ id: 'rec-library', title: 'Library to open in May', publishedAt: '2024-04-02', text: LIBRARY }),
      '{"id": "rec-broken", "text": ',
      JSON.stringify({ id: 'rec-canal', title: 'Canal cleanup planned', publishedAt: '2024-04-03', text: CANAL }),
      JSON.stringify({ id: 'rec-split', title: 'Ferry timetable', publishedAt: '2024-04-04', text: SPLIT }),
    ].join('\n') + '\n',
  );
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('usage errors exit with status 2 and print one line with a hint, not the usage', () => {
  it.each([
    ['an unknown command', ['frobnicate']],
    ['no command at all', []],
    ['an unknown flag', ['search', 'library', '--bogus']],
    ['search without a query', ['search']],
    ['extract without inputs', ['extract']],
    ['an unknown extract format', ['extract', 'x.txt', '--format', 'xml']],
    ['a limit that is not a number', ['search', 'library', '--limit', 'ten']],
    ['a date that does not exist', ['search', 'library', '--from', '2024-02-30']],
    ['a port that is not a number', ['serve', '--port', 'eighty']],
  ])('%s', async (_name, args) => {
    const run = await inProcess(args);
    expect(run.code).toBe(2);
    const command = ['search', 'extract', 'serve'].includes(args[0]!) ? `${args[0]} ` : '';
    expect(run.stderr).toMatch(new RegExp(`^verbatim: [^\n]+; see 'verbatim ${command}--help'\n$`));
    expect(run.stderr).not.toContain('Usage:');
  });

  it('as a process too: `verbatim frobnicate` exits 2', async () => {
    const run = await verbatim('frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^verbatim: unknown command 'frobnicate'/);
  });

  it('help prints the usage and exits 0', async () => {
    const run = await verbatim('help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: verbatim <command>');
  });
});

describe('verbatim extract', () => {
  it('prints one JSON quote per line with every field, and exits 1 naming the broken line it skipped', async () => {
    const run = await verbatim('extract', path.join(root, 'articles.jsonl'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/articles\.jsonl' line 2/);
    const quotes = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of quotes) expect(Object.keys(q).sort()).toEqual([...QUOTE_FIELDS].sort());
    const library = quotes.find((q) => q.article === 'rec-library');
    // The quoted words, possibly with the comma that closes them inside the marks.
    const text: unknown = expect.stringMatching(/^We will open the doors on the first of May,?$/);
    expect(library).toMatchObject({ text, speaker: 'Helen Strand', speakerKind: 'person', cue: 'said' });
    // Offsets point into the record's text as given.
    expect(LIBRARY.slice(library!.start as number, library!.end as number)).toBe(library!.text);
  });

  it('gives a quotation interrupted by its attribution as two lines sharing one id, each piece at its offsets', async () => {
    const run = await verbatim('extract', path.join(root, 'articles.jsonl'));
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const split = lines.filter((q) => q.article === 'rec-split');
    expect(split.map((q) => [q.piece, q.pieces])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(new Set(split.map((q) => q.id)).size).toBe(1);
    expect(split.every((q) => q.speaker === 'Marta Quell')).toBe(true);
    for (const q of split) expect(SPLIT.slice(q.start as number, q.end as number)).toBe(q.text);
    expect(split[0]!.text).toMatch(/^The morning boat will leave at seven/);
    expect(split[1]!.text).toMatch(/^and the last one at ten/);
  });

  it('reads a folder, exits 0, and offers text and json formats', async () => {
    const jsonl = await verbatim('extract', corpus);
    expect(jsonl.code).toBe(0);
    expect(jsonl.stderr).toBe('');

    const json = await verbatim('extract', corpus, '--format', 'json');
    expect(json.code).toBe(0);
    const records = JSON.parse(json.stdout) as Array<{ text: string }>;
    expect(records.map((r) => r.text).sort()).toEqual(
      jsonl.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { text: string }).text)
        .sort(),
    );

    const text = await verbatim('extract', corpus, '--format', 'text');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Jonas Weller');
    expect(text.stdout).toContain('“The canal has never been this clean');
  });
});

describe('verbatim index, search, speakers', () => {
  it('indexes a corpus, then finds quotes by words and by speaker name', async () => {
    const built = await verbatim('index', '--corpus', corpus, '--out', index);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^indexed 2 articles, \d+ quotes, \d+ speakers, 0 skipped, in [\d.]+ s/);

    const found = await verbatim('search', 'canal', '--json', '--index', index);
    expect(found.code).toBe(0);
    const response = JSON.parse(found.stdout) as { total: number; results: Array<{ quote: { text: string } }> };
    expect(response.results[0]?.quote.text).toMatch(/^The canal has never been this clean,?$/);

    // --min-confidence is the engine's filter: a floor at the quote's own confidence keeps it, one just above drops
    // it, and the total counts only what is kept.
    const confidence = (response.results[0] as unknown as { quote: { attribution: { confidence: number } } }).quote
      .attribution.confidence;
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThan(1);
    const atFloor = await verbatim(
      'search',
      'canal',
      '--json',
      '--index',
      index,
      '--min-confidence',
      String(confidence),
    );
    expect((JSON.parse(atFloor.stdout) as { total: number }).total).toBe(1);
    const above = Math.min(1, confidence + 1e-6);
    const overFloor = await verbatim('search', 'canal', '--index', index, '--min-confidence', String(above));
    expect(overFloor.code).toBe(0);
    expect(overFloor.stdout).toMatch(/^0 quotes for "canal"/);

    const bySpeaker = await verbatim('search', 'open', '--speaker', 'helen strand', '--index', index);
    expect(bySpeaker.code).toBe(0);
    expect(bySpeaker.stdout).toContain('We will open the doors on the first of May');
    expect(bySpeaker.stdout).not.toContain('canal');

    const unknown = await verbatim('search', 'open', '--speaker', 'Nobody Atall', '--index', index);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no speaker matches 'Nobody Atall'");

    const speakers = await verbatim('speakers', '--json', '--index', index);
    expect(speakers.code).toBe(0);
    expect((JSON.parse(speakers.stdout) as Array<{ name: string }>).map((s) => s.name)).toEqual(
      expect.arrayContaining(['Helen Strand', 'Jonas Weller']),
    );
  });

  it('exits 1 and names the file and line when an input is skipped', async () => {
    const broken = path.join(root, 'broken-corpus');
    await mkdir(broken);
    await writeFile(path.join(broken, 'canal.txt'), CANAL);
    await writeFile(path.join(broken, 'feed.jsonl'), `${JSON.stringify({ id: 'ok', text: LIBRARY })}\nnot json\n`);
    const run = await verbatim('index', '--corpus', broken, '--out', path.join(root, 'broken-index'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/feed\.jsonl' line 2/);
    expect(run.stdout).toMatch(/1 skipped/);
  });

  it('exits 3 (failed) with a clear message when there is no index to search', async () => {
    const run = await verbatim('search', 'canal', '--index', path.join(root, 'nowhere'));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /^index: '.*nowhere\/manifest\.json' is missing — build the index with 'verbatim index'/,
    );
  });
});
