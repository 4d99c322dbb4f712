// The figures of a network's health at one moment: counts and shares only, never a person's name, email or id,
// so that a snapshot stays complete after anyone erases themselves (issue 18).
import type { CommunityMapRecord } from '../communities/community-repository.ts';
import { buildGraph, canonical, countComponents, detectCommunities, modularityOf, NOT_GIVEN } from '../analytics/network-analytics.ts';
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

/** The figures of one consent-filtered map (everyone for facilitators, listed people for share viewers). */
export function networkFigures(map: CommunityMapRecord, moved: number): NetworkFigures {
  const graph = buildGraph(
    canonical(
      map.people.map((p) => p.id),
      map.tieEnds,
    ),
  );
  const person = new Map(map.people.map((p) => [p.id, p]));
  const regionOf = (id: string) => person.get(id)?.regionId ?? null;
  const { order: n, size: m } = graph.graph;

  const pairCounts = new Map<string, RegionPair>();
  let cross = 0;
  let listedTies = 0;
  for (let end = 0; end < graph.ends.length; end += 2) {
    const [x, y] = [graph.ids[graph.ends[end]!]!, graph.ids[graph.ends[end + 1]!]!];
    const [rx, ry] = [regionOf(x), regionOf(y)];
    if ((rx ?? NOT_GIVEN) !== (ry ?? NOT_GIVEN)) cross += 1;
    if (person.get(x)!.listed && person.get(y)!.listed) listedTies += 1;
    const [a, b] = (rx ?? '') <= (ry ?? '') ? [rx, ry] : [ry, rx];
    const key = `${a}|${b}`;
    const pair = pairCounts.get(key) ?? { a, b, ties: 0 };
    pair.ties += 1;
    pairCounts.set(key, pair);
  }

  const { interests, gaps } = interestFigures(map);
  const level = (l: string) => map.people.filter((p) => p.participation === l).length;
  return {
    people: n,
    listedPeople: map.people.filter((p) => p.listed).length,
    ties: m,
    listedTies,
    density: n > 1 ? m / pairs(n) : 0,
    components: countComponents(graph),
    isolates: graph.graph.filterNodes((node) => graph.graph.degree(node) === 0).length,
    crossRegionShare: m > 0 ? cross / m : 0,
    regionPairs: [...pairCounts.values()].sort((x, y) => y.ties - x.ties || `${x.a}|${x.b}`.localeCompare(`${y.a}|${y.b}`)),
    regionModularity: modularityOf(graph, regionOf),
    detectedModularity: detectCommunities(graph).modularity,
    coordinators: level('CORE'),
    active: level('ACTIVE'),
    peripheral: level('PERIPHERAL'),
    moved,
    interests,
    gaps,
  };
}

/** Offers and seeks per interest, and the open regional gaps (isRegionalGap), of one map. */
export function interestFigures(map: CommunityMapRecord): { interests: InterestCount[]; gaps: GapFigure[] } {
  const interests = new Map<string, InterestCount>();
  const held = new Map<string, { offers: Set<string | null>; seeks: Set<string | null> }>();
  for (const p of map.people) {
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
