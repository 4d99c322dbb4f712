// GraphQL operations of the communities feature; types generated from schema/community.graphql and
// schema/access.graphql (client/src/gql). The map's fragments sit with the elements builder (map/build-elements.ts).
import { graphqlQuery } from '../api/graphql-query';
import { graphql } from '../gql';
import type { CommunityMapQuery } from '../gql/graphql';

export type {
  CommunityMapDataFragment as CommunityMapData,
  MapPersonFragment as MapPerson,
  MapTieFragment as MapTie,
  ParticipationLevel,
} from '../gql/graphql';

/** An interest as the map's filters and groupings name it. */
export type MapInterest = NonNullable<CommunityMapQuery['community']>['interests'][number];

export const COMMUNITIES_QUERY = graphql(`
  query Communities {
    communities {
      slug
      name
      description
      peopleCount
    }
  }
`);

export const communitiesQuery = graphqlQuery(COMMUNITIES_QUERY, {});

export const COMMUNITY_MAP_QUERY = graphql(`
  query CommunityMap($slug: String!, $publicView: Boolean = false) {
    community(slug: $slug) {
      name
      defaultLanguage
      description
      interests {
        id
        name
        nameEs
        nameEn
      }
      map(publicView: $publicView) {
        ...CommunityMapData
      }
    }
  }
`);

/** The community map; the map page and the prefetch (prefetch-map.ts) share it. */
export const communityMapQuery = (slug: string, headers: Record<string, string> = {}) =>
  graphqlQuery(COMMUNITY_MAP_QUERY, { slug }, headers);

/** The map as a public screen shows it (listed people only), whoever is signed in: the projector. */
export const publicMapQuery = (slug: string) => graphqlQuery(COMMUNITY_MAP_QUERY, { slug, publicView: true });

/** The demo community's public share link (null when this install has none), and whether no account exists yet. */
export const HOME_PUBLIC_QUERY = graphql(`
  query HomePublic {
    demo {
      ...SharedCommunity
    }
    needsFirstAdmin
  }
`);
