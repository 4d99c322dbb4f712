import { demoShareToken, deploymentSecret } from '../auth/derived-tokens.ts';
import { facilitatedCommunity } from '../auth/guards.ts';
import { findDemoCommunity } from '../communities/community-admin-repository.ts';
import { appError } from '../errors.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { audit } from '../observability/audit-log.ts';
import { createShareLink, findShareLink, revokeShareLinks } from './share-link-repository.ts';

const sharePath = (token: string) => `/s/${token}`;

/** Share links: read-only views of a community for whoever holds the link. */
export const accessResolvers: Resolvers = {
  Query: {
    shareLink: async (_, { token }, { db }) => {
      const link = token.length <= 128 ? await findShareLink(db, token) : null;
      if (!link) throw appError('NOT_FOUND', 'This share link does not exist or was revoked.');
      return { path: sharePath(token), ...link };
    },
    demo: async (_, __, { db }) => {
      const community = await findDemoCommunity(db);
      if (!community) return null;
      const token = demoShareToken(await deploymentSecret(db), community.id);
      const link = await findShareLink(db, token);
      return link ? { path: sharePath(token), ...link } : null;
    },
  },
  Mutation: {
    createShareLink: async (_, { communitySlug }, { db, viewer, logger }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      const token = await createShareLink(db, community.id);
      audit(logger, 'share-link.created', { actorId: viewer.user?.id, communityId: community.id }, 'share link created (any earlier one revoked)');
      return { path: sharePath(token), communitySlug: community.slug, communityName: community.name };
    },
    revokeShareLink: async (_, { communitySlug }, { db, viewer, logger }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      await revokeShareLinks(db, community.id);
      audit(logger, 'share-link.revoked', { actorId: viewer.user?.id, communityId: community.id }, 'share link revoked');
      return true;
    },
  },
};
