import { describe, expect, it } from 'vitest';
import { IndexError } from '../../src/store/index.js';
import { decodeStatements, encodeStatements } from '../../src/store/statements-file.js';
import type { StatementSlots } from '../../src/statements/index.js';

const grouping: StatementSlots = {
  grouped: [
    { slots: [3, 0, 5], representative: 0 },
    { slots: [1, 4], representative: 4 },
  ],
  fragments: [[3, 0]],
};

describe('statements.bin', () => {
  it('reads back the grouping it was written from', () => {
    expect(decodeStatements('/i', 'statements.bin', encodeStatements(6, grouping), 6)).toEqual(grouping);
  });

  it('an empty grouping (every quote its own statement) reads back empty', () => {
    expect(decodeStatements('/i', 'statements.bin', encodeStatements(3, { grouped: [], fragments: [] }), 3)).toEqual({
      grouped: [],
      fragments: [],
    });
  });

  it.each<[string, (b: Buffer) => Buffer, number, RegExp]>([
    ['written for another number of quotes', (b) => b, 7, /is for 6 quotes, not 7/],
    ['cut short', (b) => b.subarray(0, b.length - 8), 6, /is cut short/],
    ['with bytes after the grouping', (b) => Buffer.concat([b, Buffer.alloc(4)]), 6, /has trailing data/],
    ['naming a quote slot out of range', (b) => (b.writeUInt32LE(9, 5 * 4), b), 6, /names quote slot 9 of 6/],
  ])('a file %s is refused naming it', (_name, damage, quotes, message) => {
    const attempt = () =>
      decodeStatements('/i', 'statements.bin', damage(Buffer.from(encodeStatements(6, grouping))), quotes);
    expect(attempt).toThrow(IndexError);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(/statements\.bin'/);
  });
});

describe('a built index carries its statements', () => {
  it('two articles reporting the same words load as one statement, without grouping on load', async () => {
    const { buildIndex } = await import('../../src/build/index.js');
    const { loadIndex } = await import('../../src/store/index.js');
    const { fakeStages, writeCorpus, ARTICLES } = await import('./fakes.js');
    const { corpus, out, cleanup } = await writeCorpus({
      ...ARTICLES,
      'ferry.txt': 'Ferry news\n\n“The bridge is open to carts again,” said Mara Quillon.',
    });
    try {
      await buildIndex({ corpusDir: corpus, outDir: out, stages: fakeStages() });
      const index = await loadIndex(out);
      const reports = [...index.quotes.values()].filter((q) => q.text.startsWith('The bridge is open'));
      expect(reports).toHaveLength(2);
      const [a, b] = reports.map((q) => index.statementOf?.get(q.id));
      expect(a).toBeDefined();
      expect(a).toBe(b);
      expect(index.statements?.get(a!)?.quoteIds.sort()).toEqual(reports.map((q) => q.id).sort());
      expect(index.statementsError).toBeUndefined();
    } finally {
      await cleanup();
    }
  });
});
