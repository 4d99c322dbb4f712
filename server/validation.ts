import type { z } from 'zod';
import { fieldError } from './errors.ts';

/** The value parsed by `schema`, or BAD_USER_INPUT naming `field` with the first problem found. */
export function valid<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw fieldError(field, parsed.error.issues[0]!.message);
}
