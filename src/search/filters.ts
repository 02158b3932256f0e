import { NO_SPEAKER, type FacetValue, type SearchRequest } from './types.js';
import type { MatchSet } from './match.js';
import { dateKeyOf, kindCode, type QuoteTables } from './tables.js';

/** A request's filters turned into lookups over table slots. */
export interface FilterSet {
  /** 1 for allowed speaker / publisher slots; null when that filter is off. */
  speakers: Uint8Array | null;
  /** Whether quotes with no speaker pass the speaker filter (`NO_SPEAKER` among the ids). */
  noSpeaker: boolean;
  /** Only quotes of this kind; null when off. Read from the tables' `kindOf` column. */
  kind: 'full' | 'partial' | null;
  /** Lowest attribution confidence allowed; null when off. Read from the tables' `confidence` column. */
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
  /**
   * The speaker slots counted above (count above 0), each once, in no order; absent when not kept. The speaker
   * facet is then read from these instead of from every speaker's count: a query matches a few hundred of them.
   */
  speakersCounted?: Uint32Array;
  /** With a date filter: matches without a date that passed every other filter (left out for having none). */
  undated: number;
}

let identityRange = new Uint32Array(0);

/** 0, 1, … n - 1, read-only: the positions of a match set nothing was filtered from (shared, grown as needed). */
export function identity(n: number): Uint32Array {
  if (identityRange.length < n) {
    identityRange = new Uint32Array(Math.max(n, 2 * identityRange.length));
    for (let i = 0; i < identityRange.length; i++) identityRange[i] = i;
  }
  return identityRange.subarray(0, n);
}

/**
 * Applies the filters to a match set and counts facets over the whole of it, in one pass over typed arrays; with
 * `among` (ascending positions), over those positions only (a sample). With `work`, the counts are its arrays, valid
 * until the next call given it.
 */
export function filterMatches(
  tables: QuoteTables,
  set: MatchSet,
  filters: FilterSet,
  among: Uint32Array | null = null,
  work: FacetWork | null = null,
): FilteredMatches {
  const { speakerOf, publisherOf, dateKey } = tables;
  const { speakers, noSpeaker, publishers, from, to } = filters;
  const passesRecord = recordFilter(tables, filters);
  const byRecord = passesRecord !== null;
  const dated = from !== null || to !== null;
  const docs = set.docs;
  const n = among ? among.length : docs.length;
  const { speakerCounts, publisherCounts, counted } = work ? clearedWork(work) : newCounts(tables, n);
  let seen = 0;
  if (!byRecord && !dated && speakers === null && publishers === null) {
    // No filter (most queries): every match is kept, and only the facets are counted.
    let noSpeakerCount = 0;
    for (let i = 0; i < n; i++) {
      const doc = docs[among ? among[i]! : i]!;
      const s = speakerOf[doc]!;
      const p = publisherOf[doc]!;
      if (s >= 0) {
        counted[seen] = s;
        seen += speakerCounts[s]!++ === 0 ? 1 : 0;
      } else noSpeakerCount++;
      if (p >= 0) publisherCounts[p]!++;
    }
    if (work) work.counted = seen;
    return {
      positions: among ?? identity(docs.length),
      speakerCounts,
      publisherCounts,
      noSpeakerCount,
      undated: 0,
      speakersCounted: counted.subarray(0, seen),
    };
  }
  const positions = new Uint32Array(n);
  let kept = 0;
  let noSpeakerCount = 0;
  const lo = from ?? 0;
  const hi = to ?? Number.MAX_SAFE_INTEGER;
  let undated = 0;
  for (let i = 0; i < n; i++) {
    const k = among ? among[i]! : i;
    const doc = docs[k]!;
    const date = dateKey[doc]!;
    if (dated && date !== 0 && (date < lo || date > hi)) continue;
    if (passesRecord !== null && !passesRecord(doc)) continue;
    const s = speakerOf[doc]!;
    const p = publisherOf[doc]!;
    const speakerOk = speakers === null || (s >= 0 ? speakers[s] === 1 : noSpeaker);
    const publisherOk = publishers === null || (p >= 0 && publishers[p] === 1);
    if (dated && date === 0) {
      if (speakerOk && publisherOk) undated++;
      continue;
    }
    if (publisherOk && s >= 0) {
      counted[seen] = s;
      seen += speakerCounts[s]!++ === 0 ? 1 : 0;
    }
    if (publisherOk && s < 0) noSpeakerCount++;
    if (speakerOk && p >= 0) publisherCounts[p]!++;
    if (speakerOk && publisherOk) positions[kept++] = k;
  }
  if (work) work.counted = seen;
  return {
    positions: positions.subarray(0, kept),
    speakerCounts,
    publisherCounts,
    noSpeakerCount,
    undated,
    speakersCounted: counted.subarray(0, seen),
  };
}

