/**
 * Shared fixtures for the reliability tests: temp folders, invented articles (every name and sentence here is
 * made up for these tests) and a way to run `verbatim` as a user would, in a child process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A fresh temp folder; `cleanup` removes it. */
export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `verbatim-rel-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes `files` (relative path → content) under `dir`. */
export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
}

const FIRST = ['Orla', 'Bastian', 'Imke', 'Caspar', 'Nadia', 'Tobiah', 'Edda', 'Ruben', 'Selma', 'Jory'];
const LAST = ['Vantreight', 'Quillfeather', 'Marrowby', 'Ostergaard', 'Pellinore', 'Hasselbrink', 'Tarrow', 'Wexley'];
const TOPICS = [
  'ferry timetable',
  'harbour wall',
  'orchard levy',
  'tram depot',
  'library roof',
  'canal lock',
  'market hall',
];
const VERBS = ['reopen', 'be finished', 'cost less', 'need more staff', 'be repaired', 'close for a month'];

/** A made-up word unique to (n, i), letters only so the search tokenizer keeps it whole: `zq` + base-26 digits. */
export function markerWord(n: number, i: number): string {
  let k = n * 16 + i;
  let word = '';
  do {
    word = String.fromCharCode(97 + (k % 26)) + word;
    k = Math.floor(k / 26);
  } while (k > 0);
  return `zq${word}`;
}

/** An invented news article with `quotes` attributed quotations; `n` makes it (and its words) distinct. */
export function inventedArticle(n: number, quotes = 3): string {
  const lines = [
    `Town news number ${n}`,
    '',
    `Residents of Elmbridge heard on Monday about the ${TOPICS[n % TOPICS.length]}.`,
    '',
  ];
  for (let i = 0; i < quotes; i++) {
    const k = n * 7 + i;
    const name = `${FIRST[k % FIRST.length]} ${LAST[(k >> 1) % LAST.length]}`;
    lines.push(
      `“The ${TOPICS[k % TOPICS.length]} will ${VERBS[k % VERBS.length]} by spring, ${markerWord(n, i)} or not,” said ${name}, a councillor.`,
      '',
    );
  }
  return lines.join('\n');
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `verbatim <args>` (node --import tsx src/cli/main.ts) in a child process. */
export function spawnVerbatim(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'src', 'cli', 'main.ts'), ...args], {
    cwd: repo,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Collects a child's output and resolves when it exits. */
export function finished(child: ChildProcess): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** Runs `verbatim <args>` to the end. */
export function runVerbatim(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return finished(spawnVerbatim(args, env));
}

/** Polls `check` every `everyMs` until it returns a value other than undefined (or `timeoutMs` passes). */
export async function waitFor<T>(
  check: () => Promise<T | undefined> | T | undefined,
  what: string,
  timeoutMs = 20_000,
  everyMs = 20,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
