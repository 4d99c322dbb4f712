// Every role × every operation of the API. A new operation without a row here fails the first test.
import { randomUUID } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../server/auth/sessions.ts';
import { upsertUser } from '../../server/auth/user-repository.ts';
import { createInvitation, listOpenInvitations } from '../../server/auth/invitation-repository.ts';
import { createPasswordReset } from '../../server/auth/password-reset-repository.ts';
import { listRegions } from '../../server/communities/community-repository.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { validateRegion } from '../../server/communities/region-input.ts';
import { createRegion } from '../../server/communities/region-repository.ts';
import { writeTx } from '../../server/db/transaction.ts';
import { createShareLink, listShareLinks, revokeShareLinks } from '../../server/sharing/share-link-repository.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { uniqueSlug, useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;

const ROLES = [
  'anonymous',
  'participant',
  'shareViewer',
  'facilitator',
  'otherFacilitator',
  'admin',
  'expiredSession',
  'revokedShareLink',
] as const;
type Role = (typeof ROLES)[number];
/** ok: data without errors; null: the field answers null (as for an unknown id); otherwise the error code. */
type Outcome = 'ok' | 'null' | 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
// 'null' is also how `me` answers without a session: allowed, nothing to show. 'allowed' accepts either
// (the demo link exists only if another test file seeded the demo).
type Credentials = { cookie?: string; share?: string; token: string };

const community = buildCommunity({
  regions: ['Occidente'],
  organizations: ['CONAFOR'],
  interests: ['Quemas prescritas'],
  people: [{ name: 'Ana' }, { name: 'Oculta', listed: false }],
});
const other = buildCommunity({ people: [{ name: 'Luis' }] });
let workshop: { id: string; code: string };
// Account ids per role; each cell gets a fresh session, so signOut in one cell cannot affect another.
const accounts = {} as Record<'facilitator' | 'otherFacilitator' | 'admin', string>;
let expiredCookie: string;
const sessionFor = async (userId: string) => `tejido_session=${await createSession(db, userId)}`;

/** A participant with a private link, fresh for each use (erasing one must not affect the next cell). */
async function participantToken(): Promise<string> {
  const res: any = await gql(
    server.url,
    'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { privateToken } }',
    {
      c: workshop.code,
      i: { submissionId: randomUUID(), name: 'Participante', consent: { listed: true, contactable: true } },
    },
    { device: randomUUID() },
  );
  return res.data.submitSurvey.privateToken;
}

async function credentialsFor(role: Role): Promise<Credentials> {
  switch (role) {
    case 'participant':
      return { token: await participantToken() };
    case 'shareViewer':
      return { share: await createShareLink(db, community.community.id), token: 'not-a-private-link' };
    case 'revokedShareLink': {
      const share = await createShareLink(db, community.community.id);
      await revokeShareLinks(db, community.community.id);
      return { share, token: 'not-a-private-link' };
    }
    case 'anonymous':
      return { token: 'not-a-private-link' };
    case 'expiredSession':
      return { cookie: expiredCookie, token: 'not-a-private-link' };
    default:
      return { cookie: await sessionFor(accounts[role]), token: 'not-a-private-link' };
  }
}

const facilitatorsOnly: Record<Role, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  participant: 'UNAUTHENTICATED',
  shareViewer: 'UNAUTHENTICATED',
  facilitator: 'ok',
  otherFacilitator: 'NOT_FOUND',
  admin: 'ok',
  expiredSession: 'UNAUTHENTICATED',
  revokedShareLink: 'UNAUTHENTICATED',
};
const adminsOnly: Record<Role, Outcome> = { ...facilitatorsOnly, facilitator: 'FORBIDDEN', otherFacilitator: 'FORBIDDEN' };
const everyone = Object.fromEntries(ROLES.map((r) => [r, 'ok'])) as Record<Role, Outcome>;
const privateLinkHolder = {
  ...(Object.fromEntries(ROLES.map((r) => [r, 'NOT_FOUND'])) as Record<Role, Outcome>),
  participant: 'ok' as Outcome,
};
const readers: Record<Role, Outcome> = { ...facilitatorsOnly, shareViewer: 'ok', otherFacilitator: 'null' };

