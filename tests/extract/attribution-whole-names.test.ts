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
    // a name may open with its particles, and hold two of them
    ['"We will win," said de Marrow.', 'de Marrow'],
    ['de Marrow said: "We will win the vote."', 'de Marrow'],
    ['"We will win," said van der Ostlund.', 'van der Ostlund'],
    ['The count was slow. "We will win," van der Ostlund said.', 'van der Ostlund'],
    ['Anna van der Ostlund said: "We will win the vote."', 'Anna van der Ostlund'],
    ['"We will win," said Anna van der Ostlund.', 'Anna van der Ostlund'],
    ['"We will win," said former mayor de Marrow.', 'de Marrow'],
    // a body's name with `of`: the whole name speaks, not its first word nor its place (`Ministry`, `Eastland`)
    ['The Ministry of Harbours said: "The pier will reopen on Friday."', 'Ministry of Harbours'],
    ['Bank of Eastland said: "Rates will stay low this year."', 'Bank of Eastland'],
    ['"Rates will stay low this year," said the Bank of Eastland.', 'Bank of Eastland'],
    ['"Rates will stay low this year," the Bank of Eastland said.', 'Bank of Eastland'],
    ['Jo Lee of the Bank of Eastland said: "Rates will stay low this year."', 'Jo Lee'],
    ['Ann Roe of Port Ellen, Harbour County, says: "We are worried about the pier."', 'Ann Roe'],
  ])('%s → %s', (text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  it('a general with a full name keeps the title as a role', () => {
    const [q] = extractQuotes(underHeadline('"We hold the line," said General Tom Baker.'));
    expect(q!.attribution.name).toBe('Tom Baker');
  });
});
