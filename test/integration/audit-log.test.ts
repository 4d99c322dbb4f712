import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.ts';
import { upsertUser } from '../../server/auth/user-repository.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { capturedLog } from '../support/captured-log.ts';
import type { LogLine } from '../support/captured-log.ts';
import { uniqueSlug, useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, sessionCookie, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
const log = capturedLog();
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(db, { logger: log.logger });
});
afterAll(() => server.close());

/** The audit line of `event` about `about` (an id it must carry), once it is written. */
const auditLine = (event: string, about: Record<string, unknown>) =>
  log.waitFor(
    (l) => l.audit === true && l.event === event && Object.entries(about).every(([k, v]) => JSON.stringify(l[k]) === JSON.stringify(v)),
    10_000,
    event,
  );

/** Nothing personal in a line: no name, email, token or password that the test used. */
function expectNothingPersonal(line: LogLine, ...secrets: string[]) {
  const text = JSON.stringify(line);
  for (const secret of secrets) expect(text).not.toContain(secret);
  expect(typeof line.msg).toBe('string');
  expect(line.msg.length).toBeGreaterThan(0);
}

async function signedInAdmin(): Promise<{ cookie: string; id: string }> {
  const email = `${uniqueSlug('admin')}@example.org`;
  const admin = await upsertUser(db, { email, passwordHash: await hashPassword('an admin password'), role: 'ADMIN', communitySlugs: [] });
  const cookie = sessionCookie(
    await gql(server.url, 'mutation($e: String!) { signIn(email: $e, password: "an admin password") { id } }', { e: email }),
  );
  return { cookie, id: admin.id };
}

describe('audit log', () => {
  it('when a facilitator merges two people, then one curation.merged line names the ids and neither name', async () => {
    const data = buildCommunity({ people: [{ name: 'Rosa Auditada' }, { name: 'Rosa  Auditada' }] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const [survivor, duplicate] = data.people.map((p) => p.id) as [string, string];
    const merged = await gql(
      server.url,
      'mutation($s: ID!, $d: ID!) { merge(kind: PERSON, survivorId: $s, duplicateId: $d) }',
      { s: survivor, d: duplicate },
      { cookie },
    );
    expect(merged.data).toEqual({ merge: true });

    const line = await auditLine('curation.merged', { survivorId: survivor, duplicateId: duplicate });
    expect(line).toMatchObject({ communityId: data.community.id, kind: 'PERSON', actorId: expect.any(String) });
    expectNothingPersonal(line, 'Rosa', 'Auditada');
  });

  it('when a participant erases their record through the private link, then person.erased names the person id, never the token or name', async () => {
    const data = buildCommunity({ people: [] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const created: any = await gql(
      server.url,
      'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "Taller", date: "2025-05-01"}) { code } }',
      { s: data.community.slug },
      { cookie },
    );
    const sent: any = await gql(
      server.url,
      'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId privateToken } }',
      {
        c: created.data.createWorkshop.code,
        i: { submissionId: randomUUID(), name: 'Berta Borrada', email: 'berta@example.org', consent: { listed: true, contactable: true } },
      },
    );
    const { personId, privateToken } = sent.data.submitSurvey;
    expect((await gql(server.url, 'mutation($t: String!) { eraseMyRecord(token: $t) }', { t: privateToken })).data).toEqual({
      eraseMyRecord: true,
    });

    const line = await auditLine('person.erased', { personId });
    expect(line).toMatchObject({ communityId: data.community.id, actorId: null });
    expectNothingPersonal(line, privateToken, 'Berta', 'berta@example.org');
  });

  it('when a facilitator creates and revokes the share link, then share-link.created and share-link.revoked name the community, never the link', async () => {
    const data = buildCommunity({ people: [] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const created: any = await gql(
      server.url,
      'mutation($s: String!) { createShareLink(communitySlug: $s) { path } }',
      { s: data.community.slug },
      { cookie },
    );
    const path: string = created.data.createShareLink.path;
    await gql(server.url, 'mutation($s: String!) { revokeShareLink(communitySlug: $s) }', { s: data.community.slug }, { cookie });

    const opened = await auditLine('share-link.created', { communityId: data.community.id });
    const revoked = await auditLine('share-link.revoked', { communityId: data.community.id });
    expect(opened.actorId).toEqual(revoked.actorId);
    expect(opened.actorId).toEqual(expect.any(String));
    for (const line of [opened, revoked]) expectNothingPersonal(line, path.split('/').pop()!);
  });

  it('when a facilitator invites a co-facilitator who accepts and is then removed, then each line carries ids, never the email, token or password', async () => {
    const data = buildCommunity({ people: [] });
    await importCommunity(db, data);
    const admin = await signedInAdmin();
    const email = `${uniqueSlug('coordinadora')}@example.org`;
    const invited: any = await gql(
      server.url,
      'mutation($s: String!, $e: String!) { inviteFacilitator(communitySlug: $s, email: $e) { path } }',
      {
        s: data.community.slug,
        e: email,
      },
      { cookie: admin.cookie },
    );
    const token: string = invited.data.inviteFacilitator.path.split('/').pop();
    const accepted: any = await gql(
      server.url,
      'mutation($t: String!) { acceptInvitation(token: $t, password: "a facilitator password") { id } }',
      { t: token },
    );
    const userId: string = accepted.data.acceptInvitation.id;
    const removed = await gql(
      server.url,
      'mutation($s: String!, $u: ID!) { removeFacilitator(communitySlug: $s, userId: $u) }',
      { s: data.community.slug, u: userId },
      { cookie: admin.cookie },
    );
    expect(removed.data).toEqual({ removeFacilitator: true });

    const sent = await auditLine('facilitator.invited', { communityId: data.community.id });
    expect(sent).toMatchObject({ actorId: admin.id, invitationId: expect.any(String) });
    const joined = await auditLine('facilitator.joined', { userId });
    expect(joined).toMatchObject({ actorId: userId, communityIds: [data.community.id] });
    const gone = await auditLine('facilitator.removed', { userId });
    expect(gone).toMatchObject({ actorId: admin.id, communityId: data.community.id });
    for (const line of [sent, joined, gone]) expectNothingPersonal(line, email, token, 'a facilitator password');
  });

  it('when an account keeps getting the wrong password, then auth.sign-in-locked is logged once, with its id and not its email', async () => {
    const email = `${uniqueSlug('locked')}@example.org`;
    const user = await upsertUser(db, {
      email,
      passwordHash: await hashPassword('the right password'),
      role: 'FACILITATOR',
      communitySlugs: [],
    });
    const attempt = () => gql(server.url, 'mutation($e: String!) { signIn(email: $e, password: "a wrong password") { id } }', { e: email });
    const codes: unknown[] = [];
    for (let i = 0; i < 12; i++) codes.push((await attempt()).errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);

    const line = await auditLine('auth.sign-in-locked', { userId: user.id });
    expect(log.lines.filter((l) => l.event === 'auth.sign-in-locked' && l.userId === user.id)).toHaveLength(1);
    expectNothingPersonal(line, email, 'a wrong password');
  });
});
