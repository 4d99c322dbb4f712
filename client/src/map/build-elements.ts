import type { EdgeDefinition, NodeDefinition, Position } from 'cytoscape';
import type { CommunityMapData, ParticipationLevel } from '../communities/queries';

export type RegionNodeData = {
  id: string;
  kind: 'region';
  label: string;
};

export type PersonNodeData = {
  id: string;
  kind: 'person';
  label: string;
  /** The region's compound node id; absent for people without a (known) region. */
  parent?: string;
  participation: ParticipationLevel;
  organization: string | null;
  degree: number;
  /** Marks people who did not consent to be listed (only facilitators' maps hold them). */
  unlisted?: true;
};

export type TieEdgeData = {
  id: string;
  source: string;
  target: string;
  /** Both ends have a region and the regions differ: a bridge between clusters. */
  crossRegion: boolean;
};

export interface RegionNode extends NodeDefinition {
  group: 'nodes';
  data: RegionNodeData;
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

export type MapElement = RegionNode | PersonNode | TieEdge;

export const regionNodeId = (regionId: string): string => `region:${regionId}`;

export const isPersonNode = (el: MapElement): el is PersonNode => el.group === 'nodes' && el.data.kind === 'person';

/**
 * Turns the community map into Cytoscape element definitions: a compound node per region, a node per person
 * inside their region, an edge per tie. Pure: the same map always gives the same elements and positions.
 */
export function buildElements(map: CommunityMapData): MapElement[] {
  const regionIds = new Set(map.regions.map((r) => r.id));
  const regionOf = new Map<string, string | null>();
  for (const person of map.people) {
    regionOf.set(person.id, person.regionId !== null && regionIds.has(person.regionId) ? person.regionId : null);
  }

  const degree = new Map<string, number>();
  const ties: TieEdge[] = [];
  for (const tie of map.ties) {
    // Cytoscape throws on edges to missing nodes, and haystack edges cannot draw loops.
    if (!regionOf.has(tie.source) || !regionOf.has(tie.target) || tie.source === tie.target) continue;
    degree.set(tie.source, (degree.get(tie.source) ?? 0) + 1);
    degree.set(tie.target, (degree.get(tie.target) ?? 0) + 1);
    const a = regionOf.get(tie.source) ?? null;
    const b = regionOf.get(tie.target) ?? null;
    ties.push({
      group: 'edges',
      data: { id: tie.id, source: tie.source, target: tie.target, crossRegion: a !== null && b !== null && a !== b },
    });
  }

  const regions: RegionNode[] = map.regions.map((region) => ({
    group: 'nodes',
    data: { id: regionNodeId(region.id), kind: 'region', label: region.name },
  }));

  const seed = seedPositions(map, regionOf);
  const people: PersonNode[] = map.people.map((person) => {
    const regionId = regionOf.get(person.id) ?? null;
    const data: PersonNodeData = {
      id: person.id,
      kind: 'person',
      label: person.name,
      participation: person.participation,
      organization: person.organization,
      degree: degree.get(person.id) ?? 0,
    };
    if (regionId !== null) data.parent = regionNodeId(regionId);
    if (person.listed === false) data.unlisted = true;
    return { group: 'nodes', data, position: seed(person.id, regionId) };
  });

  // Parents before children, nodes before edges: the order Cytoscape needs when adding.
  return [...regions, ...people, ...ties];
}

/**
 * Starting positions: region clusters around a circle (people without a region in the middle), each person at
 * a spot inside their cluster derived from a hash of their id. fcose then refines from there, which keeps
 * layouts stable from one load to the next without a random seed.
 */
function seedPositions(map: CommunityMapData, regionOf: Map<string, string | null>) {
  const sizes = new Map<string | null, number>();
  for (const regionId of regionOf.values()) sizes.set(regionId, (sizes.get(regionId) ?? 0) + 1);

  const ringRadius = 80 + 30 * Math.sqrt(map.people.length);
  const centers = new Map<string | null, Position>([[null, { x: 0, y: 0 }]]);
  map.regions.forEach((region, i) => {
    const angle = (2 * Math.PI * i) / map.regions.length - Math.PI / 2;
    centers.set(region.id, { x: ringRadius * Math.cos(angle), y: ringRadius * Math.sin(angle) });
  });

  return (personId: string, regionId: string | null): Position => {
    const center = centers.get(regionId) ?? { x: 0, y: 0 };
    const radius = 20 * Math.sqrt(sizes.get(regionId) ?? 1);
    const h = hash(personId);
    // Two independent uniforms from the 32-bit hash; sqrt spreads points evenly over the disc.
    const angle = 2 * Math.PI * ((h & 0xffff) / 0x10000);
    const r = radius * Math.sqrt((h >>> 16) / 0x10000);
    return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
  };
}

/** FNV-1a, 32 bits, with a final avalanche so that similar ids land far apart. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
