import type { ManagedTransaction } from 'neo4j-driver';
import type { InterestRecord, OrganizationRecord } from '../communities/community-repository.ts';
import { INTEREST, ORGANIZATION } from '../communities/community-repository.ts';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { appError, userError } from '../errors.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import type { InterestInput, OrganizationInput } from './catalogue-input.ts';
import { interestNames } from './catalogue-input.ts';

export type CatalogueLabel = 'Organization' | 'Interest';

/** The community of an organization or interest (null when there is none), for the authorization check. */
export function communityOfRecord(db: Database, label: CatalogueLabel, id: string): Promise<string | null> {
  // The label comes from the closed union above, never from user input.
  return readTx(db, async (tx) =>
    (await tx.run(`OPTIONAL MATCH (n:${label} {id: $id}) RETURN n.communityId AS c`, { id })).records[0]!.get('c'),
  );
}

/** A catalogue record with every name it is matched by (normalized), to find duplicates and changes. */
export type StoredInterest = InterestRecord & { names: string[] };
export type StoredOrganization = OrganizationRecord & { names: string[] };

export function listStoredCatalogue(
  db: Database,
  communityId: string,
): Promise<{ interests: StoredInterest[]; organizations: StoredOrganization[] }> {
  return readTx(db, async (tx) => {
    const withNames = (n: string) => `WITH ${n}, [${n}.normName] + coalesce(${n}.normSynonyms, []) AS names, `;
    const interests = await tx.run(
      `MATCH (i:Interest {communityId: $communityId}) ${withNames('i')} ${INTEREST('i')} AS record RETURN record {.*, names} AS record`,
      { communityId },
    );
    const organizations = await tx.run(
      `MATCH (o:Organization {communityId: $communityId}) ${withNames('o')} ${ORGANIZATION('o')} AS record RETURN record {.*, names} AS record`,
      { communityId },
    );
    return {
      interests: interests.records.map((r) => r.get('record')),
      organizations: organizations.records.map((r) => r.get('record')),
    };
  });
}

/** An interest to write: a new one (`id` chosen by the caller) or a change to an existing one. */
export type InterestWrite = { id: string; isNew: boolean; input: InterestInput };
export type OrganizationWrite = { id: string; isNew: boolean; input: OrganizationInput };

/**
 * Writes interests in one transaction, each marked curated (its name may then be shown on the join page). A name
 * or synonym that another interest of the community already has is a CONFLICT naming the field: checked here
 * for the message, and by the (communityId, normName) constraint whatever runs at the same time.
 */
export function writeInterests(db: Database, communityId: string, rows: InterestWrite[]): Promise<InterestRecord[]> {
  return writeTx(
    db,
    async (tx) => {
      await refuseTakenNames(
        tx,
        'Interest',
        communityId,
        rows.map((r) => ({ id: r.id, names: interestNames(r.input) })),
      );
      const result = await tx.run(
        `UNWIND $rows AS row
       CALL (row) {
         WITH row WHERE row.isNew
         CREATE (i:Interest {id: row.id, communityId: $communityId, createdAt: datetime()})
         RETURN i
         UNION
         WITH row WHERE NOT row.isNew
         MATCH (i:Interest {id: row.id, communityId: $communityId})
         RETURN i
       }
       SET i.name = row.name, i.normName = row.normName, i.nameEs = row.nameEs, i.nameEn = row.nameEn, i.theme = row.theme,
           i.synonyms = row.synonyms, i.normSynonyms = row.normSynonyms, i.synonymsText = row.synonymsText, i.curated = true
       RETURN ${INTEREST('i')} AS interest`,
        {
          communityId,
          rows: rows.map(({ id, isNew, input }) => {
            const names = interestNames(input);
            return {
              id,
              isNew,
              ...input,
              normName: names[0]!.norm,
              normSynonyms: names.slice(1).map((n) => n.norm),
              synonymsText: input.synonyms.join(' | '),
            };
          }),
        },
      );
      if (result.records.length !== rows.length) throw appError('NOT_FOUND', 'No such interest.');
      return result.records.map((r) => r.get('interest'));
    },
    { community: communityId },
  ).catch(nameConflict('name'));
}

