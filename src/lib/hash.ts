/** FNV-1a, 32 bits: a fast, stable hash of strings for tables and fingerprints (not for security). */

/** The FNV-1a offset basis: the hash of nothing. */
export const FNV_OFFSET = 0x811c9dc5;

/** `hash` extended by the UTF-16 code units of `text`; an unsigned 32-bit integer. */
export function fnv1a(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
