import { describe, expect, it } from 'vitest';
import { cleanRole } from '../../src/speakers/roles.js';

describe('a speaker page role cut off before its object or clause is no role (src/speakers/roles.ts)', () => {
  it.each<[string, string | null]>([
    ['leader of the', null],
    ['spokesman for the', null],
    ['chief of a', null],
    ['analyst at Harbour Capital who', null],
    ['director of the Harbour Trust, which', null],
    ['Tory leader', 'Tory leader'],
    ['spokesman for the Harbour Trust', 'spokesman for the Harbour Trust'],
    ['head of the Harbour Police', 'head of the Harbour Police'],
  ])('%s → %s', (role, expected) => {
    expect(cleanRole(role, true)).toBe(expected);
  });
});
