// The cluster map's query; types generated from schema/clusters.graphql (client/src/gql). Its fragments sit
// with the components that show them (ClusterTable, ClusterDetails, NetworkFiguresPanel, BridgesTable).
import { graphqlQuery } from '../api/graphql-query';
import { graphql } from '../gql';
import type { ClusterGrouping } from '../gql/graphql';

export type {
  BridgeFragment as Bridge,
  ClusterFragment as Cluster,
  ClusterGrouping,
  InterestCountFragment as InterestCount,
  NetworkFiguresFragment as NetworkFigures,
} from '../gql/graphql';

export const CLUSTER_MAP_QUERY = graphql(`
  query ClusterMap($slug: String!, $groupBy: ClusterGrouping!, $interestId: ID, $asOf: String) {
    community(slug: $slug) {
      clusterMap(groupBy: $groupBy, interestId: $interestId, asOf: $asOf) {
        groupBy
        clusters {
          ...Cluster
        }
        network {
          ...NetworkFigures
        }
        bridges {
          ...Bridge
        }
      }
    }
  }
`);

/**
 * The cluster map of a grouping, now or as it stood at a past moment (the growth replay); the map page and its
 * prefetch (communities/prefetch-map.ts) share it.
 */
export const clusterMapQuery = (
  slug: string,
  groupBy: ClusterGrouping,
  interestId: string | null,
  headers: Record<string, string>,
  asOf: string | null = null,
) => graphqlQuery(CLUSTER_MAP_QUERY, asOf === null ? { slug, groupBy, interestId } : { slug, groupBy, interestId, asOf }, headers);
