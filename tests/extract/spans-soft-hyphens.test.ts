import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { splitName } from '../../src/extract/mentions.js';
import { underHeadline } from './article.js';

const SHY = '\u00AD';

describe('a soft hyphen inside a name is no part of it', () => {
  it.each<[string, string]>([
    [`"The pier must reopen soon," said Doug ${SHY}Andres.`, 'Doug Andres'],
    [`Doug ${SHY}Andres said: "The pier must reopen soon."`, 'Doug Andres'],
    [`"The pier must reopen soon," Doug ${SHY}Andres said.`, 'Doug Andres'],
  ])('%s → %s', (text, name) => {
    const quotes = extractQuotes(underHeadline(text));
    expect(quotes.map((q) => q.attribution.name)).toEqual([name]);
    // offsets stay into the original text: the mention's span is the text written there
    const a = underHeadline(text);
    const m = quotes[0]!.attribution.mention!;
    expect(a.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('splits a name with a soft hyphen inside a word as the name without it', () => {
    expect(splitName(`Mayor Doug An${SHY}dres`)?.name).toBe('Doug Andres');
  });
});
