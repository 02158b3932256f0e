import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, groupStatements } from '../../src/statements/index.js';
import { quoteOf, type Report } from './fixtures.js';

const group = (reports: Report[]) => {
  const quotes = reports.map(quoteOf);
  const result = groupStatements(quotes);
  const together = (a: string, b: string) =>
    result.statementOf[quotes.findIndex((q) => q.id === a)] === result.statementOf[quotes.findIndex((q) => q.id === b)];
  return { ...result, together };
};

const LIGHTHOUSE = 'The lighthouse keepers will stay on the payroll until the new lamps are tested';

describe('reports of one statement group together', () => {
  it.each<[string, Report, Report]>([
    [
      'identical words, different typography',
      { id: 'a1', article: 'a', text: `“${LIGHTHOUSE},”`, speaker: 'ida-marr' },
      { id: 'b1', article: 'b', text: LIGHTHOUSE.toLowerCase(), speaker: 'ida-marr' },
    ],
    [
      'a trimmed report (the end cut off)',
      { id: 'a1', article: 'a', text: LIGHTHOUSE, speaker: 'ida-marr' },
      {
        id: 'b1',
        article: 'b',
        text: 'The lighthouse keepers will stay on the payroll',
        speaker: 'ida-marr',
        kind: 'partial',
      },
    ],
    [
      'one word changed in translation',
      { id: 'a1', article: 'a', text: LIGHTHOUSE, speaker: 'ida-marr' },
      {
        id: 'b1',
        article: 'b',
        text: 'The lighthouse keepers will remain on the payroll until the new lamps are tested',
        speaker: 'ida-marr',
      },
    ],
    [
      'one report names nobody',
      { id: 'a1', article: 'a', text: LIGHTHOUSE, speaker: 'ida-marr' },
      { id: 'b1', article: 'b', text: LIGHTHOUSE, speaker: null },
    ],
  ])('%s', (_name, a, b) => {
    expect(group([a, b]).together(a.id, b.id)).toBe(true);
  });
});

describe('different statements stay apart', () => {
  it.each<[string, Report, Report]>([
    [
      'different named speakers',
      { id: 'a1', article: 'a', text: LIGHTHOUSE, speaker: 'ida-marr' },
      { id: 'b1', article: 'b', text: LIGHTHOUSE, speaker: 'otto-lind' },
    ],
    [
      'the same article quoting twice',
      { id: 'a1', article: 'a', text: LIGHTHOUSE, speaker: 'ida-marr' },
      { id: 'a2', article: 'a', text: LIGHTHOUSE, speaker: 'ida-marr' },
    ],
    [
      'half the words differ',
      { id: 'a1', article: 'a', text: LIGHTHOUSE, speaker: 'ida-marr' },
      {
        id: 'b1',
        article: 'b',
        text: 'The ferry crews will stay on strike until the new contracts are signed',
        speaker: 'ida-marr',
      },
    ],
    [
      'a two-word fragment is too short to tell',
      { id: 'a1', article: 'a', text: LIGHTHOUSE, speaker: 'ida-marr' },
      { id: 'b1', article: 'b', text: 'new lamps', speaker: 'ida-marr' },
    ],
  ])('%s', (_name, a, b) => {
    expect(group([a, b]).together(a.id, b.id)).toBe(false);
  });
});

describe('statements', () => {
  const reports: Report[] = [
    { id: 'late', article: 'c', text: LIGHTHOUSE, speaker: 'ida-marr', date: '2031-05-02' },
    {
      id: 'early',
      article: 'a',
      text: 'the lighthouse keepers will stay on the payroll',
      speaker: 'ida-marr',
      date: '2031-05-01',
      kind: 'partial',
    },
    { id: 'middle', article: 'b', text: LIGHTHOUSE, speaker: 'ida-marr', date: '2031-05-01T18:00' },
    { id: 'other', article: 'b', text: 'Nobody will be asked to climb the tower in a storm', speaker: 'ida-marr' },
  ];
  const { statements, statementOf, fragmentOf } = group(reports);
  const statement = statements.find((s) => s.quoteIds.includes('late'))!;

  it('takes its id from the earliest report and lists reports earliest first', () => {
    expect(statement.id).toBe('early');
    expect(statement.quoteIds).toEqual(['early', 'middle', 'late']);
    expect(statementOf).toEqual(['early', 'early', 'early', 'other']);
  });

  it('is represented by the fullest wording and links the fragment to the full quote', () => {
    expect(statement.representativeId).toBe('middle');
    expect(['middle', 'late']).toContain(fragmentOf.get('early'));
    expect(fragmentOf.has('late')).toBe(false);
  });

  it('a stock fragment joins one of two longer statements, never bridging them', () => {
    const { together } = group([
      {
        id: 'x',
        article: 'a',
        text: 'we will stay on the payroll until the storm season is over and the roads are open',
        speaker: 'ida-marr',
      },
      {
        id: 'y',
        article: 'b',
        text: 'the pilots said we will stay on the payroll because the harbour needs every hand',
        speaker: 'ida-marr',
      },
      { id: 'f', article: 'c', text: 'we will stay on the payroll', speaker: 'ida-marr', kind: 'partial' },
    ]);
    expect(together('x', 'y')).toBe(false);
    expect(together('f', 'x') || together('f', 'y')).toBe(true);
  });

  it('every quote is in exactly one statement, whatever the texts', () => {
    const words = ['lamp', 'tower', 'keeper', 'storm', 'payroll', 'harbour', 'the', 'will'];
    const report = fc.record({
      text: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }).map((w) => w.join(' ')),
      article: fc.constantFrom('a', 'b', 'c', 'd'),
      speaker: fc.constantFrom('ida-marr', 'otto-lind', null),
    });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 30 }), (rs) => {
        const quotes = rs.map((r, i) => quoteOf({ ...r, id: `q${i}` }));
        const result = groupStatements(quotes);
        expect(result.statementOf).toHaveLength(quotes.length);
        const listed = result.statements.flatMap((s) => s.quoteIds).sort();
        expect(listed).toEqual(quotes.map((q) => q.id).sort());
        for (const s of result.statements) expect(s.quoteIds).toContain(s.id);
      }),
    );
  });
});

