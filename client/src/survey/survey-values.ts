// The answers of the survey form as the client holds them (before they become a SurveyInput).

import type { InterestOption, MyRecord } from './queries';

/** An existing record chosen from a list (id set), or a new one typed by name (id null). */
export interface PickedRef {
  id: string | null;
  name: string;
}

/** Someone the participant works with: a mapped person (personId set) or someone new. */
export interface TieValue {
  personId: string | null;
  name: string;
  organization: string;
}

export interface SurveyValues {
  name: string;
  email: string;
  role: string;
  /** What is in the organization field; `id` is set when it names an organization on the list. */
  organization: PickedRef;
  /** Region id, or '' for none. */
  regionId: string;
  offers: PickedRef[];
  seeks: PickedRef[];
  knows: TieValue[];
  listed: boolean;
  contactable: boolean;
}

/** The fields a message can be shown next to. */
export type FieldKey = 'name' | 'email' | 'role' | 'organization' | 'region' | 'offers' | 'seeks' | 'knows' | 'consent';

export const FIELD_ORDER: readonly FieldKey[] = ['name', 'email', 'organization', 'region', 'role', 'offers', 'seeks', 'knows', 'consent'];

/** A blank form. Consent starts off: the participant gives it by switching it on. */
export function emptyValues(regionId: string | null = null): SurveyValues {
  return {
    name: '',
    email: '',
    role: '',
    organization: { id: null, name: '' },
    regionId: regionId ?? '',
    offers: [],
    seeks: [],
    knows: [],
    listed: false,
    contactable: false,
  };
}

/** Whether the participant has typed or chosen anything beyond the preselected region. */
export function hasAnswers(values: SurveyValues): boolean {
  return (
    values.name.trim() !== '' ||
    values.email.trim() !== '' ||
    values.role.trim() !== '' ||
    values.organization.name.trim() !== '' ||
    values.offers.length > 0 ||
    values.seeks.length > 0 ||
    values.knows.length > 0 ||
    values.listed ||
    values.contactable
  );
}

function interestRef(interest: InterestOption): PickedRef {
  return { id: interest.id, name: interest.name };
}

/**
 * The form prefilled from the participant's own record: the people they named, as they named them (ties
 * others reported are not theirs to edit).
 */
export function valuesFromRecord(record: MyRecord): SurveyValues {
  const { person } = record;
  return {
    name: person.name,
    email: person.email ?? '',
    role: person.role ?? '',
    organization: person.organization ? { id: person.organization.id, name: person.organization.name } : { id: null, name: '' },
    regionId: person.region?.id ?? '',
    offers: person.offers.map(interestRef),
    seeks: person.seeks.map(interestRef),
    knows: record.reportedTies.map((tie) => ({ personId: tie.personId, name: tie.name, organization: tie.organization ?? '' })),
    listed: person.consent.listed,
    contactable: person.consent.contactable,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function idOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function pickedRef(value: unknown): PickedRef | null {
  if (!isRecord(value)) return null;
  const ref = { id: idOrNull(value.id), name: text(value.name) };
  return ref.id !== null || ref.name.trim() !== '' ? ref : null;
}

function list<T>(value: unknown, item: (entry: unknown) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  return value.map(item).filter((entry): entry is T => entry !== null);
}

/**
 * Survey values from untrusted data (a draft saved by an older version of the page, or edited by hand):
 * whatever is missing or of the wrong type is left blank.
 */
export function coerceValues(value: unknown): SurveyValues {
  const raw = isRecord(value) ? value : {};
  return {
    name: text(raw.name),
    email: text(raw.email),
    role: text(raw.role),
    organization: pickedRef(raw.organization) ?? { id: null, name: '' },
    regionId: text(raw.regionId),
    offers: list(raw.offers, pickedRef),
    seeks: list(raw.seeks, pickedRef),
    knows: list(raw.knows, (entry) => {
      if (!isRecord(entry)) return null;
      const tie = { personId: idOrNull(entry.personId), name: text(entry.name), organization: text(entry.organization) };
      return tie.personId !== null || tie.name.trim() !== '' ? tie : null;
    }),
    listed: raw.listed === true,
    contactable: raw.contactable === true,
  };
}

/** Which optional questions a survey asks (a community's survey settings). */
export interface AskedQuestions {
  askEmail: boolean;
  askRole: boolean;
  askOrganization: boolean;
  askTies: boolean;
}

/** The answers without those to questions the survey does not ask (a draft may hold them from before). */
export function onlyAsked(values: SurveyValues, asked: AskedQuestions): SurveyValues {
  return {
    ...values,
    email: asked.askEmail ? values.email : '',
    role: asked.askRole ? values.role : '',
    organization: asked.askOrganization ? values.organization : { id: null, name: '' },
    knows: asked.askTies ? values.knows : [],
  };
}
