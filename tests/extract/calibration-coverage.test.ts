import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/types.js';
import { article as textArticle } from './article.js';
import { TABLE_FIRST } from '../../src/extract/ranking.js';
import { labelSamples, scoreSet, splitNoisy, train, trainOnSamples } from '../../scripts/train.js';
import type { Sample, TrainingSet } from '../../scripts/train.js';
import { calibrationTable, formatCalibrationTable, matchGold, nullGoldNote } from '../../scripts/gold-match.js';
import type { GoldPiece } from '../../scripts/gold-match.js';

const article = (id: string, text: string): Article => ({
  ...textArticle(text),
  id,
  recordId: id,
  path: 'f.jsonl',
  title: null,
});

describe('calibration table: what the precision judges and what the coverage counts', () => {
  const text =
    'Quay.\n\n"One line here," Ida Marr said. "Two lines here," a spokesman said. "Three lines," Tom Baker said.';
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  const [a0, a1] = at('One line here,');
  const [b0, b1] = at('Two lines here,');
  const [c0, c1] = at('Three lines,');
  const gold: GoldPiece[] = [
    { article: 'a', start: a0, end: a1, speaker: 'Ida Marr' },
    { article: 'a', start: b0, end: b1, speaker: null },
    { article: 'a', start: c0, end: c1, speaker: null },
  ];
  // the second quote is given a name where the gold has nobody named; the third no name
  const names = ['Ida Marr', 'Ida Marr', null];
  const matches = matchGold(
    gold,
    [
      { article: 'a', start: a0, end: a1, speaker: names[0]!, quote: 0 },
      { article: 'a', start: b0, end: b1, speaker: names[1]!, quote: 1 },
      { article: 'a', start: c0, end: c1, speaker: names[2]!, quote: 2 },
    ],
    new Map([['a', text]]),
  );
  const conf = (q: number): number => [0.95, 0.95, 0][q]!;

  it("by the scorer's rule a null gold speaker is not judged, but still counts in the coverage", () => {
    const top = calibrationTable(matches, conf)[0]!;
    expect(top).toMatchObject({ count: 2, judged: 1, correct: 1, precision: 1 });
    expect(top.coverage).toBeCloseTo(2 / 3);
    expect(top.judgedCoverage).toBeCloseTo(1 / 3);
  });

  it('where null means unnamed, a name given there is judged wrong; no name given is not judged', () => {
    const rows = calibrationTable(matches, conf, undefined, (q) => names[q]!);
    expect(rows[0]).toMatchObject({ count: 2, judged: 2, correct: 1, precision: 0.5 });
    expect(rows[0]!.judgedCoverage).toBeCloseTo(2 / 3);
    // the quote with no name (confidence 0) is matched but judged neither way
    expect(rows[3]).toMatchObject({ count: 1, judged: 0 });
  });

  it('give each band the mean confidence of the pieces its precision judges, beside the precision', () => {
    const mixed = (q: number): number => [0.98, 0.92, 0][q]!;
    // by the scorer's rule only the first piece is judged; where null means unnamed, the second too
    expect(calibrationTable(matches, mixed)[0]!.meanConfidence).toBeCloseTo(0.98);
    expect(calibrationTable(matches, mixed, undefined, (q) => names[q]!)[0]!.meanConfidence).toBeCloseTo(0.95);
    // a band with nothing judged has no mean, and the table prints it as a dash
    const rows = calibrationTable(matches, mixed);
    expect(rows[3]!.meanConfidence).toBeNull();
    const table = formatCalibrationTable(rows, 't').split('\n');
    expect(table[1]).toMatch(/precision {2}mean-conf {2}coverage/);
    expect(table[2]).toMatch(/^>=0\.9 +2 +1 +1 +1\.000 +0\.980 /);
  });

  it('say when null gold speakers were given a name and are not judged, and what the top band is if they were', () => {
    const note = nullGoldNote(matches, names, [0.95, 0.95, 0], 'unresolved');
    expect(note).toMatch(/^note: 1 matched gold pieces with a null speaker were given a name/);
    expect(note).toMatch(/confidence >= 0\.9 then 0\.500 \(1\/2\)$/);
    // read as unnamed already, or no name given to a null gold: nothing to say
    expect(nullGoldNote(matches, names, [0.95, 0.95, 0], 'unnamed')).toBeNull();
    expect(nullGoldNote(matches, ['Ida Marr', null, null], [0.95, 0.95, 0], 'unresolved')).toBeNull();
  });
});

