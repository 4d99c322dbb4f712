import { useEffect, useState } from 'react';
import { request } from '../api/graphql';
import { PEOPLE_SEARCH_QUERY } from './queries';
import type { PeopleSearchResult, PersonHint } from './queries';
import { useDebouncedValue } from './useDebouncedValue';

export type PeopleSearchState =
  | { status: 'idle' }
  /** `people` are the previous answer's, shown while the new one comes (no flicker while typing). */
  | { status: 'searching'; people: PersonHint[] }
  | { status: 'done'; people: PersonHint[] }
  | { status: 'failed' };

export const MIN_SEARCH_LENGTH = 2;
const DEBOUNCE_MS = 250;

/**
 * Listed people of the workshop's community whose name matches `text` (debounced, from 2 characters).
 * Without a workshop code it stays idle.
 */
export function usePeopleSearch(code: string | null, text: string, headers: Record<string, string>): PeopleSearchState {
  const search = text.trim();
  const debounced = useDebouncedValue(search, DEBOUNCE_MS);
  const headersJson = JSON.stringify(headers);
  const [result, setResult] = useState<{ search: string; state: PeopleSearchState } | null>(null);

  useEffect(() => {
    if (code === null || debounced.length < MIN_SEARCH_LENGTH) return;
    const controller = new AbortController();
    request<PeopleSearchResult>(
      PEOPLE_SEARCH_QUERY,
      { code, search: debounced },
      { signal: controller.signal, headers: JSON.parse(headersJson) as Record<string, string> },
    )
      .then((data) => {
        if (!controller.signal.aborted) setResult({ search: debounced, state: { status: 'done', people: data.workshop?.people ?? [] } });
      })
      .catch(() => {
        if (!controller.signal.aborted) setResult({ search: debounced, state: { status: 'failed' } });
      });
    return () => controller.abort();
  }, [code, debounced, headersJson]);

  if (code === null || search.length < MIN_SEARCH_LENGTH) return { status: 'idle' };
  if (result && result.search === search) return result.state;
  return { status: 'searching', people: result?.state.status === 'done' ? result.state.people : [] };
}
