import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const speakersOf = (text: string): Array<string | null> =>
  extractQuotes(article(`Harbour plan\n\n${text}`)).map((q) => q.attribution.name);

describe('`echoed` stands before its speaker like `said`', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Ruth Ambrose wants the harbour kept open. "We must act now," echoed Tomas Ekvall, who chairs the trust.',
      ['Tomas Ekvall'],
    ],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});

describe('`echoes` with a thing as subject is no speech cue', () => {
  it.each<[string, Array<string | null>]>([
    ['The row echoes a dispute in June when Ruth Ambrose called the plan "a gift to developers."', ['Ruth Ambrose']],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});
