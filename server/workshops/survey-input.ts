import { z } from 'zod';
import { fieldError } from '../errors.ts';
import { cleanText } from '../text/normalize.ts';
import { normalizeName } from '../../shared/normalize-name.ts';

/** Limits of one submission; the survey form shows them (Query.surveyLimits). */
export const SURVEY_LIMITS = { maxTextLength: 120, maxInterests: 10, maxTies: 20 } as const;

// Control characters have no place in a name. Invisible format characters (zero-width, bidirectional
// controls, soft hyphens, tags) are removed instead: they only ever disguise one.
const FORBIDDEN = /\p{Cc}/u;
// Half of a UTF-16 pair on its own is no character at all (JSON can carry one as "\ud800").
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const text = (max: number) =>
  z
    .string()
    .max(max * 4, `must be at most ${max} characters`)
    .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode text')
    .refine((s) => !FORBIDDEN.test(s), 'must not contain control characters')
    .transform(cleanText)
    .refine((s) => [...s].length <= max, `must be at most ${max} characters`);

const requiredText = (max: number) => text(max).refine((s) => s.length > 0, 'is required');
const optionalText = (max: number) =>
  text(max)
    .nullish()
    .transform((s) => (s ? s : null));

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/, 'is not a valid id');

/** An existing record by id, or a record by name (matched after normalization, created when new). */
const namedRef = z
  .object({ id: id.nullish(), name: optionalText(SURVEY_LIMITS.maxTextLength) })
  .refine((r) => !!r.id !== !!r.name, 'needs either an id or a name')
  .transform((r) => (r.id ? { id: r.id as string } : { name: r.name!, normName: normalizeName(r.name!) }));

/**
 * Someone the participant works with: a listed person picked by id (with the name as shown, kept in case
 * that person is no longer listed), or a name typed in (with an organization to tell namesakes apart).
 */
const tie = z
  .object({
    personId: id.nullish(),
    name: optionalText(SURVEY_LIMITS.maxTextLength),
    organization: optionalText(SURVEY_LIMITS.maxTextLength),
  })
  .refine((t) => !!t.personId || !!t.name, 'needs a personId or a name')
  .transform((t) => ({
    personId: t.personId ?? null,
    name: t.name,
    normName: t.name ? normalizeName(t.name) : null,
    organization: t.organization,
    orgNormName: t.organization ? normalizeName(t.organization) : null,
  }));

const refKey = (r: { id: string } | { normName: string }) => ('id' in r ? `id:${r.id}` : `name:${r.normName}`);
const dedupe = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((i) => [key(i), i])).values()];

export const SurveySchema = z.object({
  submissionId: z
    .string()
    .min(8, 'must be at least 8 characters')
    .max(64)
    .regex(/^[\w-]+$/, 'must be letters, digits, - or _'),
  name: requiredText(SURVEY_LIMITS.maxTextLength),
  email: optionalText(254).refine((e) => e === null || z.string().email().safeParse(e).success, 'is not an email address'),
  role: optionalText(SURVEY_LIMITS.maxTextLength),
  organization: namedRef.nullish().transform((r) => r ?? null),
  regionId: id.nullish().transform((r) => r ?? null),
  offers: z
    .array(namedRef)
    .max(SURVEY_LIMITS.maxInterests, `at most ${SURVEY_LIMITS.maxInterests} interests`)
    .default([])
    .transform((a) => dedupe(a, refKey)),
  seeks: z
    .array(namedRef)
    .max(SURVEY_LIMITS.maxInterests, `at most ${SURVEY_LIMITS.maxInterests} interests`)
    .default([])
    .transform((a) => dedupe(a, refKey)),
  knows: z
    .array(tie)
    .max(SURVEY_LIMITS.maxTies, `at most ${SURVEY_LIMITS.maxTies} people`)
    .default([])
    .transform((a) => dedupe(a, (t) => (t.personId ? `id:${t.personId}` : `name:${t.normName}|${t.orgNormName ?? ''}`))),
  consent: z.object({ listed: z.boolean(), contactable: z.boolean() }),
  language: z
    .enum(['es', 'en'])
    .nullish()
    .transform((l) => l ?? 'es'),
});

export type SurveyAnswers = z.output<typeof SurveySchema>;
export type InterestRef = SurveyAnswers['offers'][number];
export type TieRef = SurveyAnswers['knows'][number];

/** Validated answers, or a zod error turned into one readable message per problem. */
export function parseSurvey(
  input: unknown,
): { ok: true; answers: SurveyAnswers } | { ok: false; problems: { field: string; message: string }[] } {
  const result = SurveySchema.safeParse(input);
  if (result.success) return { ok: true, answers: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message })),
  };
}

/** Validates at the edge: BAD_USER_INPUT naming the first bad field, nothing written. */
export function validateSurvey(input: unknown): SurveyAnswers {
  const parsed = parseSurvey(input);
  if (parsed.ok) return parsed.answers;
  const [first] = parsed.problems;
  throw fieldError(first!.field, first!.message);
}

const fieldPath = (path: PropertyKey[]) =>
  path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
