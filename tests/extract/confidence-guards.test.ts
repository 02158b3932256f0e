import { describe, expect, it } from 'vitest';
import type { ExtractedQuote } from '../../src/model/types.js';
import {
  GUARDS,
  GUARD_CAP,
  calibrateConfidence,
  featureProbability,
  featureScanners,
  guardedProbability,
  quoteFeatures,
} from '../../src/extract/confidence.js';
import { defaultTrainOptions, fitLogistic } from '../../scripts/train.js';
import type { Sample } from '../../scripts/train.js';
import { quoteIn, sureModel } from './article.js';

const { postposedCueOther, subjectBeforeQuote } = featureScanners;

/** The end of a quotation's words in `text`: before the closing mark and the punctuation inside it. */
function quoteEnd(text: string): number {
  let end = text.indexOf('"', 1);
  while (/[,.?!]/u.test(text[end - 1]!)) end--;
  return end;
}

describe('postposedCueOther: a cue right after the quotation naming someone else', () => {
  // [text, the speaker the quote was given, fires]
  const cases: Array<[string, string, boolean]> = [
    // the subject after the verb is another person or body
    ['"The risks are real," said Acme Bank analyst Jo Lind The dispute goes on.', 'Sam Park', true],
    ['"That would harm us," said its chairman, Sir Jo Lind. It is a sign.', 'Harbour Board', true],
    ['"We lost," added coach Mia Holt.', 'Tom Vale', true],
    ['"It was late?" asked Ned Rowe, puzzled.', 'Tom Vale', true],
    // a name before the verb
    ['"That harms us," Jo Lind said, according to Sam Park.', 'Sam Park', true],
    ['"Not now," Acme Foods said in a statement.', 'Jo Lind', true],
    // a description after a determiner stands for the speaker; a name set off by a comma does not
    ['"We lost," said the French coach.', 'Tom Vale', false],
    ['"We lost," said the American.', 'Tom Vale', false],
    ['"We lost," added the two-time Acme Award winner.', 'Tom Vale', false],
    ['"We lost," said the Harbour Rovers founder, who was upset.', 'Tom Vale', false],
    ['"We lost," said the club\'s manager, Mia Holt.', 'Tom Vale', true],
    ['"We lost," said economist Mia Holt.', 'Tom Vale', true],
    ['"We lost," said Le Monde newspaper.', 'Tom Vale', true],
    // the speaker's own name, however written
    ['"That harms us," said Mr. Lind, adding more.', 'Jo Lind', false],
    ['"That harms us," said Sen. Jo Lind of Ohio.', 'Jo Lind', false],
    ['"We lost," Lind\'s spokesman said.', 'Jo Lind', false],
    ['"That harms us," Jo Lind said.', 'Jo Lind', false],
    // no subject after the verb, or a pronoun
    ['"That harms us," he said.', 'Jo Lind', false],
    ['"That harms us," she added, smiling.', 'Jo Lind', false],
    ['"That harms us," said in a statement.', 'Jo Lind', false],
    ['"That harms us," said the spokesman.', 'Jo Lind', false],
    // told and wrote: what follows is the one told or the medium
    ['"That harms us," he told The Daily Post.', 'Jo Lind', false],
    ['"That harms us," told Radio North.', 'Jo Lind', false],
    // the quotation ends a sentence: what follows is the next sentence, not its cue
    ['"That harms us." Jo Lind said the plan was late.', 'Sam Park', false],
    ['"That harms us." Later Jo Lind said more.', 'Sam Park', false],
  ];
  it.each(cases)('%s (given to %s): %s', (text, speaker, fires) => {
    const own = new Set(speaker.split(' '));
    expect(postposedCueOther(text, quoteEnd(text), own)).toBe(fires);
  });
});

/** A quote of `text` given to Jo Lee, its words, mention and cue found by their text. */
function given(text: string, words: string, mention: string, cue: string): ExtractedQuote {
  return quoteIn(text, words, { name: 'Jo Lee', mention, cue, reason: 'cue-before-quote', kind: 'partial' });
}

