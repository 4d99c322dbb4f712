import type { CommunityMapRecord } from '../communities/community-repository.ts';
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
  const [moved, everyone] = await Promise.all([
    levelMovesSinceLastSnapshot(db, communityId),
    cachedCommunityMap(db, communityId, 'curated'),
  ]);
  return storeSnapshot(db, communityId, occasion, {
    curated: networkFigures(everyone, moved.everyone),
    listed: networkFigures(listedOnly(everyone), moved.listed),
  });
}

/**
 * The map a share viewer sees (listed people and the ties among them), cut from everyone's in memory: the same as
 * reading it with their scope, without a second read of the database (at 10,000 people, about half a second).
 */
export function listedOnly(map: CommunityMapRecord): CommunityMapRecord {
  const position = new Int32Array(map.people.length).fill(-1);
  const people = map.people.filter((p) => p.listed);
  let next = 0;
  map.people.forEach((p, at) => {
    if (p.listed) position[at] = next++;
  });
  const ends: number[] = [];
  for (let end = 0; end < map.tieEnds.length; end += 2) {
    const [a, b] = [position[map.tieEnds[end]!]!, position[map.tieEnds[end + 1]!]!];
    if (a >= 0 && b >= 0) ends.push(a, b);
  }
  return { regions: map.regions, people, tieEnds: Int32Array.from(ends) };
}
