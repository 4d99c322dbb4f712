// The first-admin form's checks, run before anything is sent; the server checks the same rules again.

export interface SetupValues {
  email: string;
  password: string;
  confirm: string;
}

export type SetupField = keyof SetupValues;
export type SetupErrors = Partial<Record<SetupField, string>>;

/** The server's minimum (server/sharing/access-resolvers.ts), counted as it counts: UTF-16 code units. */
export const MIN_PASSWORD_LENGTH = 10;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** What is wrong with the form, field by field; an empty object when it may be sent. */
export function setupFormErrors(values: SetupValues): SetupErrors {
  const errors: SetupErrors = {};
  const email = values.email.trim();
  if (email === '') errors.email = 'Type the email you will sign in with.';
  else if (!EMAIL_SHAPE.test(email)) errors.email = 'This does not look like an email address.';
  if (values.password.length < MIN_PASSWORD_LENGTH) {
    errors.password = `At least ${MIN_PASSWORD_LENGTH} characters (${values.password.length} so far).`;
  }
  if (values.confirm !== values.password) errors.confirm = 'The two passwords are not the same.';
  return errors;
}

/** The first field with an error, in the order of the form, to move the focus there. */
export function firstErrorField(errors: SetupErrors): SetupField | undefined {
  return (['email', 'password', 'confirm'] as const).find((field) => errors[field] !== undefined);
}
