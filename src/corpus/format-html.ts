/**
 * `.html`/`.htm`: the readable text is found by Mozilla Readability on a jsdom document; the
 * paragraphs of its output become blank-line separated paragraphs. Metadata comes from
 * Readability and from <meta>/<link> tags through the DOM API.
 */
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { Readability } from '@mozilla/readability';
import type { JSDOM, VirtualConsole } from 'jsdom';
import { siblingModule, startWorker as startModuleWorker } from '../lib/worker.js';
import type { FormatResult } from './format-json.js';
import type { HtmlJob, HtmlReply } from './html-messages.js';
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

const requireModule = createRequire(import.meta.url);

/**
 * jsdom and Readability, loaded when the first page is read: they take about half a second to load (seconds on a
 * busy machine), which every process that reads a corpus (each shard of an ingest, the CLI) paid up front even when
 * the corpus holds no HTML. Node's module cache keeps them once loaded.
 */
function htmlLibraries(): { JSDOM: typeof JSDOM; VirtualConsole: typeof VirtualConsole; Readability: typeof Readability } {
  const jsdom = requireModule('jsdom') as { JSDOM: typeof JSDOM; VirtualConsole: typeof VirtualConsole };
  const readability = requireModule('@mozilla/readability') as { Readability: typeof Readability };
  return { JSDOM: jsdom.JSDOM, VirtualConsole: jsdom.VirtualConsole, Readability: readability.Readability };
}

/** Reads a page in this thread, unbounded: `readHtmlWithin` is what the loader calls. */
export function readHtml(html: string, path: string): FormatResult {
  const { JSDOM, VirtualConsole, Readability } = htmlLibraries();
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

/** Elements that never have content: they open no level. */
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Elements whose end tag may be left out: the parser closes them when a sibling opens (`<li>a<li>b`),
 * so an unclosed run of them is flat, not deep. They are not counted; the elements they sit in are.
 */
const OPTIONAL_END_TAGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'rtc', 'html', 'head', 'body']);

/** Elements whose content is text up to their end tag, not markup. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * How deep the elements of `html` nest, from one linear scan of its tags (no DOM is built): an end tag
 * closes the innermost open element of its name and those inside it, a stray end tag closes nothing,
 * as the HTML parser does. An estimate on the low side (optional-end elements are not counted), cheap
 * enough to run before the DOM parse whose cost it bounds.
 */
export function htmlNestingDepth(html: string): number {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let deepest = 0;
  let i = 0;
  const lower = (from: number, to: number) => html.slice(from, to).toLowerCase();
  while (true) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= html.length) break;
    const next = html[lt + 1]!;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? lt + 2 : lt + 1;
    const first = html.charCodeAt(nameStart) | 0x20;
    if (first < 0x61 || first > 0x7a) {
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart;
    for (; nameEnd < html.length; nameEnd += 1) {
      const c = html.charCodeAt(nameEnd);
      if (c === 0x3e || c === 0x2f || c <= 0x20) break;
    }
    const name = lower(nameStart, nameEnd);
    // The tag ends at the first '>' outside a quoted attribute value.
    let end = nameEnd;
    let quote = 0;
    for (; end < html.length; end += 1) {
      const c = html.charCodeAt(end);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3e) break;
    }
    i = end + 1;
    if (closing) {
      if ((openCount.get(name) ?? 0) === 0) continue;
      while (open.length > 0) {
        const popped = open.pop()!;
        openCount.set(popped, openCount.get(popped)! - 1);
        if (popped === name) break;
      }
      continue;
    }
    if (RAW_TEXT_TAGS.has(name)) {
      const closeTag = new RegExp(`</${name}`, 'gi');
      closeTag.lastIndex = i;
      i = closeTag.exec(html)?.index ?? html.length;
      if (name === 'plaintext') break;
    }
    // `<x/>` closes itself only inside SVG and MathML; in HTML it opens `<x>` like any start tag.
    const selfClosing = html[end - 1] === '/' && ((openCount.get('svg') ?? 0) > 0 || (openCount.get('math') ?? 0) > 0);
    if (VOID_TAGS.has(name) || OPTIONAL_END_TAGS.has(name) || RAW_TEXT_TAGS.has(name) || selfClosing) continue;
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (open.length > deepest) deepest = open.length;
  }
  return deepest;
}

export interface HtmlBudget {
  /** Pages whose elements nest deeper than this are not parsed (see `htmlNestingDepth`). */
  maxDepth: number;
  /** A page still being read after this long is abandoned (its worker thread ended); 0 reads in this thread, unbounded. */
  timeoutMs: number;
}

