/**
 * Quote extraction: Article → ExtractedQuote[].
 *
 *   quote spans → split quotes joined → cues & speakers (rule table) → coreference → timestamps
 */
import type { Article, ExtractedQuote, Span } from '../model/types.js';
import { findQuoteSpans } from './quote-spans.js';
import type { Range } from './quote-spans.js';
import { joinSplitQuotes, quoteContext } from './context.js';
import type { QuoteGroup } from './context.js';
import { applyAllRules, applyRules } from './rules/index.js';
import type { AttributionRuleName } from './rules/index.js';
import type { AttributionRule, RuleContext, RuleHit } from './rules/types.js';
import type { NounPhrase } from './cues.js';
import type { QuoteContext } from './context.js';
import { findMentions, lastToken, nameSplitter } from './mentions.js';
import type { NameSplitter } from './mentions.js';

export { nameSplitter } from './mentions.js';
export type { NameSplitter } from './mentions.js';
import { resolveSpeaker } from './coref/index.js';
import type { CorefContext, PriorSpeaker, UnnamedSpeaker } from './coref/index.js';
import { layoutOf, paragraphEndAt, paragraphStartAt } from './document.js';
import { isSentenceEnd } from './sentence-end.js';
import type { DocumentLayout } from './document.js';
import { termReason } from './terms.js';
import {
  eachMatch,
  isDigitUnit,
  isLetterOrDigitUnit,
  isLetterUnit,
  isLowerUnit,
  isSpaceUnit,
  isSurrogateUnit,
  mayOpenCapital,
} from './chars.js';
import { articleTime, inferSaidAt } from './time/index.js';
import { carryReportDays } from './time/carry.js';
import type { ArticleTime } from './time/index.js';
import { speakerCandidate, speakerEntity } from './entities.js';
import { calibrateConfidence } from './confidence.js';
import { tidyRoles } from './role-text.js';
import { joinQuotePieces } from './quote-text.js';
import { findContinuation } from './continuation.js';
import type { ExtractedAttribution, ReasonedQuote } from './reasons.js';
import {
  RANKING_MODEL,
  candidateFeatures,
  candidateKey,
  groupCandidates,
  isTableOrder,
  pickCandidate,
} from './ranking.js';
import type { Candidate, Proposal, RankFeatures, RankingModel } from './ranking.js';

export interface ExtractOptions {
  /** Keep quoted terms and titles (`the so-called "reset"`) as quotations. */
  keepTerms?: boolean;
  /** Characters back over which an unattributed paragraph-opening quotation inherits the previous speaker. */
  continuationReach?: number;
  /** Skip the first paragraph (the headline) when looking for quotations' speakers. */
  headlineParagraphs?: number;
  /** The candidate ranking model; null: the first rule in the table wins. */
  ranker?: RankingModel | null;
  /**
   * Called with each quotation's candidates (two or more) and their features, in article order,
   * before the winner is picked: what `npm run train` learns the ranking from.
   */
  onCandidates?: ((quote: CandidateRecord) => void) | null;
  /**
   * The name splitter the caller keeps across the articles it extracts (`nameSplitter()`, one per build, worker
   * thread or run); null: one for this article alone (the same quotes, slower over many articles).
   */
  names?: NameSplitter | null;
  /**
   * Leave each quotation's role as the readers found it, untidied (`src/extract/role-text.ts`): the role the
   * confidence model reads, so what `npm run train` takes its features from.
   */
  rolesAsRead?: boolean;
}

/** A quotation's ranked candidates, as training reads them. */
export interface CandidateRecord {
  /** Start of the quotation's first piece (the `start` of the quote given, if it is kept). */
  start: number;
  candidates: Candidate[];
  features: RankFeatures[];
}

export const defaultExtractOptions: Required<ExtractOptions> = {
  keepTerms: false,
  continuationReach: 1500,
  headlineParagraphs: 1,
  ranker: RANKING_MODEL,
  onCandidates: null,
  names: null,
  rolesAsRead: false,
};

const span = (text: string, r: Range | null): Span | null =>
  r ? { start: r.start, end: r.end, text: text.slice(r.start, r.end) } : null;

const NO_ATTRIBUTION: ExtractedAttribution = {
  name: null,
  role: null,
  kind: null,
  mention: null,
  cue: null,
  reason: 'none',
  confidence: 0,
  entity: null,
};

