// GraphQL operations of the peer finder and interest pages, with result types written by hand to match
// schema/peers.graphql, schema/community.graphql and schema/access.graphql.

import { MAP_PERSON_FIELDS, MAP_TIE_FIELDS } from '../communities/queries';
import type { CommunityMapData, ParticipationLevel } from '../communities/queries';

export type RegionPreference = 'ANY' | 'SAME_REGION' | 'OTHER_REGION';
export type InterestMatch = 'OFFERS' | 'SEEKS';

export interface Named {
  id: string;
  name: string;
}

export interface InterestRef {
  id: string;
  name: string;
  nameEs: string | null;
  nameEn: string | null;
}

/** A person as the peer pages show them in a list. */
export interface PersonCard {
  id: string;
  name: string;
  role: string | null;
  participation: ParticipationLevel;
  organization: Named | null;
  region: Named | null;
}

/** A person with what they offer and seek (profiles, search results). */
export interface PersonProfile extends PersonCard {
  offers: InterestRef[];
  seeks: InterestRef[];
}

const INTEREST_FIELDS = 'id name nameEs nameEn';
const PERSON_CARD_FIELDS = `id name role participation organization { id name } region { id name }`;
const PERSON_PROFILE_FIELDS = `${PERSON_CARD_FIELDS} offers { ${INTEREST_FIELDS} } seeks { ${INTEREST_FIELDS} }`;

export interface PeerFinderCommunity {
  name: string;
  map: CommunityMapData;
  organizations: Named[];
  interests: InterestRef[];
}

export interface PeerFinderResult {
  community: PeerFinderCommunity | null;
}

/** What the peer finder needs once: the map to highlight on, and the lists the search form offers. */
export const PEER_FINDER_QUERY = /* GraphQL */ `
  query PeerFinder($slug: String!) {
    community(slug: $slug) {
      name
      map {
        regions { id name }
        people { ${MAP_PERSON_FIELDS} }
        ties { ${MAP_TIE_FIELDS} }
      }
      organizations { id name }
      interests { ${INTEREST_FIELDS} }
    }
  }
`;

/** The search criteria as the API takes them (schema `PeopleSearch`); absent keys are not searched for. */
export interface PeopleSearch {
  text?: string;
  interest?: string;
  interestId?: string;
  regionId?: string;
  organizationId?: string;
  participation?: ParticipationLevel;
}

export interface PersonSearchEdge {
  cursor: string;
  match: InterestMatch | null;
  node: PersonProfile;
}

export interface PersonSearchPage {
  totalCount: number;
  edges: PersonSearchEdge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface SearchPeopleResult {
  community: { searchPeople: PersonSearchPage } | null;
}

export const SEARCH_PEOPLE_QUERY = /* GraphQL */ `
  query SearchPeople($slug: String!, $search: PeopleSearch!, $first: Int, $after: String) {
    community(slug: $slug) {
      searchPeople(search: $search, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          match
          node { ${PERSON_PROFILE_FIELDS} }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

export interface PersonProfileResult {
  community: { person: PersonProfile | null } | null;
}

export const PERSON_PROFILE_QUERY = /* GraphQL */ `
  query PersonProfile($slug: String!, $id: ID!) {
    community(slug: $slug) {
      person(id: $id) { ${PERSON_PROFILE_FIELDS} }
    }
  }
`;

export interface PeerScoreParts {
  complementarity: number;
  sharedRarity: number;
  proximity: number;
  region: number;
}

export interface PeerSuggestion {
  person: PersonCard;
  score: number;
  parts: PeerScoreParts;
  theyOffer: InterestRef[];
  youOffer: InterestRef[];
  shared: InterestRef[];
  mutualContacts: Named[];
  reasons: string[];
}

export interface PeerSuggestionsResult {
  community: { person: PersonProfile | null; peerSuggestions: PeerSuggestion[] } | null;
}

const SUGGESTION_FIELDS = `
  person { ${PERSON_CARD_FIELDS} }
  score
  parts { complementarity sharedRarity proximity region }
  theyOffer { ${INTEREST_FIELDS} }
  youOffer { ${INTEREST_FIELDS} }
  shared { ${INTEREST_FIELDS} }
  mutualContacts { id name }
  reasons(language: $language)
`;

export const PEER_SUGGESTIONS_QUERY = /* GraphQL */ `
  query PeerSuggestions($slug: String!, $personId: ID!, $first: Int, $preference: RegionPreference, $language: ReasonLanguage) {
    community(slug: $slug) {
      person(id: $personId) { ${PERSON_PROFILE_FIELDS} }
      peerSuggestions(personId: $personId, first: $first, preference: $preference) { ${SUGGESTION_FIELDS} }
    }
  }
`;

export interface IntroductionPathResult {
  community: { introductionPath: PersonCard[] | null } | null;
}

export const INTRODUCTION_PATH_QUERY = /* GraphQL */ `
  query IntroductionPath($slug: String!, $fromId: ID!, $toId: ID!) {
    community(slug: $slug) {
      introductionPath(fromId: $fromId, toId: $toId) { ${PERSON_CARD_FIELDS} }
    }
  }
`;

export interface InterestRegionCount {
  region: Named | null;
  offerers: number;
  seekers: number;
}

export interface NearbyOfferer {
  person: PersonCard;
  hops: number | null;
}

export interface InterestGap {
  region: Named;
  seekers: PersonCard[];
  nearestOfferers: NearbyOfferer[];
}

export interface InterestPageData {
  interest: InterestRef & { synonyms: string[] };
  offeredBy: PersonCard[];
  soughtBy: PersonCard[];
  regions: InterestRegionCount[];
  gaps: InterestGap[];
}

export interface InterestPageResult {
  community: { name: string; interestPage: InterestPageData } | null;
}

export const INTEREST_PAGE_QUERY = /* GraphQL */ `
  query InterestPage($slug: String!, $id: ID!) {
    community(slug: $slug) {
      name
      interestPage(id: $id) {
        interest { ${INTEREST_FIELDS} synonyms }
        offeredBy { ${PERSON_CARD_FIELDS} }
        soughtBy { ${PERSON_CARD_FIELDS} }
        regions { region { id name } offerers seekers }
        gaps {
          region { id name }
          seekers { ${PERSON_CARD_FIELDS} }
          nearestOfferers { hops person { ${PERSON_CARD_FIELDS} } }
        }
      }
    }
  }
`;

/** The participant's own suggestions, through their private link. */
export interface MyPeerSuggestion {
  person: { id: string; name: string };
  reasons: string[];
}

export interface MyPeerSuggestionsResult {
  myRecord: { peerSuggestions: MyPeerSuggestion[] };
}

export const MY_PEER_SUGGESTIONS_QUERY = /* GraphQL */ `
  query MyPeerSuggestions($token: String!, $first: Int, $language: ReasonLanguage) {
    myRecord(token: $token) {
      peerSuggestions(first: $first) {
        person { id name }
        reasons(language: $language)
      }
    }
  }
`;
