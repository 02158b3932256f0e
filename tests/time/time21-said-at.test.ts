import { describe, expect, it } from 'vitest';
import { inferSaidAt } from '../../src/extract/time/index.js';

/** Friday. */
const PUBLISHED = '2025-09-05';

/** The said-at of the one quotation of `text` (between `“` and `”`), cued by `cue` (its first occurrence). */
function own(text: string, cue: string): string | null {
  const start = text.indexOf('“') + 1;
  const end = text.lastIndexOf('”');
  const at = text.indexOf(cue);
  const s = inferSaidAt(
    { text, publishedAt: PUBLISHED, dateline: null },
    { start, end },
    { start: at, end: at + cue.length, text: cue },
  );
  return s ? `${s.value} ${s.basis}` : null;
}

describe('a speech set in a time told before: no publication date', () => {
  it.each([
    ['“The quay is sound,” Tam Oduya said at the time.', 'said'],
    ['“The quay is sound,” Tam Oduya told the gazette at the time.', 'told'],
    ['At the time, Tam Oduya said the quay was “sound enough”.', 'said'],
    ['Tam Oduya said at that time the quay was “sound enough”.', 'said'],
    ['“The quay is sound,” Tam Oduya said back then.', 'said'],
    ['“The quay is sound,” Tam Oduya has always said.', 'said'],
    ['Tam Oduya has often said the quay is “sound enough”.', 'said'],
    ['“The quay is sound,” Tam Oduya tweeted last January.', 'tweeted'],
  ])('%s', (text, cue) => {
    expect(own(text, cue)).toBeNull();
  });

  it.each([
    ['Tam Oduya has said the quay is “sound enough”.', 'said'],
    [
      '“The quay is sound,” Tam Oduya said, though it was shut at the time of the storm, years ago and far away.',
      'said',
    ],
    ['Tam Oduya said the quay, which was new at the time, was “sound enough”.', 'said'],
    // a cue set off by commas reports the clause the opening dates
    ['Back then, Tam Oduya said, she found the quay “sound enough”.', 'said'],
    // the words inside the quotation are what was said, not when
    ['“At the time, the whole town cheered,” Tam Oduya told a briefing.', 'told'],
  ])('still the publication date: %s', (text, cue) => {
    expect(own(text, cue)).toBe(`${PUBLISHED} inferred`);
  });
});

describe('a date after `of` names a thing, not when it was said', () => {
  it.each([
    ['“The dam failed,” Tam Oduya said of the floods of August 28.', 'said', `${PUBLISHED} inferred`],
    ['Tam Oduya asked about the storms of 2 September why the dam was “left open”.', 'asked', `${PUBLISHED} inferred`],
    ['“The dam failed,” Tam Oduya said on August 28.', 'said', '2025-08-28 stated'],
  ])('%s', (text, cue, expected) => {
    expect(own(text, cue)).toBe(expected);
  });
});

describe('a work or occasion its own year or month dates', () => {
  it.each([
    ['Tam Oduya wrote in a 2017 blog post that the quay was “sound enough”.', 'wrote', '2017 stated'],
    ['In a 2016 television interview, Tam Oduya said the quay was “sound enough”.', 'said', '2016 stated'],
    ['“The quay is sound,” Tam Oduya wrote in a 2019 Facebook post.', 'wrote', '2019 stated'],
    ['Tam Oduya said in a March 2017 interview that the quay was “sound enough”.', 'said', '2017-03 stated'],
    ['In a June 2024 radio interview, Tam Oduya said the quay was “sound enough”.', 'said', '2024-06 stated'],
    ['“The quay is sound,” Tam Oduya said in his May 2023 speech.', 'said', '2023-05 stated'],
  ])('%s', (text, cue, expected) => {
    expect(own(text, cue)).toBe(expected);
  });

  it.each([
    // a month after the article's: no time anyone spoke in
    ['Tam Oduya said the quay was “sound enough” ahead of a December 2025 hearing.', 'said'],
    // a work dated far from the cue is another thing
    [
      'Tam Oduya said the quay was “sound enough”, and the harbour board backed it in the end, as in its 2017 report.',
      'said',
    ],
  ])('still the publication date: %s', (text, cue) => {
    expect(own(text, cue)).toBe(`${PUBLISHED} inferred`);
  });
});
