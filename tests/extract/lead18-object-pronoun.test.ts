import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

describe('`According to him, …`: an object pronoun as the source resolves like the subject pronoun', () => {
  it.each<[string, string]>([
    [
      'Spokesman Tom Grey said the group had used ten drones. According to him, the attack was "the largest in years".',
      'Tom Grey',
    ],
    ['Ilse Rand met the board on Monday. According to her, "nothing has changed".', 'Ilse Rand'],
  ])('%s', (text, name) => {
    const [q] = extractQuotes(underHeadline(text));
    expect(q?.attribution.name).toBe(name);
  });
});
