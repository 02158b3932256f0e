/** From a draft (text + metadata the file gave) to an Article: detection, sidecar, furniture, id. */
import type { Article, InputProblem, MetaOrigin } from '../model/types.js';
import { toIsoDate } from './dates.js';
import { detectMetadata } from './detect-meta.js';
import { findFurniture } from './furniture.js';
import { articleId } from '../model/ids.js';
import { headerLength, readLayout } from './layout.js';
import { corpusProblem } from './problems.js';
import { META_FIELDS, type Draft, type MetaField, type Sidecar } from './schemas.js';

/** True for an absolute http: or https: URL, the only kind of source address shown as a link. */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Builds the article; a given date that is not a date is reported and detected from the text instead. */
export function buildArticle(draft: Draft, sidecar: Sidecar | null, sidecarPath: string | null): { article: Article; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const lines = readLayout(draft.text);
  const header = headerLength(lines);
  const detected = detectMetadata(draft.text, lines, header);

  const meta: Record<MetaField, string | null> = { title: null, publisher: null, url: null, author: null, publishedAt: null, dateline: null };
  const metaOrigin: Article['metaOrigin'] = {};
  const take = (field: MetaField, value: string | null, origin: MetaOrigin, file: string, line: number | null): boolean => {
    if (field === 'publishedAt' && value !== null) {
      const iso = toIsoDate(value);
      if (iso === null) {
        problems.push(corpusProblem(file, line, `publishedAt '${value}' is not a date; using the date found in the text`));
        return false;
      }
      value = iso;
    }
    if (field === 'url' && value !== null && !isWebAddress(value)) {
      // A `javascript:` or `data:` address would become a clickable link on the article's pages.
      problems.push(corpusProblem(file, line, `url '${value.slice(0, 80)}' is not an http(s) address; ignored`));
      return false;
    }
    meta[field] = value;
    metaOrigin[field] = origin;
    return true;
  };
  for (const field of META_FIELDS) {
    if (sidecar && sidecarPath && sidecar[field] !== undefined && take(field, sidecar[field] ?? null, 'sidecar', sidecarPath, null)) continue;
    const given = draft.given[field];
    if (given != null && take(field, given, draft.givenOrigin, draft.path, draft.line)) continue;
    // A bare name line ("Jo Reporter") is only trusted as a byline in a page's own masthead, not
    // under a title the record gave (there it is more often a place or a team: "Ewood Park").
    const bareName = field === 'author' && !detected.authorByLabel && draft.given.title != null;
    const found = field === 'publisher' || field === 'url' || bareName ? null : detected[field];
    if (found !== null) take(field, found, 'detected', draft.path, draft.line);
  }

  const article: Article = {
    id: articleId({ recordId: draft.recordId, path: draft.path, position: draft.position }),
    recordId: draft.recordId,
    path: draft.path,
    line: draft.line,
    title: meta.title,
    publisher: meta.publisher,
    url: meta.url,
    author: meta.author,
    publishedAt: meta.publishedAt,
    dateline: meta.dateline,
    text: draft.text,
    furniture: findFurniture(draft.text, lines, header, meta.title ?? detected.title, metaOrigin.title !== undefined && metaOrigin.title !== 'detected'),
    metaOrigin,
  };
  return { article, problems };
}
