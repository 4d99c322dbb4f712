// The figures of a network's health at one moment: counts and shares only, never a person's name, email or id,
// so that a snapshot stays complete after anyone erases themselves (issue 18).
import type { PeopleGraph } from '../analytics/network-analytics.ts';
import type { CommunityMapRecord, MapPersonRecord } from '../communities/community-repository.ts';
import { buildGraph, canonical, countComponents, isolates } from '../analytics/network-analytics.ts';
import { modularityAt } from '../analytics/louvain.ts';
import { isRegionalGap } from '../peers/gaps.ts';

export type RegionPair = { a: string | null; b: string | null; ties: number };
export type InterestCount = { interestId: string; offers: number; seeks: number };
export type GapFigure = { interestId: string; regionId: string };

export type NetworkFigures = {
  people: number;
  listedPeople: number;
  ties: number;
  /** Ties between two listed people. */
  listedTies: number;
  density: number;
  components: number;
  isolates: number;
  crossRegionShare: number;
  /** Ties per pair of regions (a ≤ b; the same region twice for ties inside it; null: no region given). */
  regionPairs: RegionPair[];
  regionModularity: number;
  detectedModularity: number;
  coordinators: number;
  active: number;
  peripheral: number;
  /** People whose participation level changed since the previous snapshot (counted by the caller). */
  moved: number;
  interests: InterestCount[];
  /** (interest, region) where people seek the interest and nobody there offers it. */
  gaps: GapFigure[];
};

const pairs = (n: number) => (n * (n - 1)) / 2;

/** A consent-filtered network: its graph in canonical order, and its people by their position in it. */
export type Network = { graph: PeopleGraph; people: MapPersonRecord[] };

/** The network of a map (everyone's, as facilitators see it). */
export function networkOf(map: CommunityMapRecord): Network {
  const graph = buildGraph(
    canonical(
      map.people.map((p) => p.id),
      map.tieEnds,
    ),
  );
  const person = new Map(map.people.map((p) => [p.id, p]));
  return { graph, people: graph.ids.map((id) => person.get(id)!) };
}

/**
 * The network share viewers see (listed people and the ties among them), cut from everyone's without a second read
 * of the database or a second sort: a subset of people in canonical order, renumbered, is in canonical order.
 */
export function listedOnly({ graph, people }: Network): Network {
  const position = new Int32Array(people.length).fill(-1);
  const listed: MapPersonRecord[] = [];
  people.forEach((p, at) => {
    if (p.listed) position[at] = listed.push(p) - 1;
  });
  const ends: number[] = [];
  for (let end = 0; end < graph.ends.length; end += 2) {
    const [a, b] = [position[graph.ends[end]!]!, position[graph.ends[end + 1]!]!];
    if (a >= 0 && b >= 0) ends.push(a, b);
  }
  return { graph: buildGraph({ ids: listed.map((p) => p.id), ends: Int32Array.from(ends), canonical: true }), people: listed };
}

/**
 * The figures of one consent-filtered network (everyone for facilitators, listed people for share viewers), with the
 * communities Louvain found in it. Counted by position: at 100,000 ties, looking people up by id per tie cost more
 * than Louvain.
 */
export function networkFigures({ graph, people }: Network, detected: { modularity: number }, moved: number): NetworkFigures {
  const regions = [...new Set(people.map((p) => p.regionId))].sort((x, y) => ((x ?? '') < (y ?? '') ? -1 : (x ?? '') > (y ?? '') ? 1 : 0));
  const regionIndex = new Map(regions.map((r, at) => [r, at]));
  // People without a region share one group (null), as in modularityOf and the clusters.
  const regionAt = Int32Array.from(people, (p) => regionIndex.get(p.regionId)!);
  const { order: n, size: m, ends } = graph;

  // Ties per pair of regions (smaller index first: regions are sorted, so a ≤ b as the type says).
  const pairTies = new Float64Array(regions.length * regions.length);
  let [cross, listedTies] = [0, 0];
  for (let end = 0; end < ends.length; end += 2) {
    const [x, y] = [ends[end]!, ends[end + 1]!];
    const [rx, ry] = [regionAt[x]!, regionAt[y]!];
    if (rx !== ry) cross += 1;
    if (people[x]!.listed && people[y]!.listed) listedTies += 1;
    pairTies[Math.min(rx, ry) * regions.length + Math.max(rx, ry)]! += 1;
  }
  const regionPairs: RegionPair[] = [];
  pairTies.forEach((ties, at) => {
    if (ties > 0) regionPairs.push({ a: regions[Math.floor(at / regions.length)]!, b: regions[at % regions.length]!, ties });
  });

  const { interests, gaps } = interestFigures(people);
  const level = (l: string) => people.filter((p) => p.participation === l).length;
  return {
    people: n,
    listedPeople: people.filter((p) => p.listed).length,
    ties: m,
    listedTies,
    density: n > 1 ? m / pairs(n) : 0,
    components: countComponents(graph),
    isolates: isolates(graph).length,
    crossRegionShare: m > 0 ? cross / m : 0,
    regionPairs: regionPairs.sort((x, y) => y.ties - x.ties || `${x.a}|${x.b}`.localeCompare(`${y.a}|${y.b}`)),
    regionModularity: modularityAt(ends, regionAt),
    detectedModularity: detected.modularity,
    coordinators: level('CORE'),
    active: level('ACTIVE'),
    peripheral: level('PERIPHERAL'),
    moved,
    interests,
    gaps,
  };
}

/** Offers and seeks per interest, and the open regional gaps (isRegionalGap), of these people. */
export function interestFigures(people: MapPersonRecord[]): { interests: InterestCount[]; gaps: GapFigure[] } {
  const interests = new Map<string, InterestCount>();
  const held = new Map<string, { offers: Set<string | null>; seeks: Set<string | null> }>();
  for (const p of people) {
    for (const [ids, kind] of [
      [p.offerIds, 'offers'],
      [p.seekIds, 'seeks'],
    ] as const) {
      for (const id of ids) {
        const count = interests.get(id) ?? { interestId: id, offers: 0, seeks: 0 };
        count[kind] += 1;
        interests.set(id, count);
        const where = held.get(id) ?? { offers: new Set(), seeks: new Set() };
        where[kind].add(p.regionId);
        held.set(id, where);
      }
    }
  }
  const gaps: GapFigure[] = [];
  for (const [interestId, where] of held) {
    for (const regionId of where.seeks) {
      if (regionId && isRegionalGap(regionId, 1, where.offers.has(regionId) ? 1 : 0)) gaps.push({ interestId, regionId });
    }
  }
  return {
    interests: [...interests.values()].sort((x, y) => (x.interestId < y.interestId ? -1 : 1)),
    gaps: gaps.sort((x, y) => `${x.interestId}|${x.regionId}`.localeCompare(`${y.interestId}|${y.regionId}`)),
  };
}
