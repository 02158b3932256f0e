import { describe, expect, it } from 'vitest';
import { inferSaidAt } from '../../src/extract/time/index.js';
import type { Span } from '../../src/model/types.js';

/** The saidAt of the quotation in `text` (between `“` and `”`), cued by the first ` said`. */
function saidAt(text: string, publishedAt: string | null = '2025-09-04') {
  const start = text.indexOf('“') + 1;
  const end = text.lastIndexOf('”');
  const at = text.indexOf(' said', end) + 1;
  const cue: Span = { start: at, end: at + 4, text: 'said' };
  return inferSaidAt({ text, publishedAt, dateline: null }, { start, end }, cue);
}

describe('saidAt records the time rule that produced it', () => {
  it('names the rule of a stated date, a weekday, a clock', () => {
    expect(saidAt('“We are ready,” the mayor said on 2 September 2025.')).toMatchObject({
      basis: 'stated',
      rule: 'date-day-month',
    });
    expect(saidAt('“We are ready,” the mayor said on Tuesday.')).toMatchObject({ basis: 'relative', rule: 'weekday' });
    expect(saidAt('“We are ready,” the mayor said yesterday.')).toMatchObject({
      basis: 'relative',
      rule: 'relative-yesterday',
    });
    expect(saidAt('“We are ready,” the mayor said at 16:25.')).toMatchObject({
      precision: 'minute',
      rule: 'clock-24h',
    });
  });

  it('joins the names when a clock and the date of its sentence combine', () => {
    const got = saidAt('“We are ready,” the mayor said at 4.25pm on 2 September 2025.');
    expect(got).toMatchObject({ precision: 'minute', value: '2025-09-02T16:25' });
    expect(got?.rule).toMatch(/^clock-[\w-]+\+date-day-month$/u);
  });

  it('names no rule when the publication date is all there is', () => {
    const got = saidAt('“We are ready,” the mayor said.');
    expect(got).toMatchObject({ basis: 'inferred' });
    expect(got?.rule).toBeUndefined();
  });
});