describe('subjectBeforeQuote: the mention is the subject of the quoted clause', () => {
  // [text, quoted words, mention, cue, fires]
  const cases: Array<[string, string, string, string, boolean]> = [
    ['A tape in which an aide says Lee "has no grasp of money" leaked.', 'has no grasp of money', 'Lee', 'says', true],
    ['The adviser said she "steered a middle course" there.', 'steered a middle course', 'she', 'said', true],
    ['Critics say President Jo Lee "ignored the facts" on Monday.', 'ignored the facts', 'Jo Lee', 'say', true],
    // the mention speaks: before the cue, or the quotation opens a sentence of its own
    ['Jo Lee said the plan "was never costed" at all.', 'was never costed', 'Jo Lee', 'said', false],
    ['Said Jo Lee: "We will see."', 'We will see.', 'Jo Lee', 'Said', false],
    ['Then said Jo Lee, "time will tell."', 'time will tell.', 'Jo Lee', 'said', false],
    // other words between the mention and the quotation
    ['He said Lee had called it "a farce" twice.', 'a farce', 'Lee', 'said', false],
  ];
  it.each(cases)('%s', (text, words, mention, cue, fires) => {
    expect(subjectBeforeQuote(text, given(text, words, mention, cue))).toBe(fires);
  });
});

const TEXT = [
  'Quay vote',
  '',
  'Ida Marr opened the quay on Monday. "We will rebuild it," Ida Marr said.',
  '',
  '"The money is not there," said board chairman Tom Baker. "We will see."',
].join('\n');

function quote(words: string, name: string, mention: string, cue: string): ExtractedQuote {
  return quoteIn(TEXT, words, { name, mention, cue, cueFrom: TEXT.indexOf(words), reason: 'after-quote-adjacent' });
}

/** A model that trusts every named quote: 0.99 for any score. */
const sure = sureModel();

describe('guards hold a quote below the top band', () => {
  // the second quote is Tom Baker's by its own postposed cue, but given to Ida Marr
  const quotes = (): ExtractedQuote[] => [
    quote('We will rebuild it', 'Ida Marr', 'Ida Marr', 'said'),
    quote('The money is not there', 'Ida Marr', 'Ida Marr', 'said'),
  ];

  it('the guard is a feature of the quote it marks, and of no other', () => {
    const features = quoteFeatures(TEXT, quotes());
    expect(features[0]!.has(GUARDS[0]!)).toBe(false);
    expect(features[1]!.has(GUARDS[0]!)).toBe(true);
  });

  it('a guarded quote gets at most GUARD_CAP, however the model scores it; the others are untouched', () => {
    const calibrated = calibrateConfidence(TEXT, quotes(), sure).map((q) => q.attribution.confidence);
    expect(calibrated).toEqual([0.99, GUARD_CAP]);
    expect(GUARD_CAP).toBeLessThan(sure.bands.likely);
  });

  it('training reads the same confidence as extraction (featureProbability)', () => {
    const features = quoteFeatures(TEXT, quotes());
    const calibrated = calibrateConfidence(TEXT, quotes(), sure).map((q) => q.attribution.confidence);
    expect(features.map((f) => featureProbability(f!, sure))).toEqual(calibrated);
  });

  it('guardedProbability only lowers', () => {
    expect(guardedProbability(0.97, GUARD_CAP)).toBe(GUARD_CAP);
    expect(guardedProbability(0.2, GUARD_CAP)).toBe(0.2);
    expect(guardedProbability(0.97, 1)).toBe(0.97);
  });
});

describe('training leaves the guards out of the model', () => {
  it('no weight is fitted for a guard, and the other weights are those fitted without it', () => {
    const sample = (label: 0 | 1, keys: string[]): Sample => ({
      set: 's',
      article: `a${label}${keys.join()}`,
      features: new Map(keys.map((k) => [k, 1])),
      label,
      weight: 1,
    });
    const plain = [sample(1, ['cue-common']), sample(0, ['no-cue']), sample(1, ['cue-common'])];
    const guarded = [
      sample(1, ['cue-common']),
      sample(0, ['no-cue', GUARDS[0]!]),
      sample(1, ['cue-common', GUARDS[1]!]),
    ];
    const a = fitLogistic(plain, defaultTrainOptions);
    const b = fitLogistic(guarded, defaultTrainOptions);
    for (const g of GUARDS) expect(b.weights.has(g)).toBe(false);
    expect([...b.weights]).toEqual([...a.weights]);
    expect(b.bias).toBe(a.bias);
  });
});
