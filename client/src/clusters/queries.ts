// GraphQL operations of the cluster map, with result types written by hand to match schema/clusters.graphql
// and schema/community.graphql.

export type ClusterGrouping = 'REGION' | 'DETECTED' | 'ORGANIZATION' | 'INTEREST';

export interface InterestCount {
  interest: { id: string; name: string };
  count: number;
}

export interface Cluster {
  id: string;
  name: string;
  memberIds: string[];
  internalTies: number;
  externalTies: number;
  density: number;
  tiesTo: { clusterId: string; ties: number }[];
  coordinatorIds: string[];
  peripheralCount: number;
  peripheralIds: string[];
  organizationCount: number;
  topOffered: InterestCount[];
  topSought: InterestCount[];
}

export interface NetworkFigures {
  people: number;
  ties: number;
  density: number;
  components: number;
  isolates: number;
  isolateIds: string[];
  crossRegionShare: number;
  modularity: number;
  regionModularity: number;
  detectedModularity: number;
  betweennessExact: boolean;
  betweennessSources: number;
}

export interface Bridge {
  personId: string;
  name: string;
  betweenness: number;
  clustersSpanned: number;
}

export interface ClusterMapData {
  groupBy: ClusterGrouping;
  clusters: Cluster[];
  network: NetworkFigures;
  bridges: Bridge[];
}

export interface ClusterMapResult {
  community: { clusterMap: ClusterMapData } | null;
}

const INTEREST_COUNT = 'interest { id name } count';

export const CLUSTER_MAP_QUERY = /* GraphQL */ `
  query ClusterMap($slug: String!, $groupBy: ClusterGrouping!, $interestId: ID) {
    community(slug: $slug) {
      clusterMap(groupBy: $groupBy, interestId: $interestId) {
        groupBy
        clusters {
          id
          name
          memberIds
          internalTies
          externalTies
          density
          tiesTo { clusterId ties }
          coordinatorIds
          peripheralCount
          peripheralIds
          organizationCount
          topOffered { ${INTEREST_COUNT} }
          topSought { ${INTEREST_COUNT} }
        }
        network {
          people
          ties
          density
          components
          isolates
          isolateIds
          crossRegionShare
          modularity
          regionModularity
          detectedModularity
          betweennessExact
          betweennessSources
        }
        bridges { personId name betweenness clustersSpanned }
      }
    }
  }
`;
