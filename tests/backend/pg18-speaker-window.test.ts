/**
 * A window of one speaker's rows (fewer than the bound and than the word occurs) is read by intersecting the term
 * index with the speaker's rows when the word occurs at most `speakerIntersect` times as often as the speaker has
 * rows, by the speaker's rows alone otherwise: the same candidates either way, so the same answers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresBackend } from '../../src/backend/postgres/index.js';
import { defaultSearchSqlOptions, searchSql } from '../../src/backend/postgres/search.js';
import { vocabularyOf } from '../../src/backend/postgres/vocabulary.js';
import { searchRequest } from '../../src/search/request.js';
import { inventCorpus, writeCorpus } from './corpus.js';
import { ingestedDatabase, warnIfSkipped } from './database.js';

const skip = warnIfSkipped('tests/backend/pg18-speaker-window.test.ts');

describe.skipIf(skip)("a one-speaker window read through the speaker's rows (PostgreSQL)", () => {
  let dir: string;
  let postgres: PostgresBackend;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'verbatim-pg18-speaker-'));
    writeCorpus(path.join(dir, 'corpus'), inventCorpus(60, 13));
    ({ postgres, drop } = await ingestedDatabase(path.join(dir, 'corpus'), 0));
  }, 120_000);

  afterAll(async () => {
    await postgres?.close();
    await drop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['intersected when the word occurs at most 8 times as often as the speaker has rows', 8, true],
    ["through the speaker's rows alone with speakerIntersect 0", 0, false],
  ])('reads the window %s, answering alike', async (_, speakerIntersect, intersected) => {
    const vocabulary = await vocabularyOf(postgres.read);
    const words = [...vocabulary.terms].sort((a, b) => vocabulary.count(b) - vocabulary.count(a)).slice(0, 6);
    let read = 0;
    for (const word of words) {
      const occurs = vocabulary.count(word);
      const speakers = [...vocabulary.speakerQuotes]
        .filter(([, n]) => n < occurs && occurs <= 8 * n)
        .map(([id]) => id)
        .sort();
      for (const id of speakers.slice(0, 3)) {
        for (const sort of ['relevance', 'newest'] as const) {
          const request = searchRequest(word, { speakers: [id], sort, limit: 5 });
          const sent: string[] = [];
          const recording = new Proxy(postgres.read, {
            get(target, prop, receiver) {
              if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
              return (statement: string | { text: string; values?: unknown[] }, values?: unknown[]) => {
                sent.push(typeof statement === 'string' ? statement : statement.text);
                return typeof statement === 'string' ? target.query(statement, values) : target.query(statement);
              };
            },
          });
          const options = { ...defaultSearchSqlOptions, facetMemo: false };
          const answer = { ...(await searchSql(recording, request, { ...options, speakerIntersect })), took_ms: 0 };
          const other = {
            ...(await searchSql(postgres.read, request, { ...options, speakerIntersect: 8 - speakerIntersect })),
            took_ms: 0,
          };
          expect(answer).toEqual(other);
          const window = sent.find((text) => /\bw AS MATERIALIZED/.test(text))!;
          expect(window).not.toContain('IS NOT TRUE');
          expect(/coalesce\(q\.tsv @@ \$\d+::tsquery, false\) AND q\.speaker_id = \$\d+/.test(window)).toBe(
            !intersected,
          );
          expect(/[^(]q\.tsv @@ \$\d+::tsquery AND q\.speaker_id = \$\d+/.test(window)).toBe(intersected);
          read++;
        }
      }
    }
    expect(read).toBeGreaterThan(4);
  });
});
