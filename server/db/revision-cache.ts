import type { Revisions } from './revisions.ts';

/** Hits and misses of every named cache of one instance (for /metrics). */
export type CacheStatistics = Map<string, { hits: number; misses: number }>;

function counter(statistics: CacheStatistics, name: string) {
  const counts = statistics.get(name) ?? { hits: 0, misses: 0 };
  statistics.set(name, counts);
  return counts;
}

export type RevisionCache<T> = (communityId: string, key: string, compute: () => Promise<T>) => Promise<T>;

/**
 * An in-process cache of what is derived from one community's data (the cluster map's analysis, the peer
 * index), kept while the community's revision is unchanged. The revision is read before computing, so a write
 * landing during the computation makes the next request compute again; concurrent requests share one
 * computation; a failed one is dropped; beyond `maxEntries` the least recently used entry goes first.
 */
export function revisionCache<T>(revisions: Revisions, statistics: CacheStatistics, name: string, maxEntries: number): RevisionCache<T> {
  const entries = new Map<string, { revision: string; value: Promise<T> }>();
  const counts = counter(statistics, name);
  return (communityId, key, compute) => {
    const revision = revisions.revisionOf(communityId);
    let entry = entries.get(key);
    if (entry?.revision === revision) counts.hits += 1;
    else {
      counts.misses += 1;
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

export type LookupCache<T> = (key: string, read: () => Promise<T | null>) => Promise<T | null>;

/**
 * Lookups answered by one community's data (a share link by its token, a community by its slug) that
 * requests make first: kept while that community's revision is unchanged, so a revoked link or a renamed
 * community is read again at once. Kept only when no write landed during the read; misses are not kept (a
 * link or a community may appear at any time).
 */
export function lookupCache<T>(
  revisions: Revisions,
  statistics: CacheStatistics,
  name: string,
  maxEntries: number,
  communityOf: (value: T) => string,
): LookupCache<T> {
  const entries = new Map<string, { revision: string; value: T }>();
  const counts = counter(statistics, name);
  return async (key, read) => {
    const entry = entries.get(key);
    if (entry && revisions.revisionOf(communityOf(entry.value)) === entry.revision) {
      counts.hits += 1;
      return entry.value;
    }
    counts.misses += 1;
    entries.delete(key);
    const writesBefore = revisions.writeCount();
    const value = await read();
    if (value !== null && revisions.writeCount() === writesBefore) {
      entries.set(key, { revision: revisions.revisionOf(communityOf(value)), value });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    }
    return value;
  };
}
