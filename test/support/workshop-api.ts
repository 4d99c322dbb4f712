// Workshops run through the public GraphQL API as a facilitator and participants would: create, answer, edit, close.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { gql } from './server.ts';

export type Answers = {
  name: string;
  email?: string;
  regionId?: string;
  offers?: string[];
  seeks?: string[];
  /** Listed people by id, or anyone by the name the participant types. */
  knows?: (string | { name: string })[];
  listed?: boolean;
};

const surveyInput = (a: Answers) => ({
  submissionId: randomUUID(),
  name: a.name,
  email: a.email ?? null,
  regionId: a.regionId ?? null,
  offers: (a.offers ?? []).map((name) => ({ name })),
  seeks: (a.seeks ?? []).map((name) => ({ name })),
  knows: (a.knows ?? []).map((k) => (typeof k === 'string' ? { personId: k } : k)),
  consent: { listed: a.listed ?? true, contactable: true },
});

/** Opens a workshop; returns its id and join code. */
export async function openWorkshop(url: string, cookie: string, slug: string, title: string, date: string) {
  const res = await gql(
    url,
    'mutation($s: String!, $i: CreateWorkshopInput!) { createWorkshop(communitySlug: $s, input: $i) { id code } }',
    { s: slug, i: { title, date } },
    { cookie },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createWorkshop as { id: string; code: string };
}

/** One participant's answers from their own phone; returns their person id and private token. */
export async function answer(url: string, code: string, answers: Answers) {
  const res = await gql(
    url,
    'mutation($c: String!, $i: SurveyInput!) { submitSurvey(code: $c, input: $i) { personId privateToken } }',
    { c: code, i: surveyInput(answers) },
    { device: randomUUID() },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.submitSurvey as { personId: string; privateToken: string };
}

/** Replaces a participant's answers through their private link. */
export async function editAnswers(url: string, token: string, answers: Answers) {
  const res = await gql(url, 'mutation($t: String!, $i: SurveyInput!) { updateMyRecord(token: $t, input: $i) { person { id } } }', {
    t: token,
    i: surveyInput(answers),
  });
  expect(res.errors).toBeUndefined();
}

export async function eraseRecord(url: string, token: string) {
  const res = await gql(url, 'mutation($t: String!) { eraseMyRecord(token: $t) }', { t: token });
  expect(res.errors).toBeUndefined();
}

export async function closeWorkshop(url: string, cookie: string, id: string) {
  const res = await gql(url, 'mutation($id: ID!) { setWorkshopStatus(id: $id, status: CLOSED) { status } }', { id }, { cookie });
  expect(res.errors).toBeUndefined();
}

/**
 * A community mapped in three workshops, each closed (so each leaves a snapshot): Taller Norte (2026-01-15) with
 * Ana (offers Quemas), Beto and Caro, Beto and Caro naming Ana; Taller Sur (2026-03-10) with Dani naming Beto and an
 * unlisted Oculta Persona naming Caro; Taller Centro (2026-05-20) with Eva (seeks SIG) naming Dani and Caro. Ana,
 * Beto and Eva are in Norte, the others in Sur. Returns the people's ids.
 */
export async function mapGrowthStory(url: string, cookie: string, slug: string, region: { norte: string; sur: string }) {
  const { norte, sur } = region;
  const w1 = await openWorkshop(url, cookie, slug, 'Taller Norte', '2026-01-15');
  const ana = (await answer(url, w1.code, { name: 'Ana Norte', regionId: norte, offers: ['Quemas'] })).personId;
  const beto = (await answer(url, w1.code, { name: 'Beto Norte', regionId: norte, knows: [ana] })).personId;
  const caro = (await answer(url, w1.code, { name: 'Caro Sur', regionId: sur, knows: [ana] })).personId;
  await closeWorkshop(url, cookie, w1.id);

  const w2 = await openWorkshop(url, cookie, slug, 'Taller Sur', '2026-03-10');
  const dani = (await answer(url, w2.code, { name: 'Dani Sur', regionId: sur, knows: [beto] })).personId;
  const oculta = (await answer(url, w2.code, { name: 'Oculta Persona', regionId: sur, listed: false, knows: [caro] })).personId;
  await closeWorkshop(url, cookie, w2.id);

  const w3 = await openWorkshop(url, cookie, slug, 'Taller Centro', '2026-05-20');
  const eva = (await answer(url, w3.code, { name: 'Eva Norte', regionId: norte, seeks: ['SIG'], knows: [dani, caro] })).personId;
  await closeWorkshop(url, cookie, w3.id);
  return { ana, beto, caro, dani, oculta, eva };
}

/**
 * Now, as a moment to ask `asOf`, `since` or `until` with: the end of the current millisecond. JavaScript's clock
 * counts milliseconds and Neo4j's nanoseconds, so a fact committed earlier in this same millisecond would
 * otherwise fall after the moment taken "after" it.
 */
export const momentNow = () => new Date(Date.now() + 1).toISOString();
