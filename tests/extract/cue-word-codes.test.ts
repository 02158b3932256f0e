import { describe, expect, it } from 'vitest';
import { CUE_WORD_CODES } from '../../src/extract/cues.js';

/** The cue scan's table of word characters, filled by one search, agrees with a test of each code unit alone. */
describe('the cue scan’s word-character table', () => {
  it('marks letters and the hyphen (1 ASCII, 2 other) and nothing else, lone surrogates included', () => {
    const letter = /^[\p{L}-]$/u;
    const wrong: number[] = [];
    for (let c = 0; c < 65536; c++) {
      const expected = letter.test(String.fromCharCode(c)) ? (c < 128 ? 1 : 2) : 0;
      if (CUE_WORD_CODES[c] !== expected) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    expect([CUE_WORD_CODES[0x61], CUE_WORD_CODES[0x2d], CUE_WORD_CODES[0xe9], CUE_WORD_CODES[0x20]]).toEqual([
      1, 1, 2, 0,
    ]);
    expect([CUE_WORD_CODES[0xd800], CUE_WORD_CODES[0xdc00]]).toEqual([0, 0]);
  });
});
