/** The messages between format-html.ts and the worker thread it reads HTML pages in (html-worker.ts). */
import type { FormatResult } from './format-json.js';

export type HtmlJob = { id: number; html: string; path: string };
export type HtmlReply = { ready: true } | { id: number; result: FormatResult } | { id: number; error: string };
