import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.ts';
import { createSession, IDLE_TIMEOUT_MS, userForSession } from '../../server/auth/sessions.ts';
import { upsertUser } from '../../server/auth/user-repository.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { uniqueSlug, useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, sessionCookie, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;
const community = buildCommunity({ people: [{ name: 'Ana' }] });
const email = `${uniqueSlug('facilitator')}@example.org`;
const password = 'quemas prescritas 2024';

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email role communities } }';
const ME = '{ me { email role communities } }';

beforeAll(async () => {
  await importCommunity(db, community);
  await upsertUser(db, {
    email,
    passwordHash: await hashPassword(password),
    role: 'FACILITATOR',
    communitySlugs: [community.community.slug],
  });
  server = await startTestServer(db);
});
afterAll(() => server.close());

describe('facilitator sign-in', () => {
  it('when the password is wrong or the email unknown, then the same UNAUTHENTICATED error and no cookie', async () => {
    const wrong = await gql(server.url, SIGN_IN, { email, password: 'not it at all' });
    const unknown = await gql(server.url, SIGN_IN, { email: 'nobody@example.org', password });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Wrong email or password.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('when the credentials are right, then an HttpOnly SameSite cookie opens a session that me reflects', async () => {
    const res = await gql(server.url, SIGN_IN, { email: email.toUpperCase(), password });
    expect(res.data).toEqual({ signIn: { email, role: 'FACILITATOR', communities: [community.community.slug] } });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^tejido_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const me = await gql(server.url, ME, {}, { cookie: sessionCookie(res) });
    expect(me.data).toEqual({ me: { email, role: 'FACILITATOR', communities: [community.community.slug] } });
  });

  it('when a cookie-authenticated POST lacks the CSRF header, then it is refused with FORBIDDEN', async () => {
    const cookie = sessionCookie(await gql(server.url, SIGN_IN, { email, password }));
    const res = await gql(server.url, ME, {}, { cookie, csrf: false });
    expect(res.status).toBe(403);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('when signing out, then the same cookie no longer opens the session', async () => {
    const cookie = sessionCookie(await gql(server.url, SIGN_IN, { email, password }));
    const out = await gql(server.url, 'mutation { signOut }', {}, { cookie });
    expect(out.data).toEqual({ signOut: true });
    expect(out.headers.get('set-cookie')).toMatch(/tejido_session=;/);
    expect((await gql(server.url, ME, {}, { cookie })).data).toEqual({ me: null });
  });

  it('when a session has been idle too long, then it is gone', async () => {
    const [user] = [
      await upsertUser(db, { email: `${uniqueSlug('idle')}@example.org`, passwordHash: 'x', role: 'FACILITATOR', communitySlugs: [] }),
    ];
    const token = await createSession(db, user.id);
    expect(await userForSession(db, token)).toMatchObject({ id: user.id });
    expect(await userForSession(db, token, Date.now() + IDLE_TIMEOUT_MS + 1000)).toBeNull();
    expect(await userForSession(db, token)).toBeNull();
  });

  it('when an email has failed 10 times, then even the right password is refused with RATE_LIMITED', async () => {
    const target = `${uniqueSlug('limited')}@example.org`;
    await upsertUser(db, { email: target, passwordHash: await hashPassword(password), role: 'FACILITATOR', communitySlugs: [] });
    for (let i = 0; i < 10; i++) await gql(server.url, SIGN_IN, { email: target, password: `wrong ${i}` });
    const res = await gql(server.url, SIGN_IN, { email: target, password });
    expect(res.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Other accounts are not affected.
    expect((await gql(server.url, SIGN_IN, { email, password })).data).toBeTruthy();
  });
});
