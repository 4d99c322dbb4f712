// Setting a community up from zero through the API: communities (admins), regions, invitations and resets.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoShareToken, deploymentSecret } from '../../server/auth/derived-tokens.ts';
import { pruneFinishedLinksNow } from '../../server/auth/one-time-links.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { createSession } from '../../server/auth/sessions.ts';
import { upsertUser } from '../../server/auth/user-repository.ts';
import { importCommunity } from '../../server/communities/import-repository.ts';
import { readTx, writeTx } from '../../server/db/transaction.ts';
import { createShareLink } from '../../server/sharing/share-link-repository.ts';
import { createWorkshop } from '../../server/workshops/workshop-repository.ts';
import { signedInFacilitator } from '../support/accounts.ts';
import { uniqueSlug, useTestDatabase } from '../support/database.ts';
import { buildCommunity } from '../support/factories.ts';
import { gql, sessionCookie, startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';

const db = useTestDatabase();
let server: TestServer;
let admin: string;
const PASSWORD = 'a long test password';

const call = (query: string, variables: Record<string, unknown> = {}, cookie?: string) => gql(server.url, query, variables, { cookie });
const errorOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;
const count = (cypher: string, params: Record<string, unknown> = {}) =>
  readTx(db, async (tx) => (await tx.run(cypher, params)).records[0]!.get(0) as number);

beforeAll(async () => {
  server = await startTestServer(db);
  const { id } = await upsertUser(db, {
    email: `${uniqueSlug('admin')}@example.org`,
    passwordHash: 'unused',
    role: 'ADMIN',
    communitySlugs: [],
  });
  admin = `tejido_session=${await createSession(db, id)}`;
});
afterAll(() => server.close());

const CREATE = `mutation($i: CreateCommunityInput!) { createCommunity(input: $i) { slug name defaultLanguage archived } }`;

describe('communities (admins)', () => {
  it('when an admin creates a community without a language, then it opens in Spanish with its contact', async () => {
    const slug = uniqueSlug('red');
    const res = await call(CREATE, { i: { slug, name: ' Red  Andina ', contact: 'https://redandina.example.org' } }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCommunity).toEqual({ slug, name: 'Red Andina', defaultLanguage: 'ES', archived: false });
    const read = await call('query($s: String!) { community(slug: $s) { defaultLanguage contact regions { id } } }', { s: slug }, admin);
    expect(read.data!.community).toEqual({ defaultLanguage: 'ES', contact: 'https://redandina.example.org', regions: [] });
  });

  it('when the slug is malformed or taken, then it is refused with the field named and nothing is written', async () => {
    const slug = uniqueSlug('taken');
    await call(CREATE, { i: { slug, name: 'First' } }, admin);
    const before = await count('MATCH (c:Community) RETURN count(c)');
    for (const [bad, code] of [
      ['Con Espacios', 'BAD_USER_INPUT'],
      ['-dash', 'BAD_USER_INPUT'],
      [slug, 'CONFLICT'],
    ] as const) {
      const res = await call(CREATE, { i: { slug: bad, name: 'Second', defaultLanguage: 'EN' } }, admin);
      expect(errorOf(res), bad).toMatchObject({ code, field: 'slug' });
    }
    expect(await count('MATCH (c:Community) RETURN count(c)')).toBe(before);
    const res = await call(CREATE, { i: { slug: uniqueSlug('ok'), name: 'Bad contact', contact: 'javascript:alert(1)' } }, admin);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contact' });
  });

  it('when a facilitator edits the details, then they change, but only an admin may change the slug and a taken one is refused', async () => {
    const slug = uniqueSlug('edit');
    await call(CREATE, { i: { slug, name: 'Antes' } }, admin);
    const facilitator = await signedInFacilitator(db, server.url, [slug]);
    const UPDATE =
      'mutation($s: String!, $i: UpdateCommunityInput!) { updateCommunity(slug: $s, input: $i) { slug name description defaultLanguage contact } }';
    const edited = await call(
      UPDATE,
      { s: slug, i: { name: 'Después', description: 'Una red', defaultLanguage: 'EN', contact: 'red@example.org' } },
      facilitator,
    );
    expect(edited.data!.updateCommunity).toEqual({
      slug,
      name: 'Después',
      description: 'Una red',
      defaultLanguage: 'EN',
      contact: 'red@example.org',
    });
    expect(errorOf(await call(UPDATE, { s: slug, i: { slug: uniqueSlug('new') } }, facilitator))).toMatchObject({ code: 'FORBIDDEN' });
    const other = uniqueSlug('other');
    await call(CREATE, { i: { slug: other, name: 'Otra' } }, admin);
    expect(errorOf(await call(UPDATE, { s: slug, i: { slug: other, name: 'No' } }, admin))).toMatchObject({
      code: 'CONFLICT',
      field: 'slug',
    });
    expect((await call('query($s: String!) { community(slug: $s) { name } }', { s: slug }, admin)).data!.community).toEqual({
      name: 'Después',
    });
    const renamed = uniqueSlug('renamed');
    expect((await call(UPDATE, { s: slug, i: { slug: renamed } }, admin)).data!.updateCommunity.slug).toBe(renamed);
    expect((await call('query($s: String!) { community(slug: $s) { name } }', { s: renamed }, facilitator)).data!.community).toEqual({
      name: 'Después',
    });
  });

  it('when an admin archives a community, then it leaves the lists, its workshop refuses phones and no workshop opens until restored', async () => {
    const data = buildCommunity({ people: [{ name: 'Ana' }] });
    await importCommunity(db, data);
    const slug = data.community.slug;
    const workshop = await createWorkshop(db, data.community.id, { id: randomUUID(), title: 'Taller', date: '2026-01-01', regionId: null });
    const facilitator = await signedInFacilitator(db, server.url, [slug]);
    const ARCHIVE = 'mutation($s: String!, $a: Boolean!) { setCommunityArchived(slug: $s, archived: $a) { archived } }';
    expect((await call(ARCHIVE, { s: slug, a: true }, admin)).data!.setCommunityArchived).toEqual({ archived: true });
    const listed = async (cookie: string, all = false) =>
      (
        (await call('query($a: Boolean) { communities(includeArchived: $a) { slug } }', { a: all }, cookie)).data!.communities as {
          slug: string;
        }[]
      ).map((c) => c.slug);
    expect(await listed(facilitator)).not.toContain(slug);
    expect(await listed(facilitator, true)).not.toContain(slug);
    expect(await listed(admin, true)).toContain(slug);
    const join = await gql(
      server.url,
      'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId } }',
      {
        c: workshop.code,
        i: { submissionId: randomUUID(), name: 'Tarde', consent: { listed: true, contactable: true } },
      },
      { device: randomUUID() },
    );
    expect(errorOf(join)).toMatchObject({ code: 'FORBIDDEN' });
    const reopen = await call(
      'mutation($id: ID!) { setWorkshopStatus(id: $id, status: OPEN) { status } }',
      { id: workshop.id },
      facilitator,
    );
    expect(errorOf(reopen)).toMatchObject({ code: 'FORBIDDEN', reason: 'ARCHIVED' });
    const create = await call(
      'mutation($s: String!) { createWorkshop(communitySlug: $s, input: {title: "N", date: "2026-01-02"}) { id } }',
      { s: slug },
      facilitator,
    );
    expect(errorOf(create)).toMatchObject({ code: 'FORBIDDEN', reason: 'ARCHIVED' });
    // Facilitators can still read what the community holds.
    expect(
      (await call('query($s: String!) { community(slug: $s) { archived people { totalCount } } }', { s: slug }, facilitator)).data!
        .community,
    ).toEqual({
      archived: true,
      people: { totalCount: 1 },
    });
    await call(ARCHIVE, { s: slug, a: false }, admin);
    expect(await listed(facilitator)).toContain(slug);
    expect(
      errorOf(await call('mutation($id: ID!) { setWorkshopStatus(id: $id, status: OPEN) { status } }', { id: workshop.id }, facilitator)),
    ).toBeUndefined();
  });
});

describe('regions', () => {
  const REGIONS = 'query($s: String!) { community(slug: $s) { regions { name peopleCount parent { name } latitude longitude } } }';
  const CREATE_REGION = 'mutation($s: String!, $i: RegionInput!) { createRegion(communitySlug: $s, input: $i) { id name } }';
  const names = async (slug: string, cookie: string) =>
    ((await call(REGIONS, { s: slug }, cookie)).data!.community.regions as { name: string }[]).map((r) => r.name);

  it('when regions are created and reordered, then every list shows them in that order, sub-regions and coordinates included', async () => {
    const data = buildCommunity({ people: [] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const s = data.community.slug;
    const ids: string[] = [];
    for (const name of ['Sur', 'Norte', 'Centro']) ids.push((await call(CREATE_REGION, { s, i: { name } }, cookie)).data!.createRegion.id);
    expect(await names(s, cookie)).toEqual(['Sur', 'Norte', 'Centro']);
    await call(
      'mutation($s: String!, $ids: [ID!]!) { reorderRegions(communitySlug: $s, ids: $ids) { id } }',
      { s, ids: [ids[1], ids[2], ids[0]] },
      cookie,
    );
    expect(await names(s, cookie)).toEqual(['Norte', 'Centro', 'Sur']);
    const partial = await call(
      'mutation($s: String!, $ids: [ID!]!) { reorderRegions(communitySlug: $s, ids: $ids) { id } }',
      { s, ids: [ids[0]] },
      cookie,
    );
    expect(errorOf(partial)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const sub = await call(CREATE_REGION, { s, i: { name: 'Cusco', parentId: ids[0], latitude: -13.53, longitude: -71.97 } }, cookie);
    expect(sub.errors).toBeUndefined();
    const regions = (await call(REGIONS, { s }, cookie)).data!.community.regions;
    expect(regions.at(-1)).toEqual({ name: 'Cusco', peopleCount: 0, parent: { name: 'Sur' }, latitude: -13.53, longitude: -71.97 });
    const cycle = await call(
      'mutation($id: ID!, $p: ID!) { updateRegion(id: $id, input: {name: "Sur", parentId: $p}) { id } }',
      { id: ids[0], p: sub.data!.createRegion.id },
      cookie,
    );
    expect(errorOf(cycle)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const half = await call(CREATE_REGION, { s, i: { name: 'Lima', latitude: -12 } }, cookie);
    expect(errorOf(half)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'longitude' });
  });

  it('when a name equals another region after normalization, then it is refused with the field named and nothing changes', async () => {
    const data = buildCommunity({ regions: ['Península de Yucatán', 'Sur'], people: [] });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const s = data.community.slug;
    const dup = await call(CREATE_REGION, { s, i: { name: '  PENINSULA de  yucatan' } }, cookie);
    expect(errorOf(dup)).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const rename = await call(
      'mutation($id: ID!) { updateRegion(id: $id, input: {name: "península de yucatán"}) { id } }',
      { id: data.regions[1]!.id },
      cookie,
    );
    expect(errorOf(rename)).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(await names(s, cookie)).toEqual(['Península de Yucatán', 'Sur']);
    // Renaming a region to another spelling of its own name is fine.
    const respelled = await call(
      'mutation($id: ID!) { updateRegion(id: $id, input: {name: "SUR"}) { name } }',
      { id: data.regions[1]!.id },
      cookie,
    );
    expect(respelled.data!.updateRegion).toEqual({ name: 'SUR' });
  });

  it('when two regions are merged, then their people, organizations and workshops move to the survivor', async () => {
    const data = buildCommunity({
      regions: ['Noroeste', 'Nor Oeste'],
      organizations: ['Brigada'],
      people: [
        { name: 'Ana', region: 'Noroeste' },
        { name: 'Beto', region: 'Nor Oeste' },
        { name: 'Ceci', region: 'Nor Oeste', listed: false },
      ],
    });
    data.organizations[0]!.regionId = data.regions[1]!.id;
    await importCommunity(db, data);
    const [keep, drop] = data.regions.map((r) => r.id) as [string, string];
    const workshop = await createWorkshop(db, data.community.id, { id: randomUUID(), title: 'T', date: '2026-01-01', regionId: drop });
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const merged = await call(
      'mutation($s: ID!, $d: ID!) { mergeRegions(survivorId: $s, duplicateId: $d) { name peopleCount } }',
      { s: keep, d: drop },
      cookie,
    );
    expect(merged.data!.mergeRegions).toEqual({ name: 'Noroeste', peopleCount: 3 });
    expect(await names(data.community.slug, cookie)).toEqual(['Noroeste']);
    const org = await call(
      'query($s: String!) { community(slug: $s) { organizations { region { id } } } }',
      { s: data.community.slug },
      cookie,
    );
    expect(org.data!.community.organizations).toEqual([{ region: { id: keep } }]);
    expect(await count('MATCH (:Workshop {id: $id})-[:HELD_IN]->(r:Region {id: $keep}) RETURN count(r)', { id: workshop.id, keep })).toBe(
      1,
    );
    const self = await call('mutation($s: ID!) { mergeRegions(survivorId: $s, duplicateId: $s) { name } }', { s: keep }, cookie);
    expect(errorOf(self)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('when a region still holds people, then deleting it is refused with their count; an empty one is deleted', async () => {
    const data = buildCommunity({
      regions: ['Llena', 'Vacía'],
      people: [
        { name: 'Ana', region: 'Llena' },
        { name: 'Oculta', region: 'Llena', listed: false },
      ],
    });
    await importCommunity(db, data);
    const cookie = await signedInFacilitator(db, server.url, [data.community.slug]);
    const full = await call('mutation($id: ID!) { deleteRegion(id: $id) }', { id: data.regions[0]!.id }, cookie);
    expect(errorOf(full)).toMatchObject({ code: 'CONFLICT', peopleCount: 2 });
    expect(full.errors![0]!.message).toContain('2 people');
    expect((await call('mutation($id: ID!) { deleteRegion(id: $id) }', { id: data.regions[1]!.id }, cookie)).data!.deleteRegion).toBe(true);
    expect(await names(data.community.slug, cookie)).toEqual(['Llena']);
  });

  it('when a facilitator of another community names a region, then it is answered like a missing one and nothing changes', async () => {
    const data = buildCommunity({ regions: ['Ajena'], people: [] });
    await importCommunity(db, data);
    const stranger = await signedInFacilitator(db, server.url, [buildCommunity({ people: [] }).community.slug]);
    for (const query of [
      'mutation($id: ID!) { deleteRegion(id: $id) }',
      'mutation($id: ID!) { updateRegion(id: $id, input: {name: "Mía"}) { id } }',
    ]) {
      expect(errorOf(await call(query, { id: data.regions[0]!.id }, stranger))).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await count('MATCH (r:Region {id: $id, name: "Ajena"}) RETURN count(r)', { id: data.regions[0]!.id })).toBe(1);
  });
});

describe('invitations and password resets', () => {
  const INVITE = 'mutation($s: String!, $e: String!) { inviteFacilitator(communitySlug: $s, email: $e) { path expiresAt } }';
  const ACCEPT = 'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { email communities } }';
  const PREVIEW = 'query($t: String!) { invitation(token: $t) { status communityName email accountExists } }';
  const tokenOf = (path: string) => path.split('/').at(-1)!;

  async function communityWithFacilitator() {
    const data = buildCommunity({ people: [] });
    await importCommunity(db, data);
    return {
      slug: data.community.slug,
      name: data.community.name,
      cookie: await signedInFacilitator(db, server.url, [data.community.slug]),
    };
  }

  it('when an invitee opens the link, then they choose their password, are signed in, and the link works only once', async () => {
    const { slug, name, cookie } = await communityWithFacilitator();
    const email = `${uniqueSlug('co')}@example.org`;
    const invited = await call(INVITE, { s: slug, e: email }, cookie);
    const token = tokenOf(invited.data!.inviteFacilitator.path);
    const pending = await call('query($s: String!) { community(slug: $s) { invitations { email } } }', { s: slug }, cookie);
    expect(pending.data!.community.invitations).toEqual([{ email }]);
    expect((await call(PREVIEW, { t: token })).data!.invitation).toEqual({
      status: 'VALID',
      communityName: name,
      email,
      accountExists: false,
    });
    expect(errorOf(await call(ACCEPT, { t: token, p: 'short' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const accepted = await call(ACCEPT, { t: token, p: PASSWORD });
    expect(accepted.data!.acceptInvitation).toEqual({ email, communities: [slug] });
    const me = await call('{ me { email } }', {}, sessionCookie(accepted));
    expect(me.data!.me).toEqual({ email });
    const signIn = await call('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }', {
      e: email,
      p: PASSWORD,
    });
    expect(signIn.data!.signIn).toEqual({ email });
    const again = await call(ACCEPT, { t: token, p: PASSWORD });
    expect(errorOf(again)).toMatchObject({ code: 'FORBIDDEN', reason: 'USED' });
    expect(again.errors![0]!.message).toContain('already used');
    expect((await call(PREVIEW, { t: token })).data!.invitation.status).toBe('USED');
    const facilitators = await call(
      'query($s: String!) { community(slug: $s) { facilitators { email } invitations { email } } }',
      { s: slug },
      cookie,
    );
    expect(facilitators.data!.community.facilitators).toContainEqual({ email });
    expect(facilitators.data!.community.invitations).toEqual([]);
  });

  it('when an invitation has expired or was withdrawn, then accepting it says so and creates no account', async () => {
    const { slug, cookie } = await communityWithFacilitator();
    const email = `${uniqueSlug('late')}@example.org`;
    const token = tokenOf((await call(INVITE, { s: slug, e: email }, cookie)).data!.inviteFacilitator.path);
    await writeTx(db, (tx) =>
      tx.run('MATCH (i:Invitation {email: $email}) SET i.expiresAt = datetime() - duration({minutes: 1})', { email }),
    );
    expect(errorOf(await call(ACCEPT, { t: token, p: PASSWORD }))).toMatchObject({ code: 'FORBIDDEN', reason: 'EXPIRED' });
    const withdrawn = `${uniqueSlug('withdrawn')}@example.org`;
    const second = tokenOf((await call(INVITE, { s: slug, e: withdrawn }, cookie)).data!.inviteFacilitator.path);
    const list = await call('query($s: String!) { community(slug: $s) { invitations { id email } } }', { s: slug }, cookie);
    const id = list.data!.community.invitations.find((i: { email: string }) => i.email === withdrawn).id;
    await call('mutation($s: String!, $id: ID!) { revokeInvitation(communitySlug: $s, invitationId: $id) }', { s: slug, id }, cookie);
    expect(errorOf(await call(ACCEPT, { t: second, p: PASSWORD }))).toMatchObject({ code: 'FORBIDDEN', reason: 'REVOKED' });
    expect(await count('MATCH (u:User) WHERE u.email IN $emails RETURN count(u)', { emails: [email, withdrawn] })).toBe(0);
    expect(errorOf(await call(ACCEPT, { t: 'no-such-invitation', p: PASSWORD }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('when the invited email has an account, then it accepts with its own password, and a stranger holding the link gains nothing', async () => {
    const { slug, cookie } = await communityWithFacilitator();
    const email = `${uniqueSlug('existing')}@example.org`;
    await upsertUser(db, { email, passwordHash: await hashPassword(PASSWORD), role: 'FACILITATOR', communitySlugs: [] });
    const token = tokenOf((await call(INVITE, { s: slug, e: email }, cookie)).data!.inviteFacilitator.path);
    expect((await call(PREVIEW, { t: token })).data!.invitation.accountExists).toBe(true);
    // A facilitator of another community, signed in, tries the link with their own password.
    const other = await communityWithFacilitator();
    const stranger = await call(ACCEPT, { t: token, p: 'a long test password for someone else' }, other.cookie);
    expect(errorOf(stranger)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await call('{ me { communities } }', {}, other.cookie)).data!.me.communities).toEqual([other.slug]);
    const facilitators = await call('query($s: String!) { community(slug: $s) { facilitators { email } } }', { s: slug }, cookie);
    expect(facilitators.data!.community.facilitators).not.toContainEqual({ email });
    // The stranger cannot manage the other community's invitations either.
    expect(errorOf(await call(INVITE, { s: slug, e: 'x@example.org' }, other.cookie))).toMatchObject({ code: 'NOT_FOUND' });
    const accepted = await call(ACCEPT, { t: token, p: PASSWORD });
    expect(accepted.data!.acceptInvitation).toEqual({ email, communities: [slug] });
  });

  it('when someone already facilitates the community, then inviting them is refused with the field named', async () => {
    const { slug, cookie } = await communityWithFacilitator();
    const me = (await call('{ me { email } }', {}, cookie)).data!.me.email;
    expect(errorOf(await call(INVITE, { s: slug, e: me.toUpperCase() }, cookie))).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(errorOf(await call(INVITE, { s: slug, e: 'not an email' }, cookie))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('when an admin issues a reset link, then the locked-out user sets a new password once and every old session ends', async () => {
    const { slug, cookie } = await communityWithFacilitator();
    const email = (await call('{ me { email } }', {}, cookie)).data!.me.email;
    const issued = await call('mutation($e: String!) { issuePasswordReset(email: $e) { path } }', { e: email }, admin);
    const token = tokenOf(issued.data!.issuePasswordReset.path);
    expect((await call('query($t: String!) { passwordReset(token: $t) { status email } }', { t: token })).data!.passwordReset).toEqual({
      status: 'VALID',
      email,
    });
    const reset = await call('mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { communities } }', {
      t: token,
      p: 'a brand new password',
    });
    expect(reset.data!.resetPassword).toEqual({ communities: [slug] });
    expect((await call('{ me { email } }', {}, cookie)).data!.me).toBeNull();
    const signIn = await call('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }', {
      e: email,
      p: 'a brand new password',
    });
    expect(signIn.data!.signIn).toEqual({ email });
    const again = await call('mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { email } }', {
      t: token,
      p: 'yet another password',
    });
    expect(errorOf(again)).toMatchObject({ code: 'FORBIDDEN', reason: 'USED' });
    expect(
      errorOf(await call('mutation($e: String!) { issuePasswordReset(email: $e) { path } }', { e: 'nobody-here@example.org' }, admin)),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('when links stopped working over a week ago, then the next link issued (or a start) deletes them, and open or recently finished ones stay', async () => {
    const { slug, cookie } = await communityWithFacilitator();
    const invite = async (name: string) => {
      const email = `${uniqueSlug(name)}@example.org`;
      return { email, token: tokenOf((await call(INVITE, { s: slug, e: email }, cookie)).data!.inviteFacilitator.path) };
    };
    const age = (email: string, set: string) => writeTx(db, (tx) => tx.run(`MATCH (i:Invitation {email: $email}) SET ${set}`, { email }));
    const [expiredLongAgo, usedLongAgo, expiredJustNow, open] = [
      await invite('old'),
      await invite('used'),
      await invite('late'),
      await invite('open'),
    ];
    const { email: locked } = (await call('{ me { email } }', {}, cookie)).data!.me;
    await call('mutation($e: String!) { issuePasswordReset(email: $e) { path } }', { e: locked }, admin);
    // Aged after every link is issued: issuing one prunes.
    await age(expiredLongAgo.email, 'i.expiresAt = datetime() - duration({days: 8})');
    await age(usedLongAgo.email, 'i.usedAt = datetime() - duration({days: 8})');
    await age(expiredJustNow.email, 'i.expiresAt = datetime() - duration({minutes: 1})');
    await writeTx(db, (tx) =>
      tx.run('MATCH (u:User {email: $locked}) MATCH (r:PasswordReset {userId: u.id}) SET r.expiresAt = datetime() - duration({days: 8})', {
        locked,
      }),
    );
    const links = () =>
      count(
        'MATCH (l:Invitation|PasswordReset) WHERE l.email IN $emails OR l.userId IN COLLECT { MATCH (u:User {email: $locked}) RETURN u.id } RETURN count(l)',
        {
          emails: [expiredLongAgo, usedLongAgo, expiredJustNow, open].map((l) => l.email),
          locked,
        },
      );
    // (Not counted here: another test file issuing a link meanwhile would prune them already.)
    await invite('next');
    expect(await links()).toBe(2);
    // What is left still says why it does not work; what went is unknown.
    expect(errorOf(await call(ACCEPT, { t: expiredJustNow.token, p: PASSWORD }))).toMatchObject({ code: 'FORBIDDEN', reason: 'EXPIRED' });
    expect((await call(PREVIEW, { t: open.token })).data!.invitation.status).toBe('VALID');
    expect(errorOf(await call(ACCEPT, { t: expiredLongAgo.token, p: PASSWORD }))).toMatchObject({ code: 'NOT_FOUND' });

    // At start, through the one write path as well.
    await age(open.email, 'i.expiresAt = datetime() - duration({days: 8})');
    await pruneFinishedLinksNow(db);
    expect(await links()).toBe(1);
  });

  it('when the API is asked to set a facilitator password chosen by someone else, then there is no such operation', async () => {
    const res = await call(
      'mutation { upsertFacilitator(email: "x@example.org", password: "a long password", communitySlugs: []) { id } }',
      {},
      admin,
    );
    expect(res.errors?.[0]?.message).toMatch(/Cannot query field "upsertFacilitator"/);
  });
});

describe('the demo', () => {
  it("when a community is marked as the demo in the data, then the home page's demo link opens a marked community, whatever its slug", async () => {
    const data = buildCommunity({ people: [{ name: 'Ana' }] });
    await importCommunity(db, { ...data, community: { ...data.community, demo: true } });
    await createShareLink(db, data.community.id, demoShareToken(await deploymentSecret(db), data.community.id));
    const res = await call('{ demo { communitySlug } }');
    const marked = await readTx(db, async (tx) =>
      (await tx.run('MATCH (c:Community {demo: true}) RETURN collect(c.slug) AS s')).records[0]!.get('s'),
    );
    expect(marked).toContain(data.community.slug);
    expect(marked).toContain(res.data!.demo.communitySlug);
  });
});
