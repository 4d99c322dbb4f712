import { z } from 'zod';
import type { OrganizationKind } from '../communities/community-repository.ts';
import { fieldError } from '../errors.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import { cleanText } from '../text/normalize.ts';

const MAX_NAME = 120;
const MAX_SYNONYMS = 20;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const text = z
  .string()
  .max(MAX_NAME * 4, `must be at most ${MAX_NAME} characters`)
  .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode text')
  .refine((s) => !/\p{Cc}/u.test(s), 'must not contain control characters')
  .transform(cleanText)
  .refine((s) => [...s].length <= MAX_NAME, `must be at most ${MAX_NAME} characters`);
const optional = text.nullish().transform((s) => s || null);
const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/, 'is not a valid id');

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = ['GOVERNMENT', 'NGO', 'COMMUNITY', 'ACADEMIC', 'PRIVATE', 'OTHER'];

const OrganizationSchema = z.object({
  name: text.refine((s) => normalizeName(s).length > 0, 'is required'),
  kind: z.enum(ORGANIZATION_KINDS as [OrganizationKind, ...OrganizationKind[]]),
  regionId: id.nullish().transform((r) => r ?? null),
});

const InterestSchema = z
  .object({
    nameEs: optional,
    nameEn: optional,
    synonyms: z.array(text).max(MAX_SYNONYMS, `must be at most ${MAX_SYNONYMS}`).default([]),
    theme: optional,
  })
  .refine((i) => !!i.nameEs || !!i.nameEn, { message: 'is required (in Spanish or English)', path: ['nameEs'] });

export type OrganizationInput = z.output<typeof OrganizationSchema>;

/**
 * An interest as stored: the canonical name is the Spanish one when given; every other name (the English one,
 * the synonyms) is a synonym it is matched by, each once after normalization.
 */
export type InterestInput = {
  name: string;
  nameEs: string | null;
  nameEn: string | null;
  synonyms: string[];
  theme: string | null;
};

export type Problem = { field: string; message: string };
type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function parse<S extends z.ZodType, T>(schema: S, input: unknown, shape: (v: z.output<S>) => T): Parsed<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: shape(result.data) };
  return { ok: false, problems: result.error.issues.map((i) => ({ field: String(i.path[0] ?? 'input'), message: i.message })) };
}

export const parseOrganization = (input: unknown): Parsed<OrganizationInput> => parse(OrganizationSchema, input, (v) => v);

export const parseInterest = (input: unknown): Parsed<InterestInput> =>
  parse(InterestSchema, input, (v) => {
    const name = (v.nameEs ?? v.nameEn)!;
    const seen = new Set([normalizeName(name), normalizeName(v.nameEn ?? '')]);
    const synonyms = v.synonyms.filter((s) => {
      const key = normalizeName(s);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { name, nameEs: v.nameEs, nameEn: v.nameEn, synonyms, theme: v.theme };
  });

/** Validates at the edge: BAD_USER_INPUT naming the first bad field, nothing written. */
export function validated<T>(parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  const [first] = parsed.problems;
  throw fieldError(first!.field, first!.message);
}

/** Every name an interest is matched by, normalized, with the input field that carries it (the canonical name first). */
export function interestNames(i: InterestInput): { norm: string; field: string; name: string }[] {
  const names = [
    { name: i.name, field: i.nameEs ? 'nameEs' : 'nameEn' },
    ...(i.nameEs && i.nameEn ? [{ name: i.nameEn, field: 'nameEn' }] : []),
    ...i.synonyms.map((name) => ({ name, field: 'synonyms' })),
  ];
  const seen = new Set<string>();
  return names.flatMap((n) => {
    const norm = normalizeName(n.name);
    if (seen.has(norm)) return [];
    seen.add(norm);
    return [{ ...n, norm }];
  });
}