describe('word diffs', () => {
  it.each<[string, string, string, Array<[string, string]>]>([
    ['identical words', 'The lamps are tested.', 'the lamps are tested', [['equal', 'The lamps are tested']]],
    [
      'a word replaced',
      'The lamps are tested',
      'The lamps were tested',
      [
        ['equal', 'The lamps'],
        ['insert', 'were'],
        ['delete', 'are'],
        ['equal', 'tested'],
      ],
    ],
    [
      'a word left out',
      'The new lamps are tested',
      'The lamps are tested',
      [
        ['equal', 'The'],
        ['delete', 'new'],
        ['equal', 'lamps are tested'],
      ],
    ],
    [
      'a word added',
      'The lamps are tested',
      'The lamps are finally tested',
      [
        ['equal', 'The lamps are'],
        ['insert', 'finally'],
        ['equal', 'tested'],
      ],
    ],
  ])('%s: "%s" vs "%s"', (_name, original, pasted, ops) => {
    expect(diffWords(original, pasted).map((d) => [d.op, d.text])).toEqual(ops);
  });
});

describe('a statement reported more often than a bucket holds', () => {
  const VARIANT = 'The lighthouse keepers will remain on the payroll until the new lamps are tested';
  const FRAGMENT = 'the keepers will stay on the payroll until the new lamps';

  it('still groups: 100 reports by one speaker, 40 others by 40 other speakers, and a fragment', () => {
    const reports: Report[] = [];
    for (let k = 0; k < 100; k++)
      reports.push({ id: `ida${k}`, article: `a${k}`, text: k % 3 ? LIGHTHOUSE : VARIANT, speaker: 'ida-marr' });
    for (let k = 0; k < 40; k++)
      reports.push({ id: `other${k}`, article: `b${k}`, text: LIGHTHOUSE, speaker: `s-${k}` });
    reports.push({ id: 'frag', article: 'c', text: FRAGMENT, speaker: 'ida-marr', kind: 'partial' });
    const { together, fragmentOf, statements } = group(reports);
    for (let k = 1; k < 100; k++) expect(together('ida0', `ida${k}`)).toBe(true);
    expect(together('ida0', 'frag')).toBe(true);
    expect(fragmentOf.get('frag')).toMatch(/^ida/);
    for (let k = 0; k < 40; k++) expect(together('ida0', `other${k}`)).toBe(false);
    expect(statements.find((s) => s.quoteIds.includes('ida0'))!.quoteIds).toHaveLength(101);
  });

  it('groups as the pairwise checks do, whatever the speakers and articles', () => {
    // A small bucket bound sends every bucket down the widely-reported path; a large one checks every pair.
    const report = fc.record({
      text: fc.constantFrom(LIGHTHOUSE, VARIANT, FRAGMENT, 'the new lamps are tested'),
      article: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      speaker: fc.constantFrom('ida-marr', 'otto-lind', null),
    });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 40 }), (rs) => {
        const quotes = rs.map((r, i) => quoteOf({ ...r, id: `q${i}` }));
        const pairwise = groupStatements(quotes, { maxBucket: 1000 });
        const widely = groupStatements(quotes, { maxBucket: 4 });
        expect(widely.statementOf).toEqual(pairwise.statementOf);
        expect(widely.statements).toEqual(pairwise.statements);
      }),
    );
  });
});
