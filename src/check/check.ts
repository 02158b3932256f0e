/**
 * The quote check: a quotation as it circulates (shortened, misremembered, pinned on someone else) compared
 * with the quotes the index really holds.
 *
 *   parse the wrapper ─▶ candidate quotes by shared words ─▶ local word alignment ─▶ per-quote verdict and
 *   word diff ─▶ one row per statement ─▶ overall verdict, and whether the claimed speaker said it
 */
import type { LoadedIndex } from '../store/types.js';
import { EmbeddedBackend, type Backend, type StatementRef } from '../backend/index.js';
import type { Quote, Speaker } from '../model/types.js';
import { termSpans, terms } from '../model/text.js';
import { alignLocally, comparableWords, diffWords, type DiffOp } from '../statements/align.js';
import { findCandidates } from './candidates.js';
import { parsePastedQuote } from './parse.js';

export type CheckVerdict = 'exact' | 'close' | 'same-speaker-different-wording' | 'not-found';
export type MatchVerdict = 'exact' | 'close' | 'related';

export interface CheckRequest {
  /** The quotation as pasted, wrapper text and quotation marks included. */
  text: string;
  /** Who it is claimed to be by: a speaker id or a name. Overrides a name in the wrapper. */
  speaker?: string | null;
}

export interface SpeakerRef {
  id: string | null;
  name: string;
}

export interface CheckMatch {
  quote: Quote;
  speaker: SpeakerRef | null;
  /** 0..1: how much of the pasted words and of the stretch of the quote they align with agree (Dice over words). */
  score: number;
  verdict: MatchVerdict;
  /** True when the pasted words cover only part of the quote. */
  fragment: boolean;
  /** Quote text before and after the aligned stretch, and the word diff of that stretch against the pasted words. */
  before: string;
  after: string;
  diff: DiffOp[];
  /** How many reports (articles) the quote's statement has. */
  reports: number;
}

export interface CheckResult {
  /** The words looked for, after the wrapper was taken off. */
  text: string;
  verdict: CheckVerdict;
  claimedSpeaker: SpeakerRef | null;
  /** Whether the claimed speaker said the exact or close words found; null without a claim or without such a match. */
  speakerMatches: boolean | null;
  actualSpeaker: SpeakerRef | null;
  /** One sentence saying what was found, for the page and API clients. */
  message: string;
  matches: CheckMatch[];
}

export interface CheckOptions {
  /** Quotes aligned per check (the best by shared rare words). */
  candidates: number;
  /** Matches returned. */
  maxMatches: number;
  /** Score from which a match is close wording, and from which it is related at all. */
  close: number;
  related: number;
}

/** A name as its folded terms (src/model/text.ts): case, accents and punctuation never count. */
const foldName = (name: string): string => terms(name).join(' ');

export const defaultCheckOptions: CheckOptions = { candidates: 200, maxMatches: 10, close: 0.6, related: 0.3 };

/** What a check reads of the corpus, fetched once before the comparisons (which are then pure). */
interface CheckContext {
  speakers: ReadonlyMap<string, Speaker>;
  statements: ReadonlyMap<string, StatementRef>;
}

/** A claimed speaker: an id, a full name or alias, or a surname (the most quoted such speaker wins). */
export function resolveClaimedSpeaker(index: { speakers: ReadonlyMap<string, Speaker> }, claim: string): SpeakerRef {
  const byId = index.speakers.get(claim);
  if (byId) return { id: byId.id, name: byId.name };
  const wanted = foldName(claim);
  let best: Speaker | null = null;
  let bestRank = 0;
  for (const s of index.speakers.values()) {
    const names = [s.name, ...s.aliases].map(foldName);
    const surname = names[0]?.split(' ').pop();
    const rank = names.includes(wanted) ? 2 : surname === wanted ? 1 : 0;
    if (rank > bestRank || (rank > 0 && rank === bestRank && best !== null && s.quoteCount > best.quoteCount)) {
      best = s;
      bestRank = rank;
    }
  }
  return best ? { id: best.id, name: best.name } : { id: null, name: claim.trim() };
}

function speakerRef(index: CheckContext, quote: Quote): SpeakerRef | null {
  const s = quote.speakerId ? index.speakers.get(quote.speakerId) : undefined;
  if (s) return { id: s.id, name: s.name };
  return quote.attribution.name ? { id: null, name: quote.attribution.name } : null;
}

function sameSpeaker(a: SpeakerRef | null, claim: SpeakerRef): boolean {
  if (!a) return false;
  if (a.id !== null && claim.id !== null) return a.id === claim.id;
  const x = foldName(a.name);
  const y = foldName(claim.name);
  return x === y || x.split(' ').pop() === y.split(' ').pop();
}

function statementReports(index: CheckContext, quote: Quote): { id: string; count: number } {
  const statement = index.statements.get(quote.id);
  return { id: statement?.id ?? quote.id, count: statement?.size ?? 1 };
}

