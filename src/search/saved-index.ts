/**
 * The search file of an index (`search.bin`): the term index (see term-index.ts) and the per-quote tables
 * (see tables.ts) as typed arrays in a section container (sections.ts), so loading views them instead of
 * rebuilding anything. Folded quote texts are kept as one UTF-8 blob with offsets, decoded for the few
 * quotes a phrase check reads; the quotes' own texts likewise, for the rows a page shows (their text and
 * highlights without decoding their records).
 */
import { z } from 'zod';
import type { Quote } from '../model/types.js';
import { encodeSections, Sections, type LazySection } from './sections.js';
import {
  blobChunks,
  blobTexts,
  completeTables,
  PAIR_WORDS,
  type BuiltTables,
  type PackedBlob,
  type PackedTables,
  type QuoteTables,
} from './tables.js';
import type { TermData } from './term-index.js';
import { buildStopLists, STOP_LISTS } from './stop-phrases.js';

export const SEARCH_FORMAT = 'verbatim-search';
/** 4: the `confidence` and `kind` columns (the record filters read no record). */
export const SEARCH_FORMAT_VERSION = 4;

const Meta = z.object({
  fingerprint: z.string(),
  quotes: z.number().int().nonnegative(),
  documentCount: z.number().int().nonnegative(),
  fields: z.array(z.object({ name: z.string(), avg: z.number() })),
  speakers: z.array(z.object({ id: z.string(), name: z.string() })),
  publishers: z.array(z.object({ id: z.string(), name: z.string() })),
});

/** UTF-8 texts one after the other, and where each starts (`start[n]` is the total): no buffer per text. */
export function packTexts(n: number, textAt: (slot: number) => string): { bytes: Buffer; start: Float64Array } {
  const start = new Float64Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    start[i] = total;
    total += Buffer.byteLength(textAt(i), 'utf8');
  }
  start[n] = total;
  const bytes = Buffer.allocUnsafe(total);
  for (let i = 0; i < n; i++) bytes.write(textAt(i), start[i]!, start[i + 1]! - start[i]!, 'utf8');
  return { bytes, start };
}

/**
 * A term index whose postings are made as they are written (merged from the pieces a build indexed), with its
 * terms' total frequencies worked out beforehand: the merged postings never exist whole.
 */
export interface StreamedTermData extends Omit<TermData, 'postDocs' | 'postTf'> {
  postDocs: LazySection;
  postTf: LazySection;
  termFrequency: Uint32Array;
}

/** The search file's bytes, in chunks (nothing the size of the whole file is made). */
export function* encodeSearchFile(
  tables: BuiltTables | PackedTables,
  terms: TermData | StreamedTermData,
): Generator<Uint8Array> {
  const n = tables.count;
  const packed = 'folded' in tables ? tables.folded : packTexts(n, (i) => tables.foldedText[i]!);
  const foldedStart = packed.start;
  // The quotes' own texts: a result row's text and highlights come from here, not from decoding its record
  // (packed already when a build made the tables, perhaps into a scratch file read back as it is written).
  const own = 'folded' in tables ? tables.ownTexts : packTexts(n, (i) => tables.quotes[i]!.text);
  const textStart = own.start;
  const vocabulary = Buffer.from(terms.vocabulary.join('\n'), 'utf8');
  const termFrequency = 'termFrequency' in terms ? terms.termFrequency : termFrequencies(terms);
  const meta: z.infer<typeof Meta> = {
    fingerprint: tables.fingerprint,
    quotes: n,
    documentCount: terms.documentCount,
    fields: terms.fields,
    speakers: tables.speakers,
    publishers: tables.publishers,
  };
  yield* encodeSections(SEARCH_FORMAT, SEARCH_FORMAT_VERSION, meta, [
    ['vocabulary', vocabulary],
    ['termFrequency', termFrequency],
    ['postStart', terms.postStart],
    ['postDocs', terms.postDocs],
    ['postTf', terms.postTf],
    ['fieldLength', terms.fieldLength],
    ['dateKey', tables.dateKey],
    ['confidence', tables.confidence],
    ['kind', tables.kindOf],
    ['speakerOf', tables.speakerOf],
    ['publisherOf', tables.publisherOf],
    ['newestOrder', tables.newestOrder],
    ['foldedStart', foldedStart],
    ['folded', blobSection(packed)],
    ['textStart', textStart],
    ['text', blobSection(own)],
    ...(tables.pairSignature ? ([['pairSignature', tables.pairSignature]] as const) : []),
    ...stopSections(stopListsOf(tables)),
  ]);
}

