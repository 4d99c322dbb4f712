import { useState } from 'react';
import type { QueryState } from '../api/useQuery';

/**
 * The data of the last query that succeeded, kept while a new one loads (a new preference, another language),
 * so the page does not blank out and jump; null before the first answer.
 */
export function useLastData<T>(state: QueryState<T>): T | null {
  const [last, setLast] = useState<T | null>(null);
  // Derived state, updated during render (React re-renders at once, before painting).
  if (state.status === 'success' && state.data !== last) setLast(state.data);
  return state.status === 'success' ? state.data : last;
}