type Row = {
  query: string | (() => Promise<string>);
  variables?: (c: Credentials) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: Record<Role, Outcome>;
};
const slug = () => community.community.slug;
const hidden = () => community.people[1]!.id;

/** Two fresh people of the community to merge, so each cell merges its own pair. */
async function freshPair() {
  const pair = buildCommunity({ people: [{ name: 'X' }, { name: 'Y' }] });
  const people = pair.people.map((p) => ({ ...p, id: randomUUID() }));
  await importCommunity(db, { ...pair, community: community.community, regions: [], organizations: [], interests: [], people, ties: [] });
  return { s: people[0]!.id, d: people[1]!.id };
}

/** A region of the community of its own, for a cell that changes or removes it. */
const freshRegion = async () =>
  (await createRegion(db, community.community.id, randomUUID(), validateRegion({ name: uniqueSlug('Región') }))).id;
/** An invitation's token (its holder is whoever calls: the link is the secret). */
const freshInvitation = async () =>
  (await createInvitation(db, community.community.id, `${uniqueSlug('invited')}@example.org`, accounts.facilitator)).token;
async function throwawayAccount() {
  const email = `${uniqueSlug('locked-out')}@example.org`;
  await upsertUser(db, { email, passwordHash: 'unused', role: 'FACILITATOR', communitySlugs: [] });
  return email;
}
const freshReset = async () => (await createPasswordReset(db, await throwawayAccount(), accounts.admin))!.token;

