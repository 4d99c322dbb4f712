import { randomBytes } from 'node:crypto';
import { facilitatedCommunity, requireAdmin } from '../auth/guards.ts';
import { appError } from '../errors.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { valid } from '../validation.ts';
import { createCommunity, setCommunityArchived, updateCommunity } from './community-admin-repository.ts';
import { findCommunityBySlug } from './community-repository.ts';
import { CommunityName, Contact, Description, Slug } from './community-input.ts';
import { audit } from '../observability/audit-log.ts';

const orNull = (text: string | undefined) => (text === undefined ? undefined : text || null);

export const communityAdminResolvers: Resolvers = {
  Mutation: {
    createCommunity: async (_, { input }, { db, viewer, logger }) => {
      requireAdmin(viewer);
      // Every field is checked before anything is written.
      const community = {
        id: randomBytes(16).toString('hex'),
        slug: valid(Slug, input.slug, 'slug'),
        name: valid(CommunityName, input.name, 'name'),
        description: orNull(valid(Description.optional(), input.description ?? undefined, 'description')) ?? null,
        defaultLanguage: input.defaultLanguage ?? 'ES',
        contact: orNull(valid(Contact.optional(), input.contact ?? undefined, 'contact')) ?? null,
      };
      const created = await createCommunity(db, community);
      audit(logger, 'community.created', { actorId: viewer.user?.id, communityId: created.id }, 'community created');
      return created;
    },
    updateCommunity: async (_, { slug, input }, { db, viewer }) => {
      const community = await facilitatedCommunity(db, viewer, slug);
      if (input.slug != null && input.slug !== community.slug) requireAdmin(viewer);
      const changes = Object.fromEntries(
        Object.entries({
          slug: input.slug == null || input.slug === community.slug ? undefined : valid(Slug, input.slug, 'slug'),
          name: input.name == null ? undefined : valid(CommunityName, input.name, 'name'),
          description: orNull(input.description == null ? undefined : valid(Description, input.description, 'description')),
          defaultLanguage: input.defaultLanguage ?? undefined,
          contact: orNull(input.contact == null ? undefined : valid(Contact, input.contact, 'contact')),
        }).filter(([, value]) => value !== undefined),
      );
      const updated = await updateCommunity(db, community.id, changes);
      if (!updated) throw appError('NOT_FOUND', 'No such community.');
      return updated;
    },
    setCommunityArchived: async (_, { slug, archived }, { db, viewer, logger }) => {
      requireAdmin(viewer);
      const community = await findCommunityBySlug(db, slug);
      const changed = community && (await setCommunityArchived(db, community.id, archived));
      if (!changed) throw appError('NOT_FOUND', 'No such community.');
      audit(
        logger,
        archived ? 'community.archived' : 'community.restored',
        { actorId: viewer.user?.id, communityId: community.id },
        archived ? 'community archived' : 'community restored',
      );
      return changed;
    },
  },
};
