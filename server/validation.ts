import type { z } from 'zod';
import { appError } from './errors.ts';

/** The value parsed by `schema`, or BAD_USER_INPUT naming `field` with the first problem found. */
export function valid<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw appError('BAD_USER_INPUT', `${field} ${parsed.error.issues[0]!.message}.`, { field });
}
