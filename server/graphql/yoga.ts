import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, maskError } from 'graphql-yoga';
import { parse as parseCookies } from 'cookie';
import { userForSession } from '../auth/sessions.ts';
import { anonymous } from '../auth/viewer.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/transaction.ts';
import type { Logger } from '../logger.ts';
import type { GraphQLContext, ServerContext } from './context.ts';
import { buildSchema } from './schema.ts';

export const SESSION_COOKIE = 'tejido_session';
/** Browsers cannot send a custom header cross-site without a CORS preflight, which we never grant. */
export const CSRF_HEADER = 'x-tejido-csrf';

export function createGraphQLHandler(deps: { db: Database; logger: Logger; config: Config }) {
  const { db, logger, config } = deps;
  return createYoga<ServerContext, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: config.env === 'production' ? false : { title: 'Tejido GraphQL', headers: JSON.stringify({ [CSRF_HEADER]: '1' }) },
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    // Unexpected errors reach clients only as "Unexpected error."; the details go to the log.
    maskedErrors: {
      isDev: false,
      maskError: (error, message) => {
        const masked = maskError(error, message, false);
        if (masked !== error) logger.error({ err: error }, 'unexpected error in a GraphQL operation');
        return masked;
      },
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: 10 },
        maxAliases: { n: 15 },
        maxTokens: { n: 2000 },
        costLimit: { maxCost: 5000 },
        maxDirectives: { n: 20 },
        blockFieldSuggestion: { enabled: config.env === 'production' },
      }),
    ],
    context: async ({ req, res }): Promise<GraphQLContext> => {
      const secure = req.secure;
      const setSessionCookie = (token: string | null) => {
        const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
        if (token) res.cookie(SESSION_COOKIE, token, options);
        else res.clearCookie(SESSION_COOKIE, options);
      };
      // The cookie only counts with the CSRF header (app.ts refuses cookie POSTs without it).
      const token = req.get(CSRF_HEADER) ? (parseCookies(req.get('cookie') ?? '')[SESSION_COOKIE] ?? null) : null;
      const user = token ? await userForSession(db, token) : null;
      return { db, logger, viewer: user ? { user } : anonymous, sessionToken: user ? token : null, setSessionCookie };
    },
  });
}
