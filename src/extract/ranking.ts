/**
 * Ranked speaker candidates: for each quotation, the speakers that the attribution rules and the
 * continuation rules propose are gathered (one candidate per person, organisation or unnamed
 * description, with every rule that proposes it), described by features, and the candidate with
 * the highest score under a learned linear model wins.
 *
 *   rule hits + continuation → candidates (grouped by speaker) → features → score → winner
 *
 * The rules stay as named candidate generators: which rules propose a candidate, whether it is the
 * one the rule table's order would pick (`table-first`), the kind of mention, its distance and side,
 * whether the speaker spoke earlier in the article or is named elsewhere. The weights are learned by
 * `npm run train` (a conditional logit: softmax over each quotation's candidates) and committed as
 * ranking-model.json; its version is part of the extraction model's version, so a new model means
 * the quotations are extracted again. With no model (`ranker: null`), the first rule wins.
 */
import { z } from 'zod';
import type { Span, SpeakerKind } from '../model/types.js';
import committedModel from './ranking-model.json' with { type: 'json' };

/** Feature values by name (absent = 0). */
export type RankFeatures = Map<string, number>;

const RankingModelSchema = z
  .object({
    version: z.string().min(1),
    /** Weight of each feature by name; features the model does not know weigh nothing. */
    weights: z.record(z.string(), z.number()),
  })
  .passthrough();

export type RankingModel = z.infer<typeof RankingModelSchema>;

/** Validates a ranking model read from disk or built by training; throws naming what is wrong. */
export function parseRankingModel(raw: unknown, origin: string): RankingModel {
  const r = RankingModelSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(
      `ranking: '${origin}': ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'bad model'}; retrain with npm run train`,
    );
  }
  return r.data;
}

/** The rules' order as a ranking model: the first rule in the table wins (first-rule-wins). */
export const TABLE_FIRST: RankingModel = { version: 'table-first', weights: { 'table-first': 1 } };

/** Does a model weigh nothing but the rules' order (so it always picks the table's first candidate)? */
export function isTableOrder(model: RankingModel): boolean {
  const keys = Object.keys(model.weights).filter((k) => model.weights[k] !== 0);
  return keys.length === 1 && keys[0] === 'table-first' && model.weights['table-first']! > 0;
}

/** The committed ranking model. */
export const RANKING_MODEL: RankingModel = parseRankingModel(committedModel, 'src/extract/ranking-model.json');

/** What one rule (or continuation rule) proposes for a quotation. */
export interface Proposal {
  /** The rule's name (an attribution rule or a continuation rule). */
  rule: string;
  /** Whether the rule is a continuation rule: the previous quotation's speaker. */
  continuation: boolean;
  name: string | null;
  role: string | null;
  kind: SpeakerKind | null;
  mention: Span | null;
  cue: Span | null;
}

/** One candidate speaker of a quotation: every proposal naming the same speaker. */
export interface Candidate {
  key: string;
  proposals: Proposal[];
  /** The candidate the rule table's order picks (first-rule-wins). */
  tableFirst: boolean;
}

/** What the features read about the quotation and the article. */
export interface RankScene {
  text: string;
  /** The quotation's first opening and last closing mark. */
  openAt: number;
  closeAt: number;
  /** The previous quotation's speaker name, if any. */
  previousName: string | null;
  /** Names given to earlier quotations in the article. */
  earlierNames: ReadonlySet<string>;
  /** Last tokens of names that speak somewhere in the article (`Lee said`). */
  speaking: () => ReadonlySet<string>;
  /** How often a word stands in the article as a whole word. */
  occurrences: (word: string) => number;
}

/** The key candidates are grouped by: a name (lower case), or an unnamed description. */
export function candidateKey(p: Pick<Proposal, 'name' | 'role'>): string | null {
  if (p.name !== null) return `name:${p.name.toLowerCase()}`;
  if (p.role !== null) return `role:${p.role.toLowerCase()}`;
  return null;
}

