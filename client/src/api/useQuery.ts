import { useEffect, useState } from 'react';
import { request } from './graphql';

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
 * change.
 */
export function useQuery<T>(query: string, variables: Record<string, unknown> = {}, options: QueryOptions = {}): QueryState<T> {
  // Compare variables and headers by value so callers may pass fresh object literals on every render.
  const varsJson = JSON.stringify(variables);
  const headersJson = JSON.stringify(options.headers ?? {});
  const key = `${query}\n${varsJson}\n${headersJson}`;
  // The settled result remembers which request it answers; a result for another key means "loading".
  const [settled, setSettled] = useState<{ key: string; result: Settled<T> } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const vars = JSON.parse(varsJson) as Record<string, unknown>;
    const headers = JSON.parse(headersJson) as Record<string, string>;
    request<T>(query, vars, { signal: controller.signal, headers })
      .then((data) => {
        if (!controller.signal.aborted) setSettled({ key, result: { status: 'success', data } });
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