const ROWS: Record<string, Row> = {
  'Query.communities': { query: '{ communities { slug } }', expect: everyone },
  'Query.community': {
    query: 'query($s: String!) { community(slug: $s) { name map { people { id } } } }',
    variables: () => ({ s: slug() }),
    expect: readers,
  },
  'Query.person': {
    query: 'query($id: ID!) { person(id: $id) { name email } }',
    variables: () => ({ id: hidden() }),
    expect: { ...facilitatorsOnly, otherFacilitator: 'null' },
  },
  'Query.me': {
    query: '{ me { email } }',
    expect: {
      ...(Object.fromEntries(ROLES.map((r) => [r, 'null'])) as Record<Role, Outcome>),
      facilitator: 'ok',
      otherFacilitator: 'ok',
      admin: 'ok',
    },
  },
  'Query.workshop': {
    query: 'query($c: String!) { workshop(code: $c) { title } }',
    variables: () => ({ c: workshop.code }),
    expect: everyone,
  },
  'Query.workshopById': {
    query: 'query($id: ID!) { workshopById(id: $id) { title } }',
    variables: () => ({ id: workshop.id }),
    expect: facilitatorsOnly,
  },
  'Query.workshops': {
    query: 'query($s: String!) { workshops(communitySlug: $s) { id } }',
    variables: () => ({ s: slug() }),
    expect: facilitatorsOnly,
  },
  'Query.surveyLimits': { query: '{ surveyLimits { maxTies } }', expect: everyone },
  'Query.myRecord': {
    query: 'query($t: String!) { myRecord(token: $t) { communityName } }',
    variables: (c) => ({ t: c.token }),
    expect: privateLinkHolder,
  },
  'Query.myRecordExport': {
    query: 'query($t: String!) { myRecordExport(token: $t) }',
    variables: (c) => ({ t: c.token }),
    expect: privateLinkHolder,
  },
  'Query.shareLink': {
    query: 'query($t: String!) { shareLink(token: $t) { communityName } }',
    variables: (c) => ({ t: c.share ?? 'not-a-share-link' }),
    expect: { ...(Object.fromEntries(ROLES.map((r) => [r, 'NOT_FOUND'])) as Record<Role, Outcome>), shareViewer: 'ok' },
  },
  'Query.demo': { query: '{ demo { path } }', expect: Object.fromEntries(ROLES.map((r) => [r, 'allowed'])) as Record<Role, Outcome> },
  'Query.needsFirstAdmin': { query: '{ needsFirstAdmin }', expect: everyone },
  'Mutation.signIn': {
    query: 'mutation($e: String!) { signIn(email: $e, password: "wrong password!") { id } }',
    variables: () => ({ e: `${uniqueSlug('nobody')}@example.org` }),
    expect: Object.fromEntries(ROLES.map((r) => [r, 'UNAUTHENTICATED'])) as Record<Role, Outcome>,
  },
  'Mutation.signOut': { query: 'mutation { signOut }', expect: everyone },
  'Mutation.createWorkshop': {
    query: 'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "M", date: "2025-01-01"}) { id } }',
    variables: () => ({ s: slug() }),
    expect: facilitatorsOnly,
  },
  'Mutation.setWorkshopStatus': {
    query: 'mutation($id: ID!) { setWorkshopStatus(id: $id, status: OPEN) { status } }',
    variables: () => ({ id: workshop.id }),
    expect: facilitatorsOnly,
  },
  'Mutation.submitSurvey': {
    query: 'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }',
    variables: () => ({
      c: workshop.code,
      i: { submissionId: randomUUID(), name: 'Matriz', consent: { listed: false, contactable: false } },
    }),
    expect: everyone,
  },
  'Mutation.updateMyRecord': {
    query: 'mutation($t: String!, $i: SurveyInput!) { updateMyRecord(token: $t, input: $i) { communityName } }',
    variables: (c) => ({ t: c.token, i: { submissionId: randomUUID(), name: 'Editada', consent: { listed: true, contactable: false } } }),
    expect: privateLinkHolder,
  },
  'Mutation.eraseMyRecord': {
    query: 'mutation($t: String!) { eraseMyRecord(token: $t) }',
    variables: (c) => ({ t: c.token }),
    expect: privateLinkHolder,
  },
  'Mutation.merge': {
    query: 'mutation($s: ID!, $d: ID!) { merge(kind: PERSON, survivorId: $s, duplicateId: $d) }',
    variables: () => freshPair(),
    expect: facilitatorsOnly,
  },
  'Query.personMergePreview': {
    query: 'query($s: ID!, $d: ID!) { personMergePreview(survivorId: $s, duplicateId: $d) { name consent { listed } } }',
    variables: () => freshPair(),
    expect: facilitatorsOnly,
  },
  'Mutation.importSurveyCsv': {
    query: 'mutation($w: ID!, $csv: String!) { importSurveyCsv(workshopId: $w, csv: $csv, dryRun: true) { rows } }',
    variables: () => ({
      w: workshop.id,
      csv: 'name,email,role,organization,region,offers,seeks,knows,listed,contactable\nA,,,,,,,,yes,yes\n',
    }),
    expect: facilitatorsOnly,
  },
  // The catalogue and the survey settings (issue 14, part B).
  'Mutation.createOrganization': {
    query: 'mutation($s: String!, $n: String!) { createOrganization(communitySlug: $s, input: {name: $n, kind: NGO}) { id } }',
    variables: () => ({ s: slug(), n: uniqueSlug('org') }),
    expect: facilitatorsOnly,
  },
  'Mutation.updateOrganization': {
    query: 'mutation($id: ID!) { updateOrganization(id: $id, input: {name: "CONAFOR", kind: GOVERNMENT}) { id } }',
    variables: () => ({ id: community.organizations[0]!.id }),
    expect: facilitatorsOnly,
  },
  'Mutation.createInterest': {
    query: 'mutation($s: String!, $n: String!) { createInterest(communitySlug: $s, input: {nameEs: $n}) { id } }',
    variables: () => ({ s: slug(), n: uniqueSlug('interes') }),
    expect: facilitatorsOnly,
  },
  'Mutation.updateInterest': {
    query: 'mutation($id: ID!) { updateInterest(id: $id, input: {nameEs: "Quemas prescritas", nameEn: "Prescribed burning"}) { id } }',
    variables: () => ({ id: community.interests[0]!.id }),
    expect: facilitatorsOnly,
  },
  'Mutation.importCatalogueCsv': {
    query:
      'mutation($s: String!, $csv: String!) { importCatalogueCsv(communitySlug: $s, kind: INTEREST, csv: $csv, dryRun: true) { rows } }',
    variables: () => ({ s: slug(), csv: 'name_es,name_en,synonyms,theme\nCartografía,Mapping,,\n' }),
    expect: facilitatorsOnly,
  },
  'Mutation.updateSurveySettings': {
    query: `mutation($s: String!) { updateSurveySettings(communitySlug: $s, input: {askEmail: true, askRole: true, askOrganization: true,
      askTies: true, maxInterests: 10, maxTies: 20}) { maxTies } }`,
    variables: () => ({ s: slug() }),
    expect: facilitatorsOnly,
  },
  'Mutation.createShareLink': {
    query: 'mutation($s: String!) { createShareLink(communitySlug: $s) { path } }',
    variables: () => ({ s: slug() }),
    expect: facilitatorsOnly,
  },
  'Mutation.takeSnapshot': {
    query: 'mutation($s: String!) { takeSnapshot(communitySlug: $s) { people } }',
    variables: () => ({ s: slug() }),
    expect: facilitatorsOnly,
  },
  'Mutation.revokeShareLink': {
    query: 'mutation($s: String!, $id: ID!) { revokeShareLink(communitySlug: $s, id: $id) }',
    variables: async () => {
      await createShareLink(db, community.community.id, undefined, 'Matriz');
      return { s: slug(), id: (await listShareLinks(db, community.community.id))[0]!.id };
    },
    expect: facilitatorsOnly,
  },
  'Mutation.createCommunity': {
    query: 'mutation($s: String!) { createCommunity(input: {slug: $s, name: "Nueva"}) { slug } }',
    variables: () => ({ s: uniqueSlug('c') }),
    expect: adminsOnly,
  },
  'Mutation.changePassword': {
    query: 'mutation { changePassword(currentPassword: "not the password", newPassword: "a long new password") }',
    expect: Object.fromEntries(ROLES.map((r) => [r, 'UNAUTHENTICATED'])) as Record<Role, Outcome>,
  },
  'Mutation.removeFacilitator': {
    query: 'mutation($s: String!, $u: ID!) { removeFacilitator(communitySlug: $s, userId: $u) }',
    variables: async () => ({
      s: slug(),
      u: (
        await upsertUser(db, {
          email: `${uniqueSlug('removable')}@example.org`,
          passwordHash: 'unused',
          role: 'FACILITATOR',
          communitySlugs: [slug()],
        })
      ).id,
    }),
    expect: facilitatorsOnly,
  },
  'Mutation.createFirstAdmin': {
    query: 'mutation { createFirstAdmin(setupToken: "not-the-token", email: "x@example.org", password: "a long password") { id } }',
    expect: Object.fromEntries(ROLES.map((r) => [r, 'FORBIDDEN'])) as Record<Role, Outcome>,
  },
  'Query.joinAddress': {
    query: '{ joinAddress { loopbackOnly } }',
    expect: { ...facilitatorsOnly, otherFacilitator: 'ok' },
  },
  'Query.invitation': {
    query: 'query($t: String!) { invitation(token: $t) { status } }',
    variables: async () => ({ t: await freshInvitation() }),
    expect: everyone,
  },
  'Query.passwordReset': {
    query: 'query($t: String!) { passwordReset(token: $t) { status } }',
    variables: async () => ({ t: await freshReset() }),
    expect: everyone,
  },
  'Mutation.updateCommunity': {
    query: 'mutation($s: String!) { updateCommunity(slug: $s, input: {description: "Editada"}) { name } }',
    variables: () => ({ s: slug() }),
    expect: facilitatorsOnly,
  },
  'Mutation.setCommunityArchived': {
    query: 'mutation($s: String!) { setCommunityArchived(slug: $s, archived: false) { archived } }',
    variables: () => ({ s: slug() }),
    expect: adminsOnly,
  },
  'Mutation.createRegion': {
    query: 'mutation($s: String!, $n: String!) { createRegion(communitySlug: $s, input: {name: $n}) { id } }',
    variables: () => ({ s: slug(), n: uniqueSlug('Región') }),
    expect: facilitatorsOnly,
  },
  'Mutation.updateRegion': {
    query: 'mutation($id: ID!, $n: String!) { updateRegion(id: $id, input: {name: $n, latitude: 19.4, longitude: -99.1}) { id } }',
    variables: async () => ({ id: await freshRegion(), n: uniqueSlug('Renombrada') }),
    expect: facilitatorsOnly,
  },
  'Mutation.reorderRegions': {
    query: 'mutation($s: String!, $ids: [ID!]!) { reorderRegions(communitySlug: $s, ids: $ids) { id } }',
    variables: async () => ({ s: slug(), ids: (await listRegions(db, community.community.id)).map((r) => r.id).reverse() }),
    expect: facilitatorsOnly,
  },
  'Mutation.mergeRegions': {
    query: 'mutation($s: ID!, $d: ID!) { mergeRegions(survivorId: $s, duplicateId: $d) { id } }',
    variables: async () => ({ s: await freshRegion(), d: await freshRegion() }),
    expect: facilitatorsOnly,
  },
  'Mutation.deleteRegion': {
    query: 'mutation($id: ID!) { deleteRegion(id: $id) }',
    variables: async () => ({ id: await freshRegion() }),
    expect: facilitatorsOnly,
  },
  'Mutation.inviteFacilitator': {
    query: 'mutation($s: String!, $e: String!) { inviteFacilitator(communitySlug: $s, email: $e) { path } }',
    variables: () => ({ s: slug(), e: `${uniqueSlug('invited')}@example.org` }),
    expect: facilitatorsOnly,
  },
  'Mutation.revokeInvitation': {
    query: 'mutation($s: String!, $id: ID!) { revokeInvitation(communitySlug: $s, invitationId: $id) }',
    variables: async () => {
      await freshInvitation();
      return { s: slug(), id: (await listOpenInvitations(db, community.community.id))[0]!.id };
    },
    expect: facilitatorsOnly,
  },
  'Mutation.acceptInvitation': {
    query: 'mutation($t: String!) { acceptInvitation(token: $t, password: "a long new password") { id } }',
    variables: async () => ({ t: await freshInvitation() }),
    expect: everyone,
  },
  'Mutation.issuePasswordReset': {
    query: 'mutation($e: String!) { issuePasswordReset(email: $e) { path } }',
    variables: async () => ({ e: await throwawayAccount() }),
    expect: adminsOnly,
  },
  'Mutation.resetPassword': {
    query: 'mutation($t: String!) { resetPassword(token: $t, newPassword: "a long new password") { id } }',
    variables: async () => ({ t: await freshReset() }),
    expect: everyone,
  },
  'Subscription.workshopActivity': {
    query: 'subscription($c: String!) { workshopActivity(code: $c) { responseCount } }',
    variables: () => ({ c: workshop.code }),
    expect: facilitatorsOnly,
  },
  'Subscription.importProgress': {
    query: 'subscription($w: ID!) { importProgress(workshopId: $w) { total } }',
    variables: () => ({ w: workshop.id }),
    expect: facilitatorsOnly,
  },
};