/**
 * Readability's time grows with the cube of the nesting depth (an 11 KB page of `<div>`s 1,000 deep took
 * 38 s, 22 KB 367 s); news pages nest a few dozen levels at most (the pages measured: 6 to 10 by this
 * count), and 200 levels take about 0.3 s. Beyond that a page is refused before any DOM is built.
 */
export const defaultHtmlBudget: HtmlBudget = { maxDepth: 200, timeoutMs: 30_000 };

/**
 * Reads a page within `budget`: refused when it nests too deep, abandoned when it takes too long; each
 * case is a problem naming the file, and the rest of the corpus goes on. A reader error is thrown, as
 * `readHtml` throws it.
 */
export async function readHtmlWithin(html: string, path: string, budget: HtmlBudget): Promise<FormatResult> {
  const depth = htmlNestingDepth(html);
  if (depth > budget.maxDepth) {
    const what = `elements nested ${depth} deep, over the limit of ${budget.maxDepth} (no article page nests so deep, and reading it could take minutes); skipped`;
    return { drafts: [], problems: [corpusProblem(path, null, what)] };
  }
  if (budget.timeoutMs <= 0) return readHtml(html, path);
  return htmlThread.read(html, path, budget.timeoutMs);
}

/**
 * One worker thread, started on first use and shared by every load of the process (pages are read one
 * at a time, in order); it does not keep the process alive while idle. A page over its time ends the
 * thread; the next page starts a fresh one.
 */
class HtmlThread {
  private worker: Worker | null = null;
  private ready: Promise<Worker | null> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;
  /** Set when no worker can be started here: pages are then read in this thread (the depth limit still holds). */
  private unavailable = false;

  read(html: string, path: string, timeoutMs: number): Promise<FormatResult> {
    const run = this.queue.then(() => this.readNow(html, path, timeoutMs));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private start(): Promise<Worker | null> {
    this.ready ??= new Promise((resolvePromise) => {
      let worker: Worker;
      try {
        worker = startWorker(workerFile());
      } catch {
        this.unavailable = true;
        resolvePromise(null);
        return;
      }
      this.worker = worker;
      worker.unref();
      const failed = () => {
        this.unavailable = true;
        this.worker = null;
        this.ready = null;
        resolvePromise(null);
      };
      worker.once('error', failed);
      worker.once('exit', failed);
      worker.once('message', (message: HtmlReply) => {
        worker.off('error', failed);
        worker.off('exit', failed);
        if (!('ready' in message)) return failed();
        // A thread that ends while idle (or is ended after a page over its time) is replaced on next use.
        worker.on('exit', () => {
          if (this.worker === worker) {
            this.worker = null;
            this.ready = null;
          }
        });
        worker.on('error', () => {
          // Followed by 'exit' (handled above); a page being read when it happens gets the error itself.
        });
        resolvePromise(worker);
      });
    });
    return this.ready;
  }

  private stop(worker: Worker): void {
    if (this.worker === worker) {
      this.worker = null;
      this.ready = null;
    }
    void worker.terminate();
  }

  private async readNow(html: string, path: string, timeoutMs: number): Promise<FormatResult> {
    const worker = this.unavailable ? null : await this.start();
    if (!worker) return readHtml(html, path);
    const id = this.nextId++;
    worker.ref();
    try {
      return await new Promise<FormatResult>((resolvePromise, reject) => {
        const done = () => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('exit', onExit);
          worker.off('error', onError);
        };
        const timer = setTimeout(() => {
          done();
          this.stop(worker);
          const budget = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 100) / 10} s` : `${timeoutMs} ms`;
          resolvePromise({ drafts: [], problems: [corpusProblem(path, null, `took longer than ${budget} to read as HTML; skipped`)] });
        }, timeoutMs);
        const onMessage = (message: HtmlReply) => {
          if ('ready' in message || message.id !== id) return;
          done();
          if ('error' in message) reject(new Error(message.error));
          else resolvePromise(message.result);
        };
        const onError = (err: Error) => {
          done();
          this.stop(worker);
          reject(err);
        };
        const onExit = (code: number) => {
          done();
          this.stop(worker);
          reject(new Error(`the HTML reader thread ended (exit code ${code})`));
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage({ id, html, path } satisfies HtmlJob);
      });
    } finally {
      worker.unref();
    }
  }
}

const htmlThread = new HtmlThread();

/** The worker's module beside this one; its heap is capped so that a hostile page ends its thread, not the process. */
const workerFile = (): string => siblingModule(import.meta.url, 'html-worker');
const startWorker = (file: string): Worker => startModuleWorker(file, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
