// GraphQL operations of the communities feature, with result types written by hand to match
// schema/community.graphql and schema/access.graphql.

import type { SharedCommunity } from '../sharing/queries';

export type ParticipationLevel = 'CORE' | 'ACTIVE' | 'PERIPHERAL';

export interface CommunitySummary {
  slug: string;
  name: string;
  description: string | null;
  peopleCount: number;
}

export interface CommunitiesResult {
  communities: CommunitySummary[];
}

export const COMMUNITIES_QUERY = /* GraphQL */ `
  query Communities {
    communities {
      slug
      name
      description
      peopleCount
    }
  }
`;

export interface MapRegion {
  id: string;
  name: string;
}

export interface MapPerson {
  id: string;
  name: string;
  regionId: string | null;
  organization: string | null;
  participation: ParticipationLevel;
  /** False only on facilitators' maps: shared views show listed people alone. */
  listed: boolean;
  /** Ids of the interests the person offers and seeks (for interest filters). */
  offerIds: string[];
  seekIds: string[];
}

export interface MapTie {
  id: string;
  source: string;
  target: string;
}

export interface MapInterest {
  id: string;
  name: string;
}

export interface CommunityMapData {
  regions: MapRegion[];
  people: MapPerson[];
  ties: MapTie[];
}

export interface CommunityMapResult {
  community: {
    name: string;
    description: string | null;
    /** The community's interests, for the interest filter and the interest grouping. */
    interests: MapInterest[];
    map: CommunityMapData;
  } | null;
}

/** The fields of a person and a tie as the map draws them (the map query and live workshop events). */
export const MAP_PERSON_FIELDS = 'id name regionId organization participation listed offerIds seekIds';
export const MAP_TIE_FIELDS = 'id source target';

export const COMMUNITY_MAP_QUERY = /* GraphQL */ `
  query CommunityMap($slug: String!) {
    community(slug: $slug) {
      name
      description
      interests {
        id
        name
      }
      map {
        regions {
          id
          name
        }
        people { ${MAP_PERSON_FIELDS} }
        ties { ${MAP_TIE_FIELDS} }
      }
    }
  }
`;

/** The map as a public screen shows it (listed people only), whoever is signed in: the projector. */
export const PUBLIC_MAP_QUERY = /* GraphQL */ `
  query PublicMap($slug: String!) {
    community(slug: $slug) {
      name
      description
      interests {
        id
        name
      }
      map(publicView: true) {
        regions {
          id
          name
        }
        people { ${MAP_PERSON_FIELDS} }
        ties { ${MAP_TIE_FIELDS} }
      }
    }
  }
`;

export interface HomePublicResult {
  /** The demo community's public share link, or null when this install has none. */
  demo: SharedCommunity | null;
  /** True while no account exists yet (a fresh install waiting for its first admin). */
  needsFirstAdmin: boolean;
}

export const HOME_PUBLIC_QUERY = /* GraphQL */ `
  query HomePublic {
    demo {
      path
      communitySlug
      communityName
    }
    needsFirstAdmin
  }
`;
