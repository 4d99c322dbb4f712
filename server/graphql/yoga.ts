import { useGraphQlJit } from '@envelop/graphql-jit';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { getOperationAST } from 'graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, maskError } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import { SESSION_COOKIE, SHARE_HEADER, viewerFromRequest } from '../auth/request-viewer.ts';
import { scopeOf } from '../auth/viewer.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/transaction.ts';
import type { Logger } from '../logger.ts';
import { yogaLogging } from './yoga-logging.ts';
import { createPersonLoader } from '../people/person-loader.ts';
import type { RateLimits } from '../rate-limits.ts';
import { joinAddress } from '../public-url.ts';
import type { GraphQLContext, ServerContext } from './context.ts';
import { corsPolicy } from '../http/cors-policy.ts';
import type { Events } from './pubsub.ts';
import { rejectOverLimit, useStableErrorCodes } from './request-refusals.ts';
import { useTranslatedErrors } from './translated-errors.ts';
import { buildSchema } from './schema.ts';
import { languageFromHeader, translator } from '../i18n/translate.ts';

/** Browsers cannot send a custom header cross-site without a CORS preflight, which we never grant. */
export const CSRF_HEADER = 'x-tejido-csrf';
/** A random id the survey page keeps per device, for rate limits that must not lump a room together. */
export const DEVICE_HEADER = 'x-tejido-device';

const REFUSE = { propagateOnRejection: false, onReject: [rejectOverLimit] };

export function createGraphQLHandler(deps: {
  db: Database;
  logger: Logger;
  config: Config;
  events: Events;
  limits: RateLimits;
  plugins?: Plugin[];
}) {
  const { db, logger, config, events, limits } = deps;
  return createYoga<ServerContext, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    cors: corsPolicy(config.corsOrigins, ['content-type', 'accept', CSRF_HEADER, DEVICE_HEADER, SHARE_HEADER]),
    // GraphiQL only under `npm run dev`, rendered from the installed package (no CDN: offline, and no cookie sent elsewhere).
    graphiql: config.env === 'development' ? { title: 'Tejido GraphQL', headers: JSON.stringify({ [CSRF_HEADER]: '1' }) } : false,
    renderGraphiQL,
    logging: yogaLogging(logger),
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
        // Depth counts fields only: the client's fragments (PersonCard inside InterestGap…) are no extra level.
        maxDepth: { n: 10, flattenFragments: true, ...REFUSE },
        maxAliases: { n: 15, ...REFUSE },
        maxTokens: { n: 2000, ...REFUSE },
        costLimit: { maxCost: 20_000, ...REFUSE },
        maxDirectives: { n: 20, ...REFUSE },
        blockFieldSuggestion: { enabled: config.env !== 'development' },
      }),
      useStableErrorCodes(),
      useTranslatedErrors(),
      // Queries run compiled (graphql-jit): answers of 100,000 objects (a large map's ties) execute ~3× faster.
      // Mutations and subscriptions stay on graphql-js.
      useGraphQlJit({}, { enableIf: ({ document, operationName }) => getOperationAST(document, operationName)?.operation === 'query' }),
      ...(deps.plugins ?? []),
    ],
    context: async ({ req, res }): Promise<GraphQLContext> => {
      const secure = req.secure;
      const setSessionCookie = (token: string | null) => {
        const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
        if (token) res.cookie(SESSION_COOKIE, token, options);
        else res.clearCookie(SESSION_COOKIE, options);
      };
      // POSTs with a cookie carry the CSRF header (app.ts refuses them otherwise); GETs (EventSource
      // subscriptions) cannot change anything, and SameSite=Lax keeps the cookie off cross-site ones.
      const { viewer, sessionToken } = await viewerFromRequest(db, req);
      const address = `ip:${req.ip ?? 'unknown'}`;
      const device = req.get(DEVICE_HEADER)?.slice(0, 64) || address;
      const people = createPersonLoader(db, scopeOf(viewer));
      const port = /:(\d+)$/.exec(req.get('host') ?? '')?.[1] ?? null;
      const t = translator(languageFromHeader(req.get('accept-language')));
      return {
        db,
        logger,
        events,
        limits,
        device,
        address,
        viewer,
        sessionToken,
        setSessionCookie,
        people,
        t,
        joinAddress: () => joinAddress(config, port),
      };
    },
  });
}
