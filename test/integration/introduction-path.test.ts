import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
// Yo reaches Ana through Luis (2 hops) or through Marta and Nico (3 hops).
const community = buildCommunity({
  regions: ['Occidente'],
  organizations: ['CONAFOR'],
  people: ['Yo', 'Luis', 'Marta', 'Nico', 'Ana'].map((name) => ({ name, region: 'Occidente', organization: 'CONAFOR' })),
  ties: [
    ['Yo', 'Luis'],
    ['Luis', 'Ana'],
    ['Yo', 'Marta'],
    ['Marta', 'Nico'],
    ['Nico', 'Ana'],
  ],
});
const idOf = (name: string) => community.people.find((p) => p.name === name)!.id;
const PATH = `query($s: String!, $from: ID!, $to: ID!) { community(slug: $s) {
  introductionPath(fromId: $from, toId: $to) { name organization { name } region { name } } } }`;

let server: TestServer;
let share: string;
beforeAll(async () => {
  await importCommunity(db, community);
  share = await createShareLink(db, community.community.id);
  server = await startTestServer(db);
});
afterAll(() => server.close());

async function path() {
  const res = await gql(server.url, PATH, { s: community.community.slug, from: idOf('Yo'), to: idOf('Ana') }, { share });
  expect(res.errors).toBeUndefined();
  return res.data!.community.introductionPath as { name: string; organization: { name: string }; region: { name: string } }[] | null;
}

/** A write this app instance does not see (another instance's): the peer index keeps the chain it had. */
async function removeTieBehindTheIndex(a: string, b: string) {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run('MATCH (:Person {id: $a})-[k:KNOWS]-(:Person {id: $b}) DELETE k', { a: idOf(a), b: idOf(b) });
  } finally {
    await session.close();
  }
}

describe('introductionPath on the peer index', () => {
  it('when the chain is found in memory, then its people come with their organization and region', async () => {
    const chain = await path();
    expect(chain?.map((p) => p.name)).toEqual(['Yo', 'Luis', 'Ana']);
    for (const person of chain!) expect(person).toMatchObject({ organization: { name: 'CONAFOR' }, region: { name: 'Occidente' } });
  });

  it('when a tie of the chain in memory is gone from Neo4j, then the chain is searched in Neo4j, never answered stale', async () => {
    await removeTieBehindTheIndex('Luis', 'Ana');
    expect((await path())?.map((p) => p.name)).toEqual(['Yo', 'Marta', 'Nico', 'Ana']);
    await removeTieBehindTheIndex('Nico', 'Ana');
    expect(await path()).toBeNull();
  });
});
