import { queryOptions } from '@tanstack/react-query';
import type { TypedDocumentString } from '../gql/graphql';
import { request } from './graphql';

/** The operation's name (`query CommunityMap(…)` → `CommunityMap`), the first part of its cache key. */
export function operationName(document: { toString(): string }): string {
  return /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(document.toString())?.[1] ?? document.toString();
}

/**
 * Query options for one of the client's documents: the same variables and headers are the same cache entry,
 * whether a hook or a prefetch asks. Headers are part of the key (a share link sees less than a facilitator).
 */
export function graphqlQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  headers: Record<string, string> = {},
) {
  return queryOptions({
    queryKey: [operationName(document), variables, headers] as const,
    queryFn: ({ signal }) => request(document, variables, { signal, headers }),
  });
}
