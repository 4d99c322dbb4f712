import { QueryClient } from '@tanstack/react-query';

/**
 * The page's one query cache, made before React mounts so that requests can start before the first render
 * (communities/prefetch-map.ts) and land where the hooks will look.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // An answer younger than this is used as it is by the next component that asks (a prefetched map,
      // React's second StrictMode mount, going back a page); an older one is shown and read again.
      staleTime: 5_000,
      // Errors are shown at once, with a retry button where it helps; a refused token stays refused.
      retry: false,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
