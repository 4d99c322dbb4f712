import type { ClusterMapEntry } from './analytics/cluster-map-cache.ts';
import type { CommunityMapRecord, CommunityRecord, InterestRecord, RegionRecord } from './communities/community-repository.ts';
import type { CacheStatistics, LookupCache, RevisionCache } from './db/revision-cache.ts';
import { lookupCache, revisionCache } from './db/revision-cache.ts';
import type { Revisions } from './db/revisions.ts';
import { createRevisions } from './db/revisions.ts';
import type { Database } from './db/transaction.ts';
import type { WriteBatcher } from './db/write-batcher.ts';
import type { PeerIndex } from './peers/peer-index.ts';
import type { ShareLinkTarget } from './sharing/share-link-repository.ts';
import type { Arrival } from './workshops/arrival.ts';
import type { LinkWork } from './workshops/link-batcher.ts';
import type { Outcome, Queued } from './workshops/submission-batcher.ts';

/**
 * Everything one app instance keeps in memory about its database, in one place: the revision counters, the
 * caches derived from them, the write batchers and the deployment secret. A multi-instance setup replaces or
 * shares exactly what is here; tests get a fresh one per database connection they open.
 *
 * It rides on the connection (`db.state`, so `ctx.db.state` in the GraphQL context): every write, whoever makes
 * it (resolvers, imports, the warm-up, the demo seed), bumps the revisions the caches read, through writeTx.
 * startTejido makes it; the connections derived from the app's (the warm-up's plain one) share it.
 *
 * Per HTTP app instead (made by createApp, in the GraphQL context beside `db`): rate limits and live events.
 * Per process, on purpose: Node's own metrics (observability/metrics.ts) and the analytics worker thread
 * (analytics/analytics-thread.ts).
 */
export type InstanceState = {
  revisions: Revisions;
  /** Hits and misses of the caches below, for /metrics. */
  cacheStatistics: CacheStatistics;
  caches: {
    communityMap: RevisionCache<CommunityMapRecord>;
    interests: RevisionCache<InterestRecord[]>;
    regions: RevisionCache<RegionRecord[]>;
    clusterMap: RevisionCache<ClusterMapEntry>;
    peerIndex: RevisionCache<PeerIndex>;
    communityBySlug: LookupCache<CommunityRecord>;
    shareLink: LookupCache<ShareLinkTarget>;
  };
  /**
   * Keyed by the connection object, not its driver: a batcher writes through the connection it was made for,
   * and the app's own (with health, failing fast while Neo4j is down) must not be served by another's.
   */
  batchers: {
    links: WeakMap<Database, WriteBatcher<LinkWork, Map<string, Arrival>>>;
    submissions: WeakMap<Database, WriteBatcher<Queued, Outcome>>;
  };
  /** When each share link's use was last written down (ms since the epoch; sharing/share-link-repository.ts). */
  shareLinkUse: Map<string, number>;
  /** The deployment's secret once read (auth/derived-tokens.ts). */
  deploymentSecret?: Promise<string>;
};

export function createInstanceState(): InstanceState {
  const revisions = createRevisions();
  const statistics: CacheStatistics = new Map();
  return {
    revisions,
    cacheStatistics: statistics,
    caches: {
      communityMap: revisionCache(revisions, statistics, 'community-map', 16),
      interests: revisionCache(revisions, statistics, 'interests', 16),
      regions: revisionCache(revisions, statistics, 'regions', 16),
      // Per community version and viewer kind (see analytics/cluster-map-cache.ts).
      clusterMap: revisionCache(revisions, statistics, 'cluster-map', 16),
      peerIndex: revisionCache(revisions, statistics, 'peer-index', 16),
      communityBySlug: lookupCache(revisions, statistics, 'community-by-slug', 256, (community) => community.id),
      // Share links change with their community's revision (the share-link writes name it).
      shareLink: lookupCache(revisions, statistics, 'share-link', 256, (link) => link.communityId),
    },
    batchers: { links: new WeakMap(), submissions: new WeakMap() },
    shareLinkUse: new Map(),
  };
}
