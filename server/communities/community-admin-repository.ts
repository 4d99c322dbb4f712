import type { Database } from '../db/transaction.ts';
import { readTx, writeTx } from '../db/transaction.ts';
import { userError } from '../errors.ts';
import type { CommunityRecord, CommunitySummaryRecord, Language } from './community-repository.ts';
import { COMMUNITY } from './community-repository.ts';

export type CommunityDetails = { name: string; description: string | null; defaultLanguage: Language; contact: string | null };

const slugTaken = (slug: string) => userError('CONFLICT', 'community.slugTaken', { slug }, { field: 'slug' });

/**
 * Creates an empty community. A taken slug is refused before anything is written; the unique constraint
 * decides between two creations racing for one slug (the loser gets the same CONFLICT).
 */
export async function createCommunity(
  db: Database,
  input: CommunityDetails & { id: string; slug: string },
): Promise<CommunitySummaryRecord> {
  try {
    return await writeTx(
      db,
      async (tx) => {
        if ((await tx.run('MATCH (c:Community {slug: $slug}) RETURN c.id', input)).records.length > 0) throw slugTaken(input.slug);
        const result = await tx.run(
          `CREATE (c:Community {id: $id, slug: $slug, name: $name, description: $description, defaultLanguage: $defaultLanguage,
                              contact: $contact, createdAt: datetime()})
         RETURN ${COMMUNITY('c', 'peopleCount: 0')} AS community`,
          input,
        );
        return result.records[0]!.get('community');
      },
      { community: input.id },
    );
  } catch (error) {
    throw conflictAsSlug(error, input.slug);
  }
}

/** Changes a community's details (and slug); null when there is no such community. */
export async function updateCommunity(
  db: Database,
  communityId: string,
  changes: Partial<CommunityDetails> & { slug?: string },
): Promise<CommunityRecord | null> {
  try {
    return await writeTx(
      db,
      async (tx) => {
        if (changes.slug !== undefined) {
          const taken = await tx.run('MATCH (c:Community {slug: $slug}) WHERE c.id <> $communityId RETURN c.id', {
            slug: changes.slug,
            communityId,
          });
          if (taken.records.length > 0) throw slugTaken(changes.slug);
        }
        const result = await tx.run(
          `MATCH (c:Community {id: $communityId})
         SET c += $changes, c.updatedAt = datetime()
         RETURN ${COMMUNITY('c')} AS community`,
          { communityId, changes },
        );
        return result.records[0]?.get('community') ?? null;
      },
      { community: communityId },
    );
  } catch (error) {
    throw changes.slug === undefined ? error : conflictAsSlug(error, changes.slug);
  }
}

/**
 * Archives a community (closing its open workshops, so phones can no longer join) or brings it back (its
 * workshops stay closed until a facilitator reopens them).
 */
export function setCommunityArchived(db: Database, communityId: string, archived: boolean): Promise<CommunitySummaryRecord | null> {
  return writeTx(
    db,
    async (tx) => {
      const result = await tx.run(
        `MATCH (c:Community {id: $communityId})
       SET c.archivedAt = CASE WHEN $archived THEN coalesce(c.archivedAt, datetime()) END
       WITH c
       CALL (c) {
         MATCH (w:Workshop {communityId: c.id, status: 'OPEN'}) WHERE $archived
         SET w.status = 'CLOSED'
       }
       CALL (c) { MATCH (p:Person {communityId: c.id}) RETURN count(p) AS peopleCount }
       RETURN ${COMMUNITY('c', 'peopleCount')} AS community`,
        { communityId, archived },
      );
      return result.records[0]?.get('community') ?? null;
    },
    { community: communityId },
  );
}

/** The community the seed marked as the demo (`demo: true`), unless archived. */
export function findDemoCommunity(db: Database): Promise<CommunityRecord | null> {
  return readTx(db, async (tx) => {
    const result = await tx.run(
      `MATCH (c:Community {demo: true}) WHERE c.archivedAt IS NULL RETURN ${COMMUNITY('c')} AS community LIMIT 1`,
    );
    return result.records[0]?.get('community') ?? null;
  });
}

function conflictAsSlug(error: unknown, slug: string): unknown {
  const code = (error as { extensions?: { code?: string; field?: string } }).extensions;
  return code?.code === 'CONFLICT' && !code.field ? slugTaken(slug) : error;
}
