import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import type { PersonLoader } from '../people/person-loader.ts';
import type { Logger } from '../logger.ts';
import type { RateLimits } from '../rate-limits.ts';
import type { JoinAddress } from '../public-url.ts';
import type { Events } from './pubsub.ts';

/** What every resolver gets. Resolvers stay thin: they validate, call a repository, shape the answer. */
export type GraphQLContext = {
  db: Database;
  viewer: Viewer;
  logger: Logger;
  /** The session token from the cookie, when the request was allowed to use it. */
  sessionToken: string | null;
  /** Sets (token) or clears (null) the session cookie on the response. */
  setSessionCookie: (token: string | null) => void;
  /** Live events (workshop activity, import progress). */
  events: Events;
  limits: RateLimits;
  /**
   * The caller's device for rate limits: the random id the survey keeps in localStorage (x-tejido-device),
   * else the IP address.
   */
  device: string;
  /** The caller's network address, for the bounded per-address budgets behind the per-device limits. */
  address: string;
  /** Where phones in the room open the app (server/public-url.ts), for the projector's join link. */
  joinAddress: () => JoinAddress;
  /** Person fields that need a read, batched over the request (consent scope of `viewer`). */
  people: PersonLoader;
};

/** The express objects graphql-yoga passes along as its server context. */
export type ServerContext = { req: Request; res: Response };
