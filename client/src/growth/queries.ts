// GraphQL operations of the "How we are growing" page; types generated from schema/evolution.graphql (client/src/gql).
import { graphql } from '../gql';
import type { GrowthQuery } from '../gql/graphql';

/** A regional gap in the change list: the interest in every language, and the region. */
export const CHANGED_GAP_FRAGMENT = graphql(`
  fragment ChangedGap on RegionalGap {
    interest {
      name
      nameEs
      nameEn
    }
    region {
      name
    }
  }
`);

export const GROWTH_QUERY = graphql(`
  query Growth($slug: String!, $since: String!) {
    community(slug: $slug) {
      name
      defaultLanguage
      snapshots {
        id
        takenAt
        workshopTitle
        people
        ties
        density
        components
        isolates
        crossRegionShare
        regionModularity
        detectedModularity
        participation {
          coordinators
          active
          peripheral
          moved
        }
        openGaps {
          interest {
            id
          }
        }
      }
      changes(since: $since, first: 20) {
        newPeople {
          id
          name
        }
        newPeopleCount
        newTieCount
        newCrossRegionTieCount
        newBridges {
          id
          name
        }
        gapsClosed {
          ...ChangedGap
        }
        gapsOpened {
          ...ChangedGap
        }
      }
    }
  }
`);

export type GrowthCommunity = NonNullable<GrowthQuery['community']>;
export type GrowthSnapshot = GrowthCommunity['snapshots'][number];
export type GrowthChanges = GrowthCommunity['changes'];

/** The moments the cluster map's "since" control and replay offer: the snapshots workshops' closings took. */
export const REPLAY_MOMENTS_QUERY = graphql(`
  query ReplayMoments($slug: String!) {
    community(slug: $slug) {
      snapshots {
        id
        takenAt
        trigger
        workshopTitle
        workshopDate
      }
    }
  }
`);

/** The community map as it stood at a past moment (consent-filtered as the map is). */
export const MAP_AS_OF_QUERY = graphql(`
  query MapAsOf($slug: String!, $asOf: String!) {
    community(slug: $slug) {
      map(asOf: $asOf) {
        ...CommunityMapData
      }
    }
  }
`);
