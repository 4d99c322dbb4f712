import { useEffect, useState } from 'react';
import { request } from './graphql';
import { peekPrefetched, queryKey, takePrefetched } from './prefetch';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'success'; data: T };

type Settled<T> = { status: 'error'; error: Error } | { status: 'success'; data: T };

export interface QueryOptions {
  /** Extra request headers, e.g. `x-tejido-share` on share-link pages. */
  headers?: Record<string, string>;
}

/**
 * Fetches a GraphQL operation when the component mounts and again whenever the query, variables or headers
 * change. A request prefetched for the same key (api/prefetch.ts) is used instead of a new one, and its
 * answer is there from the first render when it has already arrived.
 */
export function useQuery<T>(query: string, variables: Record<string, unknown> = {}, options: QueryOptions = {}): QueryState<T> {
  // Compare variables and headers by value so callers may pass fresh object literals on every render.
  const varsJson = JSON.stringify(variables);
  const headersJson = JSON.stringify(options.headers ?? {});
  const key = queryKey(query, variables, options.headers);
  // The settled result remembers which request it answers; a result for another key means "loading".
  const [settled, setSettled] = useState<{ key: string; result: Settled<T> } | null>(() => {
    const early = peekPrefetched(key) as Settled<T> | null;
    return early ? { key, result: early } : null;
  });

  useEffect(() => {
    const controller = new AbortController();
    const vars = JSON.parse(varsJson) as Record<string, unknown>;
    const headers = JSON.parse(headersJson) as Record<string, string>;
    const pending = (takePrefetched(key) as Promise<T> | null) ?? request<T>(query, vars, { signal: controller.signal, headers });
    pending
      .then((data) => {
        if (controller.signal.aborted) return;
        // The same answer as the first render's (prefetched): no second render.
        setSettled((current) => (current?.key === key && current.result.status === 'success' && current.result.data === data ? current : { key, result: { status: 'success', data } }));
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const err = error instanceof Error ? error : new Error(String(error));
        setSettled({ key, result: { status: 'error', error: err } });
      });
    return () => controller.abort();
  }, [key, query, varsJson, headersJson]);

  return settled?.key === key ? settled.result : { status: 'loading' };
}
