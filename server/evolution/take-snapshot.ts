import { detectCommunities, detectCommunitiesInThread } from '../analytics/network-analytics.ts';
import { cachedCommunityMap } from '../communities/map-cache.ts';
import type { Database } from '../db/transaction.ts';
import { listedOnly, networkFigures, networkOf } from './snapshot-figures.ts';
import type { SnapshotOccasion } from './snapshot-repository.ts';
import { levelMovesSinceLastSnapshot, storeSnapshot } from './snapshot-repository.ts';

/**
 * Takes a snapshot of the community's network health now: the figures of everyone (facilitators) and of listed
 * people alone (share viewers), so that a shared view never counts what unlisted people did. Returns its id.
 * One read of the map; the listed people's network is cut from everyone's, and its communities are found in the
 * analytics worker while this thread finds everyone's (Louvain is most of a snapshot's time: issue 18 asks it to
 * take no longer than a cold cluster map).
 */
export async function takeSnapshot(db: Database, communityId: string, occasion: SnapshotOccasion): Promise<string> {
  const [moved, map] = await Promise.all([levelMovesSinceLastSnapshot(db, communityId), cachedCommunityMap(db, communityId, 'curated')]);
  const everyone = networkOf(map);
  const listed = listedOnly(everyone);
  const listedCommunities = detectCommunitiesInThread(listed.graph);
  const curated = networkFigures(everyone, detectCommunities(everyone.graph), moved.everyone);
  return storeSnapshot(db, communityId, occasion, {
    curated,
    listed: networkFigures(listed, await listedCommunities, moved.listed),
  });
}
