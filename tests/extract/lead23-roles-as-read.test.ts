import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { featureProbability, quoteFeatures } from '../../src/extract/confidence.js';
import { article } from './article.js';

// `the` before a body's name is read as its role and tidied away for the product
const TEXT = 'The port was closed.\n\n"We will appeal the ruling," the HTA said.';

describe('the training script reads the roles the confidence model read (rolesAsRead)', () => {
  it('leaves the role as the readers found it; the product tidies it', () => {
    const a = article(TEXT);
    expect(extractQuotes(a, { rolesAsRead: true }).map((q) => q.attribution.role)).toEqual(['the']);
    expect(extractQuotes(a).map((q) => q.attribution.role)).toEqual([null]);
  });

  it("features read from the roles as read give the product's confidence; from tidied roles they would not", () => {
    const a = article(TEXT);
    const product = extractQuotes(a);
    const asRead = quoteFeatures(a.text, extractQuotes(a, { rolesAsRead: true }));
    const tidied = quoteFeatures(a.text, product);
    expect(asRead[0]!.has('role')).toBe(true);
    expect(tidied[0]!.has('role')).toBe(false);
    expect(featureProbability(asRead[0]!)).toBeCloseTo(product[0]!.attribution.confidence, 3);
  });
});
