import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import { useDebouncedValue } from '../ui/useDebouncedValue';

export type TypeaheadState<T> =
  | { status: 'idle' }
  /** `items` are the previous answer's, shown while the new one comes (no flicker while typing). */
  | { status: 'searching'; items: T[] }
  | { status: 'done'; items: T[] }
  | { status: 'failed' };

const MIN_SEARCH_LENGTH = 2;
const DEBOUNCE_MS = 250;

/**
 * What matches the text a person is typing: trimmed, debounced, from 2 characters. `query(search)` gives the
 * query options for a search and `pick` the list in its answer; `active: false` (nothing to search in) stays idle.
 */
export function useTypeahead<TData, TItem, TKey extends QueryKey>(
  text: string,
  query: (search: string) => UseQueryOptions<TData, Error, TData, TKey>,
  pick: (data: TData) => TItem[],
  active = true,
): TypeaheadState<TItem> {
  const search = text.trim();
  const debounced = useDebouncedValue(search, DEBOUNCE_MS);
  const result = useQuery({
    ...query(debounced),
    enabled: active && debounced.length >= MIN_SEARCH_LENGTH,
    placeholderData: keepPreviousData,
  });

  if (!active || search.length < MIN_SEARCH_LENGTH) return { status: 'idle' };
  const settled = debounced === search && !result.isPlaceholderData && !result.isFetching;
  if (settled && result.isError) return { status: 'failed' };
  if (settled && result.isSuccess) return { status: 'done', items: pick(result.data) };
  return { status: 'searching', items: result.data && !result.isError ? pick(result.data) : [] };
}
