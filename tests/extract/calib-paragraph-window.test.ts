import { describe, expect, it } from 'vitest';
import { quoteSaidAfter } from './article.js';
import type { ExtractedQuote } from '../../src/model/types.js';
import { quoteFeatures } from '../../src/extract/confidence.js';

/** A quote `words` in `text` given to `name` by the name itself after it (`"…," Jo Lee said`). */
function namedQuote(text: string, words: string, name: string): ExtractedQuote {
  return quoteSaidAfter(text, words, name, name, 'named');
}

/** Filler without capitalised words inside its sentences, `n` sentences long (about 60 characters each). */
const filler = (n: number): string =>
  Array.from({ length: n }, () => 'The works went on for most of the week there.').join(' ');

const PARAGRAPHS = [
  'Jo Lee opened the quay. "We will rebuild it," Jo Lee said.',
  filler(6),
  'Sam Park of Acme Corp was less sure about Harbour Trust money. "Nobody asked us," Sam Park said.',
];

const QUOTES: Array<[string, string]> = [
  ['We will rebuild it,', 'Jo Lee'],
  ['Nobody asked us,', 'Sam Park'],
];

const featuresOf = (text: string): Array<Map<string, number>> =>
  quoteFeatures(
    text,
    QUOTES.map(([w, n]) => namedQuote(text, w, n)),
  ).map((f) => f!);

describe('paragraph features read a window around the quotation, not a whole line', () => {
  it.each<[string, string]>([
    ['paragraph breaks kept', PARAGRAPHS.join('\n')],
    ['paragraph breaks lost (one line)', PARAGRAPHS.join(' ')],
  ])('%s: another speaker several hundred characters away is not in the paragraph', (_how, text) => {
    const [jo, sam] = featuresOf(text);
    expect(jo!.has('paragraph-speakers')).toBe(false);
    expect(sam!.has('paragraph-speakers')).toBe(false);
    // `Sam Park`, `Acme Corp`, `Harbour Trust` are near Sam Park's quotation, none of them near Jo Lee's
    expect(sam!.get('paragraph-capitalised') ?? 0).toBeGreaterThan(jo!.get('paragraph-capitalised') ?? 0);
  });

  it('gives the same paragraph features whether the breaks are kept or lost', () => {
    const kept = featuresOf(PARAGRAPHS.join('\n'));
    const lost = featuresOf(PARAGRAPHS.join(' '));
    for (const [i, f] of kept.entries())
      for (const k of ['paragraph-speakers', 'paragraph-capitalised'])
        expect(lost[i]!.get(k), `${QUOTES[i]![1]} ${k}`).toBe(f.get(k));
  });

  it('counts another speaker whose quotation starts close by on the same line', () => {
    const text = '"We will rebuild it," Jo Lee said. "Nobody asked us," Sam Park said.';
    const [jo, sam] = featuresOf(text);
    expect(jo!.get('paragraph-speakers')).toBeCloseTo(1 / 3, 10);
    expect(sam!.get('paragraph-speakers')).toBeCloseTo(1 / 3, 10);
  });

  it("does not read the number of the article's speakers: another speaker far away changes nothing", () => {
    const text = PARAGRAPHS.slice(0, 2).join('\n');
    const alone = quoteFeatures(text, [namedQuote(text, QUOTES[0]![0], 'Jo Lee')])[0]!;
    const withOther = featuresOf(PARAGRAPHS.join('\n'))[0]!;
    expect([...withOther].sort()).toEqual([...alone].sort());
  });
});
