import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('a stage name opening with a small number is a whole name', () => {
  it.each<[string, string]>([
    ['"We made a record," 50 Cent said.', '50 Cent'],
    ['50 Cent said: "We made a record this year."', '50 Cent'],
    ['"We made a record," said 50 Cent.', '50 Cent'],
    ['"We made a record," said 21 Novak in a note.', '21 Novak'],
    // a year before a name, a date, a count of a group: the number is no part of the name
    ['In 2016 Lee said: "We made a record this year."', 'Lee'],
    ['The count was slow. On 12 March Jo Lee said: "We made a record this year."', 'Jo Lee'],
    ['"We made a record," 12 Democrats said.', 'Democrats'],
  ])('%s → %s', (text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
