import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import type { Logger } from '../logger.ts';

/** What every resolver gets. Resolvers stay thin: they validate, call a repository, shape the answer. */
export type GraphQLContext = {
  db: Database;
  viewer: Viewer;
  logger: Logger;
  /** The session token from the cookie, when the request was allowed to use it. */
  sessionToken: string | null;
  /** Sets (token) or clears (null) the session cookie on the response. */
  setSessionCookie: (token: string | null) => void;
};

/** The express objects graphql-yoga passes along as its server context. */
export type ServerContext = { req: Request; res: Response };