beforeAll(async () => {
  server = await startTestServer(db);
  await importCommunity(db, community);
  await importCommunity(db, other);
  workshop = await createWorkshop(db, community.community.id, { id: randomUUID(), title: 'Matriz', date: '2025-01-01', regionId: null });
  const account = async (role: 'ADMIN' | 'FACILITATOR', communitySlugs: string[]) =>
    (await upsertUser(db, { email: `${uniqueSlug('account')}@example.org`, passwordHash: 'unused', role, communitySlugs })).id;
  accounts.facilitator = await account('FACILITATOR', [slug()]);
  accounts.otherFacilitator = await account('FACILITATOR', [other.community.slug]);
  accounts.admin = await account('ADMIN', []);
  const expired = await account('FACILITATOR', [slug()]);
  expiredCookie = await sessionFor(expired);
  await writeTx(db, (tx) => tx.run('MATCH (s:Session {userId: $id}) SET s.lastSeenAt = 0, s.createdAt = 0', { id: expired }));
});
afterAll(() => server.close());

/** Opens a subscription over SSE and triggers one event, returning the first payload. */
async function subscribe(query: string, variables: Record<string, unknown>, c: Credentials): Promise<any> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream', 'x-tejido-csrf': '1' };
  if (c.cookie) headers.cookie = c.cookie;
  if (c.share) headers['x-tejido-share'] = c.share;
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  // Cause one event of each kind once the stream has answered (its first bytes: the ping, sent once subscribed,
  // or the refusal); only a permitted stream receives it.
  const cause = async () => {
    await participantToken();
    await gql(
      server.url,
      'mutation($w: ID!, $csv: String!) { importSurveyCsv(workshopId: $w, csv: $csv, dryRun: false) { rows } }',
      {
        w: workshop.id,
        csv: `name,email,role,organization,region,offers,seeks,knows,listed,contactable\n${randomUUID()},,,,,,,,yes,yes\n`,
      },
      { cookie: await sessionFor(accounts.facilitator) },
    );
  };
  let trigger: Promise<void> | undefined;
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return {};
      trigger ??= cause();
      buffer += value;
      const data = /^data:(.*)$/m.exec(buffer);
      if (data && buffer.includes('\n\n')) return JSON.parse(data[1]!);
    }
  } finally {
    await reader.cancel();
    await trigger;
  }
}

