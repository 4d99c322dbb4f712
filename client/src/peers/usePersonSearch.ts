import { useEffect, useState } from 'react';
import { request } from '../api/graphql';
import { useDebouncedValue } from '../survey/useDebouncedValue';
import { usePeerContext } from './PeerContext';
import { SEARCH_PEOPLE_QUERY } from './queries';
import type { PersonProfile, SearchPeopleResult } from './queries';

export type PersonSearchState =
  | { status: 'idle' }
  /** `people` are the previous answer's, shown while the new one comes (no flicker while typing). */
  | { status: 'searching'; people: PersonProfile[] }
  | { status: 'done'; people: PersonProfile[] }
  | { status: 'failed' };

const MIN_LENGTH = 2;
const DEBOUNCE_MS = 250;
const OPTIONS = 8;

/** People of the community whose name (or anything else the free text covers) matches `text`, debounced. */
export function usePersonSearch(text: string): PersonSearchState {
  const { access, headers } = usePeerContext();
  const search = text.trim();
  const debounced = useDebouncedValue(search, DEBOUNCE_MS);
  const [result, setResult] = useState<{ search: string; state: PersonSearchState } | null>(null);

  useEffect(() => {
    if (debounced.length < MIN_LENGTH) return;
    const controller = new AbortController();
    request<SearchPeopleResult>(
      SEARCH_PEOPLE_QUERY,
      { slug: access.slug, search: { text: debounced }, first: OPTIONS },
      { signal: controller.signal, headers },
    )
      .then((data) => {
        const people = data.community?.searchPeople.edges.map((edge) => edge.node) ?? [];
        if (!controller.signal.aborted) setResult({ search: debounced, state: { status: 'done', people } });
      })
      .catch(() => {
        if (!controller.signal.aborted) setResult({ search: debounced, state: { status: 'failed' } });
      });
    return () => controller.abort();
  }, [access.slug, headers, debounced]);

  if (search.length < MIN_LENGTH) return { status: 'idle' };
  if (result && result.search === search) return result.state;
  return { status: 'searching', people: result?.state.status === 'done' ? result.state.people : [] };
}
