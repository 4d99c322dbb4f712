import { useCallback, useEffect, useState } from 'react';
import { request } from '../api/graphql';
import type { QueryState } from '../api/useQuery';

export interface RefreshableQuery<T> {
  state: QueryState<T>;
  /** Reads again in the background; the current data stays on screen meanwhile, and if the read fails. */
  refresh: () => void;
}

type Settled<T> = { status: 'error'; error: Error } | { status: 'success'; data: T };

/** Like useQuery, plus `refresh()` for pages that stay open for hours (projector, curation). */
export function useRefreshableQuery<T>(query: string, variables: Record<string, unknown> = {}): RefreshableQuery<T> {
  const varsJson = JSON.stringify(variables);
  const key = `${query}\n${varsJson}`;
  const [settled, setSettled] = useState<{ key: string; result: Settled<T> } | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    request<T>(query, JSON.parse(varsJson) as Record<string, unknown>, { signal: controller.signal })
      .then((data) => {
        if (!controller.signal.aborted) setSettled({ key, result: { status: 'success', data } });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const err = error instanceof Error ? error : new Error(String(error));
        // A failed background read keeps what is shown: a projector should not go blank on a hiccup.
        setSettled((prev) => (prev?.key === key && prev.result.status === 'success' ? prev : { key, result: { status: 'error', error: err } }));
      });
    return () => controller.abort();
  }, [key, query, varsJson, generation]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  return { state: settled?.key === key ? settled.result : { status: 'loading' }, refresh };
}
