import { anonymous, scopeOf, visible } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import { revisionCache } from '../db/revision-cache.ts';
import { readTx } from '../db/transaction.ts';

/**
 * Who offers and seeks what among the people a suggestion may name (listed and contactable), and how
 * rare each interest is among listed people: the side of peer suggestions that is the same for everyone.
 */
export type PeerIndex = {
  /** Listed people in the community (N of the rarity weight). */
  population: number;
  /** Per interest id, log(N / k) / log(N) with k the listed people who offer or seek it. */
  rarity: Map<string, number>;
  /** Per interest id, the positions (in `people`) of the candidates who offer it, and who seek it. */
  offerers: Map<string, number[]>;
  seekers: Map<string, number[]>;
  people: { id: string; normName: string; regionId: string | null; offers: string[]; seeks: string[] }[];
  /** Position in `people` by person id. */
  position: Map<string, number>;
};

const indexes = revisionCache<PeerIndex>(16);

/**
 * The community's peer index, rebuilt after each write to the community (server/db/revision-cache.ts, like
 * the cluster map). Reading it from Neo4j means one pass over the community (~0.2 s at 10,000 people): too
 * slow for every suggestion, while scoring from memory takes about a millisecond. The person asking is always
 * read live, and consent and ties of the suggested people are checked live before they are shown.
 */
export function peerIndex(db: Database, communityId: string): Promise<PeerIndex> {
  return indexes(communityId, communityId, () => buildIndex(db, communityId));
}

type Row = { id: string; normName: string; contactable: boolean; regionId: string | null; offers: string[]; seeks: string[] };

async function buildIndex(db: Database, communityId: string): Promise<PeerIndex> {
  const rows = await readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (p:Person {communityId: $communityId}) WHERE ${visible('p')}
       RETURN p.id AS id, p.normName AS normName, p.contactable AS contactable,
              head(COLLECT { MATCH (p)-[:BASED_IN]->(r:Region) RETURN r.id }) AS regionId,
              COLLECT { MATCH (p)-[:OFFERS]->(i:Interest) RETURN i.id } AS offers,
              COLLECT { MATCH (p)-[:SEEKS]->(i:Interest) RETURN i.id } AS seeks`,
      { communityId, scope: scopeOf(anonymous) },
    );
    return result.records.map((r) => r.toObject() as Row);
  });
  const holders = new Map<string, number>();
  const offerers = new Map<string, number[]>();
  const seekers = new Map<string, number[]>();
  const people: PeerIndex['people'] = [];
  for (const row of rows) {
    for (const id of new Set([...row.offers, ...row.seeks])) holders.set(id, (holders.get(id) ?? 0) + 1);
    if (!row.contactable) continue;
    const at = people.push({ id: row.id, normName: row.normName, regionId: row.regionId, offers: row.offers, seeks: row.seeks }) - 1;
    for (const [ids, holding] of [[row.offers, offerers], [row.seeks, seekers]] as const) {
      for (const id of ids) {
        const list = holding.get(id);
        if (list) list.push(at);
        else holding.set(id, [at]);
      }
    }
  }
  const population = rows.length;
  const rarity = new Map([...holders].map(([id, k]) => [id, population < 2 ? 0 : Math.log(population / k) / Math.log(population)]));
  return { population, rarity, offerers, seekers, people, position: new Map(people.map((p, at) => [p.id, at])) };
}
