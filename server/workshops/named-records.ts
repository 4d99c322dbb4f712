import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { userError } from '../errors.ts';

/** Ids of resolved references, by {@link refKey}. */
export type Resolved = Map<string, string>;
export type NamedRef = { id: string } | { name: string; normName: string };
export const refKey = (ref: NamedRef) => ('id' in ref ? `id:${ref.id}` : `name:${ref.normName}`);
export const unique = <T>(items: T[]) => [...new Set(items)];

/**
 * Ids for references to organizations or interests: ids must exist in the community; names match a
 * record's normalized name or one of its synonyms, and new names are MERGEd on (communityId, normName).
 */
export async function resolveNamed(
  tx: ManagedTransaction,
  communityId: string,
  label: 'Organization' | 'Interest',
  refs: NamedRef[],
  extra: (ref: { name: string }, language: string) => Record<string, unknown>,
  languages = new Map<string, string>(),
): Promise<Resolved> {
  const resolved: Resolved = new Map();
  const ids = unique(refs.flatMap((r) => ('id' in r ? [r.id] : [])));
  await checkIds(tx, communityId, label, ids, label === 'Organization' ? 'organization' : 'interests');
  for (const id of ids) resolved.set(`id:${id}`, id);

  const byName = new Map(refs.flatMap((r) => ('name' in r ? [[r.normName, r] as const] : [])));
  if (byName.size === 0) return resolved;
  const names = [...byName.keys()];
  // The label comes from the closed union above, never from user input.
  const found = await tx.run(
    `MATCH (n:${label} {communityId: $communityId})
     WHERE n.normName IN $names OR any(s IN coalesce(n.normSynonyms, []) WHERE s IN $names)
     RETURN n.id AS id, n.normName AS normName, coalesce(n.normSynonyms, []) AS synonyms`,
    { communityId, names },
  );
  for (const record of found.records) {
    for (const name of [record.get('normName'), ...record.get('synonyms')] as string[]) {
      if (byName.has(name) && !resolved.has(`name:${name}`)) resolved.set(`name:${name}`, record.get('id'));
    }
  }
  const missing = names.filter((n) => !resolved.has(`name:${n}`));
  if (missing.length > 0) {
    const created = await tx.run(
      `UNWIND $rows AS row
       MERGE (n:${label} {communityId: $communityId, normName: row.normName})
       ON CREATE SET n.id = row.id, n.name = row.name, n.createdAt = datetime(), n += row.extra
       RETURN row.normName AS normName, n.id AS id`,
      {
        communityId,
        rows: missing.map((normName) => {
          const ref = byName.get(normName)!;
          return { normName, name: ref.name, id: randomUUID(), extra: extra(ref, languages.get(refKey(ref)) ?? 'es') };
        }),
      },
    );
    for (const record of created.records) resolved.set(`name:${record.get('normName')}`, record.get('id'));
  }
  return resolved;
}

/** BAD_USER_INPUT naming the field when an id is not a record of this community. */
export async function checkIds(
  tx: ManagedTransaction,
  communityId: string,
  label: 'Organization' | 'Interest' | 'Region' | 'Person',
  given: string[],
  field: string,
) {
  const ids = unique(given);
  if (ids.length === 0) return;
  const found = await tx.run(`MATCH (n:${label} {communityId: $communityId}) WHERE n.id IN $ids RETURN count(n) AS n`, {
    communityId,
    ids,
  });
  if (found.records[0]!.get('n') !== ids.length) {
    throw userError('BAD_USER_INPUT', 'survey.unknownRecord', { field, label }, { field });
  }
}
