import { requireUser } from '../auth/guards.ts';
import { facilitates, scopeOf } from '../auth/viewer.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { findPerson, personInterests, personOrganization, personRegion, personTies } from './person-repository.ts';

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
    organization: (person, _, { db }) => personOrganization(db, person.id),
    region: (person, _, { db }) => personRegion(db, person.id),
    offers: (person, _, { db }) => personInterests(db, person.id, 'OFFERS'),
    seeks: (person, _, { db }) => personInterests(db, person.id, 'SEEKS'),
    knows: (person, _, { db, viewer }) => personTies(db, person.id, scopeOf(viewer)),
  },
};
