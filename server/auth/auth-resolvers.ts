import type { Resolvers } from '../graphql/generated.ts';
import { deleteSession } from './sessions.ts';
import { signIn } from './sign-in.ts';

export const authResolvers: Resolvers = {
  Query: {
    me: (_, __, { viewer }) => viewer.user,
  },
  Mutation: {
    signIn: async (_, { email, password }, { db, limits, setSessionCookie }) => {
      const { user, token } = await signIn(db, limits.signInFailures, email, password);
      setSessionCookie(token);
      return user;
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
