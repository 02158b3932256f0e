import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('names with &, digits, lower-case particles or a title word are whole names', () => {
  it.each<[string, string]>([
    ['Investors fled the port. Q&R said: "The outlook is negative."', 'Q&R'],
    ['"The outlook is negative," QT&T said.', 'QT&T'],
    ['"Rates will rise," said 7Lane in a note.', '7Lane'],
    ['"Rates will rise," 7Lane said in a note.', '7Lane'],
    ['"We will fight on," said al-Harbi in a statement.', 'al-Harbi'],
    ['"It was a strong year," said General Quayworks.', 'General Quayworks'],
    ['"We will win," said Jean de Marrow.', 'Jean de Marrow'],
    ['"We will win," said Anna van Ostlund.', 'Anna van Ostlund'],
  ])('%s → %s', (text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  it('a general with a full name keeps the title as a role', () => {
    const [q] = extractQuotes(underHeadline('"We hold the line," said General Tom Baker.'));
    expect(q!.attribution.name).toBe('Tom Baker');
  });
});
