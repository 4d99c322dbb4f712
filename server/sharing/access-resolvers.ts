import { z } from 'zod';
import { demoShareToken, deploymentSecret } from '../auth/derived-tokens.ts';
import { facilitatedCommunity } from '../auth/guards.ts';
import { facilitates } from '../auth/viewer.ts';
import { findDemoCommunity } from '../communities/community-admin-repository.ts';
import { appError, userError } from '../errors.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { audit } from '../observability/audit-log.ts';
import { valid } from '../validation.ts';
import {
  DEFAULT_SHARE_LINK_NAME,
  createShareLink,
  findShareLink,
  listShareLinks,
  revokeShareLink,
  revokeShareLinks,
} from './share-link-repository.ts';

const sharePath = (token: string) => `/s/${token}`;

// Control characters would garble the list; a name is a label, not a message.
const LinkName = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(80, 'must be at most 80 characters')
  .regex(/^[^\p{Cc}]*$/u, 'must not hold control characters');

/** Share links: read-only views of a community for whoever holds the link; several per community, each named. */
export const accessResolvers: Resolvers = {
  Community: {
    shareLinks: (community, _, { db, viewer }) => (facilitates(viewer, community.id) ? listShareLinks(db, community.id) : []),
  },
  Query: {
    shareLink: async (_, { token }, { db }) => {
      const link = token.length <= 128 ? await findShareLink(db, token) : null;
      if (!link) throw userError('NOT_FOUND', 'share.unknown');
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
    createShareLink: async (_, { communitySlug, name }, { db, viewer, logger }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      const linkName = valid(LinkName, name ?? DEFAULT_SHARE_LINK_NAME, 'name');
      const token = await createShareLink(db, community.id, undefined, linkName);
      audit(logger, 'share-link.created', { actorId: viewer.user?.id, communityId: community.id }, 'share link created');
      return { path: sharePath(token), communitySlug: community.slug, communityName: community.name };
    },
    revokeShareLink: async (_, { communitySlug, id }, { db, viewer, logger }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      if (id == null) await revokeShareLinks(db, community.id);
      else if (id.length > 64 || !(await revokeShareLink(db, community.id, id)))
        throw appError('NOT_FOUND', 'This community has no live share link with that id.');
      audit(
        logger,
        'share-link.revoked',
        { actorId: viewer.user?.id, communityId: community.id },
        id == null ? 'every share link revoked' : 'a share link revoked',
      );
      return true;
    },
  },
};
