/**
 * A bounded least-recently-used cache of serialised answers, keyed by the normalised request, with aliases
 * (another key that names the same answer, such as the address as sent) that cost a key's bytes, not the
 * answer's: aliases are bounded in number and in length, so addresses padded with unknown parameters cannot
 * grow it past `maxAliases × maxAliasChars`. It holds the answers of one index only: the first lookup made for another index (a swap, a SIGHUP
 * rebuild) empties it, so a cached answer can never come from an index that is no longer served.
 */

export interface ResponseCacheOptions {
  /** Total size of the answers kept, in bytes; 0 turns the cache off. */
  maxBytes?: number;
  /** An answer larger than this is never kept (one huge answer must not push out hundreds of small ones). */
  maxEntryBytes?: number;
  /** Aliases kept at most (the least recently used go first). */
  maxAliases?: number;
  /** An alias longer than this is not kept (its request is still answered from the cache by its key). */
  maxAliasChars?: number;
}

export const defaultResponseCacheOptions: Required<ResponseCacheOptions> = {
  maxBytes: 128 * 2 ** 20,
  maxEntryBytes: 1 * 2 ** 20,
  maxAliases: 20_000,
  maxAliasChars: 1_024,
};

export interface ResponseCache<V> {
  /** The value kept for `key` (or for the key `key` is an alias of) under the index `owner`, or undefined. */
  get(owner: object, key: string): V | undefined;
  /** Keeps `value` (of `bytes` bytes) for `key` under `owner`, dropping the least recently used to make room. */
  set(owner: object, key: string, value: V, bytes: number): void;
  /** Makes `alias` name what `key` names, for as long as both are kept. */
  alias(owner: object, alias: string, key: string): void;
  /** Answers, aliases and bytes held now. */
  stats(): { entries: number; aliases: number; bytes: number };
}

/** Creates a cache; with `maxBytes: 0` it keeps nothing. */
export function createResponseCache<V>(options: ResponseCacheOptions = {}): ResponseCache<V> {
  const { maxBytes, maxEntryBytes, maxAliases, maxAliasChars } = { ...defaultResponseCacheOptions, ...options };
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recently used first.
  const entries = new Map<string, { value: V; bytes: number }>();
  const aliases = new Map<string, string>();
  let owner: object | null = null;
  let bytes = 0;
  const adopt = (o: object): void => {
    if (owner === o) return;
    owner = o;
    entries.clear();
    aliases.clear();
    bytes = 0;
  };
  const touch = <K, T>(map: Map<K, T>, key: K): T | undefined => {
    const found = map.get(key);
    if (found !== undefined) {
      map.delete(key);
      map.set(key, found);
    }
    return found;
  };
  return {
    get(o, key) {
      if (maxBytes <= 0) return undefined;
      adopt(o);
      const target = touch(aliases, key);
      return touch(entries, target ?? key)?.value;
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
    alias(o, alias, key) {
      if (maxBytes <= 0 || maxAliases <= 0 || alias === key || alias.length > maxAliasChars) return;
      adopt(o);
      aliases.delete(alias);
      aliases.set(alias, key);
      if (aliases.size > maxAliases) aliases.delete(aliases.keys().next().value!);
    },
    stats: () => ({ entries: entries.size, aliases: aliases.size, bytes }),
  };
}
