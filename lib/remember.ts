/**
 * Bounded memo tables for lookups over page text and per-row values (status cells, folded
 * names, labels, zone offsets): the distinct inputs are few, but nothing bounds them, so a
 * table past its limit starts over rather than grow for the life of the page or worker.
 */

/** `cache`'s value for `key`, else `compute(key)`, kept. A table holding `limit` entries is emptied first. */
export function remember<K, V>(cache: Map<K, V>, key: K, compute: (key: K) => V, limit = 1000): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/** The table `outer` keeps for `key` (a language, a zone, a vocabulary), made on first use. */
export function tableFor<O, K, V>(outer: { get(key: O): Map<K, V> | undefined; set(key: O, value: Map<K, V>): unknown }, key: O): Map<K, V> {
  let table = outer.get(key);
  if (table === undefined) outer.set(key, (table = new Map()));
  return table;
}
