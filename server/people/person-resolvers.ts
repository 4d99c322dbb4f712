import { requireUser } from '../auth/guards.ts';
import { facilitates, scopeOf } from '../auth/viewer.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { findPerson } from './person-repository.ts';

export const personResolvers: Resolvers = {
  Query: {
    person: async (_, { id }, { db, viewer }) => {
      requireUser(viewer);
      const person = await findPerson(db, id, scopeOf(viewer));
      return person && facilitates(viewer, person.communityId) ? person : null;
    },
  },
  Person: {
    consent: (person) => ({ listed: person.listed, contactable: person.contactable }),
    // Batched per request (person-loader.ts): a list of people costs one read, not one per person and field.
    organization: (person, _, { people }) => people.load(person.id, 'organization'),
    region: (person, _, { people }) => people.load(person.id, 'region'),
    offers: (person, _, { people }) => people.load(person.id, 'offers'),
    seeks: (person, _, { people }) => people.load(person.id, 'seeks'),
    knows: (person, _, { people }) => people.load(person.id, 'knows'),
  },
};
