import { cachedClusterMap, clusterMapAsOf } from '../analytics/cluster-map-cache.ts';
import { parseAsOf } from '../evolution/as-of.ts';
import { mayRead, requireReader } from '../auth/guards.ts';
import { facilitates, scopeOf } from '../auth/viewer.ts';
import { appError } from '../errors.ts';
import { shareLinkCreatedAt } from '../sharing/share-link-repository.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { decodeCursor, encodeCursor, pageSize } from '../graphql/pagination.ts';
import { findPerson, listPeople } from '../people/person-repository.ts';
import { findCommunityBySlug, listCommunities, listOrganizations, listRegions, mapTies, tieId } from './community-repository.ts';
import { cachedCommunityMap, cachedInterests, mapAsOf, namesFor, viewerKind } from './map-cache.ts';

export const communityResolvers: Resolvers = {
  Query: {
    communities: async (_, { includeArchived }, { db, viewer }) => {
      if (!viewer.user && !viewer.share) return [];
      const archivedToo = !!includeArchived && viewer.user?.role === 'ADMIN';
      return (await listCommunities(db, scopeOf(viewer), archivedToo)).filter((community) => mayRead(viewer, community.id));
    },
    community: async (_, { slug }, { db, viewer }) => {
      requireReader(viewer);
      const community = await findCommunityBySlug(db, slug);
      return community && mayRead(viewer, community.id) ? community : null;
    },
  },
  Community: {
    defaultLanguage: (community) => community.defaultLanguage ?? 'ES',
    people: async (community, { first, after }, { db, viewer }) => {
      const page = await listPeople(db, community.id, scopeOf(viewer), {
        first: pageSize(first),
        after: decodeCursor(after, ['normName', 'id'] as const),
      });
      const edges = page.items.map((node) => ({ node, cursor: encodeCursor({ normName: node.normName, id: node.id }) }));
      return {
        totalCount: page.totalCount,
        edges,
        nodes: page.items,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
    organizations: async (community, _, { db, viewer }) =>
      namesFor(viewerKind(scopeOf(viewer), community.id), await listOrganizations(db, community.id)),
    regions: (community, _, { db }) => listRegions(db, community.id),
    interests: async (community, _, { db, viewer }) =>
      namesFor(viewerKind(scopeOf(viewer), community.id), await cachedInterests(db, community.id)),
    map: (community, { publicView, asOf }, { db, viewer }) => {
      const kind = publicView ? 'listed' : viewerKind(scopeOf(viewer), community.id);
      const at = parseAsOf(asOf);
      return at ? mapAsOf(db, community.id, kind, at) : cachedCommunityMap(db, community.id, kind);
    },
    clusterMap: async (community, { groupBy, interestId, asOf }, { db, viewer }) => {
      const at = parseAsOf(asOf);
      const by = groupBy ?? 'REGION';
      if (by === 'INTEREST' && !interestId)
        throw appError('BAD_USER_INPUT', 'Choose the interest to group by (interestId).', { field: 'interestId' });
      const kind = viewerKind(scopeOf(viewer), community.id);
      if (by === 'INTEREST' && !namesFor(kind, await cachedInterests(db, community.id)).some((i) => i.id === interestId)) {
        throw appError('NOT_FOUND', 'No such interest in this community.');
      }
      if (at) return clusterMapAsOf(db, community.id, kind, by, by === 'INTEREST' ? interestId! : null, at);
      return cachedClusterMap(db, community.id, kind, by, by === 'INTEREST' ? interestId! : null);
    },
    person: async (community, { id }, { db, viewer }) => {
      const person = await findPerson(db, id, scopeOf(viewer));
      return person?.communityId === community.id ? person : null;
    },
    shareLinkCreatedAt: (community, _, { db, viewer }) => (facilitates(viewer, community.id) ? shareLinkCreatedAt(db, community.id) : null),
  },
  CommunityMap: {
    ties: (map) => mapTies(map),
  },
  MapTie: {
    id: (tie) => tieId(tie),
  },
};
