/**
 * The text of a quotation in several pieces, joined the way an editor joins them, from the source's
 * own characters only: no word is ever added or changed, and the pieces keep their offsets.
 *
 *   "We are ready!" he said. "Sign it."        → We are ready! Sign it.     (the piece's own end)
 *   "We are ready," he said, "to sign it."     → We are ready, to sign it.  (one sentence continued)
 *   "…at the SEC," Lee said. "They have…"      → …at the SEC … They have…   (words left out between)
 *   "Our work is done¶"We sign tomorrow,"       → Our work is done We sign…  (paragraphs of one quotation)
 */

/** Punctuation that ends a sentence, written right after a piece and before its closing mark. */
const SENTENCE_END = /^[.!?…]+/u;
/** A comma, semicolon or colon right after a piece (`"We are ready," he said`). */
const PAUSE = /^[,;:]/u;

/** Joins the pieces of one quotation (offsets into `text`, in order) into its displayed text. */
export function joinQuotePieces(text: string, pieces: ReadonlyArray<{ start: number; end: number }>): string {
  let out = '';
  pieces.forEach((piece, i) => {
    const words = text.slice(piece.start, piece.end);
    const next = pieces[i + 1];
    if (!next) {
      out += words;
      return;
    }
    out += words + separator(text, piece, next, words);
  });
  return out;
}

function separator(text: string, piece: { end: number }, next: { start: number }, words: string): string {
  const between = text.slice(piece.end, next.start);
  const nextWords = text.slice(next.start, next.start + 8);
  if (/[.!?…]["'”’»)\]]*$/u.test(words)) return ' ';
  const end = SENTENCE_END.exec(between);
  if (end) return `${end[0]} `;
  // source words between the pieces: an attribution (`he said`) or other words left out
  const interrupted = /[\p{L}\p{N}]/u.test(between);
  const continues = /^[^\p{L}\p{N}]{0,3}\p{Ll}/u.test(nextWords);
  const pause = PAUSE.exec(between);
  if (continues) return pause ? `${pause[0]} ` : ' ';
  return interrupted ? ' … ' : ' ';
}
