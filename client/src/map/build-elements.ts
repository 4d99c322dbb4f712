import { graphql } from '../gql';
import type { EdgeDefinition, NodeDefinition, Position } from 'cytoscape';
import type { CommunityMapData, ParticipationLevel } from '../communities/queries';
import { clusterGridPositions } from './cluster-layout';
import { geographicPositions } from './geo-layout';
import type { Place } from './geo-layout';
import { clusterColor } from './palette';

/**
 * A person and a tie as the map draws them (the map query and live workshop events). `listed` is false only
 * on facilitators' maps; offerIds and seekIds feed the interest filters.
 */
export const MapPersonFields = graphql(`
  fragment MapPerson on MapPerson {
    id
    name
    regionId
    organization
    participation
    listed
    offerIds
    seekIds
  }
`);

export const MapTieFields = graphql(`
  fragment MapTie on MapTie {
    id
    source
    target
  }
`);

/** Everything the map draws: regions, people, ties. */
export const CommunityMapDataFields = graphql(`
  fragment CommunityMapData on CommunityMap {
    regions {
      id
      name
      latitude
      longitude
    }
    people {
      ...MapPerson
    }
    ties {
      ...MapTie
    }
  }
`);

/** A cluster as the map draws it: a box behind its members (see cluster-boxes.ts). */
export interface ClusterGroup {
  id: string;
  name: string;
  memberIds: readonly string[];
  /** Whose colour it takes (see clusterColor): a replayed cluster takes the one it has today. By default its place. */
  colorSlot?: number;
}

export type ClusterNodeData = {
  id: string;
  kind: 'cluster';
  label: string;
  color: string;
  memberCount: number;
  /** Set by collapseClusters: the cluster is drawn as one node standing for all its members. */
  collapsed?: true;
  /** Nobody is in it (a region nobody has named yet): drawn as an empty box, placed by its own anchor. */
  empty?: true;
};

export type PersonNodeData = {
  id: string;
  kind: 'person';
  label: string;
  /** The cluster's node id; absent for people in no cluster on the map. */
  parent?: string;
  participation: ParticipationLevel;
  organization: string | null;
  degree: number;
  /** Diameter when people are sized by their number of ties. */
  degreeSize: number;
  /** Among the network's bridges (highest betweenness). */
  bridge?: true;
  /** Marks people who did not consent to be listed (only facilitators' maps hold them). */
  unlisted?: true;
  /** New since the moment the "since" control chose. */
  isNew?: true;
};

export type TieEdgeData = {
  id: string;
  source: string;
  target: string;
  /** Both ends are in clusters and the clusters differ: a tie between clusters. */
  crossCluster: boolean;
  /** Ties folded into this edge (more than 1 only on edges of collapsed clusters). */
  weight: number;
  /** New since the moment the "since" control chose. */
  isNew?: true;
};

export interface ClusterNode extends NodeDefinition {
  group: 'nodes';
  data: ClusterNodeData;
  /** Only for an empty cluster: where its box's (absent) members would sit (see cluster-boxes.ts, anchors). */
  position?: Position;
}

export interface PersonNode extends NodeDefinition {
  group: 'nodes';
  data: PersonNodeData;
  /** Deterministic starting point for the layout; only used when the node is first added. */
  position: Position;
}

export interface TieEdge extends EdgeDefinition {
  group: 'edges';
  data: TieEdgeData;
}

export type MapElement = ClusterNode | PersonNode | TieEdge;
// Nodes are `pannable`: dragging anywhere on the map (cluster boxes cover most of it) pans, and nobody is
// dragged out of the layout (the canvas is ungrabbable).

export const clusterNodeId = (clusterId: string): string => `cluster:${clusterId}`;

export const isPersonNode = (el: MapElement): el is PersonNode => el.group === 'nodes' && el.data.kind === 'person';
export const isClusterNode = (el: MapElement): el is ClusterNode => el.group === 'nodes' && el.data.kind === 'cluster';

/** Diameter of a person sized by ties: grows with the square root so hubs stand out without hiding others. */
export const degreeSize = (degree: number) => Math.min(56, Math.round(10 + 5 * Math.sqrt(degree)));

/**
 * The declared regions as clusters, as the server's REGION grouping gives them (every region, empty ones too;
 * largest first, then by name; people without a region in "Not given"), so the map can be drawn before the
 * cluster map arrives and keep its layout when it does.
 */
export function regionClusters(map: CommunityMapData, notGiven = 'Not given'): ClusterGroup[] {
  const known = new Set(map.regions.map((r) => r.id));
  const members = new Map<string, string[]>(map.regions.map((r) => [r.id, []]));
  for (const person of map.people) {
    const id = person.regionId !== null && known.has(person.regionId) ? person.regionId : 'none';
    members.set(id, [...(members.get(id) ?? []), person.id]);
  }
  const names = new Map(map.regions.map((r) => [r.id, r.name]));
  return [...members]
    .map(([id, memberIds]) => ({ id, name: id === 'none' ? notGiven : names.get(id)!, memberIds }))
    .sort((x, y) => y.memberIds.length - x.memberIds.length || x.name.localeCompare(y.name));
}

