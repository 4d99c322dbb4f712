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