/**
 * Facet count arrays kept from one search to the next (one search runs at a time): a search whose counts are read
 * before it returns counts into them instead of allocating three typed arrays a query, which cost about as much as
 * the counting of a plain query's few hundred matches (allocation and its garbage: BENCH.md, "Seventeenth session:
 * p50"). Only the slots the last search counted are cleared.
 */
export interface FacetWork {
  speakerCounts: Uint32Array;
  publisherCounts: Uint32Array;
  /** The speakers the last search counted (`counted` of them), each once. */
  speakers: Uint32Array;
  counted: number;
}

export function createFacetWork(tables: QuoteTables): FacetWork {
  return {
    speakerCounts: new Uint32Array(tables.speakers.length),
    publisherCounts: new Uint32Array(tables.publishers.length),
    speakers: new Uint32Array(tables.speakers.length + 1),
    counted: 0,
  };
}

/** The work arrays with every count at 0 (the last search's speakers cleared one by one). */
function clearedWork(work: FacetWork): {
  speakerCounts: Uint32Array;
  publisherCounts: Uint32Array;
  counted: Uint32Array;
} {
  const { speakerCounts, publisherCounts, speakers } = work;
  for (let i = 0; i < work.counted; i++) speakerCounts[speakers[i]!] = 0;
  work.counted = 0;
  publisherCounts.fill(0);
  return { speakerCounts, publisherCounts, counted: speakers };
}

function newCounts(tables: QuoteTables, n: number) {
  const speakerCounts = new Uint32Array(tables.speakers.length);
  return {
    speakerCounts,
    publisherCounts: new Uint32Array(tables.publishers.length),
    // The speakers counted, each once (written at every count, kept by moving on at a first one: no branch).
    counted: new Uint32Array(Math.min(n, speakerCounts.length) + 1),
  };
}

/**
 * The filters on what the quote record says (`kind`, `minConfidence`), read from the tables' columns; null when
 * neither is on.
 */
function recordFilter(tables: QuoteTables, filters: FilterSet): ((doc: number) => boolean) | null {
  const { kind, minConfidence } = filters;
  if (kind === null && minConfidence === null) return null;
  const { confidence, kindOf } = tables;
  const wantedKind = kind === null ? -1 : kindCode(kind);
  return (doc) =>
    (wantedKind < 0 || kindOf[doc] === wantedKind) && (minConfidence === null || !(confidence[doc]! < minConfidence));
}

