// TanStack Query's parts that the participant's pages use (QueryClient with prefetchQuery and setQueryData,
// QueryClientProvider, useQuery with enabled, staleTime, networkMode and keepPreviousData, queryOptions), in the
// survey's page only: vite.survey.config.ts aliases '@tanstack/react-query' to this file, and the app keeps the
// library. Its core was a fifth of the survey's code (31 of 158 KB), and the page must fit in one response on a
// slow 3G link (docs/performance.md). Same behaviour where the survey relies on it: one request per key at a
// time, an answer younger than staleTime reused, a query waits for "online" unless its networkMode is 'always',
// no retries (the app's client says retry: false).
import type { ReactNode } from 'react';
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';

export type QueryKey = readonly unknown[];
type QueryFn<TData> = (context: { signal: AbortSignal; queryKey: QueryKey }) => Promise<TData>;
export type UseQueryOptions<TData = unknown, _TError = Error, _TSelected = TData, TKey extends QueryKey = QueryKey> = {
  queryKey: TKey;
  queryFn: QueryFn<TData>;
  enabled?: boolean;
  staleTime?: number;
  networkMode?: 'online' | 'always' | 'offlineFirst';
  placeholderData?: typeof keepPreviousData;
  /** Never retried, as the app's client says (query-client.ts): only `false` is accepted. */
  retry?: false;
};
/** The app's client options this file honours (query-client.ts); anything else is a type error (tsconfig.survey.json). */
type Defaults = { staleTime?: number; networkMode?: UseQueryOptions['networkMode']; retry?: false; refetchOnWindowFocus?: false };

type Entry = {
  status: 'pending' | 'success' | 'error';
  data: unknown;
  error: Error | null;
  fetching: boolean;
  updatedAt: number;
  promise: Promise<void> | null;
  version: number;
  listeners: Set<() => void>;
  /** The options its latest observer asked with (their queryFn fetches it). */
  options: UseQueryOptions<unknown> | null;
};

/** Keeps the previous key's answer on screen while the next one loads (a typeahead without flicker). */
export function keepPreviousData<T>(previous: T | undefined): T | undefined {
  return previous;
}

export function queryOptions<TData, TKey extends QueryKey>(
  options: UseQueryOptions<TData, Error, TData, TKey>,
): UseQueryOptions<TData, Error, TData, TKey> {
  return options;
}

export class QueryClient {
  private readonly entries = new Map<string, Entry>();
  private readonly defaults: Defaults;

  constructor({ defaultOptions }: { defaultOptions?: { queries?: Defaults; mutations?: { retry?: false } } } = {}) {
    this.defaults = defaultOptions?.queries ?? {};
  }

  entry(key: QueryKey, options?: UseQueryOptions<unknown>): Entry {
    const hash = JSON.stringify(key);
    let entry = this.entries.get(hash);
    if (!entry) {
      entry = {
        options: null,
        status: 'pending',
        data: undefined,
        error: null,
        fetching: false,
        updatedAt: 0,
        promise: null,
        version: 0,
        listeners: new Set(),
      };
      this.entries.set(hash, entry);
    }
    if (options) entry.options = options;
    return entry;
  }

  isFresh(entry: Entry, staleTime = this.defaults.staleTime ?? 0): boolean {
    return entry.status === 'success' && Date.now() - entry.updatedAt < staleTime;
  }

  networkMode<TData>(options: UseQueryOptions<TData>): string {
    return options.networkMode ?? this.defaults.networkMode ?? 'online';
  }

  fetch<TData>(options: UseQueryOptions<TData>): Promise<void> {
    const entry = this.entry(options.queryKey, options as UseQueryOptions<unknown>);
    entry.promise ??= (async () => {
      this.update(entry, { fetching: true });
      try {
        const data = await options.queryFn({ signal: new AbortController().signal, queryKey: options.queryKey });
        this.update(entry, { status: 'success', data, error: null, updatedAt: Date.now() });
      } catch (error) {
        this.update(entry, { status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      } finally {
        entry.promise = null;
        this.update(entry, { fetching: false });
      }
    })();
    return entry.promise;
  }

  prefetchQuery<TData>(options: UseQueryOptions<TData>): Promise<void> {
    return this.isFresh(this.entry(options.queryKey), options.staleTime) ? Promise.resolve() : this.fetch(options);
  }

  setQueryData<TData>(key: QueryKey, data: TData): void {
    this.update(this.entry(key), { status: 'success', data, error: null, updatedAt: Date.now() });
  }

  getQueryData(key: QueryKey): unknown {
    return this.entry(key).data;
  }

  private update(entry: Entry, change: Partial<Entry>) {
    Object.assign(entry, change, { version: entry.version + 1 });
    for (const listener of entry.listeners) listener();
  }
}

const ClientContext = createContext<QueryClient | null>(null);

export function QueryClientProvider({ client, children }: { client: QueryClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useQueryClient(): QueryClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useQueryClient outside QueryClientProvider');
  return client;
}

export function useQuery<TData>(options: UseQueryOptions<TData>) {
  const client = useQueryClient();
  const entry = client.entry(options.queryKey, options as UseQueryOptions<unknown>);
  useSyncExternalStore(
    (listener) => {
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    () => entry.version,
  );
  const enabled = options.enabled ?? true;
  const { staleTime } = options;

  useEffect(() => {
    if (!enabled || client.isFresh(entry, staleTime) || entry.fetching || !entry.options) return;
    const start = () => void client.fetch(entry.options!);
    if (client.networkMode(entry.options) === 'always' || navigator.onLine) return start();
    window.addEventListener('online', start, { once: true });
    return () => window.removeEventListener('online', start);
  }, [client, entry, enabled, staleTime]);

  // The last answer this observer had, for keepPreviousData ("storing information from previous renders").
  const [previous, setPrevious] = useState<TData | undefined>(undefined);
  if (entry.status === 'success' && entry.data !== previous) setPrevious(entry.data as TData);
  const placeholder = entry.status === 'pending' && options.placeholderData ? options.placeholderData(previous) : undefined;
  const status = placeholder !== undefined ? 'success' : entry.status;
  return {
    status,
    data: (placeholder ?? entry.data) as TData,
    error: entry.error,
    isPending: status === 'pending',
    isSuccess: status === 'success',
    isError: status === 'error',
    isFetching: entry.fetching,
    isPlaceholderData: placeholder !== undefined,
    refetch: () => client.fetch(entry.options ?? options),
  };
}
