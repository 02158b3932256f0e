/**
 * A bounded least-recently-used cache of serialised answers, keyed by the normalised request. It holds the
 * bytes of one index only: the first lookup made for another index (a swap, a SIGHUP rebuild) empties it, so a
 * cached answer can never come from an index that is no longer served.
 */

export interface ResponseCacheOptions {
  /** Total size of the bodies kept, in bytes; 0 turns the cache off. */
  maxBytes?: number;
  /** A body larger than this is never kept (one huge answer must not push out hundreds of small ones). */
  maxEntryBytes?: number;
}

export const defaultResponseCacheOptions: Required<ResponseCacheOptions> = {
  maxBytes: 64 * 2 ** 20,
  maxEntryBytes: 1 * 2 ** 20,
};

export interface ResponseCache<V> {
  /** The value kept for `key` under the index `owner`, or undefined (always undefined when the cache is off). */
  get(owner: object, key: string): V | undefined;
  /** Keeps `value` (of `bytes` bytes) for `key` under `owner`, dropping the least recently used to make room. */
  set(owner: object, key: string, value: V, bytes: number): void;
  /** Entries and bytes held now. */
  stats(): { entries: number; bytes: number };
}

/** Creates a cache; with `maxBytes: 0` it keeps nothing. */
export function createResponseCache<V>(options: ResponseCacheOptions = {}): ResponseCache<V> {
  const { maxBytes, maxEntryBytes } = { ...defaultResponseCacheOptions, ...options };
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recently used first.
  const entries = new Map<string, { value: V; bytes: number }>();
  let owner: object | null = null;
  let bytes = 0;
  const adopt = (o: object): void => {
    if (owner === o) return;
    owner = o;
    entries.clear();
    bytes = 0;
  };
  return {
    get(o, key) {
      if (maxBytes <= 0) return undefined;
      adopt(o);
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(o, key, value, size) {
      if (maxBytes <= 0 || size > Math.min(maxEntryBytes, maxBytes)) return;
      adopt(o);
      const old = entries.get(key);
      if (old) {
        entries.delete(key);
        bytes -= old.bytes;
      }
      entries.set(key, { value, bytes: size });
      bytes += size;
      for (const [k, e] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(k);
        bytes -= e.bytes;
      }
    },
    stats: () => ({ entries: entries.size, bytes }),
  };
}
