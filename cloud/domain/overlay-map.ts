/**
 * A copy-on-write view of a Map: reads fall through to `base`, writes stay here. `decide`
 * drafts on the district state without copying a map of thousands of fridges for every batch
 * (a benchmark with 10,000 fridges in one district spent most of its time in that copy).
 * A deletion is a tombstone here: the base is never written.
 */
export class OverlayMap<K, V> extends Map<K, V> {
  private readonly deleted = new Set<K>();

  constructor(private readonly base: ReadonlyMap<K, V>) {
    super();
  }

  override get(key: K): V | undefined {
    if (super.has(key)) return super.get(key);
    return this.deleted.has(key) ? undefined : this.base.get(key);
  }

  override has(key: K): boolean {
    return super.has(key) || (!this.deleted.has(key) && this.base.has(key));
  }

  override set(key: K, value: V): this {
    this.deleted?.delete(key);
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    const had = this.has(key);
    super.delete(key);
    if (this.base.has(key)) this.deleted.add(key);
    return had;
  }

  override get size(): number {
    let n = 0;
    for (const k of this.base.keys()) if (!this.deleted.has(k) || super.has(k)) n++;
    for (const k of super.keys()) if (!this.base.has(k)) n++;
    return n;
  }

  override *entries(): MapIterator<[K, V]> {
    for (const [k, v] of this.base) {
      if (super.has(k)) yield [k, super.get(k) as V];
      else if (!this.deleted.has(k)) yield [k, v];
    }
    for (const [k, v] of super.entries()) if (!this.base.has(k)) yield [k, v];
  }

  override *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  override *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override forEach(cb: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this);
  }
}
