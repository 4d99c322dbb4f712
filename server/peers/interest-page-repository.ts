import type { Scope } from '../auth/viewer.ts';
import { seesEveryone, visible } from '../auth/viewer.ts';
import type { InterestRecord, RegionRecord } from '../communities/community-repository.ts';
import { INTEREST } from '../communities/community-repository.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import type { PersonRecord } from '../people/person-repository.ts';
import { CARD, PERSON_WITH } from '../people/person-repository.ts';
import { MAX_HOPS } from './introduction-path.ts';
import { peerIndex, regionAt } from './peer-index.ts';

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
  return readTx(db, async (tx) => {
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
    const row = found.records[0];
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

    const gaps: InterestPageRecord['gaps'] = [];
    for (const entry of regions) {
      if (!entry.region || entry.seekers.length === 0 || entry.offerers.length > 0) continue;
      const hops = await tx.run(
        `UNWIND $seekerIds AS seekerId
         MATCH (s:Person {id: seekerId})
         MATCH path = SHORTEST 1 (s) (()-[:KNOWS]-(m:Person WHERE ${visible('m')})){1,${MAX_HOPS}} (o:Person)
         WHERE o.id IN $offererIds
         RETURN o.id AS id, min(length(path)) AS hops`,
        { ...params, seekerIds: entry.seekers.map((h) => h.person.id), offererIds: offerers.map((h) => h.person.id) },
      );
      const regionTies = await tx.run(
        `MATCH (:Region {id: $regionId})<-[:BASED_IN]-(a:Person)-[:KNOWS]-(b:Person)-[:BASED_IN]->(r:Region)
         WHERE ${visible('a')} AND ${visible('b')}
         RETURN r.id AS id, count(*) AS ties`,
        { ...params, regionId: entry.region.id },
      );
      const hopsTo = new Map(hops.records.map((r) => [r.get('id') as string, r.get('hops') as number]));
      const tiesTo = new Map(regionTies.records.map((r) => [r.get('id') as string, r.get('ties') as number]));
      const ties = (h: Holder) => (h.region ? (tiesTo.get(h.region.id) ?? 0) : 0);
      // Offerers come most active first, and the sort is stable: activity breaks the remaining ties.
      const nearest = [...offerers]
        .sort((a, b) => (hopsTo.get(a.person.id) ?? Infinity) - (hopsTo.get(b.person.id) ?? Infinity) || ties(b) - ties(a))
        .slice(0, NEAREST);
      gaps.push({
        region: entry.region,
        seekers: entry.seekers.map((h) => h.person),
        nearestOfferers: nearest.map((h) => ({ person: h.person, hops: hopsTo.get(h.person.id) ?? null })),
      });
    }
    return {
      interest: row.get('interest'),
      offeredBy: offerers.map((h) => h.person),
      soughtBy: seekers.map((h) => h.person),
      regions: regions.map((r) => ({ region: r.region, offerers: r.offerers.length, seekers: r.seekers.length })),
      gaps,
    };
  });
}
