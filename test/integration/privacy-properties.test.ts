// Property tests over random communities: shared views never reveal the unlisted, and erasure leaves no trace.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(db);
});
afterAll(() => server.close());

/** A random community: people with random consent and emails, random ties among them. */
const communityArbitrary = fc
  .record({
    people: fc.array(fc.record({ listed: fc.boolean(), contactable: fc.boolean(), email: fc.boolean() }), { minLength: 1, maxLength: 12 }),
    ties: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }),
  })
  .map(({ people, ties }) => {
    // Names and emails carry a unique token, so "not contained" cannot be fooled by one name prefixing another.
    const names = people.map((_, i) => `Persona-${i}-${randomUUID().slice(0, 8)}`);
    return buildCommunity({
      regions: ['Norte', 'Sur'],
      interests: ['Fuego'],
      people: people.map((p, i) => ({
        name: names[i]!,
        listed: p.listed,
        contactable: p.contactable,
        email: p.email ? `${randomUUID()}@example.org` : null,
        region: i % 2 ? 'Norte' : 'Sur',
        offers: ['Fuego'],
      })),
      ties: ties.map(([a, b]) => [names[a % names.length]!, names[b % names.length]!] as [string, string]).filter(([a, b]) => a !== b),
    });
  });

const SHARED_VIEW = `query($s: String!) { community(slug: $s) {
  people(first: 100) { totalCount nodes { id name email knows { person { id name email } } } }
  map { people { id name } ties { source target } } } }`;

describe('privacy properties', () => {
  it('when a share link opens any community, then no unlisted person, email, or tie touching one appears', async () => {
    await fc.assert(
      fc.asyncProperty(communityArbitrary, async (data) => {
        await importCommunity(db, data);
        const share = await createShareLink(db, data.community.id);
        const res: any = await gql(server.url, SHARED_VIEW, { s: data.community.slug }, { share });
        expect(res.errors).toBeUndefined();
        const text = JSON.stringify(res);
        const unlisted = data.people.filter((p) => !p.listed);
        for (const p of unlisted) {
          expect(text).not.toContain(p.id);
          expect(text).not.toContain(p.name);
        }
        for (const p of data.people) if (p.email) expect(text).not.toContain(p.email);
        expect(res.data.community.people.totalCount).toBe(data.people.length - unlisted.length);
        const exported = await (await fetch(`${server.url}/export/${data.community.slug}/people.csv?share=${share}`)).text();
        for (const p of unlisted) expect(exported).not.toContain(p.id);
      }),
      { numRuns: 12 },
    );
  });

  it('when a participant erases their record, then nothing about them is reachable through the API or exports', async () => {
    await fc.assert(
      fc.asyncProperty(communityArbitrary, fc.boolean(), async (data, listed) => {
        await importCommunity(db, data);
        const workshop = await createWorkshop(db, data.community.id, { id: randomUUID(), title: 'P', date: '2025-01-01', regionId: null });
        const name = `Borrable ${randomUUID()}`;
        const email = `${randomUUID()}@example.org`;
        const sent: any = await gql(server.url, 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId privateToken } }', {
          c: workshop.code,
          i: {
            submissionId: randomUUID(), name, email, offers: [{ name: 'Fuego' }],
            knows: [...data.people.slice(0, 3).map((p) => ({ personId: p.id })), { name: `Nombrada ${randomUUID()}` }],
            consent: { listed, contactable: listed },
          },
        });
        const { personId, privateToken } = sent.data.submitSurvey;
        await gql(server.url, 'mutation($t: String!) { eraseMyRecord(token: $t) }', { t: privateToken });

        const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
        const views = [
          await gql(server.url, SHARED_VIEW, { s: data.community.slug }, { cookie }),
          await gql(server.url, 'query($id: ID!) { person(id: $id) { name } }', { id: personId }, { cookie }),
          await gql(server.url, 'query($id: ID!) { workshopById(id: $id) { responseCount responses { person { id } } } }', { id: workshop.id }, { cookie }),
          await gql(server.url, 'query($t: String!) { myRecord(token: $t) { communityName } }', { t: privateToken }),
        ];
        const text = JSON.stringify(views);
        for (const secret of [personId, name, email, 'Nombrada']) expect(text).not.toContain(secret);
        for (const file of ['people.csv', 'ties.csv', 'graph.graphml', 'cytoscape.json']) {
          const exported = await (await fetch(`${server.url}/export/${data.community.slug}/${file}`, { headers: { cookie } })).text();
          for (const secret of [personId, name, email]) expect(exported).not.toContain(secret);
        }
      }),
      { numRuns: 8 },
    );
  });
});
