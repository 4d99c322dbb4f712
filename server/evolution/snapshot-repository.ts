import { randomUUID } from 'node:crypto';
import type { ViewerKind } from '../communities/map-cache.ts';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import type { NetworkFigures } from './snapshot-figures.ts';

export type SnapshotTrigger = 'WORKSHOP_CLOSED' | 'ON_DEMAND';
/** What took the snapshot: a workshop closing (its title and day, never its join code), or a facilitator asking. */
export type SnapshotOccasion = { trigger: SnapshotTrigger; workshop: { id: string; title: string; date: string } | null };

/** A snapshot as one kind of viewer sees it: the figures of the network that viewer may see. */
export type SnapshotRecord = NetworkFigures & {
  id: string;
  communityId: string;
  /** Whose figures these are (see ViewerKind): the resolvers name interests as this viewer may see them. */
  kind: ViewerKind;
  takenAt: string;
  trigger: SnapshotTrigger;
  workshopTitle: string | null;
  workshopDate: string | null;
};

/** Figures of both views, stored as JSON: facilitators read `everyone`, share viewers `listed`. */
type Stored = { everyone: string; listed: string };

/**
 * When the community's latest snapshot was taken, and how many people changed participation level since then
 * (everyone, and listed people only); since the first person when there is none yet.
 */
export function levelMovesSinceLastSnapshot(db: Database, communityId: string): Promise<{ everyone: number; listed: number }> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `OPTIONAL MATCH (s:Snapshot {communityId: $communityId})
       WITH max(s.takenAt) AS since
       MATCH (p:Person {communityId: $communityId})
       WHERE p.participationChangedAt IS NOT NULL AND (since IS NULL OR p.participationChangedAt > since)
       RETURN count(p) AS everyone, count(CASE WHEN p.listed THEN 1 END) AS listed`,
      { communityId },
    );
    const row = result.records[0];
    return { everyone: row?.get('everyone') ?? 0, listed: row?.get('listed') ?? 0 };
  });
}

/** Stores a snapshot; returns its id. */
export function storeSnapshot(
  db: Database,
  communityId: string,
  occasion: SnapshotOccasion,
  figures: Record<ViewerKind, NetworkFigures>,
): Promise<string> {
  const id = randomUUID();
  return writeTx(
    db,
    async (tx) => {
      await tx.run(
        `MATCH (c:Community {id: $communityId})
         MERGE (s:Snapshot {id: $id})
         ON CREATE SET s.communityId = c.id, s.takenAt = datetime(), s.trigger = $trigger, s.workshopId = $workshop.id,
                       s.workshopTitle = $workshop.title, s.workshopDate = $workshop.date, s.everyone = $everyone, s.listed = $listed`,
        {
          communityId,
          id,
          trigger: occasion.trigger,
          workshop: occasion.workshop ?? { id: null, title: null, date: null },
          everyone: JSON.stringify(figures.curated),
          listed: JSON.stringify(figures.listed),
        },
      );
      return id;
    },
    // No cache derives anything from snapshots.
    'none',
  );
}

/** The community's snapshots (or only the one with id `only`), oldest first, as this kind of viewer sees them. */
export function listSnapshots(db: Database, communityId: string, kind: ViewerKind, only: string | null = null): Promise<SnapshotRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (s:Snapshot {communityId: $communityId})
       WHERE $only IS NULL OR s.id = $only
       RETURN s.id AS id, toString(s.takenAt) AS takenAt, s.trigger AS trigger, s.workshopTitle AS workshopTitle,
              s.workshopDate AS workshopDate, s.everyone AS everyone, s.listed AS listed
       ORDER BY s.takenAt`,
      { communityId, only },
    );
    return result.records.map((r) => {
      const stored = r.toObject() as Stored & Omit<SnapshotRecord, keyof NetworkFigures>;
      const figures = JSON.parse(kind === 'curated' ? stored.everyone : stored.listed) as NetworkFigures;
      return {
        ...figures,
        id: stored.id,
        communityId,
        kind,
        takenAt: stored.takenAt,
        trigger: stored.trigger,
        workshopTitle: stored.workshopTitle,
        workshopDate: stored.workshopDate,
      };
    });
  });
}