/** Letters and digits only, lower-cased: how a headline and its title are compared. */
const bare = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * `bare(s).slice(0, n)`, read by char codes while `s` is ASCII: an ASCII character's lower case and whether it is
 * a letter or a digit depend on nothing around it, so the first `n` kept are those of `bare(s)`, and the rest of
 * `s` is not read. At a character past ASCII before that, `bare` itself.
 */
function bareHead(s: string, n: number): string {
  let out = '';
  for (let i = 0; i < s.length && out.length < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return bare(s).slice(0, n);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) out += s[i];
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c | 32);
  }
  return out;
}

/** `bare` and its head read by char codes, for tests. */
export const titleHeadChecks = { bare, bareHead } as const;

/** How many letters and digits of a title and of the text's first line are compared. */
const TITLE_HEAD = 30;

/**
 * Does the text open with its title? Records that keep the title apart (`{title, text}` with the
 * text starting at the lead paragraph) hold no headline in their text.
 */
function opensWithTitle(text: string, title: string | null): boolean {
  const head = title === null ? '' : bareHead(title, TITLE_HEAD);
  if (head === '') return true;
  const nl = text.indexOf('\n');
  const first = bareHead(text.slice(0, nl < 0 ? Math.min(text.length, 400) : Math.min(nl, 400)), TITLE_HEAD);
  return first.startsWith(head) || head.startsWith(first);
}

/**
 * End of the headline paragraphs: speakers are not taken from them. A first paragraph that reads
 * as prose (long, or several sentences) is body text, not a headline; so is a lead paragraph that
 * does not repeat the article's title (`Singer Jo Lee has said …` under the title `Lee to retire`).
 */
