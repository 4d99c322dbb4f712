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
import { openActivityStream } from '../support/activity-stream.ts';
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

/**
 * A random community where every name is a unique token: people with random consent, emails and ties, and each
 * person with an organization and an interest of their own (so a name only an unlisted person holds exists).
 */
const richCommunityArbitrary = fc
  .record({
    people: fc.array(
      fc.record({
        listed: fc.boolean(),
        contactable: fc.boolean(),
        region: fc.nat(2),
        participation: fc.constantFrom('CORE', 'ACTIVE', 'PERIPHERAL'),
      }),
      {
        minLength: 2,
        maxLength: 10,
      },
    ),
    ties: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 25 }),
  })
  .map(({ people, ties }) => {
    const token = () => randomUUID().slice(0, 8);
    const names = people.map((_, i) => `Persona-${i}-${token()}`);
    const own = people.map((_, i) => ({ organization: `Org-${i}-${token()}`, interest: `Tema-${i}-${token()}` }));
    return buildCommunity({
      regions: ['Norte', 'Centro', 'Sur'],
      organizations: own.map((o) => o.organization),
      interests: ['Fuego', ...own.map((o) => o.interest)],
      people: people.map((p, i) => ({
        name: names[i]!,
        listed: p.listed,
        contactable: p.contactable,
        participation: p.participation as 'CORE' | 'ACTIVE' | 'PERIPHERAL',
        email: `${token()}@example.org`,
        region: ['Norte', 'Centro', 'Sur'][p.region],
        organization: own[i]!.organization,
        offers: ['Fuego', own[i]!.interest],
        seeks: [own[(i + 1) % own.length]!.interest],
      })),
      ties: ties.map(([a, b]) => [names[a % names.length]!, names[b % names.length]!] as [string, string]).filter(([a, b]) => a !== b),
    });
  });

type Data = ReturnType<typeof buildCommunity>;

/**
 * Everything about unlisted people that must never reach a shared view: their ids and names, every email, and
 * the names of the organization and interest only they hold (the import curates names, so the check below
 * takes those from people who answered the survey instead).
 */
function secretsOf(data: Data): string[] {
  const unlisted = data.people.filter((p) => !p.listed);
  return [...unlisted.flatMap((p) => [p.id, p.name]), ...data.people.flatMap((p) => (p.email ? [p.email] : []))];
}

/** Every read a share viewer can make of the community, as one list of answers. */
async function everythingAShareViewerCanRead(data: Data, share: string): Promise<unknown[]> {
  const s = data.community.slug;
  const ask = (query: string, variables: Record<string, unknown> = {}) => gql(server.url, query, { s, ...variables }, { share });
  const PERSON_FIELDS =
    'id name email role organization { name } region { name } offers { name } seeks { name } knows { person { id name email } }';
  const answers: unknown[] = [
    await ask(`query($s: String!) { community(slug: $s) { people(first: 100) { totalCount nodes { ${PERSON_FIELDS} } }
      map { people { id name organization } ties { source target } } organizations { id name } interests { id name } regions { id name } } }`),
  ];
  for (const p of data.people) {
    answers.push(await ask(`query($s: String!, $id: ID!) { community(slug: $s) { person(id: $id) { ${PERSON_FIELDS} } } }`, { id: p.id }));
    answers.push(
      await ask(
        `query($s: String!, $id: ID!) { community(slug: $s) { peerSuggestions(personId: $id) { person { id name } mutualContacts { id name }
      reasons theyOffer { name } youOffer { name } shared { name } } } }`,
        { id: p.id },
      ),
    );
    answers.push(
      await ask(
        `query($s: String!, $t: String!) { community(slug: $s) { searchPeople(search: { text: $t }) { totalCount edges { node { id name } } } } }`,
        { t: p.name },
      ),
    );
    for (const q of data.people) {
      answers.push(
        await ask(`query($s: String!, $a: ID!, $b: ID!) { community(slug: $s) { introductionPath(fromId: $a, toId: $b) { id name } } }`, {
          a: p.id,
          b: q.id,
        }),
      );
    }
  }
  for (const i of data.interests) {
    answers.push(
      await ask(
        `query($s: String!, $id: ID!) { community(slug: $s) { interestPage(id: $id) { offeredBy { id name } soughtBy { id name }
      regions { offerers seekers } gaps { seekers { id name } nearestOfferers { person { id name } } } } } }`,
        { id: i.id },
      ),
    );
    answers.push(
      await ask(
        `query($s: String!, $t: String!) { community(slug: $s) { searchPeople(search: { interest: $t }) { totalCount edges { node { id name } } } } }`,
        { t: i.name },
      ),
    );
  }
  for (const filter of [
    ...data.regions.map((r) => ({ regionId: r.id })),
    ...data.organizations.map((o) => ({ organizationId: o.id })),
    { participation: 'PERIPHERAL' },
    { participation: 'CORE' },
  ]) {
    answers.push(
      await ask(
        'query($s: String!, $f: PeopleSearch!) { community(slug: $s) { searchPeople(search: $f) { totalCount edges { node { id name } } } } }',
        { f: filter },
      ),
    );
  }
  const CLUSTERS = `clusters { name memberIds coordinatorIds peripheralIds peripheralCount internalTies externalTies topOffered { interest { name } count } topSought { interest { name } count } }
    network { people ties isolates isolateIds } bridges { person { id name } }`;
  for (const groupBy of ['REGION', 'DETECTED', 'ORGANIZATION']) {
    answers.push(
      await ask(`query($s: String!, $g: ClusterGrouping!) { community(slug: $s) { clusterMap(groupBy: $g) { ${CLUSTERS} } } }`, {
        g: groupBy,
      }),
    );
  }
  for (const i of data.interests) {
    answers.push(
      await ask(`query($s: String!, $id: ID!) { community(slug: $s) { clusterMap(groupBy: INTEREST, interestId: $id) { ${CLUSTERS} } } }`, {
        id: i.id,
      }),
    );
  }
  for (const file of ['people.csv', 'organizations.csv', 'ties.csv', 'graph.graphml', 'graph.gexf', 'cytoscape.json']) {
    answers.push(await (await fetch(`${server.url}/export/${s}/${file}?share=${share}`)).text());
  }
  return answers;
}

