import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/types.js';
import {
  fitIsotonic,
  fitRanking,
  foldsByArticle,
  formatSeedBands,
  formatSeedTargets,
  rankingAccuracy,
  train,
  trainOnSamples,
} from '../../scripts/train.js';
import type { RankGroup, Sample, TrainingSet } from '../../scripts/train.js';
import { calibrationTable, matchGold, sameSpeaker } from '../../scripts/gold-match.js';
import type { GoldPiece } from '../../scripts/gold-match.js';
import { calibratedProbability, confidenceBand } from '../../src/extract/confidence.js';

const PEOPLE = ['Ida Marr', 'Tom Baker', 'Ana Reyes', 'Lee Chung', 'Sam Okafor', 'Eva Lind'];
const LINES = [
  'We will rebuild the quay',
  'Nobody asked us about it',
  'The money is simply not there',
  'It will take a whole year',
];

/** A synthetic annotated set: short articles quoting people by name or pronoun; some gold speakers differ. */
function fixture(): TrainingSet {
  const articles: Article[] = [];
  const gold: GoldPiece[] = [];
  for (let a = 0; a < 12; a++) {
    const who = PEOPLE[a % PEOPLE.length]!;
    const other = PEOPLE[(a + 1) % PEOPLE.length]!;
    const parts = [
      `Harbour plan ${a}`,
      '',
      `${who} spoke on Monday. "${LINES[a % 4]}," ${who} said.`,
      '',
      `${other} was there too. "${LINES[(a + 1) % 4]}," she added.`,
    ];
    const text = parts.join('\n');
    const id = `a${a}`;
    articles.push({
      id,
      recordId: id,
      path: 'f.jsonl',
      line: a + 1,
      title: `Harbour plan ${a}`,
      publisher: null,
      url: null,
      author: null,
      publishedAt: '2016-03-01',
      dateline: null,
      text,
      furniture: [],
      metaOrigin: {},
    });
    const first = text.indexOf(LINES[a % 4]!);
    const second = text.indexOf(LINES[(a + 1) % 4]!, first + 1);
    gold.push({
      article: id,
      start: first,
      end: first + LINES[a % 4]!.length + 1,
      speaker: who,
      attribution: `${id}-1`,
    });
    // every third pronoun quote is someone else's in the gold: the model has wrong speakers to learn from
    gold.push({
      article: id,
      start: second,
      end: second + LINES[(a + 1) % 4]!.length + 1,
      speaker: a % 3 === 0 ? 'Max Ford' : other,
      attribution: `${id}-2`,
    });
  }
  return { name: 'fixture', articles, gold, nullSpeaker: 'unnamed' };
}

