/**
 * A set of quote-slot pairs, as open addressing over a Float64Array: a JavaScript `Set` holds at most 2^24
 * entries, and a million quotes check more candidate pairs than that.
 */
export class PairSet {
  private keys: Float64Array;
  private size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
  }

  /** Adds the pair key (a positive integer below 2^53); true when it was not in the set yet. */
  add(key: number): boolean {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const added = insert(this.keys, key);
    if (added) this.size++;
    return added;
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Float64Array(old.length * 2);
    for (const key of old) if (key !== 0) insert(this.keys, key);
  }
}

function slotOf(key: number, mask: number): number {
  const low = (key % 0x100000000) | 0;
  const high = Math.floor(key / 0x100000000) | 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & mask;
}

function insert(keys: Float64Array, key: number): boolean {
  const mask = keys.length - 1;
  for (let at = slotOf(key, mask); ; at = (at + 1) & mask) {
    const held = keys[at]!;
    if (held === key) return false;
    if (held === 0) {
      keys[at] = key;
      return true;
    }
  }
}
