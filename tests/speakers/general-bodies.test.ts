/**
 * `General Motors`: the bare title word `General` before one word that is no given name opens a company's name,
 * as the extractor reads it, when the entity layer typed the speaker a body (`General Musharraf` stays a person;
 * src/speakers/names.ts `parseName`). Names invented.
 */
import { describe, expect, it } from 'vitest';
import { parseName } from '../../src/speakers/names.js';

describe('a company named General …', () => {
  it.each<[string, 'organization' | null, string, string]>([
    ['General Kestrelworks', 'organization', 'General Kestrelworks', 'organization'],
    ['General Kestrelworks', null, 'Kestrelworks', 'person'],
    ['General Mary Kestrel', 'organization', 'Mary Kestrel', 'person'],
    ['General John', 'organization', 'John', 'person'],
  ])('%s (typed %s)', (raw, hint, display, kind) => {
    const parsed = parseName(raw, hint);
    expect(parsed?.display).toBe(display);
    expect(parsed?.kind).toBe(kind);
  });
});