describe('out-of-fold probabilities', () => {
  // 30 articles, two kinds of quote: `good` right 9 times in 10, `bad` right 1 time in 2
  const samples: Sample[] = [];
  for (let a = 0; a < 30; a++)
    for (let k = 0; k < 10; k++) {
      const good = k % 2 === 0;
      const right = good ? (a * 10 + k) % 20 !== 0 : k % 4 === 1;
      samples.push({
        set: 's',
        article: `a${a}`,
        features: new Map([[good ? 'good' : 'bad', 1]]),
        label: right ? 1 : 0,
        weight: 1,
      });
    }

  it('score every sample by the folds its article was not in, and any other quote of the article the same way', () => {
    const { outOfFold, outOfFoldProbability } = trainOnSamples(samples, { seed: 3, folds: 3, iterations: 300 });
    samples.forEach((s, i) => expect(outOfFoldProbability(s.article, s.features)).toBe(outOfFold[i]));
    // a quote of an article that gave no sample is scored too (fold 0's model), as a probability
    const p = outOfFoldProbability('never-seen', new Map([['good', 1]]));
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThanOrEqual(1);
    // the good kind is more trusted than the bad one out of fold
    const good = samples.findIndex((s) => s.features.has('good'));
    const bad = samples.findIndex((s) => s.features.has('bad'));
    expect(outOfFold[good]!).toBeGreaterThan(outOfFold[bad]!);
  });
});

describe('samples whose gold speaker was resolved by coreference', () => {
  const text =
    'Harbour plan\n\nIda Marr spoke on Monday. "We will rebuild the quay," Ida Marr said.\n\nShe stayed. "Nobody asked us about it," she added.';
  const first = text.indexOf('We will');
  const second = text.indexOf('Nobody asked');
  const gold: GoldPiece[] = [
    { article: 'a', start: first, end: first + 27, speaker: 'Ida Marr', speakerKind: 'named', attribution: 1 },
    { article: 'a', start: second, end: second + 24, speaker: 'Tom Baker', speakerKind: 'pronoun', attribution: 2 },
  ];
  const set = (nullSpeaker: TrainingSet['nullSpeaker']): TrainingSet => ({
    name: 'one',
    articles: [article('a', text)],
    gold,
    nullSpeaker,
  });

  it('weigh --resolved-weight on a set whose null means unresolved, and 1 elsewhere', () => {
    const weights = (s: TrainingSet, w: number): number[] =>
      scoreSet(s, TABLE_FIRST, w).samples.map((x) => x.weight * (x.label === 1 ? 1 : -1));
    expect(weights(set('unresolved'), 1)).toEqual([1, -1]);
    expect(weights(set('unresolved'), 0.25)).toEqual([1, -0.25]);
    // weight 0: the resolved piece gives no sample at all
    expect(weights(set('unresolved'), 0)).toEqual([1]);
    // a hand-annotated set (null means unnamed) resolved its speakers by hand: full weight
    expect(weights(set('unnamed'), 0.25)).toEqual([1, -1]);
  });

  it('weigh --resolved-wrong-weight only where the resolved gold speaker disagrees with ours', () => {
    const weights = (s: TrainingSet, w: number, wrong: number): number[] =>
      scoreSet(s, TABLE_FIRST, w, wrong).samples.map((x) => x.weight * (x.label === 1 ? 1 : -1));
    // the named gold speaker agrees and weighs 1; the resolved one disagrees (Tom Baker, not Ida Marr)
    expect(weights(set('unresolved'), 1, 0.3)).toEqual([1, -0.3]);
    expect(weights(set('unresolved'), 0.5, 0)).toEqual([1]);
    expect(weights(set('unnamed'), 1, 0.3)).toEqual([1, -1]);
    // relabelling a scored set gives the samples scoring it with those weights gives
    const scored = scoreSet(set('unresolved'), TABLE_FIRST);
    expect(labelSamples(scored, 'unresolved', 1, 0.3).samples).toEqual(
      scoreSet(set('unresolved'), TABLE_FIRST, 1, 0.3).samples,
    );
  });

  it('the training report ends with the target of every table, met or not', () => {
    const { report } = train([set('unnamed'), { ...set('unnamed'), name: 'two' }], {
      seed: 1,
      folds: 2,
      iterations: 50,
    });
    const tail = report.slice(report.indexOf('targets (confidence >= 0.9'));
    expect(tail.split('\n').slice(1)).toHaveLength(4);
    expect(tail).toMatch(
      /one: in-source, out-of-fold .*: precision (\d\.\d{3}|-), coverage \d\.\d{3} \(judged \d\.\d{3}\) (met|NOT met)/,
    );
    expect(tail).toMatch(/two: cross-source, trained on one alone/);
  });
});

