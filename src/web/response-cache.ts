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

/**
 * What keeping one entry costs beyond its value and key: the Map's node, the entry object, the answer's
 * Buffer and ArrayBuffer objects (measured on Node 20 at about 250 bytes; rounded up).
 */
export const ENTRY_OVERHEAD_BYTES = 320;
/** What one alias costs beyond its key's characters: its Map node (the target key string is shared). */
export const ALIAS_OVERHEAD_BYTES = 96;

/** Bytes a string key holds: two per character (V8 keeps some strings in one byte; two is the safe count). */
export function keyBytes(key: string): number {
  return 2 * key.length;
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
  /**
   * Keeps `value` (of `bytes` bytes) for `key` under `owner`, dropping the least recently used to make room.
   * What is counted against `maxBytes` is `bytes` plus the key's bytes and {@link ENTRY_OVERHEAD_BYTES}.
   */
  set(owner: object, key: string, value: V, bytes: number): void;
  /** Makes `alias` name what `key` names, for as long as both are kept. */
  alias(owner: object, alias: string, key: string): void;
  /** Answers, aliases and bytes held now (answers, keys, aliases and per-entry overheads: all it holds). */
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
  const aliasCost = (alias: string): number => keyBytes(alias) + ALIAS_OVERHEAD_BYTES;
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
  /** Drops the least recently used aliases (only shortcuts), then answers, until what is held fits. */
  const shrink = (keep: string | null): void => {
    for (const a of aliases.keys()) {
      if (bytes <= maxBytes) return;
      aliases.delete(a);
      bytes -= aliasCost(a);
    }
    for (const [k, e] of entries) {
      if (bytes <= maxBytes) return;
      if (k === keep) continue;
      entries.delete(k);
      bytes -= e.bytes;
    }
  };
  return {
    get(o, key) {
      if (maxBytes <= 0) return undefined;
      adopt(o);
      const target = touch(aliases, key);
      return touch(entries, target ?? key)?.value;
    },
    set(o, key, value, size) {
      const cost = size + keyBytes(key) + ENTRY_OVERHEAD_BYTES;
      if (maxBytes <= 0 || size > maxEntryBytes || cost > maxBytes) return;
      adopt(o);
      const old = entries.get(key);
      if (old) {
        entries.delete(key);
        bytes -= old.bytes;
      }
      entries.set(key, { value, bytes: cost });
      bytes += cost;
      shrink(key);
    },
    alias(o, alias, key) {
      if (maxBytes <= 0 || maxAliases <= 0 || alias === key || alias.length > maxAliasChars) return;
      adopt(o);
      if (aliases.delete(alias)) bytes -= aliasCost(alias);
      aliases.set(alias, key);
      bytes += aliasCost(alias);
      if (aliases.size > maxAliases) {
        const oldest = aliases.keys().next().value!;
        aliases.delete(oldest);
        bytes -= aliasCost(oldest);
      }
      shrink(null);
    },
    stats: () => ({ entries: entries.size, aliases: aliases.size, bytes }),
  };
}
