/** Turning a file's bytes into text, or saying plainly why they are not text. */

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a file: UTF-8 (BOM stripped), or UTF-16 LE/BE when the file starts with that BOM.
 * Empty files, binary files (NUL bytes) and invalid UTF-8 are refused with a reason.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return nonEmpty(text, encoding);
    } catch {
      return { ok: false, reason: `starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}` };
    }
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not an article text' };
  try {
    return nonEmpty(utf8.decode(bytes), 'utf-8');
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const badAt = Buffer.byteLength(lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))), 'utf8');
    return { ok: false, reason: `not valid UTF-8 (first bad byte near offset ${badAt}); re-save the file as UTF-8` };
  }
}

function nonEmpty(text: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): Decoded {
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text, encoding };
}

/** Plain-text line endings: CRLF and lone CR become LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
