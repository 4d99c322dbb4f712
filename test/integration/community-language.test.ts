import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { writeTx } from '../../server/db/transaction.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;
const spanish = buildCommunity({ people: [{ name: 'Ana Ruiz' }] });
const english = buildCommunity({ people: [{ name: 'Ann Roe' }] });

beforeAll(async () => {
  await importCommunity(db, spanish);
  await importCommunity(db, english);
  await writeTx(db, (tx) => tx.run("MATCH (c:Community {id: $id}) SET c.defaultLanguage = 'EN'", { id: english.community.id }), {
    community: english.community.id,
  });
  server = await startTestServer(db);
});
afterAll(() => server.close());

async function defaultLanguageOf(slug: string, communityId: string) {
  const share = await createShareLink(db, communityId);
  const res = await gql(server.url, 'query($slug: String!) { community(slug: $slug) { defaultLanguage } }', { slug }, { share });
  expect(res.errors).toBeUndefined();
  return (res.data as { community: { defaultLanguage: string } }).community.defaultLanguage;
}

describe('Community.defaultLanguage', () => {
  it('when a community never stored a language, then its pages default to Spanish', async () => {
    expect(await defaultLanguageOf(spanish.community.slug, spanish.community.id)).toBe('ES');
  });

  it('when the community node says EN, then the API answers EN', async () => {
    expect(await defaultLanguageOf(english.community.slug, english.community.id)).toBe('EN');
  });
});
