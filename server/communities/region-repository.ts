import type { ManagedTransaction } from 'neo4j-driver';
import type { Scope } from '../auth/viewer.ts';
import { visible } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { appError, userError } from '../errors.ts';
import type { RegionRecord } from './community-repository.ts';
import { REGION, listRegions } from './community-repository.ts';
import type { RegionChanges } from './region-input.ts';

/** A region with the community it belongs to (for the authorization check), or null. */
export function findRegion(db: Database, id: string): Promise<(RegionRecord & { communityId: string }) | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(`MATCH (r:Region {id: $id}) RETURN ${REGION('r', 'communityId: r.communityId')} AS region`, { id });
    return result.records[0]?.get('region') ?? null;
  });
}

/** How many people based in the region the viewer may see. */
export function countRegionPeople(db: Database, id: string, scope: Scope): Promise<number> {
  return readTx(db, async (tx) => {
    const result = await tx.run(`MATCH (p:Person)-[:BASED_IN]->(:Region {id: $id}) WHERE ${visible('p')} RETURN count(p) AS n`, {
      id,
      scope,
    });
    return result.records[0]!.get('n');
  });
}

const duplicateName = (name: string) => userError('CONFLICT', 'region.nameTaken', { name }, { field: 'name' });

/**
 * Refuses a name another region of the community has (after normalization), a parent outside the community,
 * and a parent that is the region itself or lies within it. The region_name constraint backs the name check
 * against a concurrent write.
 */
async function checkRegion(tx: ManagedTransaction, communityId: string, id: string | null, input: RegionChanges): Promise<void> {
  const result = await tx.run(
    `OPTIONAL MATCH (same:Region {communityId: $communityId, normName: $normName}) WHERE same.id <> coalesce($id, '')
     OPTIONAL MATCH (parent:Region {id: $parentId, communityId: $communityId})
     RETURN same IS NOT NULL AS taken, parent IS NOT NULL AS parentFound,
            parent IS NOT NULL AND $id IS NOT NULL AND EXISTS { MATCH (parent)-[:WITHIN*0..]->(:Region {id: $id}) } AS cycle`,
    { communityId, id, ...input },
  );
  const row = result.records[0]!;
  if (row.get('taken')) throw duplicateName(input.name);
  if (input.parentId !== null && !row.get('parentFound'))
    throw userError('BAD_USER_INPUT', 'region.parentUnknown', undefined, { field: 'parentId' });
  if (row.get('cycle')) throw userError('BAD_USER_INPUT', 'region.parentCycle', undefined, { field: 'parentId' });
}

const SET_DETAILS = `SET r.name = $name, r.normName = $normName, r.latitude = $latitude, r.longitude = $longitude
  WITH r
  CALL (r) { MATCH (r)-[w:WITHIN]->() DELETE w }
  CALL (r) { MATCH (parent:Region {id: $parentId}) MERGE (r)-[:WITHIN]->(parent) }`;

async function namedConflict<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const extensions = (error as { extensions?: { code?: string; field?: string } }).extensions;
    throw extensions?.code === 'CONFLICT' && !extensions.field ? duplicateName(name) : error;
  }
}

/** Adds a region after the community's others. */
export function createRegion(db: Database, communityId: string, id: string, input: RegionChanges): Promise<RegionRecord> {
  return namedConflict(input.name, () =>
    writeTx(
      db,
      async (tx) => {
        await checkRegion(tx, communityId, null, input);
        const result = await tx.run(
          `CALL { MATCH (o:Region {communityId: $communityId}) RETURN coalesce(max(o.position), -1) + 1 AS position }
         CREATE (r:Region {id: $id, communityId: $communityId, position: position})
         ${SET_DETAILS}
         RETURN ${REGION('r')} AS region`,
          { communityId, id, ...input },
        );
        return result.records[0]!.get('region');
      },
      { community: communityId },
    ),
  );
}

export function updateRegion(db: Database, communityId: string, id: string, input: RegionChanges): Promise<RegionRecord> {
  return namedConflict(input.name, () =>
    writeTx(
      db,
      async (tx) => {
        await checkRegion(tx, communityId, id, input);
        const result = await tx.run(
          `MATCH (r:Region {id: $id, communityId: $communityId}) ${SET_DETAILS} RETURN ${REGION('r')} AS region`,
          {
            communityId,
            id,
            ...input,
          },
        );
        return result.records[0]!.get('region');
      },
      { community: communityId },
    ),
  );
}

/** Sets the order; `ids` must hold every region of the community exactly once. */
export async function reorderRegions(db: Database, communityId: string, ids: string[]): Promise<RegionRecord[]> {
  await writeTx(
    db,
    async (tx) => {
      const current = await tx.run('MATCH (r:Region {communityId: $communityId}) RETURN collect(r.id) AS ids', { communityId });
      const known = new Set<string>(current.records[0]!.get('ids'));
      if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) {
        throw appError('BAD_USER_INPUT', 'ids must list every region of the community exactly once.', { field: 'ids' });
      }
      await tx.run('UNWIND range(0, size($ids) - 1) AS at MATCH (r:Region {id: $ids[at], communityId: $communityId}) SET r.position = at', {
        ids,
        communityId,
      });
    },
    { community: communityId },
  );
  return listRegions(db, communityId);
}

/**
 * Moves everything of the duplicate to the survivor in one transaction: people and organizations based in
 * it, workshops held in it, sub-regions within it; the duplicate's name is not kept.
 */
export function mergeRegions(db: Database, communityId: string, survivorId: string, duplicateId: string): Promise<RegionRecord> {
  return writeTx(
    db,
    async (tx) => {
      const result = await tx.run(
        `MATCH (s:Region {id: $survivorId, communityId: $communityId}), (d:Region {id: $duplicateId, communityId: $communityId})
       CALL (s, d) { MATCH (x)-[b:BASED_IN]->(d) DELETE b MERGE (x)-[:BASED_IN]->(s) }
       CALL (s, d) { MATCH (w)-[h:HELD_IN]->(d) DELETE h MERGE (w)-[:HELD_IN]->(s) }
       CALL (s, d) { MATCH (sub:Region)-[i:WITHIN]->(d) DELETE i WITH sub WHERE sub <> s MERGE (sub)-[:WITHIN]->(s) }
       DETACH DELETE d
       RETURN ${REGION('s')} AS region`,
        { communityId, survivorId, duplicateId },
      );
      return result.records[0]!.get('region');
    },
    { community: communityId },
  );
}

/** Deletes a region nobody is based in; otherwise a CONFLICT with the number of people in it. */
export function deleteRegion(db: Database, communityId: string, id: string): Promise<void> {
  return writeTx(
    db,
    async (tx) => {
      const result = await tx.run(
        `MATCH (r:Region {id: $id, communityId: $communityId})
       CALL (r) { MATCH (p:Person)-[:BASED_IN]->(r) RETURN count(p) AS people }
       WITH r, r.name AS name, people
       FOREACH (_ IN CASE WHEN people = 0 THEN [1] ELSE [] END | DETACH DELETE r)
       RETURN name, people`,
        { communityId, id },
      );
      const people: number = result.records[0]!.get('people');
      if (people > 0) {
        const name: string = result.records[0]!.get('name');
        throw appError(
          'CONFLICT',
          `${name} still holds ${people} ${people === 1 ? 'person' : 'people'}: merge it into another region instead.`,
          {
            field: 'id',
            peopleCount: people,
          },
        );
      }
    },
    { community: communityId },
  );
}
