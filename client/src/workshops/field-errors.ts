import { GraphQLRequestError } from '../api/graphql';

/**
 * Where to show a failed mutation's message: the form field a BAD_USER_INPUT names (`extensions.field`),
 * or null for the whole form. The message starts with the field's label instead of its API name
 * ("regionId is not…" → "Region is not…").
 */
export function fieldError<F extends string>(error: unknown, labels: Record<F, string>): { field: F | null; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof GraphQLRequestError) || error.code !== 'BAD_USER_INPUT' || !error.field) return { field: null, message };
  const field = error.field.replace(/^input\./, '');
  if (!Object.hasOwn(labels, field)) return { field: null, message };
  const known = field as F;
  // English says "regionId is …", Spanish "regionId: es …" (server/i18n): either way the label replaces the name.
  const rest = message.startsWith(`${field} `) || message.startsWith(`${field}:`) ? message.slice(field.length) : `: ${message}`;
  return { field: known, message: `${labels[known]}${rest}` };
}
