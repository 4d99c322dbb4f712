import { requireUser } from '../auth/guards.ts';
import { facilitates, scopeOf } from '../auth/viewer.ts';
import type { Resolvers } from '../graphql/generated.ts';
import { linkOf } from './person-loader.ts';
import { findPerson } from './person-repository.ts';
import { exportPersonalData } from './personal-data.ts';
import { privateRecordOrNotFound } from './private-record-repository.ts';

export const personResolvers: Resolvers = {
  Query: {
    person: async (_, { id }, { db, viewer }) => {
      requireUser(viewer);
      const person = await findPerson(db, id, scopeOf(viewer));
      return person && facilitates(viewer, person.communityId) ? person : null;
    },
    myRecordExport: async (_, { token }, { db }) => {
      const record = await privateRecordOrNotFound(db, token);
      return JSON.stringify(await exportPersonalData(db, record.person.id), null, 2);
    },
  },
  Person: {
    consent: (person) => ({ listed: person.listed, contactable: person.contactable }),
    // Read with the person where the repository embedded them, else batched per request (person-loader.ts):
    // a list of people costs one read, not one per person and field.
    organization: (person, _, { people }) => linkOf(person, 'organization', people),
    region: (person, _, { people }) => linkOf(person, 'region', people),
    offers: (person, _, { people }) => linkOf(person, 'offers', people),
    seeks: (person, _, { people }) => linkOf(person, 'seeks', people),
    knows: (person, _, { people }) => people.load(person.id, 'knows'),
  },
};
