/**
 * Revisions of each community's data, for in-process caches of what is derived from it (the map, the cluster
 * map, the peer index) and of the lookups every request makes (share links, communities by slug).
 *
 * writeTx, the one write path, calls `changed` after every write transaction (committed or not), so
 * no write can be forgotten: the write names the community it touched (`{ community: id }`), declares that
 * it touched no community's data (`'none'`: sessions, accounts, secrets), or by default counts
 * as a change to every community. Forgetting to name the community costs a recomputation, never a stale
 * answer. A cache stamps an entry with `revisionOf(communityId)` read *before* it reads the database and
 * serves the entry only while the revision is unchanged.
 *
 * One set per app instance (server/instance-state.ts): with several instances, each only sees its own writes
 * (a share link revoked through one instance would stay open on another). Share these counters (a shared
 * store, or subscribe to each other's writes) before scaling out.
 */
export type DataChange = { community: string } | 'none' | 'all';

export type Revisions = {
  changed: (change: DataChange) => void;
  /** How many writes have changed some community's data so far. */
  writeCount: () => number;
  /** An opaque stamp that changes whenever the community's data may have changed. */
  revisionOf: (communityId: string) => string;
};

export function createRevisions(): Revisions {
  let everyCommunity = 0;
  let writes = 0;
  const byCommunity = new Map<string, number>();
  return {
    changed(change) {
      if (change === 'none') return;
      writes += 1;
      if (change === 'all') everyCommunity += 1;
      else byCommunity.set(change.community, (byCommunity.get(change.community) ?? 0) + 1);
    },
    writeCount: () => writes,
    revisionOf: (communityId) => `${everyCommunity}.${byCommunity.get(communityId) ?? 0}`,
  };
}
