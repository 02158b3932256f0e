/**
 * Disjoint sets over the dense ids `0 … size - 1` (a union-find with path compression). The root a merge
 * keeps is chosen by an order, so the sets and their roots do not depend on the order of the merges.
 */
export class UnionFind {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }

  /** The root of the set holding `x`. */
  find(x: number): number {
    const { parent } = this;
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  }

  /**
   * Merges the sets of `a` and `b`; the root kept is the one `order` puts first (ties: `a`'s), by default
   * the smaller id. Returns the root of the merged set.
   */
  union(a: number, b: number, order: (x: number, y: number) => number = (x, y) => x - y): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const [keep, drop] = order(ra, rb) <= 0 ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    return keep;
  }
}
