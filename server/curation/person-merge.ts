import { appError } from '../errors.ts';

/** The fields a facilitator chooses per field when two records of one person are merged. */
export const PERSON_MERGE_FIELDS = ['NAME', 'EMAIL', 'ROLE', 'ORGANIZATION', 'REGION'] as const;
export type PersonMergeField = (typeof PERSON_MERGE_FIELDS)[number];
export type MergeSide = 'SURVIVOR' | 'DUPLICATE';
export type PersonMergeChoice = { field: PersonMergeField; side: MergeSide };

type Named = { id: string; name: string } | null;
export type PersonSide = {
  id: string;
  name: string;
  email: string | null;
  role: string | null;
  participation: string;
  listed: boolean;
  contactable: boolean;
  organization: Named;
  region: Named;
};

export type FieldOutcome = {
  field: PersonMergeField;
  survivorValue: string | null;
  duplicateValue: string | null;
  differs: boolean;
  side: MergeSide;
};
export type PersonMergeOutcome = {
  fields: FieldOutcome[];
  name: string;
  email: string | null;
  /** The email not kept, when both records had one: it stays on the record as another known address. */
  otherEmail: string | null;
  role: string | null;
  organization: Named;
  region: Named;
  listed: boolean;
  contactable: boolean;
  participation: string;
};

const RANK = ['PERIPHERAL', 'ACTIVE', 'CORE'];

function shown(person: PersonSide, field: PersonMergeField): string | null {
  switch (field) {
    case 'NAME':
      return person.name;
    case 'EMAIL':
      return person.email;
    case 'ROLE':
      return person.role;
    case 'ORGANIZATION':
      return person.organization?.name ?? null;
    case 'REGION':
      return person.region?.name ?? null;
  }
}

/** Organizations and regions are the same when they are the same record, whatever their names. */
const identity = (person: PersonSide, field: PersonMergeField) =>
  field === 'ORGANIZATION' ? (person.organization?.id ?? null) : field === 'REGION' ? (person.region?.id ?? null) : shown(person, field);

/**
 * What merging `duplicate` into `survivor` makes, field by field. Where they differ the facilitator's choice
 * wins; without one, the kept record's value, or the other's where the kept one has none. Consent is never a
 * choice: the merged record is listed and contactable only if both were (the narrower consent), and a choice
 * that would empty a field the other record fills is refused, since a merge only ever keeps what is known.
 */
export function resolvePersonMerge(survivor: PersonSide, duplicate: PersonSide, choices: readonly PersonMergeChoice[]): PersonMergeOutcome {
  const chosen = new Map<PersonMergeField, MergeSide>();
  for (const { field, side } of choices) {
    if (chosen.has(field)) throw appError('BAD_USER_INPUT', `choices name ${field} twice; choose each field once.`, { field: 'choices' });
    chosen.set(field, side);
  }
  const fields = PERSON_MERGE_FIELDS.map((field): FieldOutcome => {
    const survivorValue = shown(survivor, field);
    const duplicateValue = shown(duplicate, field);
    const side = chosen.get(field) ?? (survivorValue === null && duplicateValue !== null ? 'DUPLICATE' : 'SURVIVOR');
    if (
      (side === 'SURVIVOR' ? survivorValue : duplicateValue) === null &&
      (side === 'SURVIVOR' ? duplicateValue : survivorValue) !== null
    ) {
      throw appError(
        'BAD_USER_INPUT',
        `choices: the ${side === 'SURVIVOR' ? 'kept' : 'merged'} record has no ${field.toLowerCase()}; a merge keeps what either record knows.`,
        { field: 'choices' },
      );
    }
    return { field, survivorValue, duplicateValue, differs: identity(survivor, field) !== identity(duplicate, field), side };
  });
  const from = (field: PersonMergeField) => (fields.find((f) => f.field === field)!.side === 'SURVIVOR' ? survivor : duplicate);
  const email = from('EMAIL').email;
  const otherEmail = (from('EMAIL') === survivor ? duplicate : survivor).email;
  return {
    fields,
    name: from('NAME').name,
    email,
    otherEmail: otherEmail && otherEmail !== email ? otherEmail : null,
    role: from('ROLE').role,
    organization: from('ORGANIZATION').organization,
    region: from('REGION').region,
    listed: survivor.listed && duplicate.listed,
    contactable: survivor.contactable && duplicate.contactable,
    participation: RANK[Math.max(RANK.indexOf(survivor.participation), RANK.indexOf(duplicate.participation))] ?? survivor.participation,
  };
}
