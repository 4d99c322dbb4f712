// GraphQL operations of the peer finder and interest pages; types generated from schema/peers.graphql,
// schema/community.graphql and schema/access.graphql (client/src/gql). Fragments sit with the components that
// show them: PersonCard (PersonLine), PersonProfile (ChosenPerson), InterestRef (InterestChips), PeerSuggestion
// (SuggestionCard), InterestGap (InterestGaps).
import { infiniteQueryOptions } from '@tanstack/react-query';
import { request } from '../api/graphql';
import { graphqlQuery, operationName } from '../api/graphql-query';
import { graphql } from '../gql';
import type {
  InterestPageQuery,
  PeerFinderQuery,
  PeerSuggestionFragment,
  PeopleSearch,
  ReasonLanguage,
  RegionPreference,
} from '../gql/graphql';

export type {
  InterestGapFragment as InterestGap,
  InterestMatch,
  InterestRefFragment as InterestRef,
  PeerSuggestionFragment as PeerSuggestion,
  PeopleSearch,
  PersonCardFragment as PersonCard,
  PersonProfileFragment as PersonProfile,
  RegionPreference,
} from '../gql/graphql';

export type PeerScoreParts = PeerSuggestionFragment['parts'];
export type PeerFinderCommunity = NonNullable<PeerFinderQuery['community']>;
export type InterestPageData = NonNullable<InterestPageQuery['community']>['interestPage'];

/** What the peer finder needs once: the map to highlight on, and the lists the search form offers. */
export const PEER_FINDER_QUERY = graphql(`
  query PeerFinder($slug: String!) {
    community(slug: $slug) {
      name
      defaultLanguage
      map {
        ...CommunityMapData
      }
      organizations {
        id
        name
      }
      interests {
        ...InterestRef
      }
    }
  }
`);

export const SEARCH_PEOPLE_QUERY = graphql(`
  query SearchPeople($slug: String!, $search: PeopleSearch!, $first: Int, $after: String) {
    community(slug: $slug) {
      searchPeople(search: $search, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          match
          node {
            ...PersonProfile
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** A page of people matching the search. */
export const searchPeopleQuery = (
  slug: string,
  search: PeopleSearch,
  first: number,
  after: string | null,
  headers: Record<string, string>,
) => graphqlQuery(SEARCH_PEOPLE_QUERY, { slug, search, first, after }, headers);

/** The same search a page at a time ("Show more" asks for the page after the last one). */
export const searchPeoplePagesQuery = (slug: string, search: PeopleSearch, first: number, headers: Record<string, string>) =>
  infiniteQueryOptions({
    queryKey: [operationName(SEARCH_PEOPLE_QUERY), 'pages', { slug, search, first }, headers] as const,
    queryFn: ({ pageParam, signal }) => request(SEARCH_PEOPLE_QUERY, { slug, search, first, after: pageParam }, { signal, headers }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => {
      const info = page.community?.searchPeople.pageInfo;
      return info?.hasNextPage ? info.endCursor : undefined;
    },
  });

export const PERSON_PROFILE_QUERY = graphql(`
  query PersonProfile($slug: String!, $id: ID!) {
    community(slug: $slug) {
      person(id: $id) {
        ...PersonProfile
      }
    }
  }
`);

export const PEER_SUGGESTIONS_QUERY = graphql(`
  query PeerSuggestions($slug: String!, $personId: ID!, $first: Int, $preference: RegionPreference, $language: ReasonLanguage) {
    community(slug: $slug) {
      person(id: $personId) {
        ...PersonProfile
      }
      peerSuggestions(personId: $personId, first: $first, preference: $preference) {
        ...PeerSuggestion
      }
    }
  }
`);

/** Suggestions for a person, best first, with their reasons in `language`. */
export const peerSuggestionsQuery = (
  slug: string,
  variables: { personId: string; first: number; preference: RegionPreference; language: ReasonLanguage },
  headers: Record<string, string>,
) => graphqlQuery(PEER_SUGGESTIONS_QUERY, { slug, ...variables }, headers);

export const INTRODUCTION_PATH_QUERY = graphql(`
  query IntroductionPath($slug: String!, $fromId: ID!, $toId: ID!) {
    community(slug: $slug) {
      introductionPath(fromId: $fromId, toId: $toId) {
        ...PersonCard
      }
    }
  }
`);

export const INTEREST_PAGE_QUERY = graphql(`
  query InterestPage($slug: String!, $id: ID!) {
    community(slug: $slug) {
      defaultLanguage
      name
      interestPage(id: $id) {
        interest {
          ...InterestRef
          synonyms
        }
        offeredBy {
          ...PersonCard
        }
        soughtBy {
          ...PersonCard
        }
        regions {
          region {
            id
            name
          }
          offerers
          seekers
        }
        gaps {
          ...InterestGap
        }
      }
    }
  }
`);

/** The participant's own suggestions, through their private link. */
export const MY_PEER_SUGGESTIONS_QUERY = graphql(`
  query MyPeerSuggestions($token: String!, $first: Int, $language: ReasonLanguage) {
    myRecord(token: $token) {
      peerSuggestions(first: $first) {
        person {
          id
          name
        }
        reasons(language: $language)
      }
    }
  }
`);