/** A blob's section: its bytes when held, read from its file as they are written otherwise. */
function blobSection(blob: PackedBlob): Uint8Array | LazySection {
  if ('bytes' in blob) return blob.bytes;
  return { type: 'u8', length: blob.start[blob.start.length - 1]!, chunks: () => blobChunks(blob) };
}

/**
 * The stop-word lists of the tables (`buildStopLists`). Folded texts in a scratch file are read once in slot
 * order, not a quote at a time in date order: the lists are made over slots, then each entry is made the slot's
 * rank in `newestOrder` and each list sorted. Every list holds each rank once, ascending, either way: the same lists.
 */
function stopListsOf(tables: BuiltTables | PackedTables): Int32Array[] {
  if (!('folded' in tables) || 'bytes' in tables.folded) return buildStopLists(tables);
  const n = tables.count;
  const inSlotOrder = new Uint32Array(n);
  for (let slot = 0; slot < n; slot++) inSlotOrder[slot] = slot;
  const texts = blobTexts(tables.folded);
  let expected = 0;
  const lists = buildStopLists({
    newestOrder: inSlotOrder,
    foldedTextOf: (slot) => {
      const next = texts.next();
      if (slot !== expected++ || next.done === true) throw new Error('search: stop lists read the texts out of order');
      return next.value;
    },
  });
  const rank = tables.newestRank;
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) list[i] = rank[list[i]!]!;
    list.sort();
  }
  return lists;
}

/** Each term's total frequency: its postings' frequencies summed over its lists (all fields). */
function termFrequencies(terms: TermData): Uint32Array {
  const termFrequency = new Uint32Array(terms.vocabulary.length);
  const F = terms.fields.length;
  for (let t = 0; t < termFrequency.length; t++) {
    let sum = 0;
    for (let j = terms.postStart[t * F]!; j < terms.postStart[(t + 1) * F]!; j++) sum += terms.postTf[j]!;
    termFrequency[t] = sum;
  }
  return termFrequency;
}

/** The stop-word lists as two sections: where each starts, and all their ranks one after the other. */
function stopSections(lists: Int32Array[]): Array<[string, Uint32Array | Int32Array]> {
  const start = new Uint32Array(lists.length + 1);
  lists.forEach((l, i) => (start[i + 1] = start[i]! + l.length));
  const ranks = new Int32Array(start[lists.length]!);
  lists.forEach((l, i) => ranks.set(l, start[i]));
  return [
    ['stopStart', start],
    ['stopRanks', ranks],
  ];
}

const needles = new Map<string, Buffer>();

/** A phrase needle's UTF-8 bytes; the few of the current queries are kept. */
function needleBytes(needle: string): Buffer {
  let bytes = needles.get(needle);
  if (bytes === undefined) {
    if (needles.size >= 256) needles.clear();
    needles.set(needle, (bytes = Buffer.from(needle, 'utf8')));
  }
  return bytes;
}

/** A read search file: the tables (quotes from `quoteAt`) and the term index data. */
export interface SearchFile {
  tables: QuoteTables;
  terms: TermData;
  /** The stop-word lists (stop-phrases.ts), or null in a file written without them. */
  stopLists: Int32Array[] | null;
}

/**
 * Reads a search file. Throws, saying what is wrong, when it is not one, is of another version or does not
 * hold `quoteCount` quotes; the caller names the file.
 */
