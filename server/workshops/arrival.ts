import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { MapPersonRecord, MapTieRecord } from '../communities/community-repository.ts';
import { MAP_PERSON, mapPerson, mapTie } from '../communities/community-repository.ts';

/**
 * A person who just answered, as the workshop's projector (a public screen) shows them: `person` null and no
 * ties when they are not listed, ties to listed people only, and the workshop's response count.
 */
export type Arrival = { responseCount: number; person: MapPersonRecord | null; ties: MapTieRecord[] };

/**
 * Cypher: for a submission `s` whose person is bound to `p`, the columns of an {@link Arrival}: the person as
 * drawn on the map, their ties to listed people, and the workshop's count.
 */
export const ARRIVAL = `${MAP_PERSON('p')}, [(p)-[:KNOWS]-(q:Person) WHERE q.listed | q.id] AS others,
  COUNT { (:Workshop {id: s.workshopId})<-[:ATTENDED]-() } AS responseCount`;

/** The arrival of a row holding ARRIVAL's columns, as the projector may show it: someone unlisted is only counted. */
export function readArrival(row: Neo4jRecord): Arrival | undefined {
  if (row.get('person') === null) return undefined;
  const person = mapPerson(row);
  const responseCount: number = row.get('responseCount');
  if (!person.listed) return { responseCount, person: null, ties: [] };
  return { responseCount, person, ties: (row.get('others') as string[]).map((other) => mapTie(person.id, other)) };
}
