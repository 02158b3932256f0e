import { describe, expect, it } from 'vitest';
import { allCues } from '../../src/extract/cues.js';

/** allCues reads a text word by word (a table of letters and hyphens, ASCII or not) before its cue pattern. */
describe('allCues: words with characters past ASCII', () => {
  it('finds the cues beside words with accents', () => {
    const cues = allCues('Émile Zoë said it; Jo Lee told Ana Ruíz, who replied. Zoë Ång-Lee wrote:');
    expect(cues.map((c) => c.word)).toEqual(['said', 'told', 'replied', 'wrote']);
  });

  it('reads a cue word inside a longer word with accents as no cue', () => {
    expect(allCues('The ésaid and saidé and ñ-told were typos.')).toEqual([]);
  });

  it('gives the offsets of the cue in a text with astral characters before it', () => {
    const text = '\u{1D400}\u{1D401} Jo Lee said so.';
    const [cue] = allCues(text);
    expect(cue).toEqual({ start: text.indexOf('said'), end: text.indexOf('said') + 4, word: 'said' });
  });
});
