/**
 * Short strings the quotes of a build repeat (article ids, names, roles, rule names, cue words, dates), held once
 * each: quotes come back from the extraction workers as copies, every one with its own copy of each string. A
 * million-quote build holds every quote until it is written; sharing these takes a quarter off each quote
 * (measured over the 100k bench corpus's quotes: 1,222 → 920 bytes of heap a quote). Values are unchanged.
 */
import type { ExtractedQuote } from '../model/types.js';

/** Strings longer than this are not shared (quote texts; nothing gained by looking them up). */
const MAX_CHARS = 64;
/** The table is emptied when it holds this many strings, so that it stays small whatever the corpus. */
const MAX_ENTRIES = 1 << 20;

export class StringPool {
  private readonly table = new Map<string, string>();
  /** The pool's copy of `value` (a short string), or `value` itself. */
  share<T>(value: T): T {
    if (typeof value !== 'string' || value.length > MAX_CHARS) return value;
    const held = this.table.get(value);
    if (held !== undefined) return held as T;
    if (this.table.size >= MAX_ENTRIES) this.table.clear();
    this.table.set(value, value);
    return value;
  }
  /** The quote's short strings replaced by the pool's copies, in place (no field added or removed). */
  shareQuote(q: ExtractedQuote): void {
    q.articleId = this.share(q.articleId);
    q.kind = this.share(q.kind);
    const a = q.attribution;
    a.name = this.share(a.name);
    a.role = this.share(a.role);
    a.kind = this.share(a.kind);
    a.reason = this.share(a.reason);
    if (a.entity !== undefined) a.entity = this.share(a.entity);
    if (a.mention) a.mention.text = this.share(a.mention.text);
    if (a.cue) a.cue.text = this.share(a.cue.text);
    const said = q.saidAt;
    if (said) {
      said.value = this.share(said.value);
      said.precision = this.share(said.precision);
      said.basis = this.share(said.basis);
      if (said.expression) said.expression.text = this.share(said.expression.text);
    }
  }
  clear(): void {
    this.table.clear();
  }
}
