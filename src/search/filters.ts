import { NO_SPEAKER, type FacetValue, type SearchRequest } from './types.js';
import type { MatchSet } from './match.js';
import { dateKeyOf, type QuoteTables } from './tables.js';

/** A request's filters turned into lookups over table slots. */
export interface FilterSet {
  /** 1 for allowed speaker / publisher slots; null when that filter is off. */
  speakers: Uint8Array | null;
  /** Whether quotes with no speaker pass the speaker filter (`NO_SPEAKER` among the ids). */
  noSpeaker: boolean;
  /** Only quotes of this kind; null when off. Read from the quote record (no column holds it). */
  kind: 'full' | 'partial' | null;
  /** Lowest attribution confidence allowed; null when off. Read from the quote record, like `kind`. */
  minConfidence: number | null;
  publishers: Uint8Array | null;
  /** Inclusive YYYYMMDD bounds; null when open. A date filter leaves out quotes without a date. */
  from: number | null;
  to: number | null;
}

/**
 * Reads the filters of a request. Unknown speaker ids or publishers match nothing (so a stale link
 * gives an honest empty page); a bound that is not a date is treated as open.
 */
export function resolveFilters(
  tables: QuoteTables,
  request: Pick<SearchRequest, 'speakers' | 'publishers' | 'from' | 'to' | 'kind' | 'minConfidence'>,
): FilterSet {
  let speakers: Uint8Array | null = null;
  if (request.speakers.length > 0) {
    speakers = new Uint8Array(tables.speakers.length);
    for (const id of request.speakers) {
      const s = tables.speakerIndex.get(id);
      if (s !== undefined) speakers[s] = 1;
    }
  }
  let publishers: Uint8Array | null = null;
  if (request.publishers.length > 0) {
    publishers = new Uint8Array(tables.publishers.length);
    for (const name of request.publishers) {
      const p = tables.publisherIndex.get(name.trim().toLowerCase());
      if (p !== undefined) publishers[p] = 1;
    }
  }
  const noSpeaker = request.speakers.includes(NO_SPEAKER);
  const kind = request.kind ?? null;
  // 0 keeps every quote: no filter (and no record read per match).
  const minConfidence = request.minConfidence ? request.minConfidence : null;
  return {
    speakers,
    noSpeaker,
    kind,
    minConfidence,
    publishers,
    from: dateKeyOf(request.from),
    to: dateKeyOf(request.to),
  };
}

export interface FilteredMatches {
  /** Positions (into the match set) that pass every filter, in match-set order. */
  positions: Uint32Array;
  /**
   * Facet counts per speaker / publisher slot. Each facet ignores its own filter (so several speakers
   * can be ticked at once and the others still show their counts) but applies all the others.
   */
  speakerCounts: Uint32Array;
  publisherCounts: Uint32Array;
  /** Like a speaker facet count, for quotes with no speaker. */
  noSpeakerCount: number;
  /** With a date filter: matches without a date that passed every other filter (left out for having none). */
  undated: number;
}

let identityRange = new Uint32Array(0);

/** 0, 1, … n - 1, read-only: the positions of a match set nothing was filtered from (shared, grown as needed). */
function identity(n: number): Uint32Array {
  if (identityRange.length < n) {
    identityRange = new Uint32Array(Math.max(n, 2 * identityRange.length));
    for (let i = 0; i < identityRange.length; i++) identityRange[i] = i;
  }
  return identityRange.subarray(0, n);
}

