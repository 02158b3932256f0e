/**
 * `.html`/`.htm`: the readable text is found by Mozilla Readability on a jsdom document; the
 * paragraphs of its output become blank-line separated paragraphs. Metadata comes from
 * Readability and from <meta>/<link> tags through the DOM API.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { FormatResult } from './format-json.js';
import { corpusProblem } from './problems.js';
import type { GivenMeta } from './schemas.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a new paragraph in the readable text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

function inlineText(node: Node): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  if ((node as Element).tagName === 'BR') return '\n';
  let out = '';
  node.childNodes.forEach((child) => (out += inlineText(child)));
  return out;
}

/** Paragraph texts in document order: each run of inline content between blocks is one paragraph. */
function collectParagraphs(node: Node, out: string[]): void {
  let inline = '';
  const flush = () => {
    const text = inline
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== '')
      .join('\n');
    if (text !== '') out.push(text);
    inline = '';
  };
  node.childNodes.forEach((child) => {
    if (child.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((child as Element).tagName)) {
      flush();
      collectParagraphs(child, out);
    } else {
      inline += inlineText(child);
    }
  });
  flush();
}

function metaContent(doc: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute(el.tagName === 'LINK' ? 'href' : el.tagName === 'TIME' ? 'datetime' : 'content')?.trim();
    if (value) return value;
  }
  return null;
}

export function readHtml(html: string, path: string): FormatResult {
  // Pages carry CSS and markup jsdom complains about; those complaints are not corpus problems.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const fromTags = {
    url: metaContent(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']),
    author: metaContent(doc, ['meta[name="author"]', 'meta[property="article:author"]']),
    publishedAt: metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[itemprop="datePublished"]',
      'time[datetime]',
    ]),
    publisher: metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
  };
  const article = new Readability(doc).parse();
  dom.window.close();
  if (!article?.content) return { drafts: [], problems: [corpusProblem(path, null, 'no readable article text found in the page')] };

  const paragraphs: string[] = [];
  collectParagraphs(JSDOM.fragment(article.content), paragraphs);
  const text = paragraphs.join('\n\n');
  if (text.trim() === '') return { drafts: [], problems: [corpusProblem(path, null, 'no readable article text found in the page')] };

  const given: GivenMeta = {};
  const set = (field: keyof GivenMeta, value: string | null | undefined) => {
    if (value != null && value.trim() !== '') given[field] = value.trim();
  };
  set('title', article.title);
  set('author', article.byline ?? fromTags.author);
  set('publisher', article.siteName ?? fromTags.publisher);
  set('url', fromTags.url);
  set('publishedAt', article.publishedTime ?? fromTags.publishedAt);
  return { drafts: [{ recordId: null, path, line: null, position: null, text, given, givenOrigin: 'record' }], problems: [] };
}
