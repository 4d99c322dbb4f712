/**
 * Revisions of each community's data, for in-process caches of what is derived from it (the map, the cluster
 * map, the peer index) and of the lookups every request makes (share links, communities by slug).
 *
 * writeTx, the one write path, calls `dataChanged` after every write transaction (committed or not), so
 * no write can be forgotten: the write names the community it touched (`{ community: id }`), declares that
 * it touched no community's data (`'none'`: sessions, accounts, secrets), or by default counts
 * as a change to every community. Forgetting to name the community costs a recomputation, never a stale
 * answer. A cache stamps an entry with `revisionOf(communityId)` read *before* it reads the database and
 * serves the entry only while the revision is unchanged.
 *
 * In-process: with several app instances, each instance only sees its own writes (a share link revoked
 * through one instance would stay open on another). Move these counters to a shared store (or subscribe to
 * each other's writes) before scaling out.
 */
export type DataChange = { community: string } | 'none' | 'all';

let everyCommunity = 0;
let writes = 0;
const byCommunity = new Map<string, number>();

export function dataChanged(change: DataChange): void {
  if (change === 'none') return;
  writes += 1;
  if (change === 'all') everyCommunity += 1;
  else byCommunity.set(change.community, (byCommunity.get(change.community) ?? 0) + 1);
}

/** How many writes have changed some community's data so far. */
export const writeCount = () => writes;

/** An opaque stamp that changes whenever the community's data may have changed. */
export function revisionOf(communityId: string): string {
  return `${everyCommunity}.${byCommunity.get(communityId) ?? 0}`;
}
