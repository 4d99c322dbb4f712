// The server words the errors a user can see in the language the asker's page speaks (Accept-Language), with
// the same stable code and field; the join info tells a phone the community's default language.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { writeTx } from '../../server/db/transaction.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;

const CREATE = `mutation($slug: String!, $input: CreateWorkshopInput!) {
  createWorkshop(communitySlug: $slug, input: $input) { code } }`;
const JOIN = 'query($code: String!) { workshop(code: $code) { communityName communityLanguage } }';
const SUBMIT = `mutation($code: String!, $input: SurveyInput!) { submitSurvey(code: $code, input: $input) { personId } }`;
const ADD_REGION = `mutation($slug: String!, $input: RegionInput!) { createRegion(communitySlug: $slug, input: $input) { id } }`;

const spanish = buildCommunity({ regions: ['Occidente'], people: [] });
const english = buildCommunity({ regions: ['Andes'], people: [] });
let cookie: string;
const codes: Record<'es' | 'en', string> = { es: '', en: '' };

beforeAll(async () => {
  await importCommunity(db, spanish);
  await importCommunity(db, english);
  await writeTx(db, (tx) => tx.run("MATCH (c:Community {id: $id}) SET c.defaultLanguage = 'EN'", { id: english.community.id }), {
    community: english.community.id,
  });
  server = await startTestServer(db);
  cookie = await signedInFacilitator(db, server.url, [spanish.community.slug, english.community.slug]);
  for (const [lang, data] of [
    ['es', spanish],
    ['en', english],
  ] as const) {
    const res: any = await gql(
      server.url,
      CREATE,
      { slug: data.community.slug, input: { title: 'Taller', date: '2026-03-14' } },
      { cookie },
    );
    codes[lang] = res.data.createWorkshop.code;
  }
});
afterAll(() => server.close());

describe('the join info', () => {
  it('when a phone opens the join page of a Spanish and of an English community, then each says its default language', async () => {
    const es: any = await gql(server.url, JOIN, { code: codes.es });
    const en: any = await gql(server.url, JOIN, { code: codes.en });
    expect(es.data.workshop.communityLanguage).toBe('ES');
    expect(en.data.workshop.communityLanguage).toBe('EN');
  });
});

describe('error messages in the asker’s language', () => {
  it('when an unknown join code is typed on a Spanish page, then the message is Spanish and the code stays NOT_FOUND', async () => {
    const es: any = await gql(server.url, JOIN, { code: 'ZZZZZZ' }, { language: 'es-MX,es;q=0.9' });
    const en: any = await gql(server.url, JOIN, { code: 'ZZZZZZ' }, { language: 'en' });
    const none: any = await gql(server.url, JOIN, { code: 'ZZZZZZ' });
    expect(es.errors[0]).toMatchObject({
      message: 'Ningún taller tiene el código ZZZZZZ. Revísalo con quien facilita.',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(en.errors[0]).toMatchObject({
      message: 'No workshop has the code ZZZZZZ. Check it with your facilitator.',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(none.errors[0].message).toBe(en.errors[0].message);
  });

  it('when a survey misses its name, then the Spanish message names the field with the rule in Spanish, and nothing is written', async () => {
    const input = { submissionId: randomUUID(), name: '', consent: { listed: true, contactable: false } };
    const res: any = await gql(server.url, SUBMIT, { code: codes.es, input }, { language: 'es', device: randomUUID() });
    expect(res.errors[0]).toMatchObject({ message: 'name: es obligatorio.', extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
    expect(res.data?.submitSurvey ?? null).toBeNull();
  });

  it('when a region’s name is taken, then the refusal is in the asker’s language with its field and code', async () => {
    const taken = { name: 'occidente ' };
    const es: any = await gql(server.url, ADD_REGION, { slug: spanish.community.slug, input: taken }, { cookie, language: 'es' });
    const en: any = await gql(server.url, ADD_REGION, { slug: spanish.community.slug, input: taken }, { cookie, language: 'en-GB' });
    expect(es.errors[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'name' } });
    expect(es.errors[0].message).toMatch(/^Ya existe una región llamada «occidente/);
    expect(en.errors[0].message).toMatch(/^A region named “occidente/);
  });

  it('when sign-in fails on a Spanish page, then it says so in Spanish with UNAUTHENTICATED', async () => {
    const res: any = await gql(
      server.url,
      'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { email } }',
      { email: `nobody-${randomUUID()}@example.org`, password: 'not the password at all' },
      { language: 'es' },
    );
    expect(res.errors[0]).toMatchObject({ message: 'Correo o contraseña incorrectos.', extensions: { code: 'UNAUTHENTICATED' } });
  });
});
