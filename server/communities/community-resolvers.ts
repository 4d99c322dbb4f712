import { scopeOf } from '../auth/viewer.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { decodeCursor, encodeCursor, pageSize } from '../graphql/pagination.ts';
import { listPeople } from '../people/person-repository.ts';
import {
  communityMap,
  findCommunityBySlug,
  listCommunities,
  listInterests,
  listOrganizations,
  listRegions,
} from './community-repository.ts';

export const communityResolvers: Resolvers = {
  Query: {
    communities: (_, __, { db, viewer }) => listCommunities(db, scopeOf(viewer)),
    community: (_, { slug }, { db }) => findCommunityBySlug(db, slug),
  },
  Community: {
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
    organizations: (community, _, { db }) => listOrganizations(db, community.id),
    regions: (community, _, { db }) => listRegions(db, community.id),
    interests: (community, _, { db }) => listInterests(db, community.id),
    map: (community, _, { db, viewer }) => communityMap(db, community.id, scopeOf(viewer)),
  },
};
