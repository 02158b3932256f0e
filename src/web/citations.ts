/**
 * Citations for a quote: reference entries for the article it appeared in (APA 7, MLA 9, Chicago 17
 * bibliography), and a plain-text line with the quote, its speaker and the permalink.
 * Output is plain text (no italics) so it survives being copied anywhere.
 */
import type { Article, Quote, Speaker } from '../model/types.js';
import { MONTHS_LONG, formatIso, parseIso } from './when.js';
import { articleLabel } from './present.js';

export interface Citation {
  /** Stable key (`apa`, `mla`, `chicago`, `plain`). */
  style: 'apa' | 'mla' | 'chicago' | 'plain';
  label: string;
  text: string;
}

export interface CitationInput {
  quote: Quote;
  article: Article;
  speaker: Speaker | null;
  /** Absolute URL of the quote's permalink page. */
  permalink: string;
}

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A person's name split into given names and family name, or null when it does not look like one. */
function splitPersonName(name: string): { given: string[]; family: string } | null {
  const words = name.trim().split(/\s+/);
  // "Jane Doe", "Jane Q. Doe": two to four capitalised words; anything else (a desk, an agency) is kept whole.
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return { given: words.slice(0, -1), family: words[words.length - 1] ?? '' };
}

/** Authors named in a byline (`By Jane Doe and John Roe`). */
function bylineAuthors(article: Article): string[] {
  if (!article.author) return [];
  const byline = article.author.replace(/^\s*by\s+/i, '').trim();
  if (byline === '') return [];
  return byline.split(/\s*(?:,|&|\band\b)\s*/).filter((a) => a !== '');
}

const endWithPeriod = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);
const titleOf = (article: Article) => articleLabel(article);

function apaAuthor(name: string): string {
  const p = splitPersonName(name);
  if (!p) return name;
  return `${p.family}, ${p.given.map((g) => `${g[0]}.`).join(' ')}`;
}

/** APA 7 reference for a news article: `Doe, J. (2025, September 4). Title. Publisher. URL` */
export function apaReference(article: Article, permalink: string): string {
  const authors = bylineAuthors(article).map(apaAuthor);
  const d = article.publishedAt ? parseIso(article.publishedAt) : null;
  let date = 'n.d.';
  if (d) {
    date = String(d.year);
    if (d.month !== null) date += `, ${MONTHS_LONG[d.month - 1]}${d.day !== null ? ` ${d.day}` : ''}`;
  }
  const url = article.url ?? permalink;
  const title = endWithPeriod(titleOf(article));
  const publisher = article.publisher ? ` ${endWithPeriod(article.publisher)}` : '';
  if (authors.length === 0) return `${title} (${date}).${publisher} ${url}`;
  const names =
    authors.length === 1 ? authors[0] : `${authors.slice(0, -1).join(', ')}, & ${authors[authors.length - 1]}`;
  return `${endWithPeriod(names ?? '')} (${date}). ${title}${publisher} ${url}`;
}

function mlaDate(value: string | null): string | null {
  const d = value ? parseIso(value) : null;
  if (!d) return null;
  if (d.month === null) return String(d.year);
  const month = MLA_MONTHS[d.month - 1] ?? '';
  return d.day !== null ? `${d.day} ${month} ${d.year}` : `${month} ${d.year}`;
}

function chicagoDate(value: string | null): string | null {
  const d = value ? parseIso(value) : null;
  if (!d) return null;
  if (d.month === null) return String(d.year);
  const month = MONTHS_LONG[d.month - 1] ?? '';
  return d.day !== null ? `${month} ${d.day}, ${d.year}` : `${month} ${d.year}`;
}

/** `Doe, Jane`, then `Doe, Jane, and John Roe`, then `Doe, Jane, et al.` (MLA and Chicago share the first author's inversion). */
function invertedAuthors(article: Article, etAlAfter: number): string | null {
  const authors = bylineAuthors(article);
  const first = authors[0];
  if (!first) return null;
  const p = splitPersonName(first);
  const lead = p ? `${p.family}, ${p.given.join(' ')}` : first;
  if (authors.length === 1) return lead;
  if (authors.length > etAlAfter) return `${lead}, et al`;
  return `${lead}, ${authors.slice(1, -1).map((a) => `${a}, `).join('')}and ${authors[authors.length - 1]}`;
}

/** MLA 9 works-cited entry: `Doe, Jane. "Title." Publisher, 4 Sept. 2025, example.com/a.` */
export function mlaReference(article: Article, permalink: string): string {
  const author = invertedAuthors(article, 2);
  const parts = [article.publisher, mlaDate(article.publishedAt), (article.url ?? permalink).replace(/^https?:\/\//, '')]
    .filter((p): p is string => Boolean(p));
  const title = `“${endWithPeriod(titleOf(article))}”`;
  return `${author ? `${endWithPeriod(author)} ` : ''}${title} ${endWithPeriod(parts.join(', '))}`;
}

/** Chicago 17 bibliography entry: `Doe, Jane. "Title." Publisher, September 4, 2025. URL.` */
export function chicagoReference(article: Article, permalink: string): string {
  const author = invertedAuthors(article, 10);
  const date = chicagoDate(article.publishedAt);
  const url = endWithPeriod(article.url ?? permalink);
  const title = `“${endWithPeriod(titleOf(article))}”`;
  if (author) {
    const source = [article.publisher, date].filter(Boolean).join(', ');
    return `${endWithPeriod(author)} ${title} ${source ? `${endWithPeriod(source)} ` : ''}${url}`;
  }
  // Unsigned news: Chicago starts the entry with the paper's name.
  const lead = article.publisher ? `${endWithPeriod(article.publisher)} ` : '';
  return `${lead}${title} ${date ? `${endWithPeriod(date)} ` : ''}${url}`;
}

/** One line to paste anywhere: the words, who said them and when, where, and the permalink. */
export function plainCitation(input: CitationInput): string {
  const { quote, article, speaker, permalink } = input;
  const who = speaker?.name ?? quote.attribution.name ?? 'Unattributed';
  const when = formatIso(quote.saidAt?.value ?? quote.publishedAt);
  const source = [article.title ? `“${article.title}”` : null, article.publisher].filter(Boolean).join(', ');
  return `“${quote.text}” — ${who}${when ? `, ${when.text}` : ''}${source ? `. ${source}` : ''}. ${permalink}`;
}

/** Every citation style for a quote, in display order. */
export function citationsFor(input: CitationInput): Citation[] {
  return [
    { style: 'apa', label: 'APA 7', text: apaReference(input.article, input.permalink) },
    { style: 'mla', label: 'MLA 9', text: mlaReference(input.article, input.permalink) },
    { style: 'chicago', label: 'Chicago', text: chicagoReference(input.article, input.permalink) },
    { style: 'plain', label: 'Plain text', text: plainCitation(input) },
  ];
}
