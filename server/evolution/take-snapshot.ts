import { cachedCommunityMap } from '../communities/map-cache.ts';
import type { Database } from '../db/transaction.ts';
import { networkFigures } from './snapshot-figures.ts';
import type { SnapshotOccasion } from './snapshot-repository.ts';
import { levelMovesSinceLastSnapshot, storeSnapshot } from './snapshot-repository.ts';

/**
 * Takes a snapshot of the community's network health now: the figures of everyone (facilitators) and of listed
 * people alone (share viewers), so that a shared view never counts what unlisted people did. Returns its id.
 */
export async function takeSnapshot(db: Database, communityId: string, occasion: SnapshotOccasion): Promise<string> {
  const moved = await levelMovesSinceLastSnapshot(db, communityId);
  const [everyone, listed] = await Promise.all([
    cachedCommunityMap(db, communityId, 'curated'),
    cachedCommunityMap(db, communityId, 'listed'),
  ]);
  return storeSnapshot(db, communityId, occasion, {
    curated: networkFigures(everyone, moved.everyone),
    listed: networkFigures(listed, moved.listed),
  });
}
