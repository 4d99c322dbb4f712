import type { Scope } from '../auth/viewer.ts';
import { seesEveryone } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import type { CommunityMapRecord, InterestRecord, RegionRecord } from './community-repository.ts';
import { communityMap, listInterests, listRegions } from './community-repository.ts';

/** Facilitators see everyone in their community; everyone else (share links) sees listed people only. */
export type ViewerKind = 'curated' | 'listed';

export const viewerKind = (scope: Scope, communityId: string): ViewerKind => (seesEveryone(scope, communityId) ? 'curated' : 'listed');

/**
 * The community's map as one kind of viewer sees it, read once per community revision (server/db/revisions.ts):
 * reading 10,000 people and 100,000 ties takes about half a second, and the map page asks for the map and the
 * cluster map together, which share this one read.
 */
export function cachedCommunityMap(db: Database, communityId: string, kind: ViewerKind): Promise<CommunityMapRecord> {
  const scope: Scope = { admin: false, curated: kind === 'curated' ? [communityId] : [] };
  return db.state.caches.communityMap(communityId, `${communityId}:${kind}`, () => communityMap(db, communityId, scope));
}

/** The map as one kind of viewer sees it as it stood at a past moment (not cached: each moment is its own map). */
export function mapAsOf(db: Database, communityId: string, kind: ViewerKind, asOf: Date): Promise<CommunityMapRecord> {
  const scope: Scope = { admin: false, curated: kind === 'curated' ? [communityId] : [] };
  return communityMap(db, communityId, scope, asOf);
}

/** Names only facilitators may see everywhere; anyone else sees the public ones (see OrganizationRecord). */
export const namesFor = <T extends { public: boolean }>(kind: ViewerKind, records: T[]): T[] =>
  kind === 'curated' ? records : records.filter((r) => r.public);

/** The community's interests, read once per community revision for the cluster map and the peer index. */
export function cachedInterests(db: Database, communityId: string): Promise<InterestRecord[]> {
  return db.state.caches.interests(communityId, communityId, () => listInterests(db, communityId));
}

/** The community's regions, read once per community revision (a growth page names them for every snapshot). */
export function cachedRegions(db: Database, communityId: string): Promise<RegionRecord[]> {
  return db.state.caches.regions(communityId, communityId, () => listRegions(db, communityId));
}
