import type { Scope } from '../auth/viewer.ts';
import { visible } from '../auth/viewer.ts';
import type { Language, RegionRecord } from '../communities/community-repository.ts';
import { MAP_PERSON, mapPerson } from '../communities/community-repository.ts';
import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { userError } from '../errors.ts';
import type { PersonRecord } from '../people/person-repository.ts';
import { PERSON } from '../people/person-repository.ts';
import { newJoinCode } from './join-code.ts';

export type WorkshopStatus = 'OPEN' | 'CLOSED';
export type WorkshopRecord = {
  id: string;
  communityId: string;
  communitySlug: string;
  communityName: string;
  /** The community's default language ('ES', 'EN'), for the join page of a phone that chose none. */
  communityLanguage: Language;
  code: string;
  title: string;
  date: string;
  status: WorkshopStatus;
  region: RegionRecord | null;
  /** The community's survey settings as stored (JSON; see catalogue/survey-settings.ts), read with the workshop at no extra cost. */
  surveySettings: string | null;
};

const WORKSHOP = `w {.id, .communityId, .code, .title, .date, .status, communitySlug: c.slug, communityName: c.name,
  communityLanguage: coalesce(c.defaultLanguage, 'ES'), surveySettings: c.surveySettings, region: head([(w)-[:HELD_IN]->(r:Region) | r {.id, .name}])}`;

/** Creates an open workshop with a fresh join code (a rare collision with an existing code retries). */
export async function createWorkshop(
  db: Database,
  communityId: string,
  input: { id: string; title: string; date: string; regionId: string | null },
): Promise<WorkshopRecord> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await writeTx(db, async (tx) => {
        const result = await tx.run(
          `MATCH (c:Community {id: $communityId})
           OPTIONAL MATCH (r:Region {id: $regionId, communityId: $communityId})
           WITH c, r
           WHERE $regionId IS NULL OR r IS NOT NULL
           MERGE (w:Workshop {id: $id})
           ON CREATE SET w.communityId = c.id, w.code = $code, w.title = $title, w.date = $date, w.status = 'OPEN',
                         w.createdAt = datetime()
           FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (w)-[:HELD_IN]->(r))
           RETURN ${WORKSHOP} AS workshop`,
          { communityId, ...input, code: newJoinCode() },
        );
        const workshop = result.records[0]?.get('workshop');
        if (!workshop) throw userError('BAD_USER_INPUT', 'workshop.regionUnknown', undefined, { field: 'regionId' });
        return workshop;
      });
    } catch (error) {
      const collision = (error as { extensions?: { code?: string } }).extensions?.code === 'CONFLICT';
      if (!collision || attempt >= 4) throw error;
    }
  }
}

export function findWorkshopByCode(db: Database, code: string): Promise<WorkshopRecord | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(`MATCH (w:Workshop {code: $code}) MATCH (c:Community {id: w.communityId}) RETURN ${WORKSHOP} AS workshop`, {
      code,
    });
    return result.records[0]?.get('workshop') ?? null;
  });
}

export function findWorkshopById(db: Database, id: string): Promise<WorkshopRecord | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(`MATCH (w:Workshop {id: $id}) MATCH (c:Community {id: w.communityId}) RETURN ${WORKSHOP} AS workshop`, {
      id,
    });
    return result.records[0]?.get('workshop') ?? null;
  });
}

export function listWorkshops(db: Database, communityId: string): Promise<WorkshopRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (c:Community {id: $communityId}) MATCH (w:Workshop {communityId: c.id})
       RETURN ${WORKSHOP} AS workshop ORDER BY w.date DESC, w.createdAt DESC`,
      { communityId },
    );
    return result.records.map((r) => r.get('workshop'));
  });
}

export function setWorkshopStatus(db: Database, id: string, status: WorkshopStatus): Promise<void> {
  return writeTx(db, async (tx) => {
    await tx.run('MATCH (w:Workshop {id: $id}) SET w.status = $status', { id, status });
  });
}

export function countResponses(db: Database, workshopId: string): Promise<number> {
  return readTx(db, async (tx) => {
    const result = await tx.run('MATCH (w:Workshop {id: $workshopId})<-[:ATTENDED]-(p:Person) RETURN count(p) AS n', { workshopId });
    return result.records[0]!.get('n');
  });
}

export type DuplicateReason = 'SAME_NAME' | 'LOOKALIKE_NAME' | 'SAME_EMAIL';
export type NamedTieRecord = { person: PersonRecord; name: string; organization: string | null; matched: boolean };
export type ResponseRecord = {
  person: PersonRecord;
  submittedAt: string;
  possibleDuplicates: { person: PersonRecord; reasons: DuplicateReason[] }[];
  namedTies: NamedTieRecord[];
};

/**
 * Who answered in the workshop, newest first, with namesakes flagged and the people each one named (facilitators'
 * scope). A confirmed tie holds each side's own words; a name that matched nobody made a record that exists only
 * because this person named it, until that record answers itself.
 */
export function listResponses(db: Database, workshopId: string, scope: Scope): Promise<ResponseRecord[]> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (w:Workshop {id: $workshopId})<-[a:ATTENDED]-(p:Person)
       RETURN ${PERSON('p')} AS person, toString(a.submittedAt) AS submittedAt,
              [(p)-[d:POSSIBLE_DUPLICATE_OF]-(q:Person) WHERE ${visible('q')} |
                 {person: ${PERSON('q')}, reasons: coalesce(d.reasons, ['SAME_NAME'])}] AS possibleDuplicates,
              [(p)-[k:KNOWS]-(q:Person) WHERE (k.reportedById = p.id OR k.confirmed) AND ${visible('q')} |
                 {person: ${PERSON('q')},
                  name: coalesce(CASE WHEN k.reportedById = p.id THEN k.typedName ELSE k.confirmerTypedName END, q.name),
                  organization: CASE WHEN k.reportedById = p.id THEN k.typedOrganization ELSE k.confirmerTypedOrganization END,
                  matched: NOT (coalesce(q.namedById = p.id, false) AND NOT EXISTS { (q)-[:ATTENDED]->() })}] AS namedTies
       ORDER BY a.submittedAt DESC`,
      { workshopId, scope },
    );
    return result.records.map((r) => r.toObject() as ResponseRecord);
  });
}

/** Listed people whose name contains the search, for the survey's "whom I work with" autocomplete. */
export function personHints(db: Database, communityId: string, normSearch: string) {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (p:Person {communityId: $communityId})
       WHERE p.listed AND p.normName CONTAINS $search
       OPTIONAL MATCH (p)-[:MEMBER_OF]->(o:Organization)
       RETURN p.id AS id, p.name AS name, o.name AS organization
       ORDER BY CASE WHEN p.normName STARTS WITH $search THEN 0 ELSE 1 END, p.normName
       LIMIT 10`,
      { communityId, search: normSearch },
    );
    return result.records.map((r) => r.toObject() as { id: string; name: string; organization: string | null });
  });
}

/** The listed people who answered in the workshop, newest first, as the projector draws them. */
export function listedArrivals(db: Database, workshopId: string) {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (:Workshop {id: $workshopId})<-[a:ATTENDED]-(p:Person) WHERE p.listed
       WITH p, a ORDER BY a.submittedAt DESC
       RETURN ${MAP_PERSON('p')}`,
      { workshopId },
    );
    return result.records.map(mapPerson);
  });
}
