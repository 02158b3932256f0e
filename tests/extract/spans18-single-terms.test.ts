/**
 * Where an article quotes speech with double marks, a few single-quoted words inside a noun phrase are a term the
 * writer sets apart (a scare quote, a coinage, a name), not a quotation: after a determiner or a possessive, or
 * before the noun they modify. Where the article quotes nothing with double marks, single marks may be its
 * house style for speech, and such words stay quotations; words with the punctuation of speech stay too.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';

const quoted = (text: string): string[] =>
  findQuoteSpans(text).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)).join(' | '));

/** A double-quoted quotation first: the article's house style quotes speech with double marks. */
const DOUBLE = '"We will open in May," Ana Brel said.\n\n';

describe('single-quoted terms in a double-mark house style', () => {
  it.each<[string, string[]]>([
    ["The bank said most of the rise came from 'tap-to-pay' fraud at tills.", ['We will open in May']],
    ["Mr Vale called for his 'quiet room' policy to be kept.", ['We will open in May']],
    ["The firm insists that this 'option' is still binding.", ['We will open in May']],
    ["The singer's 'stage mishap' plan led to a fine.", ['We will open in May']],
    ["Rivers said an 'opening offer' was on the table.", ['We will open in May']],
  ])('%s', (sentence, expected) => {
    expect(quoted(DOUBLE + sentence)).toEqual(expected);
  });
});

describe('single-quoted words that stay quotations', () => {
  it.each<[string, string[]]>([
    // a partial quotation going on in the sentence
    [DOUBLE + "Ortiz said the players had 'cheated' during the final.", ['We will open in May', 'cheated']],
    // after `that`, a clause may open
    [DOUBLE + "Ortiz said that 'nobody wins' when talks stall.", ['We will open in May', 'nobody wins']],
    // the punctuation of speech
    [DOUBLE + "Ortiz called it 'a disgrace.' Then she left.", ['We will open in May', 'a disgrace.']],
    // a comma inside the marks is the punctuation of speech too
    [DOUBLE + "The coach described the tackle as 'reckless,' prompting a review.", ['We will open in May', 'reckless']],
    // a headline quotes speech with single marks
    ["Mayor defends 'quiet room' plan\n\n" + DOUBLE, ['quiet room', 'We will open in May']],
    // a name's possessive tells whose word it is
    [DOUBLE + "Critics doubt the minister's 'reset' with Asia.", ['We will open in May', 'reset']],
    // a link after the mark is no noun
    [DOUBLE + "Lee: the mayor has gone 'soft' https://example.org/x", ['We will open in May', 'soft']],
    // no double-mark quotation: single marks are the house style for speech
    ["Ortiz condemned the 'cowardly' attack on Monday.", ['cowardly']],
    ["'We will open in May,' Ana Brel said of the 'quiet room' plan.", ['We will open in May', 'quiet room']],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});
