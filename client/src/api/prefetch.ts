import { request } from './graphql';

type Settled = { status: 'success'; data: unknown } | { status: 'error'; error: Error };
interface Prefetched {
  promise: Promise<unknown>;
  settled: Settled | null;
}

// Requests started before the page that needs them is loaded, by the key useQuery gives them.
const started = new Map<string, Prefetched>();

/** The identity of a request: the same query, variables and headers are the same request. */
export function queryKey(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): string {
  return `${query}\n${JSON.stringify(variables)}\n${JSON.stringify(headers)}`;
}

/**
 * Starts a request now, for a component that will ask for it later (e.g. once its lazily loaded chunk has
 * arrived): the network and the server work while the page's code loads. The answer is handed out once.
 */
export function prefetch<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  const entry: Prefetched = { promise: request<T>(query, variables, { headers }), settled: null };
  entry.promise.then(
    (data) => (entry.settled = { status: 'success', data }),
    (error: unknown) => (entry.settled = { status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
  );
  started.set(queryKey(query, variables, headers), entry);
  return entry.promise as Promise<T>;
}

/** The answer of a prefetched request that has already arrived, if any (it stays until taken). */
export function peekPrefetched(key: string): Settled | null {
  return started.get(key)?.settled ?? null;
}

/** The prefetched request for `key`, if any; later asks for the same key go to the network. */
export function takePrefetched(key: string): Promise<unknown> | null {
  const entry = started.get(key);
  if (!entry) return null;
  started.delete(key);
  return entry.promise;
}
