import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSchema } from 'graphql-yoga';
import { accountResolvers } from '../auth/account-resolvers.ts';
import { catalogueResolvers } from '../catalogue/catalogue-resolvers.ts';
import { authResolvers } from '../auth/auth-resolvers.ts';
import { communityAdminResolvers } from '../communities/community-admin-resolvers.ts';
import { communityResolvers } from '../communities/community-resolvers.ts';
import { regionResolvers } from '../communities/region-resolvers.ts';
import { curationResolvers } from '../curation/curation-resolvers.ts';
import { evolutionResolvers } from '../evolution/evolution-resolvers.ts';
import { personResolvers } from '../people/person-resolvers.ts';
import { peerResolvers } from '../peers/peer-resolvers.ts';
import { accessResolvers } from '../sharing/access-resolvers.ts';
import { workshopResolvers } from '../workshops/workshop-resolvers.ts';
import type { GraphQLContext, ServerContext } from './context.ts';

const schemaDir = new URL('../../schema/', import.meta.url);

/** The SDL files of schema/, the contract the resolvers implement. */
export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(fileURLToPath(new URL(f, schemaDir)), 'utf8'));
}

export function buildSchema() {
  return createSchema<GraphQLContext & ServerContext>({
    typeDefs: loadTypeDefs(),
    resolvers: [
      communityResolvers,
      communityAdminResolvers,
      regionResolvers,
      personResolvers,
      authResolvers,
      accountResolvers,
      workshopResolvers,
      curationResolvers,
      accessResolvers,
      peerResolvers,
      catalogueResolvers,
      evolutionResolvers,
    ],
  });
}
