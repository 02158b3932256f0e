import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadInputs } from '../../src/corpus/index.js';
import { loadFiles, makeCorpus } from './helpers.js';

const TEXT = 'The harbour council voted on a plan to rebuild the old pier after the storms.';
const good = { 'good.txt': TEXT };

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
}

describe('bad input is reported and skipped; the rest loads', () => {
  it.each([
    ['an empty file', { 'empty.txt': '' }, `corpus: 'empty.txt': empty file`],
    ['a file of blank lines', { 'blank.md': '\n \n\t\n' }, `corpus: 'blank.md': empty file`],
    ['a binary file (NUL bytes)', { 'bin.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]) }, `corpus: 'bin.txt': binary file (contains NUL bytes), not an article text`],
    ['invalid UTF-8 (Latin-1 é)', { 'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e]) }, `corpus: 'latin1.txt': not valid UTF-8 (first bad byte near offset 3); re-save the file as UTF-8`],
    ['a record without text', { 'r.json': '{"id": "r1", "title": "No body"}' }, `corpus: 'r.json': missing "text" field`],
    ['a record whose text is a number', { 'r.json': '{"id": "r1", "text": 42}' }, `corpus: 'r.json': "text" must be a string`],
    ['a JSON file that is not an article', { 'r.json': '"just a string"' }, `corpus: 'r.json': expected an article object or an array of them`],
    ['a broken .json file', { 'r.json': '{"text": "a",' }, /^corpus: 'r\.json': not valid JSON \(/],
    ['front matter that is not YAML', { 'f.md': `---\ntitle: [unclosed\n---\n${TEXT}` }, /^corpus: 'f\.md': front matter is not valid YAML \(/],
    ['front matter that is a list, not a mapping', { 'f.md': `---\n- a\n- b\n---\n${TEXT}` }, `corpus: 'f.md': front matter is not a YAML mapping of field: value`],
    ['front matter never closed', { 'f.md': `---\ntitle: x\n${TEXT}` }, `corpus: 'f.md': front matter opens with '---' but is never closed`],
    ['an HTML page with no readable text', { 'p.html': '<html><body><nav></nav></body></html>' }, `corpus: 'p.html': no readable article text found in the page`],
  ])('%s', async (_name, files, message) => {
    const load = await loadFiles({ ...good, ...files });
    expect(load.articles.map((a) => a.path)).toEqual(['good.txt']);
    expect(load.problems).toHaveLength(1);
    expect(load.problems[0]?.message).toMatch(typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : message);
  });

  it('a .jsonl with a broken line and a record without text in the middle keeps the other lines', async () => {
    const lines = [JSON.stringify({ id: 'a', text: TEXT }), '{"id": "b", "text": ', JSON.stringify({ id: 'c', title: 'x' }), JSON.stringify({ id: 'd', text: TEXT })];
    const load = await loadFiles({ 'news/x.jsonl': lines.join('\r\n') });
    expect(load.articles.map((a) => [a.id, a.line])).toEqual([['a', 1], ['d', 4]]);
    expect(load.problems.map((p) => [p.file, p.line])).toEqual([['news/x.jsonl', 2], ['news/x.jsonl', 3]]);
    expect(load.problems[0]?.message).toMatch(/^corpus: 'news\/x\.jsonl' line 2: not valid JSON \(/);
    expect(load.problems[1]?.message).toBe(`corpus: 'news/x.jsonl' line 3: missing "text" field`);
  });

  it('a .json array with one bad record names the record', async () => {
    const load = await loadFiles({ 'a.json': JSON.stringify([{ id: 'a', text: TEXT }, { id: 'b' }, 7]) });
    expect(load.articles.map((a) => a.id)).toEqual(['a']);
    expect(load.problems.map((p) => p.message)).toEqual([`corpus: 'a.json': record 2: missing "text" field`, `corpus: 'a.json': record 3: not a JSON object`]);
  });

  it('duplicate ids: the later article is reported and skipped', async () => {
    const load = await loadFiles({ 'a.jsonl': JSON.stringify({ id: 'same', text: TEXT }), 'b.json': JSON.stringify({ id: 'same', text: 'Other text.' }) });
    expect(load.articles.map((a) => a.path)).toEqual(['a.jsonl']);
    expect(load.problems.map((p) => p.message)).toEqual([`corpus: 'b.json': duplicate article id 'same' (first used by 'a.jsonl' line 1); skipped`]);
    expect(load.files.find((f) => f.path === 'b.json')?.articleIds).toEqual([]);
  });

  it.each([
    ['UTF-16 LE with BOM', 'le'],
    ['UTF-16 BE with BOM', 'be'],
  ] as const)('%s is decoded', async (_name, endian) => {
    const load = await loadFiles({ 'u.txt': utf16('Café “open”.\r\nSecond line.', endian) });
    expect(load.problems).toEqual([]);
    expect(load.articles[0]?.text).toBe('Café “open”.\nSecond line.');
  });

  it('a symlink loop is reported once and the walk finishes', async () => {
    const dir = await makeCorpus({ 'sub/a.txt': TEXT });
    await symlink(join(dir, 'sub'), join(dir, 'sub', 'back'));
    await symlink(join(dir, 'missing'), join(dir, 'broken'));
    const load = await loadCorpus(dir);
    expect(load.articles.map((a) => a.path)).toEqual(['sub/a.txt']);
    expect(load.problems.map((p) => p.message).sort()).toEqual([
      `corpus: 'broken': broken symbolic link`,
      `corpus: 'sub/back': symbolic link loop (leads to a folder already read); skipped`,
    ]);
  });

  it('a huge single-line file is reported, not loaded as one article', async () => {
    const load = await loadFiles({ ...good, 'huge.txt': 'word '.repeat(250_000) });
    expect(load.articles.map((a) => a.path)).toEqual(['good.txt']);
    expect(load.problems.map((p) => p.message)).toEqual([`corpus: 'huge.txt': article text is 1250000 characters, over the 1000000 limit (not one news article?); skipped`]);
  });

  it('a long single-line record under the limit loads with its furniture computed', async () => {
    const text = `${'A sentence of the article. '.repeat(20_000)}`;
    const load = await loadFiles({ 'long.jsonl': JSON.stringify({ id: 'long', text }) });
    expect(load.problems).toEqual([]);
    expect(load.articles[0]?.text).toBe(text);
  });

  it('a file over maxFileBytes is reported and skipped', async () => {
    const dir = await makeCorpus({ ...good, 'big.txt': TEXT.repeat(10) });
    const load = await loadCorpus(dir, { maxFileBytes: 200 });
    expect(load.articles.map((a) => a.path)).toEqual(['good.txt']);
    expect(load.problems[0]?.message).toBe(`corpus: 'big.txt': file is 770 bytes, over the 200-byte limit for its kind; skipped without reading it`);
  });

  it('loadInputs: a missing path and a non-article file are reported; files and folders both load', async () => {
    const dir = await makeCorpus({ 'f/a.txt': TEXT, 'one.md': TEXT, 'x.csv': 'a,b' });
    await mkdir(join(dir, 'empty'));
    await writeFile(join(dir, 'f', 'b.json'), JSON.stringify({ id: 'b', text: TEXT }));
    const load = await loadInputs([join(dir, 'f'), join(dir, 'one.md'), join(dir, 'nope.txt'), join(dir, 'x.csv'), join(dir, 'empty')]);
    expect(load.articles.map((a) => a.path)).toEqual(['a.txt', 'b.json', `${dir}/one.md`]);
    expect(load.problems.map((p) => p.message)).toEqual([
      `corpus: '${dir}/nope.txt': no such file or folder`,
      `corpus: '${dir}/x.csv': not an article file (expected .txt, .md, .json, .jsonl, .html or .htm)`,
    ]);
  });
});
