import { facilitatedCommunity } from '../auth/guards.ts';
import { scopeOf } from '../auth/viewer.ts';
import type { InterestRecord, RegionRecord } from '../communities/community-repository.ts';
import { cachedInterests, cachedRegions, namesFor, viewerKind } from '../communities/map-cache.ts';
import type { ViewerKind } from '../communities/map-cache.ts';
import type { Database } from '../db/transaction.ts';
import { appError } from '../errors.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { listSnapshots } from './snapshot-repository.ts';
import { takeSnapshot } from './take-snapshot.ts';
import { parseAsOf } from './as-of.ts';
import type { ChangesRecord } from './changes.ts';
import { networkChanges } from './changes.ts';
import type { GapFigure } from './snapshot-figures.ts';

/** Whose figures: a community, seen by one kind of viewer. */
type Seen = { communityId: string; kind: ViewerKind };

/** The interests this viewer may see by name, by id (an interest merged away since is left out). */
async function interestsFor(db: Database, { communityId, kind }: Seen): Promise<Map<string, InterestRecord>> {
  return new Map(namesFor(kind, await cachedInterests(db, communityId)).map((i) => [i.id, i]));
}

async function regionsFor(db: Database, { communityId }: Seen): Promise<Map<string, RegionRecord>> {
  return new Map((await cachedRegions(db, communityId)).map((r) => [r.id, r]));
}

/** Gaps as interests and regions (ones merged or deleted since are left out). */
async function gapsFor(db: Database, seen: Seen, gaps: GapFigure[]) {
  const [interests, regions] = await Promise.all([interestsFor(db, seen), regionsFor(db, seen)]);
  return gaps.flatMap(({ interestId, regionId }) => {
    const [interest, region] = [interests.get(interestId), regions.get(regionId)];
    return interest && region ? [{ interest, region }] : [];
  });
}

const limitOf = (c: ChangesRecord) => c.limit ?? 100;

export const evolutionResolvers: Resolvers = {
  Community: {
    snapshots: (community, _, { db, viewer }) => listSnapshots(db, community.id, viewerKind(scopeOf(viewer), community.id)),
    changes: async (community, { since, until, first }, { db, viewer }) => {
      const to = parseAsOf(until ?? null, 'until');
      const from = parseAsOf(since, 'since')!;
      if (to && from > to) throw appError('BAD_USER_INPUT', 'since must come before until.', { field: 'since' });
      const limit = first ?? 100;
      if (!Number.isInteger(limit) || limit < 1 || limit > 500)
        throw appError('BAD_USER_INPUT', 'first must be 1–500.', { field: 'first' });
      const changes = await networkChanges(db, community.id, viewerKind(scopeOf(viewer), community.id), from, to);
      return { ...changes, limit };
    },
  },
  NetworkChanges: {
    newPeople: (c) => c.newPeople.slice(0, limitOf(c)),
    newPeopleCount: (c) => c.newPeople.length,
    newTies: (c) => c.newTies.slice(0, limitOf(c)),
    newTieCount: (c) => c.newTies.length,
    newCrossRegionTieCount: (c) => c.newTies.filter((t) => t.crossRegion).length,
    newBridges: (c) => c.newBridges.slice(0, limitOf(c)),
    leftPeriphery: (c) => c.leftPeriphery.slice(0, limitOf(c)),
    gapsClosed: (c, _, { db }) => gapsFor(db, c, c.gapsClosed),
    gapsOpened: (c, _, { db }) => gapsFor(db, c, c.gapsOpened),
  },

  Mutation: {
    takeSnapshot: async (_, { communitySlug }, { db, viewer }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      const id = await takeSnapshot(db, community.id, { trigger: 'ON_DEMAND', workshop: null });
      return (await listSnapshots(db, community.id, 'curated', id))[0]!;
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
    openGaps: (s, _, { db }) => gapsFor(db, s, s.gaps),
  },
};
