import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpeakerOverrides } from '../../src/speakers/index.js';

async function fileWith(content: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-speakers-'));
  const file = path.join(dir, 'speakers.json');
  await writeFile(file, content);
  return file;
}

describe('loadSpeakerOverrides', () => {
  it('a missing file is no overrides and no problem', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-speakers-'));
    expect(await loadSpeakerOverrides(path.join(dir, 'speakers.json'))).toEqual({ overrides: null, problems: [] });
  });

  it('a valid file is parsed', async () => {
    const content = {
      speakers: [
        { name: 'Olena Zelenska', aliases: ['Zelenskyy'], id: 'olena-zelenska', role: 'First Lady', kind: 'person' },
      ],
      merges: [{ names: ['Tobias Lind', 'Toby Lindqvist'] }],
      splits: [{ name: 'Pellworth', articles: ['x'], speaker: 'Barnaby Pellworth' }],
    };
    const file = await fileWith(JSON.stringify(content));
    expect(await loadSpeakerOverrides(file)).toEqual({ overrides: content, problems: [] });
  });

  it.each([
    ['{ "speakers": [ { "name": "A" ', 'is not valid JSON'],
    ['{ "speakers": [ { "aliases": ["x"] } ] }', 'at speakers.0.name'],
    ['{ "speakers": [ { "name": "Ann Lee", "id": "Ann Lee" } ] }', 'at speakers.0.id: must be a lowercase slug'],
    ['{ "merges": [ { "names": ["only one"] } ] }', 'at merges.0.names: a merge needs at least two names'],
    ['{ "splits": [ { "name": "Lee", "articles": [], "speaker": "Ann Lee" } ] }', 'at splits.0.articles'],
    ['{ "speaker": [] }', 'at (top)'],
    ['[]', 'at (top)'],
  ])('%s → problem "%s"', async (content, message) => {
    const file = await fileWith(content);
    const { overrides, problems } = await loadSpeakerOverrides(file);
    expect(overrides).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file, line: null });
    expect(problems[0]!.message).toContain(`speakers: '${file}'`);
    expect(problems.map((p) => p.message).join('\n')).toContain(message);
  });
});