function headlineEnd(text: string, paragraphs: number, title: string | null): number {
  if (!opensWithTitle(text, title)) return 0;
  let at = 0;
  for (let i = 0; i < paragraphs; i++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return 0;
    const line = text.slice(at, nl);
    if (line.length > 200 || /[.!?]["”’']?\s+\p{Lu}/u.test(line)) return at;
    at = nl + 1;
  }
  return at;
}

/**
 * `Rubio said`, `Rubio also told`, `Rubio claimed`, `said Rubio`: names that speak somewhere in the
 * article. After a quantifier the word is a group (`many more Latinos said`), no one person; after a preposition it
 * is the object of a clause whose comma before `said` was left out (`banks turn to Acme said Jo Lee`), no speaker.
 */
const SPEAKS_AFTER =
  /(?<!(?:[Mm]any|[Mm]ore|[Ss]ome|[Mm]ost|[Oo]ther|[Ff]ew|[Ss]everal|[Aa]ll|[Tt]hese|[Tt]hose|[Bb]oth)\s+)(?<!(?<![\p{L}])(?:to|in|on|at|of|for|from|with|by|into|onto|about|than|using)\s+)(\p{Lu}[\p{L}\p{M}’'-]+)(?:\s+(?:[\p{Ll}]+ly|also|then|later|has|had|again))?\s+(?:said|says|told|tells|added|tweeted|wrote|asked|argued|insisted|claimed|claims|admitted|stated|explained|noted|declared|warned|replied|responded|acknowledged|conceded|recalled)(?![\p{L}])/uy;
const SPEAKS_BEFORE =
  /(?<![\p{L}])(?:said|says)\s+(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}?(\p{Lu}[\p{L}\p{M}’'-]+)(?![\p{L}\p{M}’'-])/gu;

/** Last tokens of the names that speak in `text`, found in one pass each way (the first tried where a capital opens). */
function speakingNames(text: string): Set<string> {
  const names = new Set<string>();
  const add = (m: RegExpExecArray): void => {
    names.add(m[1]!);
  };
  eachMatch(text, SPEAKS_AFTER, mayOpenCapital, add);
  // (a pattern opening with a literal word after its lookbehind: the engine's own scan finds its openings
  // faster than a loop tries it at each `s`)
  SPEAKS_BEFORE.lastIndex = 0;
  for (let m = SPEAKS_BEFORE.exec(text); m; m = SPEAKS_BEFORE.exec(text)) add(m);
  return names;
}

/**
 * A one-word name the article also gives in full (`Marco Rubio`), with a gender or a role, or that
 * speaks somewhere in it (`Rubio said`, `said Rubio`): a person, not a place or a thing.
 */
function knownPerson(coref: CorefContext, name: string, speaking: () => Set<string>): boolean {
  const key = lastToken(name);
  const full = coref.mentions.fullest.get(key);
  return (
    (full !== undefined && full.includes(' ')) ||
    coref.mentions.genders.has(key) ||
    coref.mentions.roles.has(key) ||
    speaking().has(key)
  );
}

function sameWindows(a: QuoteContext, b: QuoteContext): boolean {
  return (
    a.beforeStart === b.beforeStart &&
    a.afterEnd === b.afterEnd &&
    a.previousSentence?.start === b.previousSentence?.start &&
    a.previousSentence?.end === b.previousSentence?.end
  );
}

type Hit = { rule: AttributionRule<AttributionRuleName>; hit: RuleHit };
/** `resolveSpeaker` with the article's coreference state, once per phrase of a rule hit (see `extract`). */
type Resolve = (np: NounPhrase) => ReturnType<typeof resolveSpeaker>;

/** `it` read as a speaker after a quotation (`"…," it said`; see `readSubjectLeft`). */
const isBareIt = (np: NounPhrase): boolean => np.kind === 'pronoun' && np.text === 'it';

/** A bare `it`, then a letter, right after a closing mark: `," it said`, `" — it added`. */
const IT_AFTER_CLOSE = /^[\s,]*(?:[—–-]\s*)?it\s+\p{Ll}/u;

/** Does a bare `it` and a word stand right after the quotation, or between its pieces? (a cheap test first) */
function itAfterQuotation(ctx: RuleContext): boolean {
  const { text } = ctx;
  const at = (from: number): boolean => IT_AFTER_CLOSE.test(text.slice(from, from + 16));
  return at(ctx.closeAt) || ctx.between.some((b) => at(b.start));
}

/** The rules' hits for one quotation, and whether the quotation's own cue is an `it` that stands for no body found. */
interface RuleHits {
  hits: Hit[];
  /**
   * `"…," it said` with no body in focus for `it`: the quotation keeps what it had without that cue (the other
   * rules' speakers, the previous speaker's continuation), but no person (`it` is a body or a document, never a
   * person).
   */
  itSaid: boolean;
}

/** The hits of the rules for one quotation: the first only, or all of them when candidates are ranked. */
function ruleHits(
  group: QuoteGroup,
  reachOpenAt: number,
  prevCloseAt: number,
  nextOpenAt: number,
  closingTail: RuleContext['closingTail'],
  coref: CorefContext,
  resolve: Resolve,
  speaking: () => Set<string>,
  all: boolean,
): RuleHits {
  // `Trump said that "ethanol people" "do a fantastic job"`: when nothing fires in the window after the
  // previous quotation, read the whole sentence, the earlier quotations included (at most
  // FALLBACK_QUOTES of them: the windows of all quotations then add up to a few times the text,
  // however densely quoted it is)
  const isPerson = (name: string): boolean => knownPerson(coref, name, speaking);
  // a hit naming no one (`When` in `When asked …, Lee said that "…"`: no person or organisation, or no
  // name at all) gives way to the next rule's; not a phrase that coreference reads as an unnamed description
  // (`The barrister who had represented Mr Lee said`: the barrister speaks, unnamed, not Lee)
  const accept = (hit: RuleHit): boolean => {
    if (coref.canSpeak !== undefined && !coref.canSpeak(hit.speaker)) return false;
    // `"…," it said` where `it` stands for no body found: as if the rule had not read it (see `run`)
    if (isBareIt(hit.speaker)) return resolve(hit.speaker).name !== null;
    if (hit.speaker.kind !== 'named') return true;
    const resolved = resolve(hit.speaker);
    return resolved.name !== null || resolved.kind === 'nominal';
  };
  const unresolvedIt = (h: Hit): boolean => isBareIt(h.hit.speaker) && resolve(h.hit.speaker).name === null;
  // a hit whose speaker the entity layer types a person (as its attribution would give it)
  const personHit = (h: Hit): boolean => {
    if (coref.canSpeak !== undefined && !coref.canSpeak(h.hit.speaker)) return false;
    const resolved = resolve(h.hit.speaker);
    if (resolved.name === null) return false;
    return coref.speakerEntity?.({ phrase: h.hit.speaker.text, kind: resolved.kind, name: resolved.name }) === 'person';
  };
  let itSaid = false;
  const run = (ctx: RuleContext): Hit[] => {
    // most quotations: no `it` of their own after them, and the first hit accepted is no `it` standing for no one
    if (!all && !itAfterQuotation(ctx)) {
      const one = applyRules(ctx, accept);
      if (one === null) return [];
      if (!unresolvedIt(one)) return [one];
    }
    // the candidates the rules propose, as `applyRules` weighs them: the hits it would accept, or the
    // first hit alone when it accepts none (so the first candidate is always what the rules alone give).
    // An `it` that stands for no body is passed over as if its rule had not fired; when it is the quotation's
    // own (`"…," it said`, after the quotation opens), a person's hit is passed over too
    const hits = applyAllRules(ctx);
    const own = hits.some((h) => h.hit.speaker.start > ctx.openAt && unresolvedIt(h));
    if (own) itSaid = true;
    const kept = hits.filter((h) => !unresolvedIt(h) && !(own && personHit(h)));
    const accepted = kept.filter((h) => accept(h.hit));
    if (all) return accepted.length > 0 ? accepted : kept.slice(0, 1);
    return accepted.length > 0 ? accepted.slice(0, 1) : kept.slice(0, 1);
  };
  const near = quoteContext(coref.doc, group, prevCloseAt, nextOpenAt, { isPerson, closingTail });
  let found = run(near);
  if (found.length === 0 && prevCloseAt > 0) {
    const wide = quoteContext(coref.doc, group, reachOpenAt, nextOpenAt, { isPerson, closingTail });
    // the rules are pure: the same windows (previous quotation in an earlier paragraph) find nothing again
    if (!sameWindows(near, wide)) found = run(wide);
  }
  return { hits: found, itSaid };
}

/** The attribution one rule hit gives. */
function attributionOf(
  text: string,
  found: Hit | undefined,
  coref: CorefContext,
  resolve: Resolve,
  inHeadline: boolean,
): ExtractedAttribution {
  if (found === undefined) return NO_ATTRIBUTION;
  const { rule, hit } = found;
  // the entity layer: a speaker is a person or an organisation. `Separately, …`, `Christmas Day`, the
  // `P` of `S&P` name nobody: the quotation keeps its cue and mention, without a speaker
  if (coref.canSpeak !== undefined && !coref.canSpeak(hit.speaker)) {
    return {
      ...NO_ATTRIBUTION,
      mention: span(text, hit.speaker),
      cue: span(text, hit.cue),
      reason: rule.name,
      confidence: rule.confidence * 0.5,
    };
  }
  const resolved = resolve(hit.speaker);
  // a headline names its speaker (`Smith: "…"`, `Smith calls plan 'dead'`) but holds no antecedents
  if (inHeadline && resolved.kind !== 'named' && resolved.kind !== 'organization') return NO_ATTRIBUTION;
  // a pronoun that stands for nobody found gives the quotation no speaker (its cue and mention stay as
  // evidence): a reader is better served by no name than by a bare `he`
  const unresolved = resolved.kind === 'pronoun' && resolved.name === null;
  const kind = unresolved ? null : resolved.kind;
  return {
    name: resolved.name,
    role: resolved.role,
    kind,
    mention: span(text, hit.speaker),
    cue: span(text, hit.cue),
    reason: rule.name,
    confidence: rule.confidence * (resolved.name === null ? 0.5 : 1),
    entity: coref.speakerEntity?.({ phrase: hit.speaker.text, kind, name: resolved.name }) ?? null,
  };
}

const proposalOf = (a: ExtractedAttribution, continuation: boolean): Proposal => ({
  rule: a.reason,
  continuation,
  name: a.name,
  role: a.kind === 'nominal' ? a.role : null,
  kind: a.kind,
  mention: a.mention,
  cue: a.cue,
});

const isWordUnit = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** How often `word` stands in `text` as a whole word. */
function wholeWordCount(text: string, word: string): number {
  if (word === '') return 0;
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length))
    if (!isWordUnit(text[at - 1]) && !isWordUnit(text[at + word.length])) n++;
  return n;
}

/** `police`, `MPs`, `senior officials`: a description of several people (`sources close to the talks` too). */
function isPluralRole(role: string): boolean {
  const head = (/([\p{L}-]+)(?:\s+(?:of|for|at|in|close|from)\s.*)?$/u.exec(role)?.[1] ?? '').toLowerCase();
  return head === 'police' || head === 'people' || (head.endsWith('s') && !head.endsWith('ss') && head.length > 3);
}

/**
 * `partial` when the quotation runs on from the words before it (`called it "a disgrace" and left`, `the
 * plan is "dead"`), else `full`. Reads the end of `text[from, openAt)` by char codes (the last character
 * that is no white space, as the end-anchored patterns `[\p{L}]\s*$`, `[:,]\s*$` and `[,:—–-]\s*$` over
 * that stretch would, without trying them at each of its offsets) and the three characters after `closeAt`.
 */
function quoteKind(text: string, from: number, openAt: number, closeAt: number, quoted: string): 'partial' | 'full' {
  // `j`: end of the stretch without its trailing white space (no astral character is white space)
  let j = openAt;
  while (j > from && isSpaceUnit(text.charCodeAt(j - 1))) j--;
  const lastCode = j > from ? text.charCodeAt(j - 1) : -1;
  // the stretch without a final comma, colon or dash (and the spaces after it): its last three characters
  const cut = lastCode === 44 || lastCode === 58 || lastCode === 0x2014 || lastCode === 0x2013 || lastCode === 45;
  const end = cut ? j - 1 : openAt;
  const endsSentence = (c: number): boolean => c === 46 || c === 33 || c === 63;
  if (
    letterOrDigitIn(text, Math.max(from, end - 3), end) &&
    lowerAfterSpaces(text, closeAt, Math.min(text.length, closeAt + 3)) &&
    !endsSentence(quoted.charCodeAt(quoted.length - 1))
  )
    return 'partial';
  // the last character that is no white space: a letter (a code point, so a surrogate pair is read whole)
  return j > from && letterEnds(text, Math.max(from, j - 2), j) && lastCode !== 58 && lastCode !== 44
    ? 'partial'
    : 'full';
}

/** Does `text[from, to)` hold a surrogate (half of an astral character, which the unit tables cannot class)? */
function holdsSurrogate(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSurrogateUnit(text.charCodeAt(i))) return true;
  return false;
}

/** `/[\p{L}\p{N}]/u.test(text.slice(from, to))`, by char codes (the pattern for a stretch with a surrogate). */
function letterOrDigitIn(text: string, from: number, to: number): boolean {
  if (holdsSurrogate(text, from, to)) return /[\p{L}\p{N}]/u.test(text.slice(from, to));
  for (let i = from; i < to; i++) if (isLetterOrDigitUnit(text.charCodeAt(i))) return true;
  return false;
}

/** `/^[\s]*[\p{Ll}\p{N}(]|^\s*$/u.test(text.slice(from, to))`, by char codes (the pattern for a surrogate). */
function lowerAfterSpaces(text: string, from: number, to: number): boolean {
  if (holdsSurrogate(text, from, to)) return /^[\s]*[\p{Ll}\p{N}(]|^\s*$/u.test(text.slice(from, to));
  let i = from;
  while (i < to && isSpaceUnit(text.charCodeAt(i))) i++;
  if (i === to) return true;
  const c = text.charCodeAt(i);
  return isLowerUnit(c) || isDigitUnit(c) || c === 40;
}

/** `/\p{L}$/u.test(text.slice(from, to))` for a non-empty stretch, by char codes (the pattern for a surrogate). */
function letterEnds(text: string, from: number, to: number): boolean {
  if (holdsSurrogate(text, from, to)) return /\p{L}$/u.test(text.slice(from, to));
  return isLetterUnit(text.charCodeAt(to - 1));
}

/** Characters a sentence may run past a quotation, over later quotations, to the clause that closes it. */
const TAIL_REACH = 300;

/**
 * Where the sentence of group `g` goes on past later quotations (`… found “no ties,” apart from a
 * “casual” link, said Jo Lee.`): the tail after the last of them, to the sentence end, or null when
 * the next quotation opens another sentence or the sentence ends before it. Reads at most TAIL_REACH
 * characters past the quotation.
 */
function sentenceTailAfter(
  text: string,
  doc: DocumentLayout,
  groups: readonly QuoteGroup[],
  g: number,
): ReturnType<NonNullable<RuleContext['closingTail']>> {
  const group = groups[g]!;
  let close = group.spans[group.spans.length - 1]!.closeAt;
  const limit = Math.min(paragraphEndAt(doc, close), close + TAIL_REACH);
  let quoteAt = -1;
  for (let h = g + 1; h < groups.length; h++) {
    const next = groups[h]!;
    const open = next.spans[0]!.openAt;
    if (open >= limit) break;
    // the words before the next quotation: no sentence end, no line break, and the quotation before
    // them did not close with a sentence-final mark before a capital
    for (let i = close; i < open; i++)
      if (text[i] === '\n' || isSentenceEnd(text, i)) return quoteAt < 0 ? null : tailTo(quoteAt);
    if (
      /[.!?]["”’'»]*$/u.test(text.slice(Math.max(0, close - 4), close)) &&
      /^\s*\p{Lu}/u.test(text.slice(close, open))
    )
      return quoteAt < 0 ? null : tailTo(quoteAt);
    quoteAt = open;
    close = next.spans[next.spans.length - 1]!.closeAt;
    if (close >= limit) return null;
  }
  return quoteAt < 0 ? null : tailTo(quoteAt);

  function tailTo(at: number): { start: number; end: number; quoteAt: number } | null {
    let end = close;
    while (end < limit && text[end] !== '\n' && !isSentenceEnd(text, end)) end++;
    return end < limit ? { start: close, end: end + 1, quoteAt: at } : null;
  }
}

/** How many earlier quotations a quotation's attribution may read back over. */
const FALLBACK_QUOTES = 8;

/** Characters around a quotation and its cue that time inference may read. */
const TIME_REACH = 1000;

/**
 * `inferSaidAt` reads only the sentences of the quote and its cue (and the one before): bound it to
 * the paragraphs holding them (and the one before), within TIME_REACH of the quote, so time inference
 * costs the same for every quote however long the article or its lines.
 */
function saidAtInWindow(
  article: Article,
  doc: DocumentLayout,
  time: ArticleTime,
  quote: { start: number; end: number },
  cue: Span | null,
): ExtractedQuote['saidAt'] {
  // the paragraph before too: `he said then` reaches back to the sentence before
  const lo = Math.min(quote.start, cue?.start ?? quote.start);
  const hi = Math.max(quote.end, cue?.end ?? quote.end);
  const first = paragraphStartAt(doc, lo);
  let back = first - 1;
  while (back > 0 && back > lo - TIME_REACH && isSpaceUnit(article.text.charCodeAt(back))) back--;
  // a paragraph may be a whole megabyte on one line: read at most TIME_REACH around the quote
  const from = Math.max(back > 0 ? paragraphStartAt(doc, back) : 0, lo - TIME_REACH);
  const to = Math.min(paragraphEndAt(doc, hi), hi + TIME_REACH);
  return inferSaidAt(article, quote, cue, { start: from, end: to }, time);
}

/**
 * Finds the quotations of an article with their speakers and times. Pure and deterministic;
 * text inside `article.furniture` is skipped. A rule that fails throws an Error naming the article
 * (the build reports the article and skips it): a bug never silently empties an article.
 */
export function extractQuotes(article: Article, options: ExtractOptions = {}): ReasonedQuote[] {
  const opts = { ...defaultExtractOptions, ...options };
  try {
    return extract(article, opts);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`extract: article '${article.id}': ${message}`, { cause: error });
  }
}

function extract(article: Article, opts: Required<ExtractOptions>): ReasonedQuote[] {
  const { text } = article;
  const spans = findQuoteSpans(text, article.furniture);
  // no quotation, nothing to attribute: the stages below would find nothing
  if (spans.length === 0) return [];
  // the document model, read by every stage below
  const doc = layoutOf(text);
  const groups = joinSplitQuotes(doc, spans);
  const headEnd = headlineEnd(text, opts.headlineParagraphs, article.title);
  const quoteRanges = spans.map((s) => ({ start: s.openAt, end: s.closeAt }));
  const mentions = findMentions(text, quoteRanges, headEnd, opts.names ?? nameSplitter());
  const prior: PriorSpeaker[] = [];
  const unnamed: UnnamedSpeaker[] = [];
  let speakers: Set<string> | null = null;
  const speaking = (): Set<string> => (speakers ??= speakingNames(text));
  const coref: CorefContext = {
    doc,
    mentions,
    quotes: quoteRanges,
    prior,
    bodyStart: headEnd,
    unnamed,
  };
  coref.isPerson = (name) => knownPerson(coref, name, speaking);
  // a rule's speaker is judged when the rules run (a hit naming no one gives way) and again when its
  // attribution is made: judge each phrase once
  const canSpeak = speakerCandidate(text, coref.mentions, speaking);
  const judged = new WeakMap<NounPhrase, boolean>();
  // … and resolved once: the rules' filter and the attribution read the same phrase of a hit, made afresh
  // for each quotation, with the same coreference state
  const resolutions = new WeakMap<NounPhrase, ReturnType<typeof resolveSpeaker>>();
  const resolve: Resolve = (np) => {
    let r = resolutions.get(np);
    if (r === undefined) resolutions.set(np, (r = resolveSpeaker(np, coref)));
    return r;
  };
  coref.canSpeak = (speaker) => {
    let ok = judged.get(speaker);
    if (ok === undefined) judged.set(speaker, (ok = canSpeak(speaker)));
    return ok;
  };
  coref.speakerEntity = speakerEntity(text, coref.mentions);
  const out: ReasonedQuote[] = [];
  const earlierNames = new Set<string>();
  const counted = new Map<string, number>();
  const occurrences = (word: string): number => {
    let n = counted.get(word);
    if (n === undefined) {
      n = wholeWordCount(text, word);
      counted.set(word, n);
    }
    return n;
  };
  let previous: { attribution: ExtractedAttribution; closeAt: number } | null = null;
  let time: ArticleTime | null = null;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const first = group.spans[0]!;
    const last = group.spans[group.spans.length - 1]!;
    const prevCloseAt = g > 0 ? groups[g - 1]!.spans[groups[g - 1]!.spans.length - 1]!.closeAt : 0;
    const nextOpenAt = g + 1 < groups.length ? groups[g + 1]!.spans[0]!.openAt : text.length;
    const reachOpenAt = g >= FALLBACK_QUOTES ? groups[g - FALLBACK_QUOTES]!.spans[0]!.openAt : 0;
    const inHeadline = first.openAt < headEnd;
    // a model that weighs only the rules' order picks the table's first: no rivals to gather
    const ranking = (opts.ranker !== null && !isTableOrder(opts.ranker)) || opts.onCandidates !== null;
    const closingTail = () => sentenceTailAfter(text, coref.doc, groups, g);
    const { hits, itSaid } = ruleHits(
      group,
      reachOpenAt,
      prevCloseAt,
      nextOpenAt,
      closingTail,
      coref,
      resolve,
      speaking,
      ranking,
    );
    const ruled = hits.map((h) => attributionOf(text, h, coref, resolve, inHeadline));
    let attribution = ruled[0] ?? NO_ATTRIBUTION;
    const pieces: Range[] = [];
    for (const s of group.spans) for (const p of s.pieces) pieces.push(p);
    const quoted = joinQuotePieces(text, pieces);
    const pStart = paragraphStartAt(coref.doc, first.openAt);
    // the checks below read only the end of the paragraph before the quotation: its last words and
    // trailing punctuation, never the whole of a long line
    let wordEnd = first.openAt;
    while (wordEnd > pStart && isSpaceUnit(text.charCodeAt(wordEnd - 1))) wordEnd--;
    const opensParagraph = wordEnd === pStart;
    let continued: ExtractedAttribution | null = null;
    // a rule that fired but names no one (no person or organisation, a pronoun without antecedent)
    const namesNoOne = attribution.name === null && attribution.kind === null;
    if (
      (attribution.reason === 'none' || namesNoOne || ranking) &&
      previous !== null &&
      first.openAt >= headEnd &&
      previous.attribution.reason !== 'none' &&
      // `Jo Lee said …. "…," it said`: an `it` is no person, whoever spoke before
      !(itSaid && previous.attribution.entity === 'person')
    ) {
      // the continuation table (src/extract/continuation.ts): the previous speaker, at a lower confidence
      const rule = findContinuation({
        text,
        doc: coref.doc,
        paragraphStart: pStart,
        openAt: first.openAt,
        opensParagraph,
        previous: {
          closeAt: previous.closeAt,
          named: previous.attribution.name !== null,
          name: previous.attribution.name,
        },
        mentions: coref.mentions.mentions,
        reach: opts.continuationReach,
        ownCueRead: attribution.reason !== 'none' && !namesNoOne,
      });
      const before: ExtractedAttribution = previous.attribution;
      if (rule !== null) continued = { ...before, reason: rule.name, confidence: before.confidence * rule.factor };
    }
    // (a quotation with a cue of its own keeps it: its time is read there, not at the previous quotation's)
    if (attribution.reason === 'none' && continued !== null) attribution = continued;
    else if (namesNoOne && continued !== null) attribution = { ...continued, cue: attribution.cue ?? continued.cue };
    if (ranking && (attribution.name !== null || attribution.reason === 'none' || attribution.kind === 'nominal')) {
      // ranked candidates: every rule's speaker and the previous speaker compete; the table's pick is
      // one feature among others (with no model, it wins)
      const proposals = ruled.map((a) => proposalOf(a, false));
      if (continued !== null && attribution !== continued) proposals.push(proposalOf(continued, true));
      else if (continued !== null) proposals.unshift(proposalOf(continued, true));
      const candidates = groupCandidates(proposals);
      if (candidates.length > 1) {
        const scene = {
          text,
          openAt: first.openAt,
          closeAt: last.closeAt,
          previousName: previous?.attribution.name ?? null,
          earlierNames,
          speaking,
          occurrences,
        };
        const features = candidates.map((c) => candidateFeatures(c, scene, candidates.length));
        opts.onCandidates?.({ start: pieces[0]!.start, candidates, features });
        if (opts.ranker !== null) {
          const win = candidates[pickCandidate(features, opts.ranker)]!;
          if (!win.tableFirst) {
            const p = win.proposals[0]!;
            attribution = p.continuation
              ? continued!
              : ruled.find((a) => a.reason === p.rule && candidateKey(proposalOf(a, false)) === win.key)!;
          }
        }
      }
    }
    if (!opts.keepTerms) {
      const before = text.slice(Math.max(pStart, first.openAt - 40), first.openAt);
      const cued =
        attribution.cue !== null &&
        !attribution.reason.startsWith('subject') &&
        attribution.reason !== 'continuation-paragraph';
      const after = text.slice(last.closeAt, Math.min(text.length, last.closeAt + 40));
      if (termReason({ quoted, before, after, attributed: attribution.reason !== 'none', cued }) !== null) continue;
    }
    const kind = quoteKind(text, Math.max(pStart, wordEnd - 200), first.openAt, last.closeAt, quoted);
    const quote: ReasonedQuote = {
      articleId: article.id,
      start: pieces[0]!.start,
      end: pieces[pieces.length - 1]!.end,
      text: quoted,
      pieces: pieces.map((p) => ({ start: p.start, end: p.end })),
      kind,
      attribution,
      saidAt: null,
    };
    // the article's time record: made at its first quotation kept (most of its work is one scan of the text)
    time ??= articleTime(article, coref.doc);
    quote.saidAt = saidAtInWindow(article, coref.doc, time, quote, attribution.cue);
    out.push(quote);
    if (attribution.name !== null && attribution.mention !== null) {
      // a body is no `he` later on, whether its phrase was a body's (`the company`) or the entity layer typed its
      // name one (`Acme said its profits …`)
      const org = attribution.kind === 'organization' || attribution.entity === 'organization';
      prior.push({ name: attribution.name, at: attribution.mention.start, org });
    } else if (
      attribution.kind === 'nominal' &&
      attribution.role !== null &&
      attribution.mention !== null &&
      !attribution.reason.startsWith('continuation')
    ) {
      unnamed.push({ role: attribution.role, at: attribution.mention.start, plural: isPluralRole(attribution.role) });
    }
    previous = { attribution, closeAt: last.closeAt };
    if (attribution.name !== null) earlierNames.add(attribution.name);
  }
  // a quotation with no time of its own takes the day of the report it continues (`On Tuesday, Lee …`)
  if (time !== null) {
    const carried = carryReportDays(
      time,
      out.map((q) => ({
        start: q.start,
        end: q.end,
        cue: q.attribution.cue,
        speaker: q.attribution.name,
        saidAt: q.saidAt,
      })),
    );
    carried.forEach((saidAt, i) => (out[i]!.saidAt = saidAt));
  }
  // the rules' hand-set confidence gives way to the calibrated probability that the speaker is right
  // roles tidied after the confidence model read them (its features unchanged): only the role field moves
  const scored = calibrateConfidence(text, out);
  return opts.rolesAsRead ? scored : tidyRoles(text, scored);
}
