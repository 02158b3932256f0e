/**
 * Quoted words that are names of things, not speech: a gloss after a name and `, or` (`the Hafenplan, or
 * "harbour plan"`), and a programme named right after `told` (`Lee told "Morning Harbour"`).
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { termReason, type TermCheck } from '../../src/extract/terms.js';
import { underHeadline } from './article.js';

const check = (quoted: string, before: string, more: Partial<TermCheck> = {}): string | null =>
  termReason({ quoted, before, attributed: true, cued: true, ...more });

describe('a gloss after a name and `, or`', () => {
  it.each<[string, string, string, string | null]>([
    [
      'a translation of a name',
      'digital radio for all',
      'is sold as Radio Numerique pour Tous, or ',
      'gloss-after-name',
    ],
    ['another name for it', 'the harbour turn', 'the town calls it the Hafenwende, or ', 'gloss-after-name'],
    ['a capitalised gloss too', 'Harbour Plan', 'known in town as the Hafenplan, or ', 'gloss-after-name'],
    ['a speech verb before `, or`: speech', 'we hope so', 'Nous esperons, she said, or ', null],
    ['a common word before `, or`: left to the other checks', 'a clawback of tax breaks', 'new hires, or ', null],
    ['`or` with no comma: left to the other checks', 'tricked into it', 'using AutoPier or ', null],
    ['a long stretch is no gloss', 'we will rebuild the harbour and every house on the front', 'Lee, or ', null],
  ])('%s', (_name, quoted, before, expected) => {
    expect(check(quoted, before)).toBe(expected);
  });

  it('is no quotation in an article', () => {
    const a = underHeadline(
      'The service is sold as Radio Numerique pour Tous, or "digital radio for all". "It is a fine service," Jo Lee said.',
    );
    expect(extractQuotes(a).map((q) => q.text)).toEqual(['It is a fine service']);
  });
});

describe('a Title-Case quotation right after `told`', () => {
  it.each<[string, string, string, string | null]>([
    ['a programme told', 'Morning Harbour', 'Jo Lee told ', 'title-in-place'],
    ['with a comma inside the marks', 'Morning Harbour,', 'the mayor told ', 'title-in-place'],
    ['present tense', 'Harbour Tonight', 'she tells ', 'title-in-place'],
    ['a colon after told opens speech, even in Title Case', 'We Will Rebuild The Pier', 'he told: ', null],
    ['words in lower case after told stay speech', 'the pier will stand', 'Jo Lee told ', null],
  ])('%s', (_name, quoted, before, expected) => {
    expect(check(quoted, before)).toBe(expected);
  });

  it('is no quotation in an article; the words before it are', () => {
    const a = underHeadline('"The pier will stand," Jo Lee told "Morning Harbour," adding that work starts in May.');
    expect(extractQuotes(a).map((q) => q.text)).toEqual(['The pier will stand']);
  });
});

describe('a quoted stretch after another and `and` or `or` is read as the first one is', () => {
  it.each<[string, string, string, boolean, string | null]>([
    ['a second term after a term marker', 'bargain hunters', 'dubbed "pier rats" or ', true, 'term-marker-before'],
    ['a second name after a naming participle', 'Dockers', 'a group called "Sailors" and ', true, 'named-thing-before'],
    ['curly marks too', 'harbour larks', 'so-called “pier rats” and ', true, 'term-marker-before'],
    ['a second chant, unattributed', 'Build it now', 'the crowd chanted "Save the pier" and ', false, null],
    ['a second cry after a pause', 'Stop', 'a voice shouted, "Wait!" or ', false, null],
    [
      'without the first one before them, the words are read alone',
      'Build it now',
      'the crowd and ',
      false,
      'short-unattributed',
    ],
  ])('%s', (_name, quoted, before, attributed, expected) => {
    expect(check(quoted, before, { attributed, cued: attributed })).toBe(expected);
  });

  it('in an article: the second chant is kept, the second term is not', () => {
    const a = underHeadline(
      'Marchers chanted "Save the pier" and "Build it now." Groups dubbed "pier rats" and "harbour larks" joined them.',
    );
    expect(extractQuotes(a).map((q) => q.text)).toEqual(['Save the pier', 'Build it now.']);
  });
});
