// Pure logic of the cluster map's "since" control and growth replay: which moments to offer, and what is new.
import type { CommunityMapData } from '../communities/queries';

/** A workshop's closing, as its snapshot records it: the moment the map can be shown "as it stood after". */
export interface ReplayMoment {
  takenAt: string;
  workshopTitle: string;
  workshopDate: string | null;
}

interface SnapshotLike {
  takenAt: string;
  trigger: string;
  workshopTitle?: string | null;
  workshopDate?: string | null;
}

/**
 * The workshops in date order, each at the last time it was closed (a workshop reopened and closed again counts
 * once, as it stood after its last closing). On-demand snapshots are not workshops and are left out.
 */
export function replayMoments(snapshots: readonly SnapshotLike[]): ReplayMoment[] {
  const last = new Map<string, ReplayMoment>();
  for (const s of snapshots) {
    if (s.trigger !== 'WORKSHOP_CLOSED' || !s.workshopTitle) continue;
    const key = `${s.workshopDate ?? ''}\u0000${s.workshopTitle}`;
    const seen = last.get(key);
    if (!seen || compareInstants(seen.takenAt, s.takenAt) < 0)
      last.set(key, { takenAt: s.takenAt, workshopTitle: s.workshopTitle, workshopDate: s.workshopDate ?? null });
  }
  return [...last.values()].sort(
    (a, b) => (a.workshopDate ?? '').localeCompare(b.workshopDate ?? '') || compareInstants(a.takenAt, b.takenAt),
  );
}

/**
 * Orders two instants as the server writes them (Neo4j: up to nine fraction digits, none when they are zero), which
 * text order gets wrong: "…:05Z" sorts after "…:05.5Z".
 */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b) || fraction(a).localeCompare(fraction(b));
}
const fraction = (instant: string) => (/\.(\d+)/u.exec(instant)?.[1] ?? '').padEnd(9, '0');

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The people and ties of `now` that were not on the map `then`: ids of people and of tie elements. */
export function newSince(now: Pick<CommunityMapData, 'people' | 'ties'>, then: Pick<CommunityMapData, 'people' | 'ties'>) {
  const before = new Set(then.people.map((p) => p.id));
  const tiesBefore = new Set(then.ties.map((t) => pairKey(t.source, t.target)));
  const people = now.people.filter((p) => !before.has(p.id)).map((p) => p.id);
  const ties = now.ties.filter((t) => !tiesBefore.has(pairKey(t.source, t.target))).map((t) => t.id);
  return { people, ties, ids: new Set([...people, ...ties]) };
}

/**
 * Clusters in the order of the present map's (`order`: cluster ids), unknown ones after in their own order:
 * cluster colours follow the order, so a region keeps its colour through every step of the replay.
 */
export function inOrderOf<T extends { id: string }>(clusters: readonly T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const at = (c: T, i: number) => rank.get(c.id) ?? order.length + i;
  return clusters
    .map((c, i) => [c, at(c, i)] as const)
    .sort((x, y) => x[1] - y[1])
    .map(([c]) => c);
}
