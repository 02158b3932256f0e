import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { splitName } from '../../src/extract/mentions.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('a title, `of` and what it is of, then a name: the name speaks', () => {
  it.each<[string, Array<string | null>]>([
    ['Director of Harbour Intelligence Jo Lee said "the report was accurate and complete in every way."', ['Jo Lee']],
    [
      'The vote passed. Current Director of Harbour Intelligence Ann Roe said it was "a fair and open vote."',
      ['Ann Roe'],
    ],
    ['"The report was accurate and complete in every way," said Director of Harbour Intelligence Jo Lee.', ['Jo Lee']],
    ['"The talks were useful and will continue next week," said Minister for Coastal Affairs Ann Roe.', ['Ann Roe']],
    ['At a briefing, US Special Envoy for Harbour Ben Hook said, "This is political and nothing else."', ['Ben Hook']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a titled run splits at the given name after what the title is of', () => {
  it.each<[string, string, string]>([
    ['Director of Harbour Intelligence Jo Lee', 'Jo Lee', 'Director of Harbour Intelligence'],
    ['Minister for Coastal Affairs Ann Roe', 'Ann Roe', 'Minister for Coastal Affairs'],
  ])('%s', (raw, name, role) => {
    expect(splitName(raw)).toMatchObject({ name, role });
  });
  // no given name after the title's object: the run is left as it was read
  it('keeps a body after `of` with no person', () => {
    expect(splitName('Director of Harbour Intelligence Agency')?.name).not.toBe('Agency');
  });
});

describe('a full name, then a capitalised title of a body without a closing comma: the name speaks', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Others disagreed. Jo Lee, Dean of Harbour University School of Law called it "a truly odd argument."',
      ['Jo Lee'],
    ],
    ['Others disagreed. Ann Roe, Provost of Eastbrook College said it was "a truly odd argument."', ['Ann Roe']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('after a cue, a place, a body and a title before a name: the whole office is the role', () => {
  it.each<[string, Array<string | null>]>([
    ['"We are sad," said Harbour Bay County Sheriff Jo Lee.', ['Jo Lee']],
    ['"We are sad," said Eastbrook County Sheriff Ann Roe.', ['Ann Roe']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('the whole title before `of` is the role of the name after it', () => {
  const roles = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.role);
  it('keeps the title words before `of`, not the opening adjective', () => {
    expect(
      roles(
        'Others agreed. Current Prime Minister of Harbour Jo Lee wrote, "We grieve the passing of a great scholar."',
      ),
    ).toEqual(['Prime Minister of Harbour']);
  });
});
