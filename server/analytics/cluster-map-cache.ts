import type { Scope } from '../auth/viewer.ts';
import { communityMap, listInterests } from '../communities/community-repository.ts';
import { revisionOf } from '../db/revisions.ts';
import type { Database } from '../db/transaction.ts';
import { appError } from '../errors.ts';
import type { ClusterGrouping, Grouping, NetworkAnalysis } from './cluster-map.ts';
import { analyzeNetwork, clusterMap } from './cluster-map.ts';

/** Facilitators see everyone in their community; everyone else (share links) sees listed people only. */
export type ViewerKind = 'curated' | 'listed';

type ClusterMapResult = ReturnType<typeof clusterMap>;
type Entry = { revision: string; analysis: Promise<NetworkAnalysis>; maps: Map<string, ClusterMapResult> };

/** Communities × viewer kinds kept; the least recently used goes first. */
const MAX_ENTRIES = 16;
const entries = new Map<string, Entry>();

/**
 * The cluster map of a community as one kind of viewer sees it. Per community version (revisions.ts) and
 * viewer kind, the map is read and analysed once (graph, Louvain, betweenness: shared by every grouping),
 * and each grouping is computed once on top of it. Concurrent cold requests share one computation.
 */
export async function cachedClusterMap(
  db: Database,
  communityId: string,
  kind: ViewerKind,
  groupBy: ClusterGrouping,
  interestId: string | null,
): Promise<ClusterMapResult> {
  const entry = entryFor(db, communityId, kind);
  const analysis = await entry.analysis;
  const grouping = groupingFor(analysis, groupBy, interestId);
  const key = grouping.by === 'INTEREST' ? `INTEREST:${grouping.interest.id}` : grouping.by;
  let map = entry.maps.get(key);
  if (!map) {
    map = clusterMap(analysis, grouping);
    entry.maps.set(key, map);
  }
  return map;
}

function entryFor(db: Database, communityId: string, kind: ViewerKind): Entry {
  const key = `${communityId}:${kind}`;
  const revision = revisionOf(communityId); // read before the database, so a write during the read makes it stale
  let entry = entries.get(key);
  if (!entry || entry.revision !== revision) {
    const fresh: Entry = { revision, analysis: analyze(db, communityId, kind), maps: new Map() };
    fresh.analysis.catch(() => entries.get(key) === fresh && entries.delete(key));
    entry = fresh;
  }
  entries.delete(key);
  entries.set(key, entry);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return entry;
}

async function analyze(db: Database, communityId: string, kind: ViewerKind): Promise<NetworkAnalysis> {
  const scope: Scope = { admin: false, curated: kind === 'curated' ? [communityId] : [] };
  const [map, interests] = await Promise.all([communityMap(db, communityId, scope), listInterests(db, communityId)]);
  return analyzeNetwork(map, interests);
}

function groupingFor(analysis: NetworkAnalysis, groupBy: ClusterGrouping, interestId: string | null): Grouping {
  if (groupBy !== 'INTEREST') return { by: groupBy };
  const interest = interestId ? analysis.interest.get(interestId) : undefined;
  if (!interest) throw appError('NOT_FOUND', 'No such interest in this community.');
  return { by: 'INTEREST', interest };
}
