import { z } from 'zod';

/** Bumped whenever the layout or the records of an index change incompatibly. */
export const FORMAT_VERSION = 6;

/** The files of an index folder, each written once and named in the manifest with its checksum. */
export const INDEX_FILES = {
  articles: 'articles.jsonl',
  articleTexts: 'article-texts.bin',
  quotes: 'quotes.jsonl',
  speakers: 'speakers.jsonl',
  search: 'search.bin',
  records: 'records.bin',
  statements: 'statements.bin',
  extractCache: 'extract-cache.jsonl',
} as const;

export const MANIFEST_FILE = 'manifest.json';

/**
 * The manifest's mark that Verbatim wrote the folder: only a folder so marked (or an older index of ours, see
 * src/index/swap.ts) is ever replaced by a build.
 */
export const GENERATOR = 'verbatim';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 hex digest');
const count = z.number().int().nonnegative();

export const corpusFileSchema = z.object({
  path: z.string().min(1),
  size: count,
  sha256,
});
export type CorpusFile = z.infer<typeof corpusFileSchema>;

export const manifestSchema = z.object({
  /** Absent in indexes built before the mark was added (same format otherwise). */
  generator: z.literal(GENERATOR).optional(),
  formatVersion: z.literal(FORMAT_VERSION),
  builtAt: z.iso.datetime(),
  /** Absolute path of the corpus folder the index was built from. */
  corpusDir: z.string().min(1),
  /** Every file under the corpus folder at build time (what staleness is judged against). */
  corpusFiles: z.array(corpusFileSchema),
  /** Whether symbolic links out of the corpus folder were followed (absent in older indexes: they were not). */
  followLinks: z.boolean().optional(),
  /** The speaker overrides file when it lies outside the corpus folder, else null. */
  speakersFile: corpusFileSchema.nullable(),
  /** Version of the extraction code, so a changed extractor does not reuse cached results. */
  extractorVersion: z.string(),
  /**
   * Version of the confidence model the quotes were scored with (absent in older indexes): an index scored by
   * another model is stale, and its cached extractions are not reused.
   */
  confidenceModelVersion: z.string().optional(),
  counts: z.object({ articles: count, quotes: count, speakers: count, skipped: count }),
  problems: z.array(z.object({ file: z.string(), line: z.number().int().positive().nullable(), message: z.string() })),
  /** Index file name → its size and sha256. */
  files: z.record(z.string(), z.object({ bytes: count, sha256 })),
  buildSeconds: z.number().nonnegative(),
});
export type Manifest = z.infer<typeof manifestSchema>;
