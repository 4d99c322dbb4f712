import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { demoShareToken, deploymentSecret } from '../auth/derived-tokens.ts';
import { facilitatedCommunity, requireAdmin } from '../auth/guards.ts';
import { facilitates } from '../auth/viewer.ts';
import { NewPassword, hashPassword } from '../auth/passwords.ts';
import { createFirstAdmin } from '../auth/first-admin.ts';
import { countUsers, listFacilitators, removeFacilitator, upsertUser } from '../auth/user-repository.ts';
import { createCommunity, findCommunityBySlug } from '../communities/community-repository.ts';
import { appError } from '../errors.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { privateRecordOrNotFound } from '../people/private-record-repository.ts';
import { exportPersonalData } from '../people/personal-data.ts';
import { DEMO_SLUG } from '../../seed/camafu.ts';
import { DEFAULT_SHARE_LINK_NAME, createShareLink, findShareLink, listShareLinks, revokeShareLink, revokeShareLinks } from './share-link-repository.ts';

const sharePath = (token: string) => `/s/${token}`;

const Email = z.string().trim().max(254).email('is not an email address');
// Control characters would garble the list; a name is a label, not a message.
const LinkName = z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters').regex(/^[^\p{Cc}]*$/u, 'must not hold control characters');
const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'must be 2–40 lower-case letters, digits or dashes');

function valid<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw appError('BAD_USER_INPUT', `${field} ${parsed.error.issues[0]!.message}.`, { field });
}


export const accessResolvers: Resolvers = {
  Community: {
    facilitators: (community, _, { db, viewer }) => (facilitates(viewer, community.id) ? listFacilitators(db, community.id) : []),
    shareLinks: (community, _, { db, viewer }) => (facilitates(viewer, community.id) ? listShareLinks(db, community.id) : []),
  },
  Query: {
    shareLink: async (_, { token }, { db }) => {
      const link = token.length <= 128 ? await findShareLink(db, token) : null;
      if (!link) throw appError('NOT_FOUND', 'This share link does not exist or was revoked.');
      return { path: sharePath(token), ...link };
    },
    demo: async (_, __, { db }) => {
      const community = await findCommunityBySlug(db, DEMO_SLUG);
      if (!community) return null;
      const token = demoShareToken(await deploymentSecret(db), community.id);
      const link = await findShareLink(db, token);
      return link ? { path: sharePath(token), ...link } : null;
    },
    myRecordExport: async (_, { token }, { db }) => {
      const record = await privateRecordOrNotFound(db, token);
      return JSON.stringify(await exportPersonalData(db, record.person.id), null, 2);
    },
    needsFirstAdmin: async (_, __, { db }) => (await countUsers(db)) === 0,
  },
  Mutation: {
    createShareLink: async (_, { communitySlug, name }, { db, viewer }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      const linkName = valid(LinkName, name ?? DEFAULT_SHARE_LINK_NAME, 'name');
      const token = await createShareLink(db, community.id, undefined, linkName);
      return { path: sharePath(token), communitySlug: community.slug, communityName: community.name };
    },
    revokeShareLink: async (_, { communitySlug, id }, { db, viewer }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      if (id == null) {
        await revokeShareLinks(db, community.id);
        return true;
      }
      if (id.length > 64 || !(await revokeShareLink(db, community.id, id))) throw appError('NOT_FOUND', 'This community has no live share link with that id.');
      return true;
    },
    createCommunity: async (_, { input }, { db, viewer }) => {
      requireAdmin(viewer);
      const slug = valid(Slug, input.slug, 'slug');
      const name = valid(z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters'), input.name, 'name');
      const description = valid(z.string().trim().max(300).nullish(), input.description, 'description') ?? '';
      const community = await createCommunity(db, { id: randomBytes(16).toString('hex'), slug, name, description });
      return { ...community, peopleCount: 0 };
    },
    upsertFacilitator: async (_, { email, password, communitySlugs }, { db, viewer }) => {
      requireAdmin(viewer);
      return upsertUser(db, {
        email: valid(Email, email, 'email'),
        passwordHash: await hashPassword(valid(NewPassword, password, 'password')),
        role: 'FACILITATOR',
        communitySlugs,
      });
    },
    removeFacilitator: async (_, { communitySlug, userId }, { db, viewer }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      if (!(await removeFacilitator(db, community.id, userId))) throw appError('NOT_FOUND', 'That account does not facilitate this community.');
      return true;
    },
    createFirstAdmin: async (_, { setupToken, email, password }, { db, setSessionCookie }) => {
      const { user, sessionToken } = await createFirstAdmin(db, setupToken, valid(Email, email, 'email'), valid(NewPassword, password, 'password'));
      setSessionCookie(sessionToken);
      return user;
    },
  },
};

