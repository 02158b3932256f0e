import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkQuote, parsePastedQuote } from '../../src/check/index.js';
import { loadIndex } from '../../src/store/index.js';
import { buildIndex } from '../../src/build/index.js';
import type { LoadedIndex } from '../../src/store/types.js';
import { indexOf } from '../statements/fixtures.js';

describe('the wrapper around a pasted quotation', () => {
  it.each<[string, string, string | null]>([
    ['Marr said: "The tower stays lit every night"', 'The tower stays lit every night', 'Marr'],
    ['Ida Marr said that the tower stays lit every night', 'the tower stays lit every night', 'Ida Marr'],
    ['“The tower stays lit every night,” Ida Marr said.', 'The tower stays lit every night,', 'Ida Marr'],
    ['"The tower stays lit every night," said Marr', 'The tower stays lit every night,', 'Marr'],
    ['“The tower stays lit every night.” — Ida Marr', 'The tower stays lit every night.', 'Ida Marr'],
    ['We said the tower stays lit', 'We said the tower stays lit', null],
    ['"The tower stays lit every night"', 'The tower stays lit every night', null],
    ['The tower stays lit – every night', 'The tower stays lit – every night', null],
  ])('%s', (input, text, name) => {
    expect(parsePastedQuote(input)).toEqual({ text, claimedName: name });
  });
});

describe('check verdicts on invented quotes', () => {
  const index: LoadedIndex = indexOf([
    {
      id: 'lamps',
      article: 'a',
      text: 'The lighthouse keepers will stay on the payroll until the new lamps are tested',
      speaker: 'ida-marr',
      date: '2031-05-01',
    },
    {
      id: 'lamps-again',
      article: 'b',
      text: 'the lighthouse keepers will stay on the payroll until the new lamps are tested',
      speaker: 'ida-marr',
      date: '2031-05-02',
    },
    {
      id: 'ferry',
      article: 'c',
      text: 'Ferry tickets will cost the same next winter, we promise the islanders that',
      speaker: 'otto-lind',
      date: '2031-06-01',
    },
    {
      id: 'ida-ferry',
      article: 'c',
      text: 'The islanders deserve a ferry that sails on time',
      speaker: 'ida-marr',
      date: '2031-06-01',
    },
  ]);

  it('an exact fragment is exact, by its real speaker, and names its reports', async () => {
    const r = await checkQuote(index, { text: 'Marr said: “keepers will stay on the payroll”' });
    expect(r).toMatchObject({
      verdict: 'exact',
      speakerMatches: true,
      claimedSpeaker: { id: 'ida-marr' },
      actualSpeaker: { id: 'ida-marr' },
    });
    expect(r.matches[0]).toMatchObject({ verdict: 'exact', fragment: true, reports: 2, before: 'The lighthouse ' });
    // Two reports of one statement: one row.
    expect(r.matches.filter((m) => m.quote.id.startsWith('lamps'))).toHaveLength(1);
  });

  it('misremembered wording is close, with a diff showing the change', async () => {
    const r = await checkQuote(index, {
      text: 'The lighthouse keepers will remain on the payroll until the new lamps are tested',
    });
    expect(r.verdict).toBe('close');
    expect(r.speakerMatches).toBeNull();
    expect(r.matches[0]!.diff).toEqual([
      { op: 'equal', text: 'The lighthouse keepers will' },
      { op: 'insert', text: 'remain' },
      { op: 'delete', text: 'stay' },
      { op: 'equal', text: 'on the payroll until the new lamps are tested' },
    ]);
  });

  it('the wrong speaker named: says who really said it', async () => {
    const r = await checkQuote(index, { text: 'Ferry tickets will cost the same next winter', speaker: 'Ida Marr' });
    expect(r).toMatchObject({
      verdict: 'exact',
      speakerMatches: false,
      actualSpeaker: { id: 'otto-lind', name: 'Otto Lind' },
    });
    expect(r.message).toBe('This was said by Otto Lind, not Ida Marr.');
  });

  it('speaker= overrides the name in the wrapper', async () => {
    const r = await checkQuote(index, {
      text: 'Marr said: "Ferry tickets will cost the same next winter"',
      speaker: 'otto-lind',
    });
    expect(r.claimedSpeaker).toEqual({ id: 'otto-lind', name: 'Otto Lind' });
    expect(r.speakerMatches).toBe(true);
  });

  it('a claimed speaker with only related quotes: same speaker, different wording', async () => {
    const r = await checkQuote(index, { text: 'Islanders should get a ferry with cheaper tickets', speaker: 'Marr' });
    expect(r.verdict).toBe('same-speaker-different-wording');
    expect(r.matches.some((m) => m.quote.id === 'ida-ferry')).toBe(true);
  });

  it('words nobody said are not found', async () => {
    expect((await checkQuote(index, { text: 'Bananas grow best in the mountains' })).verdict).toBe('not-found');
  });
});

describe('on the seed corpus, through the real pipeline', () => {
  let dir = '';
  let index: LoadedIndex;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'verbatim-check-'));
    const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');
    await buildIndex({ corpusDir: corpus, outDir: path.join(dir, 'index') });
    index = await loadIndex(path.join(dir, 'index'));
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('Macron said: "we are ready to provide political support" finds his quote and its source', async () => {
    const r = await checkQuote(index, { text: 'Macron said: "we are ready to provide political support"' });
    expect(r.verdict).toBe('exact');
    expect(r.claimedSpeaker?.id).toBe('emmanuel-macron');
    expect(r.speakerMatches).toBe(true);
    const best = r.matches[0]!;
    expect(best).toMatchObject({ verdict: 'exact', fragment: true, speaker: { id: 'emmanuel-macron' } });
    expect(best.quote.text).toMatch(/^We are ready to provide political support for these agreements/);
    expect(index.articles.get(best.quote.articleId)).toBeDefined();
  });

  it('a Zelensky quote checked as Macron’s: the speaker is wrong', async () => {
    const r = await checkQuote(index, {
      text: 'Our key task is to ensure Russia cannot continue this war',
      speaker: 'Macron',
    });
    expect(r.verdict).toBe('exact');
    expect(r.speakerMatches).toBe(false);
    expect(r.actualSpeaker?.id).toBe('volodymyr-zelensky');
    expect(r.message).toBe(`This was said by ${r.actualSpeaker!.name}, not Emmanuel Macron.`);
  });
});