describe('wrong labels from a gold speaker resolved by coreference, read as noise', () => {
  const noisy: Sample = { set: 's', article: 'a', features: new Map(), label: 0, weight: 2, goldResolved: true };

  it('split a disagreement by the posterior that ours is the wrong one', () => {
    // p = 0.5 (score 0), the gold right 9 times in 10: ours wrong with (0.5) / (0.5 + 0.5 * 0.1) = 10/11
    const [wrong, right] = splitNoisy(noisy, 0, 0.9);
    expect(wrong!.label).toBe(0);
    expect(wrong!.weight).toBeCloseTo((2 * 10) / 11);
    expect(right!.label).toBe(1);
    expect(right!.weight).toBeCloseTo(2 / 11);
    // the more the model trusts ours, the more the disagreement is the gold's
    expect(splitNoisy(noisy, 3, 0.9)[0]!.weight).toBeLessThan(wrong!.weight);
    // off, or a label no coreference gave: as it is
    expect(splitNoisy(noisy, 0, undefined)).toEqual([{ label: 0, weight: 2 }]);
    expect(splitNoisy({ ...noisy, goldResolved: false }, 0, 0.9)).toEqual([{ label: 0, weight: 2 }]);
  });

  it('trust a kind of attribution more when its wrong labels are all resolved ones, deterministically', () => {
    // `pron` right 8 times in 10, its 2 wrong labels from a resolved gold; `name` the same, wrong by an annotator
    const samples: Sample[] = [];
    for (let a = 0; a < 20; a++)
      for (let k = 0; k < 10; k++)
        for (const kind of ['pron', 'name'])
          samples.push({
            set: 's',
            article: `a${a}`,
            features: new Map([[kind, 1]]),
            label: k < 8 ? 1 : 0,
            weight: 1,
            goldResolved: kind === 'pron' && k >= 8,
          });
    const opts = { seed: 2, folds: 2, iterations: 300, goldAccuracy: 0.8 };
    const { model } = trainOnSamples(samples, opts);
    expect(model.weights.pron!).toBeGreaterThan(model.weights.name!);
    expect(model).toMatchObject({ goldAccuracy: 0.8 });
    expect(JSON.stringify(trainOnSamples(samples, opts).model)).toBe(JSON.stringify(model));
    // without the noise model both kinds weigh the same
    const plain = trainOnSamples(samples, { ...opts, goldAccuracy: undefined }).model;
    expect(plain.weights.pron).toBeCloseTo(plain.weights.name!, 3);
  });
});

describe('the isotonic step by phrase kind', () => {
  it('fits a step of its own for each phrase kind with enough weight, the pooled step for the others', () => {
    // pronoun attributions right 6 times in 10, names 9 in 10, at the same logistic score (one shared feature)
    const samples: Sample[] = [];
    for (let a = 0; a < 20; a++)
      for (let k = 0; k < 10; k++) {
        samples.push({
          set: 's',
          article: `a${a}`,
          features: new Map([
            ['mention-pronoun', 1],
            ['cue', 1],
          ]),
          label: k < 6 ? 1 : 0,
          weight: 1,
        });
        samples.push({
          set: 's',
          article: `a${a}`,
          features: new Map([
            ['mention-is-name', 1],
            ['cue', 1],
          ]),
          label: k < 9 ? 1 : 0,
          weight: 1,
        });
      }
    samples.push({ set: 's', article: 'a0', features: new Map([['mention-description', 1]]), label: 1, weight: 1 });
    // logistic weights off (no iterations): the score is the same for every sample, only the steps tell
    const opts = { seed: 1, folds: 2, iterations: 0, kindStepMinWeight: 50 };
    const { model } = trainOnSamples(samples, opts);
    expect(Object.keys(model.isotonicByKind ?? {}).sort()).toEqual(['name', 'pronoun']);
    // each block is (right + 1) / (weight + 2): the default prior's pseudo-count of 2
    expect(model.isotonicByKind!.pronoun!.values).toEqual([+(121 / 202).toFixed(4)]);
    expect(model.isotonicByKind!.name!.values).toEqual([+(181 / 202).toFixed(4)]);
    expect(model).toMatchObject({ kindStepMinWeight: 50 });
    expect(JSON.stringify(trainOnSamples(samples, opts).model)).toBe(JSON.stringify(model));
    // off: one pooled step, no step by kind
    const pooled = trainOnSamples(samples, { ...opts, kindStepMinWeight: undefined }).model;
    expect(pooled.isotonicByKind).toBeUndefined();
    expect(pooled.isotonic.values).toEqual([+(302 / 403).toFixed(4)]);
  });
});
