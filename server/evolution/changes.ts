import { analyzeNetwork } from '../analytics/cluster-map.ts';
import { visible } from '../auth/viewer.ts';
import type { CommunityMapRecord, MapPersonRecord, RegionRecord } from '../communities/community-repository.ts';
import type { ViewerKind } from '../communities/map-cache.ts';
import { cachedCommunityMap, mapAsOf } from '../communities/map-cache.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import type { GapFigure } from './snapshot-figures.ts';
import { interestFigures } from './snapshot-figures.ts';

export type ChangedPersonRecord = { id: string; name: string; regionId: string | null; region: RegionRecord | null };
export type NewTieRecord = { a: ChangedPersonRecord; b: ChangedPersonRecord; crossRegion: boolean };
export type ChangesRecord = {
  communityId: string;
  kind: ViewerKind;
  since: string;
  until: string;
  newPeople: ChangedPersonRecord[];
  newTies: NewTieRecord[];
  newBridges: ChangedPersonRecord[];
  leftPeriphery: ChangedPersonRecord[];
  gapsClosed: GapFigure[];
  gapsOpened: GapFigure[];
  /** At most this many entries per list in the answer (set by the resolver). */
  limit?: number;
};

const pairKey = (a: string, b: string) => (a < b ? `${a}~${b}` : `${b}~${a}`);
const gapKey = (g: GapFigure) => `${g.interestId}|${g.regionId}`;

function tiesOf(map: CommunityMapRecord): [MapPersonRecord, MapPersonRecord][] {
  const ties: [MapPersonRecord, MapPersonRecord][] = [];
  for (let end = 0; end < map.tieEnds.length; end += 2) ties.push([map.people[map.tieEnds[end]!]!, map.people[map.tieEnds[end + 1]!]!]);
  return ties;
}

/** The cluster map's bridges (people with the highest betweenness) of a map. */
async function bridgesOf(map: CommunityMapRecord): Promise<Set<string>> {
  const analysis = await analyzeNetwork(map, [], { wanted: () => false });
  return new Set(analysis.bridges.top.map(([id]) => id));
}

/**
 * What changed in the network between two moments (the second one now when `until` is null), as one kind of viewer
 * sees it (share viewers: listed people alone, as on every shared view): both moments are read as the map was then
 * (Community.map(asOf:)). New ties
 * across regions come first. Bridges are the cluster map's; a person left the periphery when a facilitator's
 * merge or an import moved them from PERIPHERAL to a higher level between the two moments.
 */
export async function networkChanges(
  db: Database,
  communityId: string,
  kind: ViewerKind,
  since: Date,
  until: Date | null,
): Promise<ChangesRecord> {
  // Until now (no `until`): the present map, as the map page reads it (cached), rather than reading it again as of now.
  const [before, after] = await Promise.all([
    mapAsOf(db, communityId, kind, since),
    until ? mapAsOf(db, communityId, kind, until) : cachedCommunityMap(db, communityId, kind),
  ]);
  const end = until ?? new Date();
  const regions = new Map(after.regions.map((r) => [r.id, r]));
  const changed = (p: MapPersonRecord): ChangedPersonRecord => ({
    id: p.id,
    name: p.name,
    regionId: p.regionId,
    region: p.regionId ? (regions.get(p.regionId) ?? null) : null,
  });
  const known = new Set(before.people.map((p) => p.id));
  const tiedBefore = new Set(tiesOf(before).map(([a, b]) => pairKey(a.id, b.id)));
  const newTies = tiesOf(after)
    .filter(([a, b]) => !tiedBefore.has(pairKey(a.id, b.id)))
    .map(([a, b]) => ({ a: changed(a), b: changed(b), crossRegion: (a.regionId ?? '') !== (b.regionId ?? '') }))
    .sort((x, y) => Number(y.crossRegion) - Number(x.crossRegion) || x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name));
  const [bridgesBefore, bridgesAfter] = await Promise.all([bridgesOf(before), bridgesOf(after)]);
  const person = new Map(after.people.map((p) => [p.id, p]));
  const movedOut = await leftPeripheryBetween(db, communityId, kind, since, end);
  const [gapsBefore, gapsAfter] = [interestFigures(before.people).gaps, interestFigures(after.people).gaps];
  const [openBefore, openAfter] = [new Set(gapsBefore.map(gapKey)), new Set(gapsAfter.map(gapKey))];
  const byName = (x: ChangedPersonRecord, y: ChangedPersonRecord) => x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1);
  return {
    communityId,
    kind,
    since: since.toISOString(),
    until: end.toISOString(),
    newPeople: after.people
      .filter((p) => !known.has(p.id))
      .map(changed)
      .sort(byName),
    newTies,
    newBridges: [...bridgesAfter]
      .filter((id) => !bridgesBefore.has(id))
      .map((id) => changed(person.get(id)!))
      .sort(byName),
    leftPeriphery: movedOut.flatMap((id) => (person.has(id) ? [changed(person.get(id)!)] : [])).sort(byName),
    gapsClosed: gapsBefore.filter((g) => !openAfter.has(gapKey(g))),
    gapsOpened: gapsAfter.filter((g) => !openBefore.has(gapKey(g))),
  };
}

/** Ids of the people (as the viewer may see them) whose level rose out of PERIPHERAL between the two moments. */
function leftPeripheryBetween(db: Database, communityId: string, kind: ViewerKind, since: Date, until: Date): Promise<string[]> {
  const scope = { admin: false, curated: kind === 'curated' ? [communityId] : [] };
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (p:Person {communityId: $communityId})
       WHERE ${visible('p')} AND p.previousParticipation = 'PERIPHERAL' AND p.participation <> 'PERIPHERAL'
         AND p.participationChangedAt > datetime($since) AND p.participationChangedAt <= datetime($until)
       RETURN p.id AS id`,
      { communityId, scope, since: since.toISOString(), until: until.toISOString() },
    );
    return result.records.map((r) => r.get('id') as string);
  });
}