describe('training', () => {
  it('is deterministic from the seed: two runs give the same model JSON', () => {
    const opts = { seed: 7, folds: 3, iterations: 200 };
    const a = train([fixture()], opts);
    const b = train([fixture()], opts);
    expect(JSON.stringify(a.model)).toBe(JSON.stringify(b.model));
    expect(JSON.stringify(a.ranking)).toBe(JSON.stringify(b.ranking));
    expect(a.report).toBe(b.report);
    expect(a.report).toMatch(/candidate ranking:/);
    expect(a.model.version).toMatch(/^lr-isotonic-[0-9a-f]{12}$/);
  });

  it("measures further seeds on the same extraction; the model written is the first seed's", () => {
    // (a pseudo-count of 1: the fixture is small, and a stronger prior may leave its top band empty)
    const opts = { seed: 7, folds: 3, iterations: 200, isotonicPseudo: 1 };
    const one = train([fixture()], opts);
    const three = train([fixture()], { ...opts, moreSeeds: [8, 9] });
    expect(JSON.stringify(three.model)).toBe(JSON.stringify(one.model));
    expect(three.targets.map((t) => t.seed)).toEqual([7, 8, 9]);
    expect(three.targets[0]).toEqual(one.targets[0]);
    // one table on a single set: out of fold
    for (const { targets } of three.targets) expect(targets.map((t) => [t.set, t.from])).toEqual([['fixture', 'all']]);
    const top = one.targets[0]!.targets[0]!;
    expect(one.report).toContain(`precision ${top.precision!.toFixed(3)}, coverage ${top.coverage.toFixed(3)}`);
    expect(one.report).not.toMatch(/targets by seed/);
    expect(one.report).not.toMatch(/calibration by seed/);
    expect(three.report).toMatch(
      /calibration by seed[^\n]*\n\s+seed 7\s+seed 8\s+seed 9\s*\n\s+fixture out of fold {2}>=0\.9 /,
    );
    expect(three.report).toMatch(/targets by seed[^\n]*\n\s+seed 7\s+seed 8\s+seed 9\s*\n\s+fixture out of fold /);
  });

  it('lays the targets of several seeds side by side, marking those met', () => {
    const t = (set: string, from: string, precision: number, coverage: number) => ({
      set,
      from,
      precision,
      coverage,
      judgedCoverage: coverage,
      met: precision >= 0.97 && coverage >= 0.6,
      bands: [],
    });
    const text = formatSeedTargets([
      { seed: 1, targets: [t('a', 'all', 0.98, 0.61), t('a', 'b', 0.95, 0.8)] },
      { seed: 2, targets: [t('a', 'all', 0.99, 0.59), t('a', 'b', 0.971, 0.7)] },
    ]).split('\n');
    expect(text).toHaveLength(4);
    expect(text[2]).toMatch(/^ {2}a out of fold\s+0\.980 \/ 0\.610 \*\s+0\.990 \/ 0\.590\s*$/);
    expect(text[3]).toMatch(/^ {2}b -> a\s+0\.950 \/ 0\.800\s+0\.971 \/ 0\.700 \*$/);
  });

  it("lays each band's precision beside its mean confidence, seed by seed", () => {
    const band = (lo: number, judged: number, precision: number | null, meanConfidence: number | null) => ({
      lo,
      judged,
      precision,
      meanConfidence,
    });
    const t = (bands: ReturnType<typeof band>[]) => ({
      set: 'a',
      from: 'b',
      precision: 0.98,
      coverage: 0.6,
      judgedCoverage: 0.6,
      met: true,
      bands,
    });
    const text = formatSeedBands([
      { seed: 1, targets: [t([band(0.9, 50, 0.98, 0.95), band(0.7, 0, null, null)])] },
      { seed: 2, targets: [t([band(0.9, 40, 0.975, 0.94), band(0.7, 3, 2 / 3, 0.8)])] },
    ]).split('\n');
    expect(text).toHaveLength(4);
    expect(text[1]).toMatch(/^\s+seed 1\s+seed 2$/);
    expect(text[2]).toMatch(/^ {2}b -> a {2}>=0\.9\s+0\.980\/0\.950 \(50\)\s+0\.975\/0\.940 \(40\)$/);
    expect(text[3]).toMatch(/^ {2}b -> a {2}0\.7-0\.9\s+-\s+0\.667\/0\.800 \(3\)$/);
  });

  it('measures every band of every table, with the mean confidence of its judged pieces', () => {
    const r = train([fixture()], { seed: 7, folds: 3, iterations: 200 });
    const bands = r.targets[0]!.targets[0]!.bands;
    expect(bands.map((b) => b.lo)).toEqual([0.9, 0.7, 0.5, 0]);
    for (const [i, b] of bands.entries()) {
      if (b.judged === 0) expect(b.meanConfidence).toBeNull();
      else {
        expect(b.meanConfidence).toBeGreaterThanOrEqual(b.lo);
        expect(b.meanConfidence).toBeLessThan(i === 0 ? 1 : bands[i - 1]!.lo);
      }
    }
    expect(bands.reduce((n, b) => n + b.judged, 0)).toBeGreaterThan(0);
  });

  it('deals articles to folds from the seed, every fold used', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `x${i}`);
    const f1 = foldsByArticle(ids, 5, 1);
    expect(foldsByArticle([...ids].reverse(), 5, 1)).toEqual(f1);
    expect(new Set(f1.values())).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(foldsByArticle(ids, 5, 2)).not.toEqual(f1);
  });
});

describe('candidate ranking training', () => {
  // synthetic groups: the rules' first pick is right unless a rival carries `strong`, then the rival is
  const groups: RankGroup[] = Array.from({ length: 60 }, (_, i) => {
    const rivalWins = i % 4 === 0;
    const first = new Map([['table-first', 1]]);
    const rival = new Map<string, number>(rivalWins ? [['strong', 1]] : [['weak', 1]]);
    return {
      set: 's',
      article: `a${i}`,
      features: [first, rival],
      labels: rivalWins ? [0, 1] : [1, 0],
      tableFirst: 0,
      names: ['A', 'B'],
      gold: rivalWins ? 'B' : 'A',
      start: 0,
    };
  });

  it('learns to overturn the rules where a feature tells, deterministically', () => {
    const a = fitRanking(groups, { iterations: 400, l2: 0.001 });
    expect(JSON.stringify(fitRanking(groups, { iterations: 400, l2: 0.001 }))).toBe(JSON.stringify(a));
    expect(a.version).toMatch(/^rank-[0-9a-f]{12}$/);
    expect(a.weights.strong!).toBeGreaterThan(a.weights['table-first']!);
    expect(rankingAccuracy(groups, a)).toEqual({ groups: 60, table: 45, ranked: 60 });
  });

  it('keeps the rules order when no group has a right rival', () => {
    const plain = groups.filter((g) => g.labels[0] === 1);
    const m = fitRanking(plain, { iterations: 200 });
    expect(rankingAccuracy(plain, m)).toEqual({ groups: 45, table: 45, ranked: 45 });
  });
});