/** Applies the filters to a match set and counts facets over the whole of it, in one pass over typed arrays. */
export function filterMatches(tables: QuoteTables, set: MatchSet, filters: FilterSet): FilteredMatches {
  const { speakerOf, publisherOf, dateKey } = tables;
  const speakerCounts = new Uint32Array(tables.speakers.length);
  const publisherCounts = new Uint32Array(tables.publishers.length);
  const { speakers, noSpeaker, kind, minConfidence, publishers, from, to } = filters;
  const byRecord = kind !== null || minConfidence !== null;
  const dated = from !== null || to !== null;
  const docs = set.docs;
  if (!byRecord && !dated && speakers === null && publishers === null) {
    // No filter (most queries): every match is kept, and only the facets are counted.
    let noSpeakerCount = 0;
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k]!;
      const s = speakerOf[doc]!;
      const p = publisherOf[doc]!;
      if (s >= 0) speakerCounts[s]!++;
      else noSpeakerCount++;
      if (p >= 0) publisherCounts[p]!++;
    }
    return { positions: identity(docs.length), speakerCounts, publisherCounts, noSpeakerCount, undated: 0 };
  }
  const positions = new Uint32Array(set.docs.length);
  let kept = 0;
  let noSpeakerCount = 0;
  const lo = from ?? 0;
  const hi = to ?? Number.MAX_SAFE_INTEGER;
  let undated = 0;
  for (let k = 0; k < set.docs.length; k++) {
    const doc = set.docs[k]!;
    const date = dateKey[doc]!;
    if (dated && date !== 0 && (date < lo || date > hi)) continue;
    if (byRecord) {
      const quote = tables.quoteAt(doc);
      if (
        (kind !== null && quote.kind !== kind) ||
        (minConfidence !== null && quote.attribution.confidence < minConfidence)
      )
        continue;
    }
    const s = speakerOf[doc]!;
    const p = publisherOf[doc]!;
    const speakerOk = speakers === null || (s >= 0 ? speakers[s] === 1 : noSpeaker);
    const publisherOk = publishers === null || (p >= 0 && publishers[p] === 1);
    if (dated && date === 0) {
      if (speakerOk && publisherOk) undated++;
      continue;
    }
    if (publisherOk && s >= 0) speakerCounts[s]!++;
    if (publisherOk && s < 0) noSpeakerCount++;
    if (speakerOk && p >= 0) publisherCounts[p]!++;
    if (speakerOk && publisherOk) positions[kept++] = k;
  }
  return { positions: positions.subarray(0, kept), speakerCounts, publisherCounts, noSpeakerCount, undated };
}

/** The value that would be at `rank` if `values` were sorted ascending (Hoare's selection; reorders `values`). */
function selectAt(values: Uint32Array, rank: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (rank <= j) hi = j;
    else if (rank >= i) lo = i;
    else return values[rank]!;
  }
  return values[rank]!;
}

/** Facet entries' slots ranked by name, then slot: `rank[slot]`. Computed once per list of entries. */
const nameRanks = new WeakMap<ReadonlyArray<{ name: string }>, Uint32Array>();

function nameRankOf(entries: ReadonlyArray<{ id: string; name: string }>): Uint32Array {
  let rank = nameRanks.get(entries);
  if (!rank) {
    const order = Array.from({ length: entries.length }, (_, i) => i).sort((a, b) => {
      const na = entries[a]!.name;
      const nb = entries[b]!.name;
      return na < nb ? -1 : na > nb ? 1 : a - b;
    });
    rank = new Uint32Array(entries.length);
    order.forEach((slot, r) => (rank![slot] = r));
    nameRanks.set(entries, rank);
  }
  return rank;
}

/** Ranks below this fit beside a count in one float's exact integers (counts up to 2^29). */
const RANK_SPAN = 2 ** 24;

