import { GraphQLRequestError } from '../api/graphql';

/** What the participant should be told about a failed request. */
export type ErrorKind = 'notFound' | 'merged' | 'closed' | 'rateLimited' | 'badInput' | 'unreachable' | 'other';

/**
 * Sorts an error from `request()`: the API's codes, and everything without a code (fetch failing, a proxy
 * page, the database restarting) as "unreachable", which is worth retrying with the same submission.
 */
export function errorKind(error: unknown): ErrorKind {
  if (error instanceof GraphQLRequestError) {
    switch (error.code) {
      case 'NOT_FOUND':
        return error.reason === 'MERGED' ? 'merged' : 'notFound';
      case 'FORBIDDEN':
        return error.reason === 'MERGED' ? 'merged' : 'closed';
      case 'RATE_LIMITED':
        return 'rateLimited';
      case 'BAD_USER_INPUT':
        return 'badInput';
      case 'DB_UNAVAILABLE':
      case undefined:
        return 'unreachable';
      default:
        return 'other';
    }
  }
  // fetch rejects with a TypeError when the network is down.
  if (error instanceof TypeError) return 'unreachable';
  return 'other';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
