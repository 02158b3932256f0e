import { describe, expect, it } from 'vitest';
import { findSubject } from '../../src/extract/subjects.js';

const subject = (text: string) => findSubject(text, 0, text.length)?.text ?? null;

describe('a possessor inside a capitalised run is not the subject; a full name it possesses is', () => {
  it.each<[string, string | null]>([
    ["Britain's Ann Roe introduced Jo Lee, citing his hit as ", 'Ann Roe'],
    ['Lund’s Chancellor Ann Roe heralded the deal as a ', 'Ann Roe'],
    // a place or a word after the possessor names no one
    ['In early October, Harbour’s Lund state director, Jo Lee, reached out to Quayco, writing ', 'Jo Lee'],
    ["A core based on Quayco's Power architecture controls eight ", null],
    ["Quayco's Asimo was ", null],
  ])('%s', (text, name) => {
    expect(subject(text)).toBe(name);
  });
});
