import { describe, expect, it } from 'vitest';
import { inferSaidAt } from '../../src/extract/time/index.js';

/** Friday. */
const PUBLISHED = '2025-09-05';

/** The said-at of the one quotation of `text` (the last paragraph's `“…”`), cued by `cue` (its first occurrence there). */
function own(text: string, cue: string, publishedAt: string | null = PUBLISHED): string | null {
  const paragraph = text.lastIndexOf('\n') + 1;
  const start = text.indexOf('“', paragraph) + 1;
  const end = text.lastIndexOf('”');
  const at = text.indexOf(cue, paragraph);
  const s = inferSaidAt(
    { text, publishedAt, dateline: null },
    { start, end },
    { start: at, end: at + cue.length, text: cue },
  );
  return s ? `${s.value} ${s.precision} ${s.basis}` : null;
}

describe('a speech still to come gets no past weekday, nor the publication day', () => {
  it.each([
    ['Tam Oduya will tell the board on Monday that the quay is “sound enough”.', 'tell'],
    ['Tam Oduya is due to say on Monday that the quay is “sound enough”.', 'say'],
    ['Tam Oduya is expected to tell the board on Monday the quay is “sound enough”.', 'tell'],
    ['In a speech on Monday, Tam Oduya will say the quay is “sound enough”.', 'say'],
    ['Tam Oduya is set to announce the quay is “sound enough”.', 'announce'],
  ])('%s', (text, cue) => {
    expect(own(text, cue)).toBeNull();
  });

  it.each([
    ['Tam Oduya told the board on Monday that the quay is “sound enough”.', 'told', '2025-09-01 day relative'],
    // a past habit or a reported future: the speech is past
    ['Tam Oduya would later say on Monday that the quay was “sound enough”.', 'say', '2025-09-01 day relative'],
    ['Tam Oduya said on Monday he will tell the board the quay is “sound enough”.', 'said', '2025-09-01 day relative'],
  ])('still a past day: %s', (text, cue, expected) => {
    expect(own(text, cue)).toBe(expected);
  });
});

describe('a clock with no day in its sentence, in a paragraph that tells another day', () => {
  it.each([
    [
      'The harbour board met yesterday in its old office. At 11 p.m., Tam Oduya said the quay was “sound enough”.',
      'said',
      '2025-09-04T23:00 minute relative',
    ],
    [
      'Very early yesterday morning, the harbour board voted.\n\nTam Oduya posted at 12:54 a.m. that the quay was “sound enough”.',
      'posted',
      '2025-09-04T00:54 minute relative',
    ],
  ])('%s', (text, cue, expected) => {
    expect(own(text, cue)).toBe(expected);
  });

  it.each([
    // the publication day told, or no day: the clock stands on the publication day
    ['The board met today. At 11 a.m., Tam Oduya said the quay was “sound enough”.', 'said'],
    ['The board met in its old office. At 11 a.m., Tam Oduya said the quay was “sound enough”.', 'said'],
    // a weekday told before may be another happening's
    ['The harbour board met on Wednesday. At 11 a.m., Tam Oduya said the quay was “sound enough”.', 'said'],
    // a day inside a quotation is what was said
    ['“We sailed yesterday,” the board wrote. At 11 a.m., Tam Oduya said the quay was “sound enough”.', 'said'],
  ])('still the publication day: %s', (text, cue) => {
    expect(own(text, cue)).toBe('2025-09-05T11:00 minute stated');
  });
});

describe('`Will` with a capital before a cue is a name', () => {
  it('“The quay is sound,” Jo Will wrote on Monday: that day', () => {
    expect(own('“The quay is sound,” Jo Will wrote on Monday.', 'wrote')).toBe('2025-09-01 day relative');
  });
});
