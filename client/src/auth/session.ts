import { hashKey } from '@tanstack/react-query';
import { request } from '../api/graphql';
import { queryClient } from '../api/query-client';
import { SIGN_OUT_MUTATION, meQuery } from './queries';
import type { Me } from './queries';

/**
 * Records the account signIn returned (or null), for every component showing it, without asking again. All
 * else read so far was read as someone else: it is dropped, so no page shows it to the new account (or to
 * nobody) from the cache.
 */
export function setMe(me: Me | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meQuery.queryKey) });
  queryClient.setQueryData(meQuery.queryKey, { me });
}

/** Ends the session on the server; the page forgets the account even if the server could not be reached. */
export async function signOut(): Promise<void> {
  try {
    await request(SIGN_OUT_MUTATION, {});
  } finally {
    setMe(null);
  }
}