/** Facet values by count (then name), the top `max` plus every selected value. */
export function facetValues(
  entries: ReadonlyArray<{ id: string; name: string }>,
  counts: Uint32Array,
  selected: Uint8Array | null,
  max: number,
): FacetValue[] {
  // Only values that can be among the top `max` are sorted: those counted at least as often as the max-th.
  let nonzero = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) nonzero++;
  let threshold = 1;
  if (max > 0 && nonzero > max) {
    const sorted = new Uint32Array(nonzero);
    let k = 0;
    for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) sorted[k++] = counts[i]!;
    threshold = Math.max(1, selectAt(sorted, nonzero - max));
  }
  let slots: number[];
  if (entries.length < RANK_SPAN) {
    // By count, then name, then slot: one number each (count × span + span − 1 − name rank), sorted natively.
    const rank = nameRankOf(entries);
    const keys: number[] = [];
    for (let i = 0; i < counts.length; i++) {
      if (counts[i]! >= threshold || selected?.[i] === 1)
        keys.push(counts[i]! * RANK_SPAN + (RANK_SPAN - 1 - rank[i]!));
    }
    const sortedKeys = Float64Array.from(keys).sort();
    slots = new Array<number>(sortedKeys.length);
    const slotOfRank = slotsByRank(entries, rank);
    for (let j = 0; j < sortedKeys.length; j++) {
      const key = sortedKeys[sortedKeys.length - 1 - j]!;
      slots[j] = slotOfRank[RANK_SPAN - 1 - (key % RANK_SPAN)]!;
    }
  } else {
    slots = [];
    for (let i = 0; i < counts.length; i++) if (counts[i]! >= threshold || selected?.[i] === 1) slots.push(i);
    const byName = (a: number, b: number): number => {
      const na = entries[a]!.name;
      const nb = entries[b]!.name;
      return na < nb ? -1 : na > nb ? 1 : a - b;
    };
    slots.sort((a, b) => counts[b]! - counts[a]! || byName(a, b));
  }
  const shown = slots.filter((i, rank) => rank < max || selected?.[i] === 1);
  return shown.map((i) => ({ id: entries[i]!.id, name: entries[i]!.name, count: counts[i]! }));
}

/** The inverse of a name rank: the slot at each rank. Computed once per list of entries. */
const rankSlots = new WeakMap<ReadonlyArray<{ name: string }>, Uint32Array>();

function slotsByRank(entries: ReadonlyArray<{ name: string }>, rank: Uint32Array): Uint32Array {
  let slots = rankSlots.get(entries);
  if (!slots) {
    slots = new Uint32Array(rank.length);
    for (let i = 0; i < rank.length; i++) slots[rank[i]!] = i;
    rankSlots.set(entries, slots);
  }
  return slots;
}

/**
 * A listing (no query) of some speakers' quotes, with no other filter: read from the per-speaker lists
 * instead of a pass over every quote. Gives what `filterMatches` would over the newest-first listing: the
 * speaker facet counts every quote (its own filter ignored), the publisher facet the selected speakers' quotes.
 */
export function listSpeakers(tables: QuoteTables, filters: FilterSet): { set: MatchSet; filtered: FilteredMatches } {
  const selected: number[] = [];
  filters.speakers?.forEach((on, s) => {
    if (on === 1) selected.push(s);
  });
  let docs: Uint32Array;
  if (selected.length === 1) docs = tables.quotesOfSpeaker[selected[0]!]!;
  else {
    const rank = tables.newestRank;
    docs = Uint32Array.from(selected.flatMap((s) => Array.from(tables.quotesOfSpeaker[s]!))).sort(
      (a, b) => rank[a]! - rank[b]!,
    );
  }
  const speakerCounts = Uint32Array.from(tables.quotesOfSpeaker, (list) => list.length);
  const publisherCounts = new Uint32Array(tables.publishers.length);
  for (let k = 0; k < docs.length; k++) {
    const p = tables.publisherOf[docs[k]!]!;
    if (p >= 0) publisherCounts[p]!++;
  }
  const positions = new Uint32Array(docs.length);
  for (let k = 0; k < positions.length; k++) positions[k] = k;
  return {
    set: { docs, scores: null, order: 'newest', highlightTerms: [] },
    filtered: {
      positions,
      speakerCounts,
      publisherCounts,
      noSpeakerCount: tables.count - speakerCounts.reduce((n, c) => n + c, 0),
      undated: 0,
    },
  };
}