/** Like {@link writeInterests} for organizations; a region id that is not a region of the community is refused. */
export function writeOrganizations(db: Database, communityId: string, rows: OrganizationWrite[]): Promise<OrganizationRecord[]> {
  return writeTx(
    db,
    async (tx) => {
      await refuseTakenNames(
        tx,
        'Organization',
        communityId,
        rows.map((r) => ({ id: r.id, names: [{ norm: normalizeName(r.input.name), field: 'name', name: r.input.name }] })),
      );
      const regionIds = [...new Set(rows.flatMap((r) => (r.input.regionId ? [r.input.regionId] : [])))];
      const found = await tx.run('MATCH (r:Region {communityId: $communityId}) WHERE r.id IN $regionIds RETURN count(r) AS n', {
        communityId,
        regionIds,
      });
      if (found.records[0]!.get('n') !== regionIds.length)
        throw userError('BAD_USER_INPUT', 'workshop.regionUnknown', undefined, { field: 'regionId' });
      const result = await tx.run(
        `UNWIND $rows AS row
       CALL (row) {
         WITH row WHERE row.isNew
         CREATE (o:Organization {id: row.id, communityId: $communityId, createdAt: datetime()})
         RETURN o
         UNION
         WITH row WHERE NOT row.isNew
         MATCH (o:Organization {id: row.id, communityId: $communityId})
         RETURN o
       }
       SET o.name = row.name, o.normName = row.normName, o.kind = row.kind, o.curated = true
       WITH o, row
       CALL (o, row) {
         OPTIONAL MATCH (o)-[b:BASED_IN]->(old:Region) WHERE old.id <> row.regionId OR row.regionId IS NULL
         DELETE b
       }
       CALL (o, row) {
         MATCH (r:Region {id: row.regionId, communityId: $communityId})
         MERGE (o)-[:BASED_IN]->(r)
       }
       RETURN ${ORGANIZATION('o')} AS organization`,
        { communityId, rows: rows.map(({ id, isNew, input }) => ({ id, isNew, ...input, normName: normalizeName(input.name) })) },
      );
      if (result.records.length !== rows.length) throw appError('NOT_FOUND', 'No such organization.');
      return result.records.map((r) => r.get('organization'));
    },
    { community: communityId },
  ).catch(nameConflict('name'));
}

/** CONFLICT naming the field when one of the names is already another record's name or synonym. */
async function refuseTakenNames(
  tx: ManagedTransaction,
  label: CatalogueLabel,
  communityId: string,
  rows: { id: string; names: { norm: string; field: string; name: string }[] }[],
): Promise<void> {
  const result = await tx.run(
    `UNWIND $rows AS row
     UNWIND row.names AS given
     MATCH (n:${label} {communityId: $communityId})
     WHERE n.id <> row.id AND (n.normName = given.norm OR given.norm IN coalesce(n.normSynonyms, []))
     RETURN given.field AS field, given.name AS name, n.name AS holder
     LIMIT 1`,
    { communityId, rows },
  );
  const taken = result.records[0];
  if (!taken) return;
  const what = label === 'Interest' ? 'interest' : 'organization';
  throw userError(
    'CONFLICT',
    'catalogue.nameHeld',
    { name: taken.get('name'), what, holder: taken.get('holder') },
    {
      field: taken.get('field'),
    },
  );
}

/** The unique constraint's CONFLICT (two writes at once) with the field named, like the check's. */
const nameConflict = (field: string) => (error: unknown) => {
  const e = error as { extensions?: Record<string, unknown> };
  if (e?.extensions?.code === 'CONFLICT' && !e.extensions.field) throw userError('CONFLICT', 'catalogue.nameTaken', undefined, { field });
  throw error;
};