export interface BuildOptions {
  /** The clusters to draw; the declared regions when absent. */
  clusters?: readonly ClusterGroup[];
  /** People to mark as bridges. */
  bridgeIds?: ReadonlySet<string>;
  /** Arrange the clusters by these places (cluster id → coordinates: geo-layout.ts) instead of in rows. */
  places?: ReadonlyMap<string, Place>;
  /** People and ties (by id) to mark as new since a chosen moment. */
  newIds?: ReadonlySet<string>;
}

/** The regions' coordinates, for those that have both. */
export function regionPlaces(map: Pick<CommunityMapData, 'regions'>): Map<string, Place> {
  return new Map(
    map.regions.flatMap((r) =>
      typeof r.latitude === 'number' && typeof r.longitude === 'number' ? [[r.id, { latitude: r.latitude, longitude: r.longitude }]] : [],
    ),
  );
}

/**
 * Turns the community map into Cytoscape element definitions: a node per cluster, a node per person
 * inside their cluster, an edge per tie. Pure: the same input always gives the same elements and positions.
 */
export function buildElements(
  map: CommunityMapData,
  { clusters = regionClusters(map), bridgeIds, places, newIds }: BuildOptions = {},
): MapElement[] {
  const clusterOf = new Map<string, string | null>(map.people.map((p) => [p.id, null]));
  for (const cluster of clusters) {
    for (const id of cluster.memberIds) if (clusterOf.has(id)) clusterOf.set(id, cluster.id);
  }

  const degree = new Map<string, number>();
  const ties: TieEdge[] = [];
  for (const tie of map.ties) {
    // Cytoscape throws on edges to missing nodes, and haystack edges cannot draw loops.
    if (!clusterOf.has(tie.source) || !clusterOf.has(tie.target) || tie.source === tie.target) continue;
    degree.set(tie.source, (degree.get(tie.source) ?? 0) + 1);
    degree.set(tie.target, (degree.get(tie.target) ?? 0) + 1);
    const a = clusterOf.get(tie.source) ?? null;
    const b = clusterOf.get(tie.target) ?? null;
    const data: TieEdgeData = {
      id: tie.id,
      source: tie.source,
      target: tie.target,
      crossCluster: a !== null && b !== null && a !== b,
      weight: 1,
    };
    if (newIds?.has(tie.id)) data.isNew = true;
    ties.push({ group: 'edges', data });
  }

  // Clusters with members on this map, and those with none at all: an empty region is a gap worth seeing.
  const drawn = clusters.filter((c) => c.memberIds.length === 0 || c.memberIds.some((id) => clusterOf.get(id) === c.id));
  // Best connected people sit in the middle of their cluster's starting disc.
  const byDegree = (a: string, b: string) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : 1);
  const unclustered = map.people.filter((p) => clusterOf.get(p.id) === null).map((p) => p.id);
  const arranged = [
    ...drawn.map((c) => ({ id: c.id, name: c.name, memberIds: c.memberIds.filter((id) => clusterOf.get(id) === c.id).sort(byDegree) })),
    ...(unclustered.length > 0 ? [{ id: '', memberIds: unclustered.sort(byDegree) }] : []),
  ];
  const seeds = places ? geographicPositions(arranged, places) : clusterGridPositions(arranged);

  const clusterNodes: ClusterNode[] = drawn.map((cluster, i) => {
    const memberCount = cluster.memberIds.filter((id) => clusterOf.get(id) === cluster.id).length;
    const node: ClusterNode = {
      group: 'nodes',
      pannable: true,
      data: {
        id: clusterNodeId(cluster.id),
        kind: 'cluster',
        label: cluster.name,
        color: clusterColor(cluster.id, cluster.colorSlot ?? i),
        memberCount,
      },
    };
    if (memberCount > 0) return node;
    return { ...node, data: { ...node.data, empty: true }, position: seeds.get(cluster.id)! };
  });

  const people: PersonNode[] = map.people.map((person) => {
    const clusterId = clusterOf.get(person.id) ?? null;
    const d = degree.get(person.id) ?? 0;
    const data: PersonNodeData = {
      id: person.id,
      kind: 'person',
      label: person.name,
      participation: person.participation,
      organization: person.organization,
      degree: d,
      degreeSize: degreeSize(d),
    };
    if (clusterId !== null) data.parent = clusterNodeId(clusterId);
    if (bridgeIds?.has(person.id)) data.bridge = true;
    if (person.listed === false) data.unlisted = true;
    if (newIds?.has(person.id)) data.isNew = true;
    return { group: 'nodes', pannable: true, data, position: seeds.get(person.id)! };
  });

  // Parents before children, nodes before edges: the order Cytoscape needs when adding.
  return [...clusterNodes, ...people, ...ties];
}
