// The first-admin form's checks, run before anything is sent; the server checks the same rules again.
import type { MessageKey } from '../i18n';

export interface SetupValues {
  email: string;
  password: string;
  confirm: string;
}

export type SetupField = keyof SetupValues;
/** What is wrong with a field, as a catalogue message and its values (the page words it in its language). */
export type SetupProblem = { key: MessageKey; values?: Record<string, number> };
export type SetupErrors = Partial<Record<SetupField, SetupProblem>>;

/** The server's minimum (server/sharing/access-resolvers.ts), counted as it counts: UTF-16 code units. */
export const MIN_PASSWORD_LENGTH = 10;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** What is wrong with the form, field by field; an empty object when it may be sent. */
export function setupFormErrors(values: SetupValues): SetupErrors {
  const errors: SetupErrors = {};
  const email = values.email.trim();
  if (email === '') errors.email = { key: 'firstAdmin.emailMissing' };
  else if (!EMAIL_SHAPE.test(email)) errors.email = { key: 'firstAdmin.emailShape' };
  if (values.password.length < MIN_PASSWORD_LENGTH) {
    errors.password = { key: 'firstAdmin.passwordShort', values: { min: MIN_PASSWORD_LENGTH, length: values.password.length } };
  }
  if (values.confirm !== values.password) errors.confirm = { key: 'firstAdmin.passwordsDiffer' };
  return errors;
}

/** The first field with an error, in the order of the form, to move the focus there. */
export function firstErrorField(errors: SetupErrors): SetupField | undefined {
  return (['email', 'password', 'confirm'] as const).find((field) => errors[field] !== undefined);
}