async function run(name: string, row: Row, role: Role): Promise<Outcome | string> {
  const c = await credentialsFor(role);
  const query = typeof row.query === 'string' ? row.query : await row.query();
  const variables = (await row.variables?.(c)) ?? {};
  const body = name.startsWith('Subscription.')
    ? await subscribe(query, variables, c)
    : await gql(server.url, query, variables, { cookie: c.cookie, share: c.share, device: randomUUID() });
  if (body.errors?.length) return body.errors[0].extensions?.code ?? body.errors[0].message;
  const field = name.split('.')[1]!;
  return body.data?.[field] === null ? 'null' : 'ok';
}

describe('authorization matrix', () => {
  it('when an operation is in the schema, then it has a row here', async () => {
    const res: any = await gql(server.url, getIntrospectionQuery());
    const operations = res.data.__schema.types
      .filter((t: any) => ['Query', 'Mutation', 'Subscription'].includes(t.name))
      .flatMap((t: any) => t.fields.map((f: any) => `${t.name}.${f.name}`));
    expect(operations.sort()).toEqual(Object.keys(ROWS).sort());
  });

  for (const [name, row] of Object.entries(ROWS)) {
    it(`when each role calls ${name}, then it is allowed or refused as the access rules say`, async () => {
      const actual: Record<string, Outcome | string> = {};
      for (const role of ROLES) {
        const outcome = await run(name, row, role);
        actual[role] = row.expect[role] === 'allowed' && (outcome === 'ok' || outcome === 'null') ? 'allowed' : outcome;
      }
      expect(actual, JSON.stringify(actual)).toEqual(row.expect);
    });
  }
});
