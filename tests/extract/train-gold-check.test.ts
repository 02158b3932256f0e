import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedQuote } from '../../src/model/types.js';
import {
  formatSeedTargets,
  isCheckedDisagreement,
  labelSamples,
  readGoldCheck,
  wilsonInterval,
} from '../../scripts/train.js';
import type { ScoredSet } from '../../scripts/train.js';
import type { GoldMatch } from '../../scripts/gold-match.js';
import type { Features } from '../../src/extract/confidence.js';

const pronounFeatures: Features = new Map([
  ['mention-pronoun', 1],
  ['side=after', 1],
]);
const nameFeatures: Features = new Map([
  ['mention-is-name', 1],
  ['side=after', 1],
]);

const match = (speakerKind: string, speakerOk: boolean | null, quote = 0): GoldMatch => ({
  gold: { article: 'a', start: 0, end: 10, speaker: speakerOk === null ? null : 'Ida Marr', speakerKind },
  quote,
  speakerOk,
});

describe('the kind of disagreement a gold check reads', () => {
  it.each<[string, GoldMatch, Features | null, 'unresolved' | 'unnamed', boolean]>([
    [
      'the gold resolved a pronoun, ours is a pronoun, they disagree',
      match('pronoun', false),
      pronounFeatures,
      'unresolved',
      true,
    ],
    ['they agree', match('pronoun', true), pronounFeatures, 'unresolved', false],
    ['the gold speaker was named by the annotator', match('named', false), pronounFeatures, 'unresolved', false],
    ['the gold resolved a description', match('nominal', false), pronounFeatures, 'unresolved', false],
    ['ours is named by a name', match('pronoun', false), nameFeatures, 'unresolved', false],
    ['a hand-annotated set (null means unnamed)', match('pronoun', false), pronounFeatures, 'unnamed', false],
    ['no speaker of ours', match('pronoun', false), null, 'unresolved', false],
  ])('%s', (_, m, f, nullSpeaker, checked) => {
    expect(isCheckedDisagreement(m, f, nullSpeaker)).toBe(checked);
  });
});

describe('relabelling the checked disagreements', () => {
  const quote = { attribution: { name: 'Tom Baker' } } as unknown as ExtractedQuote;
  const scored = (features: Features, matches: GoldMatch[]): ScoredSet => ({
    name: 'p',
    quotes: [quote],
    features: [features],
    articleOf: ['a'],
    matches,
    samples: [],
    sampleQuote: [],
  });
  const labels = (s: ScoredSet) => s.samples.map((x) => [x.label, +x.weight.toFixed(6)]);

  it('splits a checked disagreement into right and wrong by the share the check found ours right', () => {
    const s = scored(pronounFeatures, [match('pronoun', false)]);
    expect(labels(labelSamples(s, 'unresolved'))).toEqual([[0, 1]]);
    expect(labels(labelSamples(s, 'unresolved', 1, 1, 0.8))).toEqual([
      [1, 0.8],
      [0, 0.2],
    ]);
  });

  it('leaves every other piece as the gold says', () => {
    const s = scored(nameFeatures, [match('pronoun', false), match('named', false), match('named', true)]);
    expect(labels(labelSamples(s, 'unresolved', 1, 1, 0.8))).toEqual(labels(labelSamples(s, 'unresolved')));
  });
});

describe('a gold check file', () => {
  const write = (lines: string[]): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-check-'));
    const file = path.join(dir, 'check.jsonl');
    fs.writeFileSync(file, lines.join('\n') + '\n');
    return file;
  };

  it('gives the share judged ours, with its Wilson interval', () => {
    const row = (verdict: string) => JSON.stringify({ article: 'a', start: 0, end: 5, verdict });
    const file = write([row('ours'), row('ours'), row('ours'), row('gold'), row('neither')]);
    const check = readGoldCheck(file, 'polnear');
    expect(check).toMatchObject({ set: 'polnear', checked: 5, oursRight: 0.6 });
    expect(check.interval).toEqual(wilsonInterval(3, 5));
    fs.rmSync(path.dirname(file), { recursive: true });
  });

  it('refuses a line without a verdict, naming the file and line', () => {
    const file = write([JSON.stringify({ article: 'a', verdict: 'ours' }), JSON.stringify({ article: 'a' })]);
    expect(() => readGoldCheck(file, 'polnear')).toThrow(/check\.jsonl' line 2: needs "article" and "verdict"/);
    fs.rmSync(path.dirname(file), { recursive: true });
  });

  it.each<[number, number, number, number]>([
    [40, 47, 0.7231, 0.9259],
    [10, 10, 0.7225, 1],
    [0, 5, 0, 0.4345],
  ])('Wilson 95 %% interval of %i in %i', (k, n, lo, hi) => {
    const [a, b] = wilsonInterval(k, n);
    expect(a).toBeCloseTo(lo, 4);
    expect(b).toBeCloseTo(hi, 4);
  });
});

describe('the targets with a gold-corrected row', () => {
  it('adds the corrected precision under its table, met only when the low end of the interval reaches the aim', () => {
    const t = (corrected: [number, number, number]) => ({
      set: 'p',
      from: 'all',
      precision: 0.96,
      coverage: 0.7,
      judgedCoverage: 0.6,
      met: false,
      corrected,
      bands: [],
    });
    const text = formatSeedTargets([
      { seed: 1, targets: [t([0.98, 0.975, 0.985])] },
      { seed: 2, targets: [t([0.975, 0.965, 0.98])] },
    ]).split('\n');
    expect(text).toHaveLength(4);
    expect(text[2]).toMatch(/^ {2}p out of fold\s+0\.960 \/ 0\.700\s+0\.960 \/ 0\.700$/);
    expect(text[3]).toMatch(/^ {2}p out of fold, gold-corrected\s+0\.980 \/ 0\.700 \*\s+0\.975 \/ 0\.700$/);
  });
});
