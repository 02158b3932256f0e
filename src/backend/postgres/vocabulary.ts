/**
 * The term vocabulary (the `terms` table) held in this process, as the embedded engine holds its own: a query's
 * words are expanded (prefixes, typo variants) here, with src/search's own functions, instead of by a trigram
 * search of the table (30–60 ms a word on 30,000 terms, most of a plain query's time). It is read again when a
 * finalize has replaced the table (corpus_state `finalized_at` changed), checked in one lookup at most every
 * `maxAgeMs` (see vocabularyOf).
 * Memory: the terms and their counts (a few MB per 100,000 terms), each speaker's count of search rows, and the facet
 * samples of recent queries (see FacetSample; at most FACET_SAMPLES_KEPT, a few MB).
 */
import type pg from 'pg';
import { lowerBound } from '../../lib/sorted.js';
import { defaultSearchEngineOptions } from '../../search/index.js';
import { isStopWord } from '../../model/text.js';
import { stopPairLexeme } from './rows.js';
import {
  fuzzyTerms,
  ONE_EDIT_MIN_LENGTH,
  oneEditTerms,
  reversedVocabulary,
  sharedPrefixes,
  type ReversedVocabulary,
} from '../../search/term-index.js';

/**
 * The facet sample of a query's matches with no speaker or publisher filter (the first `facetBound` + 1 candidates
 * in the search table's newest-first order, search.ts): the part of a request's facets that no speaker filter
 * changes, since the speaker facet ignores its own filter. Kept per vocabulary, so for one finalize.
 */
export interface FacetSample {
  /** The most frequent speakers of the sample (count down, then name), at most `maxFacetValues` of them. */
  speakers: ReadonlyArray<{ id: string; name: string; count: number }>;
  /** The sample's rows with no speaker (the query's row checks passed). */
  unattributed: number;
  /** The sample's rows (`facetBound` + 1 at most: past the bound the facets are estimates). */
  sampled: number;
  /** The newest-first position (`pos`) of the sample's last row; null when it is empty. */
  last: number | null;
}

/** How many facet samples a vocabulary keeps (the oldest put in is dropped first): ~1 KB each. */
export const FACET_SAMPLES_KEPT = 2_000;

export class Vocabulary {
  private shared: Uint8Array | null = null;
  private reversed: ReversedVocabulary | null = null;
  private readonly samples = new Map<string, FacetSample>();
  /**
   * The finalize the vocabulary was read after (corpus_state `finalized_at`): a facet sample is kept only when the
   * statement that counted it saw this one, and used only by a statement that sees it (search.ts).
   */
  version = '';

  /**
   * The facet samples finalize stored for the most frequent words (facet_samples, migration 013), read with the
   * vocabulary: never dropped, unlike those kept as searches count them.
   */
  private stored: ReadonlyMap<string, FacetSample> = new Map();

  /** The facet sample kept under `key` (see search.ts facetSampleKey), if any: kept by a search, or stored. */
  facetSample(key: string): FacetSample | undefined {
    return this.samples.get(key) ?? this.stored.get(key);
  }

  /** Sets the samples finalize stored for this vocabulary's finalize (see `stored`). */
  keepStoredSamples(samples: ReadonlyMap<string, FacetSample>): void {
    this.stored = samples;
  }

  /** Keeps `sample` under `key`, dropping the oldest kept past FACET_SAMPLES_KEPT. */
  keepFacetSample(key: string, sample: FacetSample): void {
    this.samples.delete(key);
    this.samples.set(key, sample);
    if (this.samples.size > FACET_SAMPLES_KEPT) this.samples.delete(this.samples.keys().next().value!);
  }

  /**
   * `terms` sorted by UTF-16 code unit (as src/search sorts its vocabulary); `freq[i]` is `terms[i]`'s count.
   * `stopPairs`: the search rows hold stop-word pair lexemes (rows.ts tsvectorOf; a database finalized before them
   * does not, and a query of stop words only then reads the texts).
   */
  constructor(
    readonly terms: readonly string[],
    readonly freq: Uint32Array,
    readonly stopPairs = false,
    /**
     * Each speaker's search rows (speakers.search_quotes, as finalize counted them), read with the terms: how many
     * candidates a request filtered to one speaker has at most (search.ts windowRows).
     */
    readonly speakerQuotes: ReadonlyMap<string, number> = new Map(),
  ) {}

  static of(
    rows: ReadonlyArray<{ term: string; freq: number }>,
    stopPairs = false,
    speakerQuotes: ReadonlyMap<string, number> = new Map(),
  ): Vocabulary {
    const sorted = [...rows].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    return new Vocabulary(
      sorted.map((r) => r.term),
      Uint32Array.from(sorted, (r) => r.freq),
      stopPairs,
      speakerQuotes,
    );
  }

  has(term: string): boolean {
    return this.terms[lowerBound(this.terms, term)] === term;
  }

  /** How often `term` occurs (its `freq`), 0 when it is not in the vocabulary. */
  count(term: string): number {
    const i = lowerBound(this.terms, term);
    return this.terms[i] === term ? this.freq[i]! : 0;
  }

  /** Terms within `distance` edits of `word`, the word itself left out (as the embedded term index finds them). */
  fuzzy(word: string, distance: number): string[] {
    if (distance === 1 && word.length >= ONE_EDIT_MIN_LENGTH) {
      this.reversed ??= reversedVocabulary(this.terms);
      return oneEditTerms(this.terms, word, this.reversed)
        .filter(([, d]) => d > 0)
        .map(([t]) => t);
    }
    this.shared ??= sharedPrefixes(this.terms);
    return fuzzyTerms(this.terms, word, distance, this.shared)
      .filter(([, d]) => d > 0)
      .map(([t]) => t);
  }

