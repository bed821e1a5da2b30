/**
 * A copy-on-write view of a Map: reads fall through to `base`, writes stay here. `decide`
 * drafts on the district state without copying a map of thousands of fridges for every batch
 * (a benchmark with 10,000 fridges in one district spent most of its time in that copy).
 * Deletions are not supported: the decider never removes a fridge.
 */
export class OverlayMap<K, V> extends Map<K, V> {
  constructor(private readonly base: ReadonlyMap<K, V>) {
    super();
  }

  override get(key: K): V | undefined {
    return super.has(key) ? super.get(key) : this.base.get(key);
  }

  override has(key: K): boolean {
    return super.has(key) || this.base.has(key);
  }

  override delete(_key: K): boolean {
    throw new Error('OverlayMap does not support delete');
  }

  override get size(): number {
    let n = this.base.size;
    for (const k of super.keys()) if (!this.base.has(k)) n++;
    return n;
  }

  override *entries(): MapIterator<[K, V]> {
    for (const [k, v] of this.base) yield [k, super.has(k) ? (super.get(k) as V) : v];
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
