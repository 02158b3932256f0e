import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const attributions = (text: string) =>
  extractQuotes(article(text)).map((q) => ({ name: q.attribution.name, role: q.attribution.role }));

describe('extraction gives a role only when it is a true description of the speaker (src/extract/role-text.ts)', () => {
  it.each<[string, string, string | null]>([
    ['The port was closed.\n\n"We will appeal the ruling," the HTA said.', 'HTA', null],
    ['The port was closed.\n\nLabour\'s Ann Voss said: "This is a disgrace."', 'Ann Voss', 'Labour'],
    [
      'Prices fell.\n\n"The middlemen will take the money," said Joseph Okafo, a yam farmer from Kano state told Reuters.',
      'Joseph Okafo',
      'yam farmer from Kano state',
    ],
    [
      'The cup went to Leeds.\n\n"It is the last thing on our minds," said Marek Stone, a second-half replacement in Saturday\'s 24-18 win over Leeds.',
      'Marek Stone',
      null,
    ],
    [
      'Sales rose.\n\n"The market is strong," said Wen Lei, an official from the Harbour Commission quoted in the state-run Daily Star newspaper.',
      'Wen Lei',
      'official from the Harbour Commission',
    ],
    ['Speaking in Harrogate Mr Kemble said: "People want a change."', 'Kemble', null],
    ['The match ended.\n\n"I am so happy," a tearful Claire Dixon told reporters.', 'Claire Dixon', null],
    ['An Oxfam report was published.\n\n"Rich countries have failed," the report said.', 'Oxfam', null],
  ])('%s', (text, name, role) => {
    expect(attributions(text)).toEqual([{ name, role }]);
  });

  it('an unnamed speaker keeps its description: `a spokesman for the Home Office`', () => {
    expect(
      attributions('The report was out.\n\n"The figures are shameful," said a spokesman for the Home Office.'),
    ).toEqual([{ name: null, role: 'spokesman for the Home Office' }]);
  });
});
