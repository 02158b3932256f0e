/**
 * The worker thread HTML pages are read in (see `readHtmlInWorker` in format-html.ts): Readability is
 * synchronous, so the only way to stop a page that takes too long is to end the thread reading it.
 */
import { parentPort } from 'node:worker_threads';
import { readHtml } from './format-html.js';
import type { HtmlJob, HtmlReply } from './html-messages.js';

const port = parentPort;
if (port) {
  port.on('message', ({ id, html, path }: HtmlJob) => {
    let reply: HtmlReply;
    try {
      reply = { id, result: readHtml(html, path) };
    } catch (err) {
      reply = { id, error: (err as Error).message };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies HtmlReply);
}