/** Whether the quote in `doc` passes every filter: what `filterMatches` keeps, one quote at a time. */
export function passesFilters(tables: QuoteTables, filters: FilterSet): (doc: number) => boolean {
  const { speakerOf, publisherOf, dateKey } = tables;
  const { speakers, noSpeaker, publishers, from, to } = filters;
  const passesRecord = recordFilter(tables, filters);
  const byRecord = passesRecord !== null;
  const dated = from !== null || to !== null;
  if (!byRecord && !dated && speakers === null && publishers === null) return () => true;
  const lo = from ?? 0;
  const hi = to ?? Number.MAX_SAFE_INTEGER;
  return (doc) => {
    if (dated) {
      const date = dateKey[doc]!;
      if (date === 0 || date < lo || date > hi) return false;
    }
    const s = speakerOf[doc]!;
    if (speakers !== null && !(s >= 0 ? speakers[s] === 1 : noSpeaker)) return false;
    const p = publisherOf[doc]!;
    if (publishers !== null && !(p >= 0 && publishers[p] === 1)) return false;
    return passesRecord === null || passesRecord(doc);
  };
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

/** Work arrays of facetValues, reused by every call (one search runs at a time; nothing is kept past a call). */
let facetScratch = new Float64Array(0);

function scratchOf(size: number): Float64Array {
  if (facetScratch.length < size) facetScratch = new Float64Array(Math.max(size, 2 * facetScratch.length));
  return facetScratch;
}

/**
 * Facet values by count (then name), the top `max` plus every selected value. `counted`, when given, holds every
 * slot whose count is above 0 (each once): only those are read, not every entry's count.
 */
export function facetValues(
  entries: ReadonlyArray<{ id: string; name: string }>,
  counts: Uint32Array,
  selected: Uint8Array | null,
  max: number,
  counted?: Uint32Array,
): FacetValue[] {
  if (entries.length >= RANK_SPAN) return facetValuesByName(entries, counts, selected, max);
  const n = counts.length;
  // The slots with a count, each once.
  let nonzero: Uint32Array;
  if (counted) nonzero = counted;
  else {
    let size = 0;
    for (let i = 0; i < n; i++) if (counts[i]! > 0) size++;
    nonzero = new Uint32Array(size);
    size = 0;
    for (let i = 0; i < n; i++) if (counts[i]! > 0) nonzero[size++] = i;
  }
  // Only values that can be among the top `max` are sorted: those counted at least as often as the max-th.
  let threshold = 1;
  if (max > 0 && nonzero.length > max) {
    const sorted = new Uint32Array(scratchOf(nonzero.length).buffer, 0, nonzero.length);
    for (let k = 0; k < nonzero.length; k++) sorted[k] = counts[nonzero[k]!]!;
    threshold = Math.max(1, selectAt(sorted, nonzero.length - max));
  }
  // By count, then name, then slot: one number each (count × span + span − 1 − name rank), sorted natively.
  const rank = nameRankOf(entries);
  const keys = scratchOf(nonzero.length + (selected === null ? 0 : n));
  let size = 0;
  for (let k = 0; k < nonzero.length; k++) {
    const i = nonzero[k]!;
    const c = counts[i]!;
    if (c >= threshold || (selected !== null && selected[i] === 1))
      keys[size++] = c * RANK_SPAN + (RANK_SPAN - 1 - rank[i]!);
  }
  // Selected values nothing was counted for are shown too (with 0).
  if (selected !== null)
    for (let i = 0; i < n; i++) if (selected[i] === 1 && counts[i] === 0) keys[size++] = RANK_SPAN - 1 - rank[i]!;
  const sortedKeys = keys.subarray(0, size).sort();
  const slotOfRank = slotsByRank(entries, rank);
  const shown: FacetValue[] = [];
  for (let j = 0; j < size; j++) {
    const key = sortedKeys[size - 1 - j]!;
    const slot = slotOfRank[RANK_SPAN - 1 - (key % RANK_SPAN)]!;
    if (j < max || (selected !== null && selected[slot] === 1)) {
      const entry = entries[slot]!;
      shown.push({ id: entry.id, name: entry.name, count: counts[slot]! });
    }
  }
  return shown;
}

/** {@link facetValues} for lists too long to rank in one number: sorted by a comparator of names. */
function facetValuesByName(
  entries: ReadonlyArray<{ id: string; name: string }>,
  counts: Uint32Array,
  selected: Uint8Array | null,
  max: number,
): FacetValue[] {
  const slots: number[] = [];
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0 || selected?.[i] === 1) slots.push(i);
  const byName = (a: number, b: number): number => {
    const na = entries[a]!.name;
    const nb = entries[b]!.name;
    return na < nb ? -1 : na > nb ? 1 : a - b;
  };
  slots.sort((a, b) => counts[b]! - counts[a]! || byName(a, b));
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

/** Each speaker's and publisher's quote slots, ascending (made once per tables, when first needed). */
interface SlotLists {
  speakers: Uint32Array[];
  publisherStart: Uint32Array;
  publisherSlots: Uint32Array;
}

const slotLists = new WeakMap<QuoteTables, SlotLists>();

function slotListsOf(tables: QuoteTables): SlotLists {
  let lists = slotLists.get(tables);
  if (!lists) {
    const speakers = tables.quotesOfSpeaker.map((list) => Uint32Array.from(list).sort());
    const { publisherOf } = tables;
    const publisherStart = new Uint32Array(tables.publishers.length + 1);
    for (let q = 0; q < publisherOf.length; q++) if (publisherOf[q]! >= 0) publisherStart[publisherOf[q]! + 1]!++;
    for (let p = 0; p < tables.publishers.length; p++) publisherStart[p + 1]! += publisherStart[p]!;
    const publisherSlots = new Uint32Array(publisherStart[tables.publishers.length]!);
    const fill = publisherStart.slice(0, tables.publishers.length);
    for (let q = 0; q < publisherOf.length; q++) if (publisherOf[q]! >= 0) publisherSlots[fill[publisherOf[q]!]!++] = q;
    lists = { speakers, publisherStart, publisherSlots };
    slotLists.set(tables, lists);
  }
  return lists;
}

/**
 * The selected speakers' (or publishers') quote slots, ascending, when they are few beside `matches`: at most
 * `matches / 8`. Null when the filter is off, selects quotes without a speaker, or is not selective enough.
 */
export function selectedSlots(
  tables: QuoteTables,
  filters: FilterSet,
  by: 'speakers' | 'publishers',
  matches: number,
): Uint32Array | null {
  const selected = by === 'speakers' ? filters.speakers : filters.publishers;
  if (selected === null || (by === 'speakers' && filters.noSpeaker)) return null;
  const lists = slotListsOf(tables);
  const parts: Uint32Array[] = [];
  let size = 0;
  for (let i = 0; i < selected.length; i++) {
    if (selected[i] !== 1) continue;
    const part =
      by === 'speakers'
        ? lists.speakers[i]!
        : lists.publisherSlots.subarray(lists.publisherStart[i], lists.publisherStart[i + 1]);
    parts.push(part);
    size += part.length;
    if (8 * size > matches) return null;
  }
  if (parts.length === 1) return parts[0]!;
  const out = new Uint32Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out.sort();
}

/**
 * What {@link filterMatches} gives, found through `slots` (ascending quote slots that hold every match passing the
 * `by` filter: the selected speakers' or publishers' quotes) instead of a pass over the whole match set, whose
 * quote slots (`set.docs`) ascend: the positions, the undated count and the other facet's counts are exact; the
 * `by` facet's counts (and the unattributed count, for speakers), which ignore their own filter, are taken from
 * `sampled` (the same computed over a sample) as they are.
 */
export function filterThroughSlots(
  tables: QuoteTables,
  set: MatchSet,
  filters: FilterSet,
  slots: Uint32Array,
  by: 'speakers' | 'publishers',
  sampled: Pick<FilteredMatches, 'speakerCounts' | 'publisherCounts' | 'noSpeakerCount'>,
): FilteredMatches {
  const docs = set.docs;
  const { speakers, noSpeaker, publishers } = filters;
  // The record filters alone (kind, confidence): the speaker, publisher and date filters are read below.
  const recordOk = passesFilters(tables, { ...filters, speakers: null, publishers: null, from: null, to: null });
  const { dateKey, speakerOf, publisherOf } = tables;
  const dated = filters.from !== null || filters.to !== null;
  const lo = filters.from ?? 0;
  const hi = filters.to ?? Number.MAX_SAFE_INTEGER;
  const exact = new Uint32Array(by === 'speakers' ? tables.publishers.length : tables.speakers.length);
  let noSpeakerCount = 0;
  let undated = 0;
  const positions = new Uint32Array(Math.min(slots.length, docs.length));
  let kept = 0;
  let from = 0;
  for (let i = 0; i < slots.length && from < docs.length; i++) {
    const slot = slots[i]!;
    // The next match at or after this slot (docs ascend, so the search starts where the last one ended).
    let a = from;
    let b = docs.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (docs[mid]! < slot) a = mid + 1;
      else b = mid;
    }
    from = a;
    if (from >= docs.length || docs[from] !== slot) continue;
    const k = from++;
    const date = dateKey[slot]!;
    if (dated && date !== 0 && (date < lo || date > hi)) continue;
    if (!recordOk(slot)) continue;
    const sp = speakerOf[slot]!;
    const pub = publisherOf[slot]!;
    const speakerOk = speakers === null || (sp >= 0 ? speakers[sp] === 1 : noSpeaker);
    const publisherOk = publishers === null || (pub >= 0 && publishers[pub] === 1);
    if (dated && date === 0) {
      if (speakerOk && publisherOk) undated++;
      continue;
    }
    // The other facet ignores only its own filter; the slots hold only quotes passing the `by` filter.
    if (by === 'speakers') {
      if (speakerOk && pub >= 0) exact[pub]!++;
    } else if (publisherOk) {
      if (sp >= 0) exact[sp]!++;
      else noSpeakerCount++;
    }
    if (!speakerOk || !publisherOk) continue;
    positions[kept++] = k;
  }
  return {
    positions: positions.subarray(0, kept),
    speakerCounts: by === 'speakers' ? sampled.speakerCounts : exact,
    publisherCounts: by === 'speakers' ? exact : sampled.publisherCounts,
    noSpeakerCount: by === 'speakers' ? sampled.noSpeakerCount : noSpeakerCount,
    undated,
  };
}
