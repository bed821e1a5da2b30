/**
 * A copy-on-write view of a Map: reads fall through to `base`, writes stay here. `decide`
 * drafts on the district state without copying a map of thousands of fridges for every batch
 * (a benchmark with 10,000 fridges in one district spent most of its time in that copy).
 * A deletion is a tombstone here: the base is never written.
 *
 * Iterating it yields the base's keys in their order, then the new ones: a key deleted and set
 * again keeps its old place, where a Map would move it to the end. With `keepWrites` (a fork of
 * the district state, forkState) it keeps its writes, and `replayOnto` applies them in the
 * order they were made, so the Map it writes to ends exactly as if it had been written
 * directly; a decision's draft, which is thrown away, keeps none.
 */
export class OverlayMap<K, V> extends Map<K, V> {
  private readonly deleted = new Set<K>();
  /** Every write in order: [key, value] a set, [key] a delete (with keepWrites). */
  private readonly writes: Array<[K, V] | [K]> | undefined;

  constructor(private readonly base: ReadonlyMap<K, V>, keepWrites = false) {
    super();
    this.writes = keepWrites ? [] : undefined;
  }

  /** Applies every write made here, in order, to `target` (the base, once nothing reads it as it was). */
  replayOnto(target: Map<K, V>): void {
    if (this.writes === undefined) throw new Error('an overlay made without keepWrites has no writes to replay');
    for (const w of this.writes) {
      if (w.length === 2) target.set(w[0], w[1]);
      else target.delete(w[0]);
    }
  }

  override get(key: K): V | undefined {
    if (super.has(key)) return super.get(key);
    return this.deleted.has(key) ? undefined : this.base.get(key);
  }

  override has(key: K): boolean {
    return super.has(key) || (!this.deleted.has(key) && this.base.has(key));
  }

  override set(key: K, value: V): this {
    // Map's constructor calls set before the fields exist (it is never given entries here).
    this.deleted?.delete(key);
    this.writes?.push([key, value]);
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    const had = this.has(key);
    super.delete(key);
    if (this.base.has(key)) this.deleted.add(key);
    this.writes?.push([key]);
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
