import { useEffect, useState } from 'react';
import { request } from './graphql';

export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'success'; data: T };

type Settled<T> = { status: 'error'; error: Error } | { status: 'success'; data: T };

/** Fetches a GraphQL operation when the component mounts and again whenever the query or variables change. */
export function useQuery<T>(query: string, variables: Record<string, unknown> = {}): QueryState<T> {
  // Compare variables by value so callers may pass a fresh object literal on every render.
  const varsJson = JSON.stringify(variables);
  const key = `${query}\n${varsJson}`;
  // The settled result remembers which request it answers; a result for another key means "loading".
  const [settled, setSettled] = useState<{ key: string; result: Settled<T> } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const vars = JSON.parse(varsJson) as Record<string, unknown>;
    request<T>(query, vars, { signal: controller.signal })
      .then((data) => {
        if (!controller.signal.aborted) setSettled({ key, result: { status: 'success', data } });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const err = error instanceof Error ? error : new Error(String(error));
        setSettled({ key, result: { status: 'error', error: err } });
      });
    return () => controller.abort();
  }, [key, query, varsJson]);

  return settled?.key === key ? settled.result : { status: 'loading' };
}
