import { z } from 'zod';
import { fieldError } from '../errors.ts';

const CreateWorkshop = z.object({
  title: z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .refine((s) => s.length >= 1 && s.length <= 120, 'must be 1 to 120 characters')
    .refine((s) => !/\p{Cc}/u.test(s), 'must not contain control characters'),
  date: z.iso.date('must be a date like 2025-03-14'),
  regionId: z
    .string()
    .max(64)
    .nullish()
    .transform((r) => r ?? null),
});

export function validateCreateWorkshop(input: unknown) {
  const parsed = CreateWorkshop.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? 'input');
  throw fieldError(field, issue.message);
}
