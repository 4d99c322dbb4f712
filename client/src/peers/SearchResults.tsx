import { useEffect, useState } from 'react';
import { request } from '../api/graphql';
import { InterestChips } from './InterestChips';
import { usePeerContext } from './PeerContext';
import { PersonLine } from './PersonLine';
import { SEARCH_PEOPLE_QUERY } from './queries';
import type { PeopleSearch, PersonSearchEdge, SearchPeopleResult } from './queries';

const PAGE_SIZE = 10;

type ResultsState =
  | { status: 'loading'; edges: PersonSearchEdge[] }
  | { status: 'error'; edges: PersonSearchEdge[]; message: string }
  | { status: 'ready'; edges: PersonSearchEdge[]; totalCount: number; endCursor: string | null; hasNextPage: boolean };

interface SearchResultsProps {
  search: PeopleSearch;
  onShow: (ids: string[]) => void;
  onPickPerson: (personId: string) => void;
  onOpenProfile: (personId: string) => void;
}

/** The people one search found, best first, a page at a time ("Show more" appends the next). */
export function SearchResults({ search, onShow, onPickPerson, onOpenProfile }: SearchResultsProps) {
  const { access, headers, t } = usePeerContext();
  const [after, setAfter] = useState<string | null>(null);
  const [state, setState] = useState<ResultsState>({ status: 'loading', edges: [] });

  useEffect(() => {
    const controller = new AbortController();
    request<SearchPeopleResult>(
      SEARCH_PEOPLE_QUERY,
      { slug: access.slug, search, first: PAGE_SIZE, after },
      { signal: controller.signal, headers },
    )
      .then((data) => {
        if (controller.signal.aborted) return;
        const page = data.community?.searchPeople;
        setState((previous) => ({
          status: 'ready',
          edges: [...previous.edges, ...(page?.edges ?? [])],
          totalCount: page?.totalCount ?? 0,
          endCursor: page?.pageInfo.endCursor ?? null,
          hasNextPage: page?.pageInfo.hasNextPage ?? false,
        }));
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({ status: 'error', edges: previous.edges, message: error instanceof Error ? error.message : String(error) }));
      });
    return () => controller.abort();
  }, [access.slug, headers, search, after]);

  const { edges } = state;
  useEffect(() => {
    onShow(edges.map((edge) => edge.node.id));
  }, [edges, onShow]);

  return (
    <div className="peer-results" aria-busy={state.status === 'loading'}>
      {state.status === 'ready' && (
        <p className="peer-results__count" role="status" data-testid="search-count">
          {state.totalCount === 0 ? t.nobodyFound : t.found(state.totalCount)}
        </p>
      )}
      {edges.length > 0 && (
        <ol className="peer-suggestions" data-testid="search-results">
          {edges.map(({ node: person, match }) => (
            <li key={person.id} className="peer-card" data-testid="search-result">
              <button type="button" className="peer-card__who" onClick={() => onOpenProfile(person.id)}>
                <PersonLine person={person} />
              </button>
              {match && <span className={`peer-match peer-match--${match.toLowerCase()}`}>{t.match[match]}</span>}
              <InterestChips label={t.offers} interests={person.offers} />
              <InterestChips label={t.seeks} interests={person.seeks} />
              <div className="peer-card__actions">
                <button type="button" className="peer-button" onClick={() => onPickPerson(person.id)}>
                  {t.peersOf(person.name)}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {state.status === 'loading' && (
        <p className="status" role="status">
          {t.searching}
        </p>
      )}
      {state.status === 'error' && (
        <p className="status status--error" role="alert">
          {t.searchFailed(state.message)}
        </p>
      )}
      {state.status === 'ready' && state.hasNextPage && (
        <button
          type="button"
          className="peer-button"
          data-testid="search-more"
          onClick={() => {
            setState((previous) => ({ status: 'loading', edges: previous.edges }));
            setAfter(state.endCursor);
          }}
        >
          {t.more}
        </button>
      )}
    </div>
  );
}
