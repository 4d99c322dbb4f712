import type { Database } from '../db/transaction.ts';
import { writeTx } from '../db/transaction.ts';
import { nameSkeleton, normalizeEmail } from '../text/normalize.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import type { OrganizationKind } from './community-repository.ts';

/** A whole community as plain data, with ids chosen by the caller (the seed uses deterministic ones). */
export type CommunityData = {
  community: { id: string; slug: string; name: string; description: string; demo?: boolean };
  regions: { id: string; name: string }[];
  organizations: { id: string; name: string; kind: OrganizationKind; regionId: string | null }[];
  interests: { id: string; name: string; nameEs: string; nameEn: string; synonyms: string[] }[];
  people: {
    id: string;
    name: string;
    email: string | null;
    role: string;
    participation: 'CORE' | 'ACTIVE' | 'PERIPHERAL';
    listed: boolean;
    contactable: boolean;
    organizationId: string | null;
    regionId: string | null;
    offers: string[];
    seeks: string[];
  }[];
  /** `from` reported knowing `to`. */
  ties: { from: string; to: string; confirmed: boolean }[];
};

const BATCH = 1000;

/**
 * Writes the community with MERGE by id, in batches of 1000 rows per transaction, so running it twice
 * changes nothing and memory stays flat for large generated communities.
 */
export async function importCommunity(db: Database, data: CommunityData): Promise<void> {
  const communityId = data.community.id;
  // What ties, offers and seeks first written by this import record as where they were reported (`reportedIn`).
  const importId = `import:${new Date().toISOString()}`;
  await writeTx(
    db,
    (tx) =>
      tx.run(
        `MERGE (c:Community {id: $c.id})
       SET c.slug = $c.slug, c.name = $c.name, c.description = $c.description, c.createdAt = coalesce(c.createdAt, datetime()),
           c.demo = $demo`,
        { c: data.community, demo: data.community.demo ?? null },
      ),
    { community: communityId },
  );
  const withNorm = <T extends { name: string }>(rows: T[]) => rows.map((r) => ({ ...r, normName: normalizeName(r.name) }));

  await inBatches(
    db,
    withNorm(data.regions),
    communityId,
    `UNWIND $rows AS row
     MERGE (r:Region {id: row.id})
     SET r.communityId = $communityId, r.name = row.name, r.normName = row.normName`,
  );

  await inBatches(
    db,
    withNorm(data.organizations),
    communityId,
    `UNWIND $rows AS row
     MERGE (o:Organization {id: row.id})
     SET o.communityId = $communityId, o.name = row.name, o.normName = row.normName, o.kind = row.kind, o.curated = true
     WITH o, row WHERE row.regionId IS NOT NULL
     MATCH (r:Region {id: row.regionId, communityId: $communityId})
     MERGE (o)-[:BASED_IN]->(r)`,
  );

  // Both languages' names and the synonyms all match the interest when people type them.
  const interests = withNorm(data.interests).map((i) => ({
    ...i,
    synonymsText: i.synonyms.join(' | '),
    normSynonyms: [...new Set([i.nameEs, i.nameEn, ...i.synonyms].map(normalizeName))].filter((n) => n !== i.normName),
  }));
  await inBatches(
    db,
    interests,
    communityId,
    `UNWIND $rows AS row
     MERGE (i:Interest {id: row.id})
     SET i.communityId = $communityId, i.name = row.name, i.normName = row.normName, i.nameEs = row.nameEs,
         i.nameEn = row.nameEn, i.synonyms = row.synonyms, i.normSynonyms = row.normSynonyms,
         i.synonymsText = row.synonymsText, i.curated = true`,
  );

  // People erased through their private link stay erased, even when an older export is imported again.
  const people = withNorm(data.people).map((p) => ({
    ...p,
    skeleton: nameSkeleton(p.name),
    normEmail: p.email ? normalizeEmail(p.email) : null,
  }));
  await inBatches(
    db,
    people,
    communityId,
    `UNWIND $rows AS row
     WITH row WHERE NOT EXISTS { (:Erasure {personId: row.id}) }
     MERGE (p:Person {id: row.id})
     SET p.communityId = $communityId, p.name = row.name, p.normName = row.normName, p.skeleton = row.skeleton, p.email = row.email, p.normEmail = row.normEmail,
         p.role = row.role,
         p.participationChangedAt = CASE WHEN p.participation <> row.participation THEN datetime() ELSE p.participationChangedAt END,
         p.previousParticipation = CASE WHEN p.participation <> row.participation THEN p.participation ELSE p.previousParticipation END,
         p.participation = row.participation, p.listed = row.listed, p.contactable = row.contactable,
         p.createdAt = coalesce(p.createdAt, datetime()), p.firstReportedAt = coalesce(p.firstReportedAt, datetime())
     WITH p, row
     CALL (p, row) {
       OPTIONAL MATCH (o:Organization {id: row.organizationId, communityId: $communityId})
       FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (p)-[:MEMBER_OF]->(o))
     }
     CALL (p, row) {
       OPTIONAL MATCH (r:Region {id: row.regionId, communityId: $communityId})
       FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (p)-[:BASED_IN]->(r))
     }
     CALL (p, row) {
       UNWIND row.offers AS interestId
       MATCH (i:Interest {id: interestId, communityId: $communityId})
       MERGE (p)-[o:OFFERS]->(i) ON CREATE SET o.firstReportedAt = datetime(), o.reportedIn = $importId
     }
     CALL (p, row) {
       UNWIND row.seeks AS interestId
       MATCH (i:Interest {id: interestId, communityId: $communityId})
       MERGE (p)-[s:SEEKS]->(i) ON CREATE SET s.firstReportedAt = datetime(), s.reportedIn = $importId
     }`,
    importId,
  );

  await inBatches(
    db,
    data.ties,
    communityId,
    `UNWIND $rows AS row
     MATCH (a:Person {id: row.from, communityId: $communityId}), (b:Person {id: row.to, communityId: $communityId})
     MERGE (a)-[k:KNOWS]-(b)
     ON CREATE SET k.reportedById = a.id, k.confirmed = row.confirmed, k.createdAt = datetime(), k.firstReportedAt = datetime(),
                   k.reportedIn = $importId, k.confirmedAt = CASE WHEN row.confirmed THEN datetime() END`,
    importId,
  );
}

async function inBatches(db: Database, rows: object[], communityId: string, cypher: string, importId?: string): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await writeTx(db, (tx) => tx.run(cypher, { rows: batch, communityId, importId: importId ?? null }), { community: communityId });
  }
}