describe('isotonic calibration', () => {
  // labels that violate the order of the scores: pool-adjacent-violators must pool them
  const points = [
    [-3, 0],
    [-2.5, 1],
    [-2, 0],
    [-1, 0],
    [-0.5, 1],
    [0, 0],
    [0.5, 1],
    [1, 1],
    [1.2, 0],
    [2, 1],
    [3, 1],
    [3.5, 1],
    [4, 1],
  ].map(([score, label]) => ({ score: score!, label: label!, weight: 1 }));
  const step = fitIsotonic(points);
  const model = { version: 't', bias: 0, weights: {}, isotonic: step, bands: { certain: 0.9, likely: 0.6 } };

  it('is a non-decreasing step function of the score, never 0 or 1', () => {
    expect(step.values.length).toBe(step.thresholds.length + 1);
    let last = -1;
    let lastBand = 0;
    const rank = { uncertain: 0, likely: 1, certain: 2 };
    for (let z = -5; z <= 5; z += 0.1) {
      const p = calibratedProbability(z, model);
      expect(p).toBeGreaterThanOrEqual(last);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
      expect(rank[confidenceBand(p, model)]).toBeGreaterThanOrEqual(lastBand);
      last = p;
      lastBand = rank[confidenceBand(p, model)];
    }
    expect(calibratedProbability(5, model)).toBeGreaterThan(calibratedProbability(-5, model));
  });
});

describe("the isotonic step's prior", () => {
  // three blocks by score: 200 wrong; 19 right of 20; 200 right
  const block = (score: number, n: number, right: number) =>
    Array.from({ length: n }, (_, i) => ({ score, label: i < right ? 1 : 0, weight: 1 }));
  const points = [...block(0, 200, 0), ...block(1, 20, 19), ...block(2, 200, 200)];

  it('pulls a block towards one half by its pseudo-count, a small block further than a large one', () => {
    const step = fitIsotonic(points, 4);
    // (right + 2) / (weight + 4)
    expect(step.values).toEqual([+(2 / 204).toFixed(4), +(21 / 24).toFixed(4), +(202 / 204).toFixed(4)]);
    // 19 right of 20 is certain with a pseudo-count of 1, not with 4: twenty quotes are not evidence enough
    expect(fitIsotonic(points, 1).values[1]).toBeGreaterThanOrEqual(0.9);
    expect(step.values[1]).toBeLessThan(0.9);
    expect(step.values[2]).toBeGreaterThan(0.98);
  });

  it('is 2 by default (Laplace), and training writes it in the model', () => {
    expect(fitIsotonic(points)).toEqual(fitIsotonic(points, 2));
    const samples: Sample[] = Array.from({ length: 40 }, (_, i) => ({
      set: 's',
      article: `a${i % 8}`,
      features: new Map([['f', i % 2]]),
      label: i % 5 === 0 ? 0 : 1,
      weight: 1,
    }));
    expect(trainOnSamples(samples, { folds: 2, iterations: 20 }).model).toMatchObject({ isotonicPseudo: 2 });
    expect(trainOnSamples(samples, { folds: 2, iterations: 20, isotonicPseudo: 1 }).model).toMatchObject({
      isotonicPseudo: 1,
    });
  });
});

describe("the scorer's speaker rule", () => {
  it.each<[string | null, string | null, boolean]>([
    ['Donald Trump', 'Trump', true],
    ['Mr. Trump', 'Donald J. Trump', true],
    ['Sen. Marco Rubio', 'Rubio', true],
    ['Hillary Clinton', 'Bill Clinton', true],
    ["Clinton's", 'Hillary Clinton', true],
    ['José Núñez', 'Jose Nunez', true],
    ['Trump', 'Marco Rubio', false],
    [null, 'Rubio', false],
    ['Rubio', null, false],
  ])('%s vs %s', (a, b, same) => {
    expect(sameSpeaker(a, b)).toBe(same);
  });
});

describe('matching and the calibration table', () => {
  it('matches by half overlap, judges speakers, and counts coverage over all gold', () => {
    const text = 'x "We will rebuild the quay," Ida Marr said. "Nobody asked," he said. "Gone," she said.';
    const span = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
    const [a0, a1] = span('We will rebuild the quay,');
    const [b0, b1] = span('Nobody asked,');
    const [c0, c1] = span('Gone,');
    const gold: GoldPiece[] = [
      { article: 'a', start: a0, end: a1, speaker: 'Ida Marr' },
      { article: 'a', start: b0, end: b1, speaker: 'Tom Baker' },
      { article: 'a', start: c0, end: c1, speaker: null },
    ];
    const matches = matchGold(
      gold,
      [
        { article: 'a', start: a0 - 1, end: a1 + 1, speaker: 'Marr', quote: 0 },
        { article: 'a', start: b0, end: b1, speaker: 'Ida Marr', quote: 1 },
      ],
      new Map([['a', text]]),
    );
    expect(matches.map((m) => [m.quote, m.speakerOk])).toEqual([
      [0, true],
      [1, false],
      [null, null],
    ]);
    const rows = calibrationTable(matches, (q) => [0.95, 0.6][q]!);
    expect(rows[0]).toMatchObject({ count: 1, judged: 1, correct: 1, precision: 1 });
    expect(rows[0]!.coverage).toBeCloseTo(1 / 3);
    expect(rows[2]).toMatchObject({ count: 1, correct: 0, precision: 0 });
    expect(rows[3]!.coverage).toBeCloseTo(2 / 3);
  });
});
