import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

/** The stable `extensions.code` values clients can rely on. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'DB_UNAVAILABLE';

/**
 * An error meant for the user: its message and code reach the client as they are.
 * Every other error is masked by graphql-yoga as "Unexpected error.".
 * (Created through graphql-yoga so it is an instance of the same `graphql` copy yoga checks against.)
 */
export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return createGraphQLError(message, { extensions: { code, ...extra } });
}

export function isAppError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError' && typeof (error as GraphQLError).extensions?.code === 'string';
}
