import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('`the company said`, `said an agency statement`: the organisation named before speaks', () => {
  it.each<[string, Array<string | null>]>([
    // the body a sentence is about (its subject)
    ['Harbour Ltd posted a loss of £2m. "Trading was hard," the company said.', ['Harbour Ltd']],
    // the body that speaks without a quotation (`Quayco said …`), a name with no person's evidence
    [
      'Quayco said sales would fall by a tenth.\n\n"January was weak," the company added. "We expect a better spring."',
      ['Quayco'],
    ],
    // a statement of a body: the body whose name holds the noun
    [
      'A spokesman for the Harbour Safety Agency said the cranes were old. "Failure to replace them carries risks," said an agency statement.',
      ['Harbour Safety Agency'],
    ],
    // `the force`: a police force named before
    ['Harbour Police found the car at dawn. "Enquiries continue today," the force added.', ['Harbour Police']],
    // a person is no company: nobody is named
    ['Ida Marr posted a loss of £2m. "Trading was hard," the company said.', [null]],
    // an indefinite description names nobody
    ['Harbour Ltd posted a loss of £2m. "Trading was hard," a company said.', [null]],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
