import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { ServerMessageKey } from './i18n/catalogue-type.ts';
import { translator } from './i18n/translate.ts';

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

/** A message of the server catalogue and its values; `rule` is a field rule (e.g. "is required") worded too. */
export type Wording = { key: ServerMessageKey; values?: Record<string, string | number> };

const wordings = new WeakMap<object, Wording>();

/**
 * An error meant for the user, worded from the server catalogue (server/i18n/locales): English here, in logs and
 * for API clients that ask for no language; the asker's language on the way out (graphql/translated-errors.ts).
 */
export function userError(
  code: ErrorCode,
  key: ServerMessageKey,
  values?: Wording['values'],
  extra: Record<string, unknown> = {},
): GraphQLError {
  const error = appError(code, translator('en')(key, values), extra);
  wordings.set(error, { key, values });
  return error;
}

/** A BAD_USER_INPUT naming its field: "name is required." (the rule is one of i18n/translate.ts's field rules). */
export function fieldError(field: string, rule: string): GraphQLError {
  return userError('BAD_USER_INPUT', 'field.problem', { field, rule }, { field });
}

/** How an error (or the error a resolver threw, which graphql-js wraps with its path) is worded, if it is. */
export function wordingOf(error: GraphQLError): Wording | undefined {
  return wordings.get(error) ?? (error.originalError ? wordings.get(error.originalError) : undefined);
}
