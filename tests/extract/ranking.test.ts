import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import type { CandidateRecord } from '../../src/extract/index.js';
import {
  RANKING_MODEL,
  TABLE_FIRST,
  candidateKey,
  groupCandidates,
  parseRankingModel,
  pickCandidate,
} from '../../src/extract/ranking.js';
import type { Proposal, RankingModel } from '../../src/extract/ranking.js';
import { CONFIDENCE_MODEL_VERSION } from '../../src/extract/confidence.js';
import { underHeadline } from './article.js';

/** The candidates of each quotation with rivals, and the quotes given, under a ranking model. */
function ranked(text: string, ranker: RankingModel | null) {
  const records: CandidateRecord[] = [];
  const quotes = extractQuotes(underHeadline(text), { ranker, onCandidates: (r) => records.push(r) });
  return { records, quotes };
}

const proposal = (rule: string, name: string | null, extra: Partial<Proposal> = {}): Proposal => ({
  rule,
  continuation: false,
  name,
  role: null,
  kind: name === null ? null : 'named',
  mention: null,
  cue: null,
  ...extra,
});

describe('candidate grouping', () => {
  it('merges the proposals naming one speaker; the first proposal is the table pick', () => {
    const cands = groupCandidates([
      proposal('after-quote-adjacent', 'Tom Baker'),
      proposal('cue-in-previous-sentence', 'Ida Marr'),
      proposal('cue-later-in-sentence', 'Tom Baker'),
      proposal('continuation-paragraph', 'Ida Marr', { continuation: true }),
    ]);
    expect(cands.map((c) => [c.key, c.tableFirst, c.proposals.map((p) => p.rule)])).toEqual([
      ['name:tom baker', true, ['after-quote-adjacent', 'cue-later-in-sentence']],
      ['name:ida marr', false, ['cue-in-previous-sentence', 'continuation-paragraph']],
    ]);
  });

  it('keys an unnamed description by its role and drops a proposal naming nobody', () => {
    expect(candidateKey({ name: null, role: 'spokesman for the port' })).toBe('role:spokesman for the port');
    expect(groupCandidates([proposal('cue-before-quote', null)])).toEqual([]);
  });
});

describe('ranked candidates: a quotation, its candidates, the winner and why', () => {
  // a model that trusts a cue before the quotation over the rules' order: it shows the weights decide
  const cueBefore: RankingModel = { version: 't', weights: { 'table-first': 1, 'rule=cue-before-quote': 2 } };
  it.each<[string, string, RankingModel | null, string[], string, string]>([
    [
      // the adjacent cue speaks for the quotation; the name of the sentence before is a rival
      'Ida Marr praised the plan. "We will rebuild the quay," said Tom Baker, her deputy.',
      'adjacent cue beats the previous sentence',
      TABLE_FIRST,
      ['name:tom baker', 'name:ida marr'],
      'Tom Baker',
      'after-quote-adjacent',
    ],
    [
      // a new quotation with its own adjacent cue does not continue the previous speaker
      '"We will rebuild the quay," Ida Marr said.\n\n"Nobody asked us," Tom Baker told reporters.',
      'own cue beats continuation',
      TABLE_FIRST,
      ['name:tom baker', 'name:ida marr'],
      'Tom Baker',
      'after-quote-adjacent',
    ],
    [
      // two cues: the rules' order prefers the adjacent one…
      'The mayor, Ida Marr, said the plan "will not work," Tom Baker said.',
      'rules: adjacent cue first',
      TABLE_FIRST,
      ['name:tom baker', 'name:ida marr'],
      'Tom Baker',
      'after-quote-adjacent',
    ],
    [
      // …a model weighing the cue before the quotation more picks the other candidate
      'The mayor, Ida Marr, said the plan "will not work," Tom Baker said.',
      'weights: cue before the quotation',
      cueBefore,
      ['name:tom baker', 'name:ida marr'],
      'Ida Marr',
      'cue-before-quote',
    ],
  ])('%s (%s)', (text, _why, model, keys, winner, reason) => {
    const { records, quotes } = ranked(text, model);
    const last = records[records.length - 1]!;
    expect(last.candidates.map((c) => c.key)).toEqual(keys);
    expect(last.features[0]!.get('table-first')).toBe(1);
    const q = quotes[quotes.length - 1]!;
    expect(q.attribution.name).toBe(winner);
    expect(q.attribution.reason).toBe(reason);
  });

  it('without a model the first rule wins, exactly as with the rules-order model', () => {
    const text = 'The mayor, Ida Marr, said the plan "will not work," Tom Baker said.';
    expect(extractQuotes(underHeadline(text), { ranker: null })).toEqual(
      extractQuotes(underHeadline(text), { ranker: TABLE_FIRST }),
    );
  });

  it('picks the highest score and breaks ties by the rules order', () => {
    const f = (entries: Array<[string, number]>): Map<string, number> => new Map(entries);
    const model: RankingModel = { version: 't', weights: { a: 1, b: 2 } };
    expect(pickCandidate([f([['a', 1]]), f([['b', 1]])], model)).toBe(1);
    expect(pickCandidate([f([['b', 1]]), f([['b', 1]])], model)).toBe(0);
    expect(pickCandidate([f([['unknown', 5]]), f([])], model)).toBe(0);
  });
});

describe('the committed ranking model', () => {
  it('is valid and its version is part of the extraction model version (a new model re-extracts)', () => {
    expect(parseRankingModel(RANKING_MODEL, 'committed').version).toBe(RANKING_MODEL.version);
    expect(CONFIDENCE_MODEL_VERSION.endsWith(`+${RANKING_MODEL.version}`)).toBe(true);
    expect(() => parseRankingModel({ weights: {} }, 'x.json')).toThrow(/x\.json.*version/);
  });
});
