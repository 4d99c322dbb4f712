import { revisionOf, writeCount } from './revisions.ts';

/**
 * An in-process cache of what is derived from one community's data (the cluster map's analysis, the peer
 * index), kept while the community's revision is unchanged. The revision is read before computing, so a write
 * landing during the computation makes the next request compute again; concurrent requests share one
 * computation; a failed one is dropped; beyond `maxEntries` the least recently used entry goes first.
 */
export function revisionCache<T>(maxEntries: number) {
  const entries = new Map<string, { revision: string; value: Promise<T> }>();
  return (communityId: string, key: string, compute: () => Promise<T>): Promise<T> => {
    const revision = revisionOf(communityId);
    let entry = entries.get(key);
    if (entry?.revision !== revision) {
      const fresh = { revision, value: compute() };
      fresh.value.catch(() => entries.get(key) === fresh && entries.delete(key));
      entry = fresh;
    }
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return entry.value;
  };
}

/**
 * Lookups answered by one community's data (a share link by its token, a community by its slug) that
 * requests make first: kept while that community's revision is unchanged, so a revoked link or a renamed
 * community is read again at once. Kept only when no write landed during the read; misses are not kept (a
 * link or a community may appear at any time).
 */
export function lookupCache<T>(maxEntries: number, communityOf: (value: T) => string) {
  const entries = new Map<string, { revision: string; value: T }>();
  return async (key: string, read: () => Promise<T | null>): Promise<T | null> => {
    const entry = entries.get(key);
    if (entry && revisionOf(communityOf(entry.value)) === entry.revision) return entry.value;
    entries.delete(key);
    const writesBefore = writeCount();
    const value = await read();
    if (value !== null && writeCount() === writesBefore) {
      entries.set(key, { revision: revisionOf(communityOf(value)), value });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    }
    return value;
  };
}
