import { facilitatedCommunity } from '../auth/guards.ts';
import { scopeOf } from '../auth/viewer.ts';
import type { InterestRecord, RegionRecord } from '../communities/community-repository.ts';
import { listRegions } from '../communities/community-repository.ts';
import { cachedInterests, namesFor, viewerKind } from '../communities/map-cache.ts';
import type { Database } from '../db/transaction.ts';
import type { Resolvers } from '../graphql/generated.ts';
import type { SnapshotRecord } from './snapshot-repository.ts';
import { listSnapshots } from './snapshot-repository.ts';
import { takeSnapshot } from './take-snapshot.ts';

/** The interests this snapshot's viewer may see by name, by id (an interest merged away since is left out). */
async function interestsFor(db: Database, snapshot: SnapshotRecord): Promise<Map<string, InterestRecord>> {
  return new Map(namesFor(snapshot.kind, await cachedInterests(db, snapshot.communityId)).map((i) => [i.id, i]));
}

async function regionsFor(db: Database, snapshot: SnapshotRecord): Promise<Map<string, RegionRecord>> {
  return new Map((await listRegions(db, snapshot.communityId)).map((r) => [r.id, r]));
}

export const evolutionResolvers: Resolvers = {
  Community: {
    snapshots: (community, _, { db, viewer }) => listSnapshots(db, community.id, viewerKind(scopeOf(viewer), community.id)),
  },
  Mutation: {
    takeSnapshot: async (_, { communitySlug }, { db, viewer }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      const id = await takeSnapshot(db, community.id, { trigger: 'ON_DEMAND', workshop: null });
      return (await listSnapshots(db, community.id, 'curated')).find((s) => s.id === id)!;
    },
  },
  NetworkSnapshot: {
    participation: (s) => ({ coordinators: s.coordinators, active: s.active, peripheral: s.peripheral, moved: s.moved }),
    regionPairs: async (s, _, { db }) => {
      const regions = await regionsFor(db, s);
      // A region deleted since the snapshot is left out rather than shown as "not given".
      return s.regionPairs.flatMap(({ a, b, ties }) =>
        (a === null || regions.has(a)) && (b === null || regions.has(b))
          ? [{ regionA: a === null ? null : regions.get(a)!, regionB: b === null ? null : regions.get(b)!, ties }]
          : [],
      );
    },
    interests: async (s, _, { db }) => {
      const interests = await interestsFor(db, s);
      return s.interests.flatMap(({ interestId, offers, seeks }) => {
        const interest = interests.get(interestId);
        return interest ? [{ interest, offers, seeks }] : [];
      });
    },
    openGaps: async (s, _, { db }) => {
      const [interests, regions] = await Promise.all([interestsFor(db, s), regionsFor(db, s)]);
      return s.gaps.flatMap(({ interestId, regionId }) => {
        const [interest, region] = [interests.get(interestId), regions.get(regionId)];
        return interest && region ? [{ interest, region }] : [];
      });
    },
  },
};
