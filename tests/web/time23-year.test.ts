import { describe, expect, it } from 'vitest';
import { saidAtSchema } from '../../src/web/api-schemas.js';
import { describeQuoteWhen } from '../../src/web/when.js';
import type { SaidAt } from '../../src/model/types.js';

/** A said-at of a year only (`said in 2003`, `a 2017 blog post`), as the extractor now gives it. */
const YEAR: SaidAt = {
  value: '2003',
  precision: 'year',
  basis: 'stated',
  expression: { start: 40, end: 47, text: 'in 2003' },
};

describe('a said-at at year precision through the API and the page', () => {
  it('the API schema takes `year`', () => {
    const { rule: _rule, ...wire } = YEAR;
    expect(saidAtSchema.safeParse(wire).success).toBe(true);
  });

  it('the page shows the year, stated, not approximate', () => {
    const when = describeQuoteWhen({ saidAt: YEAR, publishedAt: '2025-09-05' });
    expect(when).toMatchObject({
      text: '2003',
      datetime: '2003',
      precision: 'year',
      approximate: false,
      phrase: '2003 (date stated)',
    });
  });
});
