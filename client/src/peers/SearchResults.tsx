import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { InterestChips } from './InterestChips';
import { usePeerContext } from './PeerContext';
import { PersonLine } from './PersonLine';
import { searchPeoplePagesQuery } from './queries';
import type { PeopleSearch } from './queries';

const PAGE_SIZE = 10;

interface SearchResultsProps {
  search: PeopleSearch;
  onShow: (ids: string[]) => void;
  onPickPerson: (personId: string) => void;
  onOpenProfile: (personId: string) => void;
}

/** The people one search found, best first, a page at a time ("Show more" appends the next). */
export function SearchResults({ search, onShow, onPickPerson, onOpenProfile }: SearchResultsProps) {
  const { access, headers, t } = usePeerContext();
  const query = useInfiniteQuery(searchPeoplePagesQuery(access.slug, search, PAGE_SIZE, headers));
  const pages = query.data?.pages;
  const edges = useMemo(() => pages?.flatMap((page) => page.community?.searchPeople.edges ?? []) ?? [], [pages]);
  const loading = query.isPending || query.isFetchingNextPage;
  const ready = query.isSuccess && !query.isFetchingNextPage;
  const totalCount = pages?.at(-1)?.community?.searchPeople.totalCount ?? 0;

  useEffect(() => {
    onShow(edges.map((edge) => edge.node.id));
  }, [edges, onShow]);

  return (
    <div className="peer-results" aria-busy={loading}>
      {ready && (
        <p className="peer-results__count" role="status" data-testid="search-count">
          {totalCount === 0 ? t('peers.nobodyFound') : t('peers.found', { count: totalCount })}
        </p>
      )}
      {edges.length > 0 && (
        <ol className="peer-suggestions" data-testid="search-results">
          {edges.map(({ node: person, match }) => (
            <li key={person.id} className="peer-card" data-testid="search-result">
              <button type="button" className="peer-card__who" onClick={() => onOpenProfile(person.id)}>
                <PersonLine person={person} />
              </button>
              {match && <span className={`peer-match peer-match--${match.toLowerCase()}`}>{t(`peers.match.${match}`)}</span>}
              <InterestChips label={t('peers.offers')} interests={person.offers} />
              <InterestChips label={t('peers.seeks')} interests={person.seeks} />
              <div className="peer-card__actions">
                <button type="button" className="peer-button" onClick={() => onPickPerson(person.id)}>
                  {t('peers.peersOf', { name: person.name })}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {loading && (
        <p className="status" role="status">
          {t('survey.searching')}
        </p>
      )}
      {query.isError && (
        <p className="status status--error" role="alert">
          {t('peers.searchFailed', { message: query.error.message })}
        </p>
      )}
      {ready && query.hasNextPage && (
        <button type="button" className="peer-button" data-testid="search-more" onClick={() => void query.fetchNextPage()}>
          {t('peers.more')}
        </button>
      )}
    </div>
  );
}