  /** The `max` most frequent terms (then in term order) starting with `prefix`, other than it, at most `maxLength` long. */
  prefixed(prefix: string, maxLength: number, max: number): string[] {
    const found: number[] = [];
    for (let i = lowerBound(this.terms, prefix); i < this.terms.length && this.terms[i]!.startsWith(prefix); i++) {
      const t = this.terms[i]!;
      if (t !== prefix && t.length <= maxLength) found.push(i);
    }
    found.sort((a, b) => this.freq[b]! - this.freq[a]! || a - b);
    return found.slice(0, max).map((i) => this.terms[i]!);
  }

  /**
   * The variants of each required word, as the embedded engine expands them (see src/search/match.ts): the word
   * when indexed, its typo variants, and for the last word its prefix expansions.
   */
  expand(words: readonly string[], prefixWord: string | null): Map<string, string[]> {
    const o = defaultSearchEngineOptions;
    const out = new Map<string, string[]>();
    for (const word of words) {
      const known = this.has(word);
      const found: string[] = known ? [word] : [];
      if (word.length >= o.minFuzzyLength) {
        const maxFuzzy = known ? Math.min(o.maxFuzzy, o.knownWordMaxFuzzy) : o.maxFuzzy;
        const distance = Math.min(maxFuzzy, Math.round(word.length * o.fuzzy));
        if (distance > 0) for (const t of this.fuzzy(word, distance)) found.push(t);
      }
      if (word === prefixWord && word.length >= o.minPrefixLength) {
        const reach = known ? word.length + o.knownWordPrefixReach : Infinity;
        for (const t of this.prefixed(word, reach, o.maxPrefixExpansions)) if (!found.includes(t)) found.push(t);
      }
      out.set(word, found);
    }
    return out;
  }
}

/** Stop-word pairs found in nearly any news text (see vocabularyOf). */
const COMMON_STOP_PAIRS = [
  ['of', 'the'],
  ['in', 'the'],
  ['to', 'the'],
  ['it', 'is'],
  ['we', 'are'],
  ['to', 'be'],
  ['and', 'the'],
  ['on', 'the'],
  ['it', 'was'],
  ['that', 'the'],
] as const;

for (const [a, b] of COMMON_STOP_PAIRS)
  if (!isStopWord(a) || !isStopWord(b)) throw new Error(`vocabulary: '${a} ${b}' is not a pair of stop words`);

/**
 * The facet samples finalize `version` stored (facet_samples, migration 013); none on a database not migrated to it
 * yet (42P01: the table does not exist), which searches as before.
 */
async function storedSamples(db: pg.Pool, version: string): Promise<Map<string, FacetSample>> {
  try {
    const r = await db.query<{ key: string; sample: string }>(
      'SELECT key, sample FROM facet_samples WHERE version = $1',
      [version],
    );
    return new Map(r.rows.map((row) => [row.key, JSON.parse(row.sample) as FacetSample]));
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return new Map();
    throw error;
  }
}

interface Cached {
  version: string;
  vocabulary: Promise<Vocabulary>;
  /** When the version was last read (performance.now()). */
  checkedAt: number;
}

const cache = new WeakMap<pg.Pool, Cached>();

/**
 * The vocabulary of the database of `db`, read once per finalize. Whether a finalize has run since is read again
 * when the last check is older than `maxAgeMs` (0: on every call): a server reuses it for a second, as it does the
 * corpus description, instead of a round trip per search.
 */
export async function vocabularyOf(db: pg.Pool, maxAgeMs = 0): Promise<Vocabulary> {
  const hit = cache.get(db);
  if (hit && maxAgeMs > 0 && performance.now() - hit.checkedAt < maxAgeMs) return hit.vocabulary;
  const checkedAt = performance.now();
  const r = await db.query<{ value: string }>("SELECT value FROM corpus_state WHERE key = 'finalized_at'");
  const version = r.rows[0]?.value ?? '';
  const current = cache.get(db);
  if (current && current.version === version) {
    current.checkedAt = Math.max(current.checkedAt, checkedAt);
    return current.vocabulary;
  }
  const vocabulary = Promise.all([
    db.query<{ term: string; freq: number }>('SELECT term, freq FROM terms'),
    // Whether finalize wrote stop-word pairs: a few pairs nearly every corpus of news holds, each one term-index
    // lookup. A corpus with none of them reads the texts for stop-word queries, as before the pairs (still right).
    db.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM quote_search WHERE tsv @@ $1::tsquery) AS found', [
      COMMON_STOP_PAIRS.map(([a, b]) => `'${stopPairLexeme(a, b)}'`).join(' | '),
    ]),
    db.query<{ id: string; n: number }>('SELECT id, search_quotes AS n FROM speakers WHERE search_quotes > 0'),
    storedSamples(db, version),
  ]).then(([terms, pairs, speakers, samples]) => {
    const read = Vocabulary.of(
      terms.rows,
      pairs.rows[0]?.found === true,
      new Map(speakers.rows.map((r) => [r.id, r.n])),
    );
    read.version = version;
    read.keepStoredSamples(samples);
    return read;
  });
  cache.set(db, { version, vocabulary, checkedAt });
  // A failed read is not kept: the next search reads again.
  vocabulary.catch(() => {
    if (cache.get(db)?.vocabulary === vocabulary) cache.delete(db);
  });
  return vocabulary;
}