/** Compares one candidate quote with the pasted words. */
function compare(
  index: CheckContext,
  quote: Quote,
  words: readonly string[],
  pasted: readonly string[],
  text: string,
  options: CheckOptions,
): CheckMatch | null {
  const local = alignLocally(pasted, words);
  if (local.matched === 0) return null;
  const stretch = local.bEnd - local.bStart;
  const score = (2 * local.matched) / (pasted.length + stretch);
  if (score < options.related) return null;
  const contiguous = ` ${words.join(' ')} `.includes(` ${pasted.join(' ')} `);
  const verdict: MatchVerdict = contiguous ? 'exact' : score >= options.close ? 'close' : 'related';
  // The diff covers as many words of the quote as the pasted text has around the aligned stretch, so a
  // changed last word shows as a replacement ("iron" for "steel"), not as an addition.
  const shownStart = Math.max(0, local.bStart - local.aStart);
  const shownEnd = Math.min(words.length, local.bEnd + (pasted.length - local.aEnd));
  const spans = termSpans(quote.text);
  const from = spans[shownStart]?.start ?? 0;
  const to = spans[shownEnd - 1]?.end ?? quote.text.length;
  return {
    quote,
    speaker: speakerRef(index, quote),
    score: Math.round(score * 1000) / 1000,
    verdict,
    fragment: stretch < words.length,
    before: quote.text.slice(0, from),
    after: quote.text.slice(to),
    diff: diffWords(quote.text.slice(from, to), text),
    reports: statementReports(index, quote).count,
  };
}

const RANK: Record<MatchVerdict, number> = { exact: 2, close: 1, related: 0 };

/**
 * Checks a pasted quotation against a corpus (a Backend, or a loaded index): closest real quotes, their diffs and a
 * verdict.
 */
export async function checkQuote(
  source: Backend | LoadedIndex,
  request: CheckRequest,
  options: Partial<CheckOptions> = {},
): Promise<CheckResult> {
  const backend = 'kind' in source ? source : new EmbeddedBackend(source);
  const opts = { ...defaultCheckOptions, ...options };
  const parsed = parsePastedQuote(request.text);
  const claimText = request.speaker?.trim() || parsed.claimedName;
  const pasted = comparableWords(parsed.text);
  // The embedded index has a word index of its own for engines without `related` (candidates.ts).
  const candidates =
    backend instanceof EmbeddedBackend
      ? findCandidates(backend.index(), pasted, opts.candidates)
      : (await backend.related(pasted, opts.candidates)).map((quote) => ({
          quote,
          words: comparableWords(quote.text),
        }));
  const [speakers, statements] = await Promise.all([
    backend.speakers(),
    backend.statementsOf(candidates.map((c) => c.quote.id)),
  ]);
  const index: CheckContext = { speakers: new Map(speakers.map((s) => [s.id, s])), statements };
  const claimedSpeaker = claimText ? resolveClaimedSpeaker(index, claimText) : null;

  const compared = candidates
    .map((c) => compare(index, c.quote, c.words, pasted, parsed.text, opts))
    .filter((m): m is CheckMatch => m !== null);
  const byClaim = (m: CheckMatch): number => (claimedSpeaker && sameSpeaker(m.speaker, claimedSpeaker) ? 1 : 0);
  compared.sort(
    (a, b) =>
      RANK[b.verdict] - RANK[a.verdict] ||
      b.score - a.score ||
      byClaim(b) - byClaim(a) ||
      (a.quote.saidAt?.value ?? a.quote.publishedAt ?? '\uffff').localeCompare(
        b.quote.saidAt?.value ?? b.quote.publishedAt ?? '\uffff',
      ) ||
      a.quote.id.localeCompare(b.quote.id),
  );
  // One row per statement: its best-matching report stands for the others.
  const seen = new Set<string>();
  const matches: CheckMatch[] = [];
  for (const m of compared) {
    const statement = statementReports(index, m.quote).id;
    if (seen.has(statement)) continue;
    seen.add(statement);
    matches.push(m);
    if (matches.length >= opts.maxMatches) break;
  }

  const found = matches.filter((m) => m.verdict !== 'related');
  const best = found[0] ?? null;
  let verdict: CheckVerdict = best ? (best.verdict === 'exact' ? 'exact' : 'close') : 'not-found';
  let speakerMatches: boolean | null = null;
  let actualSpeaker: SpeakerRef | null = null;
  if (best) {
    const byClaimed = claimedSpeaker
      ? found.find((m) => m.verdict === best.verdict && sameSpeaker(m.speaker, claimedSpeaker))
      : undefined;
    speakerMatches = claimedSpeaker ? byClaimed !== undefined : null;
    actualSpeaker = (byClaimed ?? best).speaker;
  } else if (claimedSpeaker && matches.some((m) => sameSpeaker(m.speaker, claimedSpeaker))) {
    verdict = 'same-speaker-different-wording';
  }
  return {
    text: parsed.text,
    verdict,
    claimedSpeaker,
    speakerMatches,
    actualSpeaker,
    message: describe(verdict, claimedSpeaker, speakerMatches, actualSpeaker, best),
    matches,
  };
}

function describe(
  verdict: CheckVerdict,
  claimed: SpeakerRef | null,
  matches: boolean | null,
  actual: SpeakerRef | null,
  best: CheckMatch | null,
): string {
  const who = actual?.name ?? 'an unnamed speaker';
  if (verdict === 'not-found')
    return claimed
      ? `No quote by ${claimed.name} or anyone else with these words was found.`
      : 'No quote with these words was found.';
  if (verdict === 'same-speaker-different-wording')
    return `No quote by ${claimed!.name} with these words was found; ${claimed!.name} said related things in different words.`;
  if (claimed && matches === false) return `This was said by ${who}, not ${claimed.name}.`;
  if (verdict === 'exact')
    return best?.fragment
      ? `These are ${who}’s words, part of a longer quote.`
      : `These are ${who}’s words, as quoted.`;
  return `${who} said something close to this, in different words.`;
}
