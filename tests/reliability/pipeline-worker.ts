/**
 * Runs one text at a time through the whole pipeline (corpus article building, quote extraction, speaker
 * resolution, quote ids) in a worker thread, so the test can stop an input that hangs, and checks the result:
 * offsets inside the text, spans that say what they cover, speakers and ids that exist. Not a test file itself.
 */
import { parentPort } from 'node:worker_threads';
import { buildArticle } from '../../src/corpus/article.js';
import { readText } from '../../src/corpus/format-text.js';
import { joinQuotePieces } from '../../src/extract/quote-text.js';
import { processArticles } from '../../src/build/pipeline.js';
import type { Span } from '../../src/model/types.js';

export type Verdict = { ok: true; quotes: number } | { ok: false; problem: string };

function check(raw: string): Verdict {
  const draft = readText(raw, 'fuzz.txt').drafts[0];
  if (!draft) return { ok: false, problem: 'readText gave no draft' };
  const { article } = buildArticle(draft, null, null);
  const { text } = article;
  const result = processArticles([article]);
  const inside = (start: number, end: number) =>
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
  const span = (what: string, s: Span | null): string | null => {
    if (s === null) return null;
    if (!inside(s.start, s.end)) return `${what} [${s.start}, ${s.end}) outside the text (${text.length})`;
    if (text.slice(s.start, s.end) !== s.text)
      return `${what} says ${JSON.stringify(s.text)} but covers ${JSON.stringify(text.slice(s.start, s.end))}`;
    return null;
  };
  for (const f of article.furniture)
    if (!inside(f.start, f.end)) return { ok: false, problem: `furniture [${f.start}, ${f.end}) outside the text` };
  const speakerIds = new Set(result.speakers.map((s) => s.id));
  const ids = new Set<string>();
  for (const q of result.quotes) {
    if (q.articleId !== article.id) return { ok: false, problem: `quote ${q.id} names article ${q.articleId}` };
    if (!inside(q.start, q.end))
      return { ok: false, problem: `quote [${q.start}, ${q.end}) outside the text (${text.length})` };
    for (const p of q.pieces)
      if (!inside(p.start, p.end) || p.start < q.start || p.end > q.end)
        return { ok: false, problem: `piece [${p.start}, ${p.end}) outside its quote [${q.start}, ${q.end})` };
    const joined = joinQuotePieces(text, q.pieces);
    if (q.text !== joined)
      return { ok: false, problem: `quote text ${JSON.stringify(q.text)} is not its pieces ${JSON.stringify(joined)}` };
    const bad =
      span('mention', q.attribution.mention) ??
      span('cue', q.attribution.cue) ??
      span('saidAt expression', q.saidAt?.expression ?? null);
    if (bad) return { ok: false, problem: bad };
    if (!(q.attribution.confidence >= 0 && q.attribution.confidence <= 1))
      return { ok: false, problem: `confidence ${q.attribution.confidence}` };
    if (q.speakerId !== null && !speakerIds.has(q.speakerId))
      return { ok: false, problem: `speaker ${q.speakerId} is not in the speaker list` };
    if (ids.has(q.id)) return { ok: false, problem: `quote id ${q.id} given twice` };
    ids.add(q.id);
  }
  return { ok: true, quotes: result.quotes.length };
}

parentPort?.on('message', ({ id, text }: { id: number; text: string }) => {
  let verdict: Verdict;
  try {
    verdict = check(text);
  } catch (error) {
    verdict = {
      ok: false,
      problem: `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    };
  }
  parentPort?.postMessage({ id, verdict });
});
