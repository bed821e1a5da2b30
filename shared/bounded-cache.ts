// Caches bounded by entry count, shared by the cloud's registry caches.

/**
 * Makes room for `adding` entries in a cache bounded at `max`: the oldest entries go (a Map
 * iterates in insertion order), a quarter of it at a time, rather than all of it: a fleet
 * with more tags than the bound keeps most of what it uses.
 */
export function dropOldest<K, V>(cache: Map<K, V>, adding: number, max: number): void {
  if (cache.size + adding <= max) return;
  let drop = Math.max(cache.size + adding - max, Math.ceil(max / 4));
  for (const k of cache.keys()) {
    if (drop-- <= 0) break;
    cache.delete(k);
  }
}
