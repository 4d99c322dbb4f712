import DataLoader from 'dataloader';
import type { Scope } from '../auth/viewer.ts';
import type { Database } from '../db/transaction.ts';
import type { EmbeddedLink, PersonLink, PersonLinks, PersonRecord } from './person-repository.ts';
import { peopleLinks } from './person-repository.ts';

type Key = { personId: string; link: PersonLink };

export type PersonLoader = {
  /** The person's link (null or [] when the person is gone); batched with the other loads of the tick. */
  load<L extends PersonLink>(personId: string, link: L): Promise<PersonLinks[L]>;
};

const NONE: PersonLinks = { organization: null, region: null, offers: [], seeks: [], knows: [] };

/**
 * Batches the Person fields that need a read (organization, region, offers, seeks, knows) of one GraphQL
 * request: every such field resolved in the same tick becomes one query (peopleLinks). Made per request,
 * with the request's consent scope. No cache: a mutation that changes a person and then returns them must
 * not be answered from an earlier read in the same request; batching alone is what saves the round trips.
 */
export function createPersonLoader(db: Database, scope: Scope): PersonLoader {
  const loader = new DataLoader<Key, PersonLinks[PersonLink]>(
    async (keys) => {
      const ids = [...new Set(keys.map((key) => key.personId))];
      const links = await peopleLinks(db, ids, new Set(keys.map((key) => key.link)), scope);
      return keys.map(({ personId, link }) => (links.get(personId) ?? NONE)[link]);
    },
    { cache: false },
  );
  return { load: (personId, link) => loader.load({ personId, link }) as Promise<PersonLinks[typeof link]> };
}

/** The person's link as read with them (PERSON_WITH), else through the loader. */
export function linkOf<L extends EmbeddedLink>(
  person: PersonRecord,
  link: L,
  people: PersonLoader,
): PersonLinks[L] | Promise<PersonLinks[L]> {
  const embedded = person.links?.[link];
  return embedded !== undefined ? (embedded as PersonLinks[L]) : people.load(person.id, link);
}