describe('privacy properties on every shared path', () => {
  it('when a share link reads anything it can reach, then no unlisted person, email, or count of them appears', async () => {
    await fc.assert(
      fc.asyncProperty(richCommunityArbitrary, async (data) => {
        await importCommunity(db, data);
        const share = await createShareLink(db, data.community.id);
        const answers = await everythingAShareViewerCanRead(data, share);
        const text = JSON.stringify(answers);
        for (const secret of secretsOf(data)) expect(text).not.toContain(secret);
        const listed = data.people.filter((p) => p.listed).length;
        expect((answers[0] as any).data.community.people.totalCount).toBe(listed);
        expect((answers[0] as any).data.community.map.people).toHaveLength(listed);
      }),
      { numRuns: 6 },
    );
  }, 300_000);

  it('when a participant and an anonymous visitor read what a private link and a join code open, then nothing of the unlisted appears but what the participant typed', async () => {
    await fc.assert(
      fc.asyncProperty(richCommunityArbitrary, fc.boolean(), async (data, listedParticipant) => {
        await importCommunity(db, data);
        const workshop = await createWorkshop(db, data.community.id, { id: randomUUID(), title: 'P', date: '2025-01-01', regionId: null });
        const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
        const stream = await openActivityStream(server.url, workshop.code, cookie);
        // Names only unlisted participants hold, typed into the survey (not curated by any facilitator).
        const hiddenOrg = `Oculta-${randomUUID().slice(0, 8)}`;
        const hiddenTopic = `Reservado-${randomUUID().slice(0, 8)}`;
        const aliases = data.people.map((_, i) => `Alias-${i}-${randomUUID().slice(0, 6)}`);
        const sent: any = await gql(
          server.url,
          'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId privateToken } }',
          {
            c: workshop.code,
            i: {
              submissionId: randomUUID(),
              name: `Participante-${randomUUID().slice(0, 8)}`,
              organization: { name: hiddenOrg },
              offers: [{ name: hiddenTopic }],
              knows: data.people.map((p, i) => ({ personId: p.id, name: aliases[i] })),
              consent: { listed: listedParticipant, contactable: listedParticipant },
            },
          },
          { device: randomUUID() },
        );
        const { privateToken } = sent.data.submitSurvey;
        const event = await stream.next();
        await stream.close();

        const participantView = [
          await gql(
            server.url,
            `query($t: String!) { myRecord(token: $t) { person { knows { person { id name email organization { name } } } }
            reportedTies { personId name organization } peerSuggestions { person { id name } mutualContacts { id name } reasons } } }`,
            { t: privateToken },
          ),
          await gql(server.url, 'query($t: String!) { myRecordExport(token: $t) }', { t: privateToken }),
        ];
        const joinView = [
          await gql(
            server.url,
            'query($c: String!) { workshop(code: $c) { organizations { name } interests { name } regions { name } communityName } }',
            { c: workshop.code },
          ),
          ...(await Promise.all(
            data.people.map((p) =>
              gql(server.url, 'query($c: String!, $q: String!) { workshop(code: $c) { people(search: $q) { id name organization } } }', {
                c: workshop.code,
                q: p.name,
              }),
            ),
          )),
        ];
        const unlisted = data.people.filter((p) => !p.listed);
        const text = JSON.stringify([participantView, joinView, event]);
        for (const p of unlisted) {
          expect(text).not.toContain(p.id);
          expect(text).not.toContain(p.name);
        }
        for (const p of data.people) expect(text).not.toContain(p.email);
        // What the participant typed comes back to them as typed: the alias of everyone not listed.
        const reported = (participantView[0] as any).data.myRecord.reportedTies;
        for (const [i, p] of data.people.entries()) {
          expect(reported).toContainEqual(
            p.listed ? expect.objectContaining({ personId: p.id, name: p.name }) : { personId: null, name: aliases[i], organization: null },
          );
        }
        // The join page and the projector are public: the participant's own names appear there only if they are listed.
        const publicText = JSON.stringify([joinView, event]);
        for (const name of [hiddenOrg, hiddenTopic]) expect(publicText.includes(name)).toBe(listedParticipant);
        expect(event.person === null).toBe(!listedParticipant);
      }),
      { numRuns: 6 },
    );
  }, 300_000);
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
        const sent: any = await gql(
          server.url,
          'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId privateToken } }',
          {
            c: workshop.code,
            i: {
              submissionId: randomUUID(),
              name,
              email,
              offers: [{ name: 'Fuego' }],
              knows: [...data.people.slice(0, 3).map((p) => ({ personId: p.id, name: p.name })), { name: `Nombrada ${randomUUID()}` }],
              consent: { listed, contactable: listed },
            },
          },
        );
        const { personId, privateToken } = sent.data.submitSurvey;
        await gql(server.url, 'mutation($t: String!) { eraseMyRecord(token: $t) }', { t: privateToken });

        const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
        const views = [
          await gql(server.url, SHARED_VIEW, { s: data.community.slug }, { cookie }),
          await gql(server.url, 'query($id: ID!) { person(id: $id) { name } }', { id: personId }, { cookie }),
          await gql(
            server.url,
            'query($id: ID!) { workshopById(id: $id) { responseCount responses { person { id } } } }',
            { id: workshop.id },
            { cookie },
          ),
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