/** Groups proposals by speaker, in order of first proposal; the first candidate is the table's pick. */
export function groupCandidates(proposals: readonly Proposal[]): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const p of proposals) {
    const key = candidateKey(p);
    if (key === null) continue;
    const c = byKey.get(key);
    if (c === undefined) byKey.set(key, { key, proposals: [p], tableFirst: byKey.size === 0 });
    else c.proposals.push(p);
  }
  return [...byKey.values()];
}

const logScale = (n: number, max: number): number => Math.min(1, Math.log1p(Math.max(0, n)) / Math.log1p(max));
const lastToken = (name: string): string => name.split(/\s+/u).pop() ?? name;

/** Sentence ends (`. ` before a capital or an opening mark) in a stretch of text. */
function sentenceBreaks(s: string): number {
  const m = s.match(/[.!?]["”’']?\s+(?=[\p{Lu}"“‘])/gu);
  return m === null ? 0 : m.length;
}

/** Features of one candidate of a quotation. */
export function candidateFeatures(c: Candidate, scene: RankScene, count: number): RankFeatures {
  const f: RankFeatures = new Map();
  const set = (k: string, v = 1): void => {
    if (v !== 0) f.set(k, (f.get(k) ?? 0) + v);
  };
  if (c.tableFirst) set('table-first');
  if (count === 1) set('only-candidate');
  const first = c.proposals[0]!;
  for (const p of c.proposals) set(`rule=${p.rule}`);
  set(`first-rule=${first.rule}`);
  set('rules', Math.min(4, c.proposals.length) / 4);
  set(`kind=${first.kind ?? 'none'}`);
  const name = first.name;
  if (name === null) set('unnamed');
  else {
    const tokens = name.split(/\s+/u).filter((t) => t !== '');
    if (tokens.length === 1) set('single-token');
    const last = lastToken(name);
    if (scene.previousName === name) set('previous-speaker');
    if (scene.earlierNames.has(name)) set('earlier-speaker');
    if (scene.speaking().has(last)) set('speaks-elsewhere');
    set('occurrences', logScale(scene.occurrences(last), 20));
  }
  // the nearest mention of the candidate: side and distance from the quotation
  let best: { side: string; gap: string } | null = null;
  let bestLen = Infinity;
  for (const p of c.proposals) {
    if (p.mention === null || p.continuation) continue;
    const m = p.mention;
    const side = m.end <= scene.openAt ? 'before' : m.start >= scene.closeAt ? 'after' : 'inside';
    const gap =
      side === 'before'
        ? scene.text.slice(m.end, scene.openAt)
        : side === 'after'
          ? scene.text.slice(scene.closeAt, m.start)
          : '';
    if (gap.length < bestLen) {
      bestLen = gap.length;
      best = { side, gap };
    }
  }
  if (best === null) set('no-mention');
  else {
    set(`side=${best.side}`);
    set('distance', logScale(best.gap.length, 2000));
    const breaks = sentenceBreaks(best.gap);
    if (breaks > 0) set('other-sentence', Math.min(3, breaks) / 3);
    if (best.gap.includes('\n')) set('other-paragraph');
  }
  if (c.proposals.some((p) => p.continuation)) set('continuation');
  if (c.proposals.every((p) => p.cue === null)) set('no-cue');
  return f;
}

/** The model's score of one candidate. */
export function rankScore(f: RankFeatures, model: RankingModel): number {
  let z = 0;
  for (const [k, v] of f) z += (model.weights[k] ?? 0) * v;
  return z;
}

/** Index of the winning candidate: the highest score, ties to the table's order. */
export function pickCandidate(features: readonly RankFeatures[], model: RankingModel): number {
  let best = 0;
  let bestScore = -Infinity;
  features.forEach((f, i) => {
    const s = rankScore(f, model);
    if (s > bestScore + 1e-9) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}
