import { describe, expect, it } from 'vitest';
import {
  CLAUSE_BOUNDARY_CUES,
  INVERTIBLE_CUES,
  LEAD_STATEMENT_VERBS,
  PARENTHETICAL_CUES,
  PHRASAL_CUES,
  SPEECH_VERBS,
} from '../../src/lexicon/words.js';
import { alternation } from '../../src/lexicon/table.js';
import { INVERTIBLE } from '../../src/extract/rules/after-quote.js';
import { LEAD_STATEMENT } from '../../src/extract/time/words.js';

describe('speech-verb patterns are built from the lexicon tables', () => {
  it('each rule table is speech verbs, phrasal cue heads, or its listed extra words', () => {
    const known = new Set([...SPEECH_VERBS, ...PHRASAL_CUES.map((c) => c.split(' ')[0]!)]);
    const extras = [
      'retorts',
      'cautions',
      'believes',
      'believed',
      'thinks',
      'thought',
      'unveiled',
      'addressed',
      'briefed',
      'speaking',
      'outlined',
      'presented',
    ];
    for (const table of [INVERTIBLE_CUES, CLAUSE_BOUNDARY_CUES, PARENTHETICAL_CUES, LEAD_STATEMENT_VERBS]) {
      expect(table.filter((w) => !known.has(w) && !extras.includes(w))).toEqual([]);
      expect(new Set(table).size).toBe(table.length);
    }
  });

  it('the inverted-cue pattern reads exactly its table (word openings, any case)', () => {
    for (const w of INVERTIBLE_CUES) expect(INVERTIBLE.test(w.toUpperCase())).toBe(true);
    expect(INVERTIBLE.test('explains')).toBe(true);
    expect(INVERTIBLE.test('told')).toBe(false);
    expect(INVERTIBLE.test('believes')).toBe(false);
  });

  it('the lead-statement pattern reads whole words of its table', () => {
    for (const w of LEAD_STATEMENT_VERBS) expect(LEAD_STATEMENT.test(`the minister ${w} on Tuesday`)).toBe(true);
    expect(LEAD_STATEMENT.test('the ministers were unsaid')).toBe(false);
    expect(LEAD_STATEMENT.test('she sang on Tuesday')).toBe(false);
  });

  it('alternation escapes pattern characters', () => {
    expect(new RegExp(`^(?:${alternation(['e-mailed', 'a.b'])})$`, 'u').test('axb')).toBe(false);
    expect(new RegExp(`^(?:${alternation(['e-mailed', 'a.b'])})$`, 'u').test('a.b')).toBe(true);
  });
});
