import type { Scope } from '../auth/viewer.ts';
import { seesEveryone, visible } from '../auth/viewer.ts';
import type { InterestRecord, RegionRecord } from '../communities/community-repository.ts';
import { INTEREST } from '../communities/community-repository.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import type { PersonRecord } from '../people/person-repository.ts';
import { CARD, PERSON_WITH } from '../people/person-repository.ts';
import { isRegionalGap } from './gaps.ts';
import { MAX_HOPS } from './introduction-path.ts';
import type { PeerIndex } from './peer-index.ts';
import { peerIndex, regionAt } from './peer-index.ts';
import { hopsFromNearest } from './shortest-chain.ts';

export type InterestPageRecord = {
  interest: InterestRecord;
  offeredBy: PersonRecord[];
  soughtBy: PersonRecord[];
  regions: { region: RegionRecord | null; offerers: number; seekers: number }[];
  gaps: { region: RegionRecord; seekers: PersonRecord[]; nearestOfferers: { person: PersonRecord; hops: number | null }[] }[];
};

type Holder = { person: PersonRecord; offers: boolean; seeks: boolean; region: RegionRecord | null };

const NEAREST = 5;

/** The interest's page as the viewer may see it, or null when it is not an interest of the community. */
export async function interestPage(
  db: Database,
  input: { communityId: string; interestId: string; scope: Scope },
): Promise<InterestPageRecord | null> {
  const params = { ...input, seesAll: seesEveryone(input.scope, input.communityId) };
  const index = await peerIndex(db, input.communityId);
  const { rank } = params.seesAll ? index.activity.everyone : index.activity.listed;
  const activity = (h: Holder) => rank[index.position.get(h.person.id)!]!;
  const row = await readTx(db, async (tx) => {
    const found = await tx.run(
      `MATCH (i:Interest {id: $interestId}) WHERE i.communityId = $communityId
       RETURN ${INTEREST('i')} AS interest,
              COLLECT {
                MATCH (i)<-[t:OFFERS|SEEKS]-(p:Person) WHERE ${visible('p')}
                WITH p, collect(type(t)) AS ties
                RETURN {person: ${PERSON_WITH('p', CARD)}, offers: 'OFFERS' IN ties, seeks: 'SEEKS' IN ties}
              } AS holders`,
      params,
    );
    return found.records[0];
  });
  if (!row) return null;
  // Most active first, as the search ranks them, with their region from the index (someone written during
  // this request, not yet in the index, waits for the next one).
  const holders: Holder[] = (row.get('holders') as Omit<Holder, 'region'>[])
    .filter((h) => index.position.has(h.person.id))
    .map((h) => ({ ...h, region: regionAt(index, index.position.get(h.person.id)!) }))
    .sort((a, b) => activity(a) - activity(b));
  const offerers = holders.filter((h) => h.offers);
  const seekers = holders.filter((h) => h.seeks);

  const byRegion = new Map<string | null, { region: RegionRecord | null; offerers: Holder[]; seekers: Holder[] }>();
  for (const h of holders) {
    const key = h.region?.id ?? null;
    const entry = byRegion.get(key) ?? { region: h.region, offerers: [], seekers: [] };
    if (h.offers) entry.offerers.push(h);
    if (h.seeks) entry.seekers.push(h);
    byRegion.set(key, entry);
  }
  const regions = [...byRegion.values()].sort(
    (a, b) =>
      b.seekers.length - a.seekers.length ||
      b.offerers.length - a.offerers.length ||
      (a.region?.name ?? '\uffff').localeCompare(b.region?.name ?? '\uffff'),
  );

  // Regions whose seekers have nobody offering it near them: from memory, the nearest offerers by ties (through
  // people the viewer may see), then by how many ties link their region with the gap's.
  const passable = (at: number) => params.seesAll || index.people[at]!.listed;
  const gaps: InterestPageRecord['gaps'] = [];
  for (const entry of regions) {
    if (!entry.region || !isRegionalGap(entry.region.id, entry.seekers.length, entry.offerers.length)) continue;
    const seekerAt = entry.seekers.map((h) => index.position.get(h.person.id)!);
    const hops = hopsFromNearest(index.ties, seekerAt, passable, MAX_HOPS);
    const hopsOf = (h: Holder) => {
      const n = hops[index.position.get(h.person.id)!]!;
      return n > 0 ? n : null;
    };
    const tiesTo = tiesFromRegion(index, entry.region.id, passable);
    const ties = (h: Holder) => (h.region ? (tiesTo.get(h.region.id) ?? 0) : 0);
    // Offerers come most active first, and the sort is stable: activity breaks the remaining ties.
    const nearest = [...offerers].sort((a, b) => (hopsOf(a) ?? Infinity) - (hopsOf(b) ?? Infinity) || ties(b) - ties(a)).slice(0, NEAREST);
    gaps.push({
      region: entry.region,
      seekers: entry.seekers.map((h) => h.person),
      nearestOfferers: nearest.map((h) => ({ person: h.person, hops: hopsOf(h) })),
    });
  }
  return {
    interest: row.get('interest'),
    offeredBy: offerers.map((h) => h.person),
    soughtBy: seekers.map((h) => h.person),
    regions: regions.map((r) => ({ region: r.region, offerers: r.offerers.length, seekers: r.seekers.length })),
    gaps,
  };
}

/** Per region, the ties between people of `regionId` and people of that region, both `passable`. */
function tiesFromRegion(index: PeerIndex, regionId: string, passable: (at: number) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  index.people.forEach((person, at) => {
    if (person.regionId !== regionId || !passable(at)) return;
    for (const other of index.ties[at]!) {
      const region = index.people[other]!.regionId;
      if (region && passable(other)) counts.set(region, (counts.get(region) ?? 0) + 1);
    }
  });
  return counts;
}
