/**
 * `General Motors`: the bare title word `General` before one word that is no given name opens a company's name,
 * as the extractor reads it (src/speakers/names.ts `parseName`). Names invented.
 */
import { describe, expect, it } from 'vitest';
import { parseName } from '../../src/speakers/names.js';

describe('a company named General …', () => {
  it.each<[string, string, string]>([
    ['General Kestrelworks', 'General Kestrelworks', 'organization'],
    ['General Mary Kestrel', 'Mary Kestrel', 'person'],
    ['General John', 'John', 'person'],
  ])('%s', (raw, display, kind) => {
    const parsed = parseName(raw, null);
    expect(parsed?.display).toBe(display);
    expect(parsed?.kind).toBe(kind);
  });
});
