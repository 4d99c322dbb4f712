// From the form's values to the GraphQL SurveyInput, the checks the form makes before sending, and the
// mapping of the server's `extensions.field` back to a form field.

import type { SurveyLimits } from './queries';
import type { FieldKey, PickedRef, SurveyValues } from './survey-values';
import { FIELD_ORDER } from './survey-values';
import type { Lang } from '../i18n';

export interface NamedRefInput {
  id?: string;
  name?: string;
}

export interface TieInput {
  personId?: string;
  name?: string;
  organization?: string | null;
}

/** Mirrors `input SurveyInput` in schema/workshop.graphql. */
export interface SurveyInput {
  submissionId: string;
  name: string;
  email: string | null;
  role: string | null;
  organization: NamedRefInput | null;
  regionId: string | null;
  offers: NamedRefInput[];
  seeks: NamedRefInput[];
  knows: TieInput[];
  consent: { listed: boolean; contactable: boolean };
  language: Lang;
}

/** Trimmed, with runs of spaces made one; null when nothing is left. */
function clean(text: string): string | null {
  const cleaned = text.replace(/\s+/gu, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

function namedRef(ref: PickedRef): NamedRefInput | null {
  if (ref.id) return { id: ref.id };
  const name = clean(ref.name);
  return name === null ? null : { name };
}

function refs(list: readonly PickedRef[]): NamedRefInput[] {
  return list.map(namedRef).filter((ref): ref is NamedRefInput => ref !== null);
}

/** The GraphQL input for the answers: picked records by id, typed ones by name, blanks as null. */
export function toSurveyInput(values: SurveyValues, options: { submissionId: string; language: Lang }): SurveyInput {
  return {
    submissionId: options.submissionId,
    name: clean(values.name) ?? '',
    email: clean(values.email),
    role: clean(values.role),
    organization: namedRef(values.organization),
    regionId: values.regionId === '' ? null : values.regionId,
    offers: refs(values.offers),
    seeks: refs(values.seeks),
    knows: values.knows
      .map((tie): TieInput | null => {
        // A picked person goes with their name: if they are no longer listed, the name is recorded as typed.
        const name = clean(tie.name);
        if (tie.personId) return name === null ? { personId: tie.personId } : { personId: tie.personId, name };
        return name === null ? null : { name, organization: clean(tie.organization) };
      })
      .filter((tie): tie is TieInput => tie !== null),
    consent: { listed: values.listed, contactable: values.contactable },
    language: options.language,
  };
}

/** Why a field cannot be sent as it is; the form words it in the participant's language. */
export type FieldProblem = { kind: 'required' } | { kind: 'tooLong'; max: number } | { kind: 'email' } | { kind: 'tooMany'; max: number };

export type FieldProblems = Partial<Record<FieldKey, FieldProblem>>;

// Something@something.something, no spaces: the server has the last word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** Longest email address (RFC 5321), which the server allows beyond the general text limit. */
export const MAX_EMAIL_LENGTH = 254;

function tooLong(text: string, max: number): boolean {
  return [...text.trim()].length > max;
}

/** The problems the form can see before sending, by field (empty when the answers can be sent). */
export function validateSurvey(values: SurveyValues, limits: SurveyLimits): FieldProblems {
  const problems: FieldProblems = {};
  const max = limits.maxTextLength;
  if (values.name.trim() === '') problems.name = { kind: 'required' };
  else if (tooLong(values.name, max)) problems.name = { kind: 'tooLong', max };
  const email = values.email.trim();
  if (email !== '' && !EMAIL.test(email)) problems.email = { kind: 'email' };
  else if (tooLong(email, MAX_EMAIL_LENGTH)) problems.email = { kind: 'tooLong', max: MAX_EMAIL_LENGTH };
  if (tooLong(values.role, max)) problems.role = { kind: 'tooLong', max };
  if (!values.organization.id && tooLong(values.organization.name, max)) problems.organization = { kind: 'tooLong', max };
  for (const key of ['offers', 'seeks'] as const) {
    const list = values[key];
    if (list.length > limits.maxInterests) problems[key] = { kind: 'tooMany', max: limits.maxInterests };
    else if (list.some((ref) => !ref.id && tooLong(ref.name, max))) problems[key] = { kind: 'tooLong', max };
  }
  if (values.knows.length > limits.maxTies) problems.knows = { kind: 'tooMany', max: limits.maxTies };
  else if (values.knows.some((tie) => !tie.personId && (tooLong(tie.name, max) || tooLong(tie.organization, max)))) {
    problems.knows = { kind: 'tooLong', max };
  }
  return problems;
}

/** The first field with a message, in the order the form shows them. */
export function firstField(fields: Partial<Record<FieldKey, unknown>>): FieldKey | undefined {
  return FIELD_ORDER.find((key) => fields[key] !== undefined);
}

const SERVER_FIELDS: Record<string, FieldKey> = {
  name: 'name',
  email: 'email',
  role: 'role',
  organization: 'organization',
  regionid: 'region',
  region: 'region',
  offers: 'offers',
  seeks: 'seeks',
  knows: 'knows',
  consent: 'consent',
};

/**
 * The form field an API error names in `extensions.field` ("name", "input.email", "offers[2].name",
 * "knows.0.organization"…), or undefined when it names none the form shows.
 */
export function fieldFromServer(field: string | undefined): FieldKey | undefined {
  if (!field) return undefined;
  const path = field.replace(/^input\./u, '');
  const head = path.split(/[.[]/u)[0] ?? '';
  return SERVER_FIELDS[head.toLowerCase()];
}
