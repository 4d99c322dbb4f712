import { z } from 'zod';
import { fieldError } from '../errors.ts';
import { cleanText } from '../text/normalize.ts';
import type { SurveyAnswers } from '../workshops/survey-input.ts';
import { SURVEY_LIMITS } from '../workshops/survey-input.ts';

/** What a community's survey asks; name, region, interests and consent are always asked. */
export type SurveySettings = {
  introEs: string | null;
  introEn: string | null;
  consentEs: string | null;
  consentEn: string | null;
  askEmail: boolean;
  askRole: boolean;
  askOrganization: boolean;
  askTies: boolean;
  maxInterests: number;
  maxTies: number;
};

/** A community that never changed its settings asks everything, up to the deployment's limits. */
export const DEFAULT_SURVEY_SETTINGS: SurveySettings = {
  introEs: null,
  introEn: null,
  consentEs: null,
  consentEn: null,
  askEmail: true,
  askRole: true,
  askOrganization: true,
  askTies: true,
  maxInterests: SURVEY_LIMITS.maxInterests,
  maxTies: SURVEY_LIMITS.maxTies,
};

const MAX_WORDING = 1000;
// Line breaks are kept (an introduction has paragraphs); other control characters are not.
const wording = z
  .string()
  .max(MAX_WORDING * 4, `must be at most ${MAX_WORDING} characters`)
  .refine((s) => !/[\p{Cc}](?<![\n\r])/u.test(s), 'must not contain control characters')
  .transform((s) =>
    s
      .split(/\r?\n/)
      .map(cleanText)
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  )
  .refine((s) => [...s].length <= MAX_WORDING, `must be at most ${MAX_WORDING} characters`)
  .nullish()
  .transform((s) => s || null);

const SettingsSchema = z.object({
  introEs: wording,
  introEn: wording,
  consentEs: wording,
  consentEn: wording,
  askEmail: z.boolean(),
  askRole: z.boolean(),
  askOrganization: z.boolean(),
  askTies: z.boolean(),
  maxInterests: z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(SURVEY_LIMITS.maxInterests, `must be at most ${SURVEY_LIMITS.maxInterests}`),
  maxTies: z.number().int().min(1, 'must be at least 1').max(SURVEY_LIMITS.maxTies, `must be at most ${SURVEY_LIMITS.maxTies}`),
});

/** Validates new settings at the edge: BAD_USER_INPUT naming the first bad field. */
export function validateSurveySettings(input: unknown): SurveySettings {
  const result = SettingsSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = String(issue.path[0] ?? 'input');
  throw fieldError(field, issue.message);
}

/** Settings as stored (a JSON property of the community), over the defaults: a field added later gets its default. */
export function storedSurveySettings(json: string | null | undefined): SurveySettings {
  if (!json) return DEFAULT_SURVEY_SETTINGS;
  const parsed = SettingsSchema.partial().safeParse(JSON.parse(json));
  return parsed.success ? { ...DEFAULT_SURVEY_SETTINGS, ...stripUndefined(parsed.data) } : DEFAULT_SURVEY_SETTINGS;
}

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Answers to questions the survey does not ask, or more interests or ties than it allows: one problem per field. */
export function settingsProblems(answers: SurveyAnswers, settings: SurveySettings): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const notAsked = (field: string) => problems.push({ field, message: 'is not asked in this survey' });
  if (!settings.askEmail && answers.email) notAsked('email');
  if (!settings.askRole && answers.role) notAsked('role');
  if (!settings.askOrganization && answers.organization) notAsked('organization');
  if (!settings.askTies && answers.knows.length > 0) notAsked('knows');
  for (const field of ['offers', 'seeks'] as const) {
    if (answers[field].length > settings.maxInterests)
      problems.push({ field, message: `must be at most ${settings.maxInterests} interests` });
  }
  if (settings.askTies && answers.knows.length > settings.maxTies)
    problems.push({ field: 'knows', message: `must be at most ${settings.maxTies} people` });
  return problems;
}

/** Refuses answers that break the community's settings (BAD_USER_INPUT naming the field), before anything is written. */
export function enforceSurveySettings(answers: SurveyAnswers, settings: SurveySettings): void {
  const [first] = settingsProblems(answers, settings);
  if (first) throw fieldError(first.field, first.message);
}