export function readSearchFile(buffer: Buffer, quoteCount: number, quoteAt: (slot: number) => Quote): SearchFile {
  const file = Sections.read(buffer, SEARCH_FORMAT, SEARCH_FORMAT_VERSION);
  const parsed = Meta.safeParse(file.meta);
  if (!parsed.success) throw new Error(`its header is invalid (${parsed.error.issues[0]?.message ?? 'bad shape'})`);
  const meta = parsed.data;
  if (meta.quotes !== quoteCount || meta.documentCount !== quoteCount)
    throw new Error(`holds ${meta.quotes} quotes, the index has ${quoteCount}`);
  const n = quoteCount;
  const vocabularyBytes = file.bytes('vocabulary');
  const vocabulary = vocabularyBytes.length === 0 ? [] : vocabularyBytes.toString('utf8').split('\n');
  const termFrequency = file.get('termFrequency', 'u32');
  const postStart = file.get('postStart', 'u32');
  const postDocs = file.get('postDocs', 'u32');
  const postTf = file.get('postTf', 'u16');
  const fieldLength = file.get('fieldLength', 'u32');
  const F = meta.fields.length;
  const sizes: Array<[string, number, number]> = [
    ['termFrequency', termFrequency.length, vocabulary.length],
    ['postStart', postStart.length, vocabulary.length * F + 1],
    ['postTf', postTf.length, postDocs.length],
    ['fieldLength', fieldLength.length, F * n],
  ];
  const dateKey = file.get('dateKey', 'i32');
  const confidence = file.get('confidence', 'f64');
  const kindOf = file.get('kind', 'u8');
  const speakerOf = file.get('speakerOf', 'i32');
  const publisherOf = file.get('publisherOf', 'i32');
  const newestOrder = file.get('newestOrder', 'u32');
  const foldedStart = file.get('foldedStart', 'f64');
  const folded = file.bytes('folded');
  // Optional: a file written before the text column has none, and a hit's text is read from its record.
  const textStart = file.has('textStart') ? file.get('textStart', 'f64') : null;
  const texts = textStart ? file.bytes('text') : null;
  if (textStart && (textStart.length !== n + 1 || textStart[n] !== texts!.length))
    throw new Error(`section 'textStart' does not fit the ${n} quotes' texts`);
  // Optional: a file written before pair signatures has none, and phrases are checked on every candidate's text.
  const pairSignature = file.has('pairSignature') ? file.get('pairSignature', 'u32') : null;
  if (pairSignature && pairSignature.length !== n * PAIR_WORDS)
    throw new Error(`section 'pairSignature' holds ${pairSignature.length} entries, not ${n * PAIR_WORDS}`);
  sizes.push(
    ['dateKey', dateKey.length, n],
    ['confidence', confidence.length, n],
    ['kind', kindOf.length, n],
    ['speakerOf', speakerOf.length, n],
    ['publisherOf', publisherOf.length, n],
    ['newestOrder', newestOrder.length, n],
    ['foldedStart', foldedStart.length, n + 1],
  );
  for (const [name, got, want] of sizes)
    if (got !== want) throw new Error(`section '${name}' holds ${got} entries, not ${want}`);
  if (postStart[postStart.length - 1] !== postDocs.length || foldedStart[n] !== folded.length)
    throw new Error('its postings or texts are cut short');
  const tables = completeTables({
    count: n,
    quoteAt,
    quoteTextOf: textStart ? (slot) => texts!.toString('utf8', textStart[slot], textStart[slot + 1]) : null,
    quoteTexts: textStart ? { bytes: texts!, start: textStart } : null,
    foldedTextOf: (slot) => folded.toString('utf8', foldedStart[slot], foldedStart[slot + 1]),
    // Bytes against bytes: UTF-8 is self-synchronising, so this is the string test without decoding each candidate.
    foldedIncludes: (slot, needle) =>
      folded.subarray(foldedStart[slot], foldedStart[slot + 1]).indexOf(needleBytes(needle)) >= 0,
    pairSignature,
    dateKey,
    confidence,
    kindOf,
    newestOrder,
    speakerOf,
    publisherOf,
    speakers: meta.speakers,
    publishers: meta.publishers,
    vocabulary,
    termFrequency,
    fingerprint: meta.fingerprint,
  });
  let stopLists: Int32Array[] | null = null;
  if (file.has('stopStart')) {
    const start = file.get('stopStart', 'u32');
    const ranks = file.get('stopRanks', 'i32');
    if (start.length !== STOP_LISTS + 1 || start[STOP_LISTS] !== ranks.length)
      throw new Error('its stop-word lists do not fit');
    stopLists = Array.from({ length: STOP_LISTS }, (_, i) => ranks.subarray(start[i], start[i + 1]));
  }
  return {
    tables,
    stopLists,
    terms: {
      vocabulary,
      fields: meta.fields,
      documentCount: meta.documentCount,
      postStart,
      postDocs,
      postTf,
      fieldLength,
    },
  };
}
