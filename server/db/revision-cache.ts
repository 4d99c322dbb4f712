import { revisionOf } from './revisions.ts';

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
