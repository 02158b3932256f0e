/** Stable, URL-safe article ids that do not change when other files are added or removed. */
import { createHash } from 'node:crypto';

const URL_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;
const MAX_AS_IS = 64;
const MAX_SLUG = 40;

/** Where an article comes from: its record id, else its file (and position within the file). */
export interface ArticleIdentity {
  recordId: string | null;
  path: string;
  /** 1-based position of the record within a multi-record file, null for one-article files. */
  position: number | null;
}

export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

/**
 * `macron-s-paris-summit-3f9a1c2e`: a readable slug and the first 8 hex of sha1(identity key).
 * A record id that is already URL-safe and short is used as it is.
 */
export function articleId(identity: ArticleIdentity): string {
  const { recordId, path, position } = identity;
  if (recordId !== null && recordId.length <= MAX_AS_IS && URL_SAFE_ID.test(recordId)) return recordId;
  const key =
    recordId !== null ? `record:${recordId}` : position !== null ? `path:${path}#${position}` : `path:${path}`;
  const base = recordId ?? (path.split('/').pop() ?? path).replace(/\.[^.]*$/, '');
  const slug = slugify(position !== null && recordId === null ? `${base}-${position}` : base) || 'article';
  const hash = createHash('sha1').update(key).digest('hex').slice(0, 8);
  return `${slug}-${hash}`;
}
