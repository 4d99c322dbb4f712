import { cachedCommunityMap, cachedInterests } from '../communities/map-cache.ts';
import type { CommunityMapRecord, InterestRecord, MapPersonRecord, RegionRecord } from '../communities/community-repository.ts';
import type { Database } from '../db/transaction.ts';

/**
 * Everyone in a community (unlisted people too: each use applies the viewer's rules), who offers and seeks
 * what, who knows whom, and how rare each interest is among listed people.
 */
export type PeerIndex = {
  /** The map's people (shared with it, not copied). */
  people: MapPersonRecord[];
  /** Position in `people` by person id. */
  position: Map<string, number>;
  /** Per position, the positions of the people they are tied to. */
  ties: number[][];
  /** Per position, their ties to listed people: the activity a share link sees. */
  listedTies: Int32Array;
  /** Per interest id, the positions of the people who offer it, and who seek it. */
  offerers: Map<string, number[]>;
  seekers: Map<string, number[]>;
  /** Per position, a hash of the person's id: suggestions break equal scores with it, never by name. */
  idHash: Uint32Array;
  /** Per interest id, log(N / k) / log(N) with k the listed people who offer or seek it. */
  rarity: Map<string, number>;
  regionName: Map<string, string>;
  /** The community's interests by id, in name order (the order reasons list them in). */
  interests: Map<string, InterestRecord>;
  /** Everyone most active first, with ties counted as a facilitator sees them (all) and as others do (to listed people). */
  activity: { everyone: ActivityOrder; listed: ActivityOrder };
};

/** Participation level (coordinators first), minus ties, normalized name, id: smaller is more active. */
export type ActivityKey = [number, number, string, string];

/** People by activity: `order` holds positions most active first, `rank` each position's place in it. */
export type ActivityOrder = { order: number[]; rank: Int32Array };

/** Coordinators first, then active members, then peripheral ones. */
export const PARTICIPATION_RANK = { CORE: 0, ACTIVE: 1, PERIPHERAL: 2 } as const;

type Activity = Pick<PeerIndex, 'people' | 'ties' | 'listedTies'>;

/** The activity key of the person at `at`. */
export function activityKey({ people, ties, listedTies }: Activity, at: number, seesAll: boolean): ActivityKey {
  const p = people[at]!;
  return [PARTICIPATION_RANK[p.participation], -(seesAll ? ties[at]!.length : listedTies[at]!), p.normName, p.id];
}

/** The region of the person at `at`, or null. */
export function regionAt(index: PeerIndex, at: number): RegionRecord | null {
  const id = index.people[at]!.regionId;
  return id ? { id, name: index.regionName.get(id)! } : null;
}

/** Element by element; strings in code-unit order, as Cypher orders them. */
export function compareKeys(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

function activityOrder(activity: Activity, seesAll: boolean): ActivityOrder {
  const keys = activity.people.map((_, at) => activityKey(activity, at, seesAll));
  const order = keys.map((_, at) => at).sort((a, b) => compareKeys(keys[a]!, keys[b]!));
  const rank = new Int32Array(keys.length);
  order.forEach((at, place) => (rank[at] = place));
  return { order, rank };
}

/** How many people are at least as active as `key` (a cursor's activity, who may no longer be there). */
export function placeAfter(index: PeerIndex, { order }: ActivityOrder, key: ActivityKey, seesAll: boolean): number {
  let [low, high] = [0, order.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compareKeys(activityKey(index, order[middle]!, seesAll), key) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The community's peer index, derived from the facilitators' map (one cached read per community revision,
 * shared with the map and the cluster map; server/communities/map-cache.ts), so it is never older than the
 * last write. Ranking from memory takes milliseconds where the same ranking in Cypher took tens of them.
 */
export function peerIndex(db: Database, communityId: string): Promise<PeerIndex> {
  return db.state.caches.peerIndex(communityId, communityId, async () => {
    const [map, interests] = await Promise.all([cachedCommunityMap(db, communityId, 'curated'), cachedInterests(db, communityId)]);
    return buildIndex(map, interests);
  });
}

/** The index of one map (exported for the unit tests and the quality benchmark, which need no database). */
export function buildIndex(map: CommunityMapRecord, interests: InterestRecord[]): PeerIndex {
  const { people, tieEnds } = map;
  const ties = people.map((): number[] => []);
  for (let end = 0; end < tieEnds.length; end += 2) {
    const [a, b] = [tieEnds[end]!, tieEnds[end + 1]!];
    ties[a]!.push(b);
    ties[b]!.push(a);
  }
  const listedTies = Int32Array.from(ties, (others) => others.filter((other) => people[other]!.listed).length);
  const offerers = new Map<string, number[]>();
  const seekers = new Map<string, number[]>();
  const holders = new Map<string, number>();
  people.forEach((person, at) => {
    for (const [ids, holding] of [
      [person.offerIds, offerers],
      [person.seekIds, seekers],
    ] as const) {
      for (const id of ids) {
        const list = holding.get(id);
        if (list) list.push(at);
        else holding.set(id, [at]);
      }
    }
    if (person.listed) for (const id of new Set([...person.offerIds, ...person.seekIds])) holders.set(id, (holders.get(id) ?? 0) + 1);
  });
  const population = people.filter((p) => p.listed).length;
  const rarity = new Map([...holders].map(([id, k]) => [id, population < 2 ? 0 : Math.log(population / k) / Math.log(population)]));
  const activity = { people, ties, listedTies };
  return {
    people,
    position: new Map(people.map((p, at) => [p.id, at])),
    ties,
    listedTies,
    idHash: Uint32Array.from(people, (p) => fnv1a(p.id)),
    offerers,
    seekers,
    rarity,
    regionName: new Map(map.regions.map((r) => [r.id, r.name])),
    interests: new Map(interests.map((i) => [i.id, i])),
    activity: { everyone: activityOrder(activity, true), listed: activityOrder(activity, false) },
  };
}

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
