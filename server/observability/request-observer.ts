import { getOperationAST, Kind } from 'graphql';
import type { DocumentNode, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { EpisodeLog } from './episode-log.ts';
import type { Metrics } from './metrics.ts';

const CODES = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'DB_UNAVAILABLE',
]);

type Observed = { at: number; operation?: string; type?: string; outcome?: string };

export type RequestObserverOptions = {
  metrics: Metrics;
  episodes: EpisodeLog;
  /** Where each request's own line goes, at debug level (`event: 'graphql.request'`). */
  logger?: Logger;
  /** Requests slower than this are logged (once per episode and operation). */
  slowMs: number;
};

/**
 * Counts and times every GraphQL request by operation and outcome (Prometheus), and logs what an operator
 * must know without one line per request: DB_UNAVAILABLE answers, rate-limit refusals and slow requests,
 * each once per episode. Operations are named by their first root field (`submitSurvey`), never by the
 * client's `operationName`, which anyone could make up by the million. One structured line per request
 * (operation, type, outcome, ms; never variables) goes to the debug level, for LOG_LEVEL=debug.
 */
export function createRequestObserver({ metrics, episodes, logger, slowMs }: RequestObserverOptions) {
  const observed = new WeakMap<Request, Observed>();

  function record(operation: string, type: string, outcome: string, ms: number, notReady = false): void {
    logger?.debug({ event: 'graphql.request', operation, type, outcome, ms: Math.round(ms) }, `${type} ${operation}: ${outcome}`);
    metrics.requests.inc({ operation, type, outcome });
    if (type !== 'subscription') metrics.duration.observe({ operation, type }, ms / 1000);
    if (operation === 'submitSurvey') metrics.submissions.inc({ outcome: outcome === 'ok' ? 'acknowledged' : outcome });
    if (notReady) {
      episodes.note('not-ready', { level: 'warn', message: 'answering DB_UNAVAILABLE: Tejido is starting or stopping' });
    } else if (outcome === 'DB_UNAVAILABLE') {
      episodes.note('DB_UNAVAILABLE', {
        level: 'error',
        message: 'answering DB_UNAVAILABLE: the database is not available',
        details: { operation },
      });
    } else if (outcome === 'RATE_LIMITED') {
      episodes.note(`RATE_LIMITED:${operation}`, {
        level: 'warn',
        message: `refusing ${operation}: a rate limit is reached`,
        details: { operation },
      });
    }
    if (type !== 'subscription' && ms > slowMs) {
      episodes.note(
        `slow:${operation}`,
        { level: 'warn', message: `slow ${operation} requests (over ${slowMs} ms)`, details: { operation } },
        ms,
      );
    }
  }

  function named(request: Request, document: DocumentNode, operationName?: string | null): void {
    const entry = observed.get(request);
    const operation = getOperationAST(document, operationName);
    if (entry && operation) {
      const first = operation.selectionSet.selections[0];
      entry.operation = first?.kind === Kind.FIELD ? first.name.value : 'unknown';
      entry.type = operation.operation;
    }
  }

  type YogaContext = { request: Request; params?: { operationName?: string | null } };

  const plugin: Plugin = {
    onRequest({ request }) {
      observed.set(request, { at: performance.now() });
    },
    onValidate({ context, params }) {
      const { request, params: graphqlParams } = context as YogaContext;
      named(request, params.documentAST, graphqlParams?.operationName);
    },
    // Every answer passes here, also errors raised before execution (building the context, validation).
    onExecutionResult({ request, result }) {
      const entry = observed.get(request);
      if (entry && result && !(Symbol.asyncIterator in result)) entry.outcome = outcomeOf(result.errors);
    },
    onSubscribe({ args }) {
      const entry = observed.get((args.contextValue as YogaContext).request);
      return {
        onSubscribeResult({ result }) {
          if (!(Symbol.asyncIterator in result)) return;
          const subscription = entry?.operation ?? 'unknown';
          metrics.subscribers.inc({ subscription });
          return { onEnd: () => metrics.subscribers.dec({ subscription }) };
        },
      };
    },
    onResponse({ request, response }) {
      const entry = observed.get(request);
      if (!entry) return;
      observed.delete(request);
      // No operation: the request never got to validation (no query, unparsable, refused by the query limits).
      const outcome = entry.outcome ?? (response.status < 400 && entry.operation ? 'ok' : 'BAD_REQUEST');
      record(entry.operation ?? 'invalid', entry.type ?? 'unknown', outcome, performance.now() - entry.at);
    },
  };

  return {
    plugin,
    /** A request answered DB_UNAVAILABLE before GraphQL saw it: the app not ready, or the database known down. */
    refused(why: 'not ready' | 'database down', ms: number): void {
      record('unparsed', 'unknown', 'DB_UNAVAILABLE', ms, why === 'not ready');
    },
  };
}

export type RequestObserver = ReturnType<typeof createRequestObserver>;

function outcomeOf(errors: readonly GraphQLError[] | undefined): string {
  if (!errors || errors.length === 0) return 'ok';
  const code = errors[0]!.extensions?.code;
  return typeof code === 'string' && CODES.has(code as ErrorCode) ? code : 'UNEXPECTED';
}
