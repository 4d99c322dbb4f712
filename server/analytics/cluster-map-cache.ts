import type { ViewerKind } from '../communities/map-cache.ts';
import { cachedCommunityMap, cachedInterests, mapAsOf } from '../communities/map-cache.ts';
import type { Database } from '../db/transaction.ts';
import { appError } from '../errors.ts';
import type { ClusterGrouping, Grouping, NetworkAnalysis } from './cluster-map.ts';
import { analyzeNetwork, clusterMap } from './cluster-map.ts';

type ClusterMapResult = ReturnType<typeof clusterMap>;

/** How long a community must stay unchanged before its bridges are refined in the background. */
const REFINE_AFTER_MS = 2_000;

/**
 * Per community version and viewer kind (db.state.caches.clusterMap): the map (shared with Community.map)
 * analysed once (graph, Louvain, betweenness: shared by every grouping), and each grouping's cluster map
 * computed once on top of it, again once the bridges have been refined in the background.
 */
export type ClusterMapEntry = { analysis: NetworkAnalysis; maps: Map<string, ClusterMapResult> };

/** The cluster map of a community as one kind of viewer sees it. */
export async function cachedClusterMap(
  db: Database,
  communityId: string,
  kind: ViewerKind,
  groupBy: ClusterGrouping,
  interestId: string | null,
): Promise<ClusterMapResult> {
  const { analysis, maps } = await db.state.caches.clusterMap(communityId, `${communityId}:${kind}`, async () => {
    const entry: ClusterMapEntry = { analysis: await analyze(db, communityId, kind), maps: new Map<string, ClusterMapResult>() };
    // Better bridges arrived (adaptive-betweenness.ts): the maps are recomputed with them on the next request.
    void entry.analysis.refined.then(() => entry.maps.clear());
    return entry;
  });
  const grouping = groupingFor(analysis, groupBy, interestId);
  const key = grouping.by === 'INTEREST' ? `INTEREST:${grouping.interest.id}` : grouping.by;
  let map = maps.get(key);
  if (!map) {
    map = clusterMap(analysis, grouping);
    maps.set(key, map);
  }
  return map;
}

/** The cluster map as it stood at a past moment (not cached; bridges from the first betweenness sample, never refined). */
export async function clusterMapAsOf(
  db: Database,
  communityId: string,
  kind: ViewerKind,
  groupBy: ClusterGrouping,
  interestId: string | null,
  asOf: Date,
): Promise<ClusterMapResult> {
  const [map, interests] = await Promise.all([mapAsOf(db, communityId, kind, asOf), cachedInterests(db, communityId)]);
  const analysis = await analyzeNetwork(map, interests, { wanted: () => false });
  return clusterMap(analysis, groupingFor(analysis, groupBy, interestId));
}

async function analyze(db: Database, communityId: string, kind: ViewerKind): Promise<NetworkAnalysis> {
  const { revisionOf } = db.state.revisions;
  const revision = revisionOf(communityId);
  const [map, interests] = await Promise.all([cachedCommunityMap(db, communityId, kind), cachedInterests(db, communityId)]);
  // Refining the bridges waits a little, then stops at the next write: while a workshop writes every few
  // seconds it would only delay the next cold map's first sample (one worker thread) for a result nobody reads.
  return analyzeNetwork(map, interests, { wanted: () => revisionOf(communityId) === revision, refineAfter: REFINE_AFTER_MS });
}

function groupingFor(analysis: NetworkAnalysis, groupBy: ClusterGrouping, interestId: string | null): Grouping {
  if (groupBy !== 'INTEREST') return { by: groupBy };
  const interest = interestId ? analysis.interest.get(interestId) : undefined;
  if (!interest) throw appError('NOT_FOUND', 'No such interest in this community.');
  return { by: 'INTEREST', interest };
}
