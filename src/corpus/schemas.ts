/** zod schemas for everything the corpus loader reads from disk, and the draft they become. */
import { z } from 'zod';
import type { MetaOrigin } from '../model/types.js';

export const META_FIELDS = ['title', 'publisher', 'url', 'author', 'publishedAt', 'dateline'] as const;
export type MetaField = (typeof META_FIELDS)[number];
export type GivenMeta = Partial<Record<MetaField, string | null>>;

const optionalText = z.string().nullish();
const idValue = z.union([z.string().min(1), z.number()]).nullish().transform((v) => (v == null ? null : String(v)));

/** One article in a `.json` file or on a `.jsonl` line; other fields are ignored. */
export const articleRecordSchema = z.object({
  id: idValue,
  title: optionalText,
  text: z.string().min(1),
  publishedAt: optionalText,
  source: optionalText,
  publisher: optionalText,
  url: optionalText,
  author: optionalText,
  dateline: optionalText,
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

/** Markdown front matter: the record fields, with the usual aliases (`date`, `source`). */
export const frontMatterSchema = z.object({
  id: idValue,
  title: optionalText,
  date: optionalText,
  publishedAt: optionalText,
  published: optionalText,
  source: optionalText,
  publisher: optionalText,
  url: optionalText,
  author: optionalText,
  dateline: optionalText,
});

/** `<file>.meta.json`: sets or overrides metadata; unknown fields are refused (likely typos). */
export const sidecarSchema = z.strictObject({
  title: optionalText,
  publisher: optionalText,
  url: optionalText,
  author: optionalText,
  publishedAt: optionalText,
  dateline: optionalText,
});
export type Sidecar = z.infer<typeof sidecarSchema>;

/** What a format reader produces: the text and whatever metadata the file itself gave. */
export interface Draft {
  recordId: string | null;
  path: string;
  line: number | null;
  /** 1-based position in a multi-record file (for path-derived ids), null for one-article files. */
  position: number | null;
  text: string;
  given: GivenMeta;
  givenOrigin: MetaOrigin;
}

/** `missing "text" field`, `"title" must be a string`: the first thing wrong with a record. */
export function describeIssue(error: z.ZodError, input: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  const key = issue.path[0];
  if (key === undefined) return 'not a JSON object';
  const field = String(key);
  const present = typeof input === 'object' && input !== null && field in input && (input as Record<string, unknown>)[field] != null;
  if (!present) return `missing "${field}" field`;
  if (issue.code === 'too_small') return `empty "${field}" field`;
  return `"${field}" must be ${field === 'id' ? 'a string or number' : 'a string'}`;
}
