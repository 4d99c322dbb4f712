import { facilitatedCommunity, requireAdmin, requireUser } from './guards.ts';
import { facilitates } from './viewer.ts';
import { userError } from '../errors.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { audit } from '../observability/audit-log.ts';
import { valid } from '../validation.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { Email } from './email.ts';
import { createFirstAdmin } from './first-admin.ts';
import { createInvitation, findInvitation, listOpenInvitations, revokeInvitation } from './invitation-repository.ts';
import { linkRefused, unknownLink } from './one-time-links.ts';
import { NewPassword, hashPassword } from './passwords.ts';
import { createPasswordReset, findPasswordReset, usePasswordReset } from './password-reset-repository.ts';
import { createSession } from './sessions.ts';
import { countUsers, listFacilitators, removeFacilitator } from './user-repository.ts';

const invitePath = (token: string) => `/invite/${token}`;
const resetPath = (token: string) => `/reset/${token}`;
const plausibleToken = (token: string) => token.length <= 128;

/** Accounts: the first admin, facilitators by invitation, and password resets. */
export const accountResolvers: Resolvers = {
  Community: {
    facilitators: (community, _, { db, viewer }) => (facilitates(viewer, community.id) ? listFacilitators(db, community.id) : []),
    invitations: (community, _, { db, viewer }) => (facilitates(viewer, community.id) ? listOpenInvitations(db, community.id) : []),
  },
  Query: {
    needsFirstAdmin: async (_, __, { db }) => (await countUsers(db)) === 0,
    invitation: async (_, { token }, { db }) => {
      const preview = plausibleToken(token) ? await findInvitation(db, token) : null;
      if (!preview) throw unknownLink('invitation');
      return preview;
    },
    passwordReset: async (_, { token }, { db }) => {
      const preview = plausibleToken(token) ? await findPasswordReset(db, token) : null;
      if (!preview) throw unknownLink('password-reset');
      return preview;
    },
  },
  Mutation: {
    createFirstAdmin: async (_, { setupToken, email, password }, { db, setSessionCookie }) => {
      const { user, sessionToken } = await createFirstAdmin(
        db,
        setupToken,
        valid(Email, email, 'email'),
        valid(NewPassword, password, 'password'),
      );
      setSessionCookie(sessionToken);
      return user;
    },
    inviteFacilitator: async (_, { communitySlug, email }, { db, viewer, logger }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      const { token, invitation } = await createInvitation(db, community.id, valid(Email, email, 'email'), requireUser(viewer).id);
      audit(
        logger,
        'facilitator.invited',
        { actorId: viewer.user?.id, communityId: community.id, invitationId: invitation.id },
        'facilitator invited',
      );
      return { path: invitePath(token), expiresAt: invitation.expiresAt };
    },
    revokeInvitation: async (_, { communitySlug, invitationId }, { db, viewer, logger }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      if (!(await revokeInvitation(db, community.id, invitationId))) throw userError('NOT_FOUND', 'auth.noInvitation');
      audit(
        logger,
        'facilitator.invitation-revoked',
        { actorId: viewer.user?.id, communityId: community.id, invitationId },
        'invitation withdrawn',
      );
      return true;
    },
    acceptInvitation: async (_, { token, password }, { db, limits, setSessionCookie, logger }) => {
      const { user, sessionToken } = await acceptInvitation(db, limits.signInFailures, token, password);
      audit(logger, 'facilitator.joined', { actorId: user.id, userId: user.id, communityIds: user.communityIds }, 'invitation accepted');
      setSessionCookie(sessionToken);
      return user;
    },
    removeFacilitator: async (_, { communitySlug, userId }, { db, viewer, logger }) => {
      const community = await facilitatedCommunity(db, viewer, communitySlug);
      if (!(await removeFacilitator(db, community.id, userId))) throw userError('NOT_FOUND', 'auth.notFacilitator');
      audit(
        logger,
        'facilitator.removed',
        { actorId: viewer.user?.id, userId, communityId: community.id },
        'facilitator removed from a community',
      );
      return true;
    },
    issuePasswordReset: async (_, { email }, { db, viewer, logger }) => {
      requireAdmin(viewer);
      const issued = await createPasswordReset(db, valid(Email, email, 'email'), requireUser(viewer).id);
      if (!issued) throw userError('NOT_FOUND', 'auth.noAccount', undefined, { field: 'email' });
      audit(logger, 'account.password-reset-issued', { actorId: viewer.user?.id }, 'password-reset link issued');
      return { path: resetPath(issued.token), expiresAt: issued.expiresAt };
    },
    resetPassword: async (_, { token, newPassword }, { db, setSessionCookie, logger }) => {
      const preview = plausibleToken(token) ? await findPasswordReset(db, token) : null;
      if (!preview) throw unknownLink('password-reset');
      if (preview.status !== 'VALID') throw linkRefused('password-reset', preview.status);
      const user = await usePasswordReset(db, token, await hashPassword(valid(NewPassword, newPassword, 'newPassword')));
      if (!user) {
        const now = await findPasswordReset(db, token);
        throw linkRefused('password-reset', now && now.status !== 'VALID' ? now.status : 'USED');
      }
      audit(logger, 'account.password-reset', { actorId: user.id, userId: user.id }, 'password set through a reset link');
      setSessionCookie(await createSession(db, user.id));
      return user;
    },
  },
};
