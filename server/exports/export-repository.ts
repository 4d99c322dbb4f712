import type { Scope } from '../auth/viewer.ts';
import { emailFor, visible } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';

export type ExportData = {
  community: { slug: string; name: string };
  regions: { id: string; name: string }[];
  organizations: { id: string; name: string; kind: string; region: string | null }[];
  people: {
    id: string;
    name: string;
    email: string | null;
    role: string | null;
    participation: string;
    listed: boolean;
    contactable: boolean;
    organization: string | null;
    organizationId: string | null;
    region: string | null;
    regionId: string | null;
    offers: string[];
    seeks: string[];
  }[];
  ties: { source: string; target: string; reportedById: string; confirmed: boolean }[];
};

/** Everything an export holds, filtered by the viewer's scope like every shared view. */
export function exportData(db: Database, communityId: string, scope: Scope): Promise<ExportData> {
  return readTx(db, async (tx) => {
    const params = { communityId, scope };
    const head = await tx.run(
      `MATCH (c:Community {id: $communityId})
       RETURN c {.slug, .name} AS community,
              COLLECT { MATCH (r:Region {communityId: c.id}) RETURN r {.id, .name} } AS regions,
              COLLECT { MATCH (o:Organization {communityId: c.id})
                        RETURN o {.id, .name, .kind, region: head([(o)-[:BASED_IN]->(r) | r.name])} } AS organizations`,
      params,
    );
    const people = await tx.run(
      `MATCH (p:Person {communityId: $communityId}) WHERE ${visible('p')}
       OPTIONAL MATCH (p)-[:MEMBER_OF]->(o:Organization)
       OPTIONAL MATCH (p)-[:BASED_IN]->(r:Region)
       WITH p, head(collect(o)) AS o, head(collect(r)) AS r
       RETURN p {.id, .name, email: ${emailFor('p')}, .role, .participation, .listed, .contactable,
                 organization: o.name, organizationId: o.id, region: r.name, regionId: r.id,
                 offers: [(p)-[:OFFERS]->(i) | i.name], seeks: [(p)-[:SEEKS]->(i) | i.name]} AS person
       ORDER BY p.normName, p.id`,
      params,
    );
    const ties = await tx.run(
      `MATCH (a:Person {communityId: $communityId})-[k:KNOWS]->(b:Person)
       WHERE ${visible('a')} AND ${visible('b')}
       RETURN a.id AS source, b.id AS target, k.reportedById AS reportedById, coalesce(k.confirmed, false) AS confirmed
       ORDER BY source, target`,
      params,
    );
    const first = head.records[0]!;
    return {
      community: first.get('community'),
      regions: first.get('regions'),
      organizations: first.get('organizations'),
      people: people.records.map((r) => r.get('person')),
      ties: ties.records.map((r) => r.toObject() as ExportData['ties'][number]),
    };
  });
}
