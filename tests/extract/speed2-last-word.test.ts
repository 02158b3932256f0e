import { describe, expect, it } from 'vitest';
import { featureScanners } from '../../src/extract/confidence.js';

const { lastWordAt } = featureScanners;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** The last whole-word `word` in `s`, by the definition (no letter or digit of `s` right before or after). */
function reference(s: string, word: string): number {
  for (let at = s.lastIndexOf(word); at >= 0; at = at === 0 ? -1 : s.lastIndexOf(word, at - 1))
    if (!isWordChar(s[at - 1]) && !isWordChar(s[at + word.length])) return at;
  return -1;
}

describe('lastWordAt over a stretch that does not start the text', () => {
  it('finds no word written only before the stretch, and reads the stretch as if cut out', () => {
    const text = 'Jo Lee spoke. Acme Corp and Lee Ann met Leeds; Lee, Lee. xLee Lee';
    for (let lo = 0; lo <= text.length; lo++)
      for (let before = lo; before <= text.length; before++) {
        const ref = reference(text.slice(lo, before), 'Lee');
        expect([lo, before, lastWordAt(text, 'Lee', lo, before)]).toEqual([lo, before, ref < 0 ? -1 : ref + lo]);
      }
  });

  it('gives -1 for a word named only well before the stretch', () => {
    const text = `Jo Lee arrived.${' Then rain fell.'.repeat(200)} "We tried," he said.`;
    expect(lastWordAt(text, 'Lee', 100, text.length)).toBe(-1);
    expect(lastWordAt(text, 'Lee', 0, text.length)).toBe(3);
  });
});
