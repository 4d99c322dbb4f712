import type { Resolvers } from '../graphql/generated.ts';
import { requireUser } from './guards.ts';
import { deleteSession } from './sessions.ts';
import { changePassword, signIn } from './sign-in.ts';

export const authResolvers: Resolvers = {
  Query: {
    me: (_, __, { viewer }) => viewer.user,
  },
  Mutation: {
    signIn: async (_, { email, password }, { db, limits, logger, setSessionCookie }) => {
      const { user, token } = await signIn(db, limits.signInFailures, email, password, logger);
      setSessionCookie(token);
      return user;
    },
    changePassword: async (_, { currentPassword, newPassword }, { db, viewer, limits, logger, sessionToken }) => {
      await changePassword(db, limits.signInFailures, requireUser(viewer), sessionToken, currentPassword, newPassword, logger);
      return true;
    },
    signOut: async (_, __, { db, sessionToken, setSessionCookie }) => {
      if (sessionToken) await deleteSession(db, sessionToken);
      setSessionCookie(null);
      return true;
    },
  },
  User: {
    communities: (user) => user.communitySlugs,
  },
};
