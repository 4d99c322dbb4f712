import { createHash } from 'node:crypto';
import type { SurveySettings } from '../catalogue/survey-settings.ts';
import { DEFAULT_SURVEY_SETTINGS, settingsProblems } from '../catalogue/survey-settings.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import { readCsvRecords } from '../text/read-csv.ts';
import type { SurveyAnswers } from './survey-input.ts';
import { parseSurvey } from './survey-input.ts';
import type { ServerTranslate } from '../i18n/translate.ts';
import { translateFieldRule, translator } from '../i18n/translate.ts';

/** Columns of a paper-survey CSV, in template order. Lists inside a cell are separated by ";". */
export const SURVEY_CSV_COLUMNS = [
  'name',
  'email',
  'role',
  'organization',
  'region',
  'offers',
  'seeks',
  'knows',
  'listed',
  'contactable',
] as const;
type Column = (typeof SURVEY_CSV_COLUMNS)[number];

const EXAMPLE: Record<Column, string> = {
  name: '"Ana Ruiz"',
  email: 'ana@example.org',
  role: '"Jefa de brigada"',
  organization: 'CONAFOR',
  region: 'Occidente',
  offers: '"Quemas prescritas; Brigadas comunitarias"',
  seeks: '"Restauración post-incendio"',
  knows: '"Luis Pérez (CONAFOR); Marta Gómez"',
  listed: 'yes',
  contactable: 'yes',
};

/** The columns of the questions a survey asks, in template order (name, region, interests and consent always). */
export function surveyCsvColumns(settings: SurveySettings): Column[] {
  const asked: Partial<Record<Column, boolean>> = {
    email: settings.askEmail,
    role: settings.askRole,
    organization: settings.askOrganization,
    knows: settings.askTies,
  };
  return SURVEY_CSV_COLUMNS.filter((c) => asked[c] !== false);
}

/** The downloadable template of a survey: the header of the questions it asks and one example row. */
export function surveyCsvTemplate(settings: SurveySettings): string {
  const columns = surveyCsvColumns(settings);
  return `${columns.join(',')}\r\n${columns.map((c) => EXAMPLE[c]).join(',')}\r\n`;
}

/** The template of a survey that asks everything (`/templates/survey.csv`). */
export const SURVEY_CSV_TEMPLATE = surveyCsvTemplate(DEFAULT_SURVEY_SETTINGS);

export type CsvRow = { line: number; answers: SurveyAnswers };
export type CsvProblem = { line: number; column: string | null; message: string };

const YES = new Set(['yes', 'y', 'si', 'sí', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);
const MAX_ROWS = 20_000;

/**
 * Parses and validates a paper-survey CSV with the survey's own rules and its community's settings. Every
 * problem is reported with its line (the header is line 1) and column; rows are valid only when the whole file
 * is. The header has the columns of the questions asked, in template order; a column of a question not asked
 * may stay (the full template) as long as it is empty.
 */
export function parseSurveyCsv(
  text: string,
  workshopId: string,
  regionIdByName: Map<string, string>,
  settings: SurveySettings = DEFAULT_SURVEY_SETTINGS,
  t: ServerTranslate = translator('en'),
): { rows: CsvRow[]; problems: CsvProblem[] } {
  const read = readCsvRecords(text, t);
  if ('problem' in read) return { rows: [], problems: [read.problem] };
  const [header, ...body] = read.records;
  const columns = (header ?? []).map((h) => normalizeName(h)) as Column[];
  const problems = checkHeader(header ?? [], surveyCsvColumns(settings), t);
  if (problems.length > 0) return { rows: [], problems };
  if (body.length > MAX_ROWS) return { rows: [], problems: [{ line: 1, column: null, message: t('csv.tooManyRows', { max: MAX_ROWS }) }] };

  const rows: CsvRow[] = [];
  body.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length !== columns.length) {
      problems.push({ line, column: null, message: t('csv.columnCount', { expected: columns.length, found: cells.length }) });
      return;
    }
    const cell = (column: Column) => (columns.includes(column) ? cells[columns.indexOf(column)]! : '');
    const flag = (column: Column) => {
      const value = normalizeName(cell(column));
      if (YES.has(value)) return true;
      if (NO.has(value)) return false;
      problems.push({ line, column, message: t('csv.yesNo') });
      return false;
    };
    const regionName = cell('region');
    const regionId = regionName ? regionIdByName.get(normalizeName(regionName)) : null;
    if (regionId === undefined) problems.push({ line, column: 'region', message: t('csv.unknownRegion', { name: regionName }) });
    const list = (column: Column) =>
      cell(column)
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
    const input = {
      submissionId: `csv-${createHash('sha256')
        .update(`${workshopId}\n${cells.join('\u001f')}`)
        .digest('hex')
        .slice(0, 40)}`,
      name: cell('name'),
      email: cell('email') || null,
      role: cell('role') || null,
      organization: cell('organization') ? { name: cell('organization') } : null,
      regionId: regionId ?? null,
      offers: list('offers').map((name) => ({ name })),
      seeks: list('seeks').map((name) => ({ name })),
      knows: list('knows').map(parseKnown),
      consent: { listed: flag('listed'), contactable: flag('contactable') },
    };
    const parsed = parseSurvey(input);
    if (!parsed.ok) {
      for (const p of parsed.problems)
        problems.push({ line, column: p.field.split(/[.[]/)[0]!, message: translateFieldRule(p.message, t) });
    } else if (settingsProblems(parsed.answers, settings).length > 0) {
      for (const p of settingsProblems(parsed.answers, settings))
        problems.push({ line, column: p.field, message: translateFieldRule(p.message, t) });
    } else if (!problems.some((p) => p.line === line)) {
      rows.push({ line, answers: parsed.answers });
    }
  });
  return { rows, problems };
}

/** The header: every asked column, in template order; columns of questions not asked may stay. */
function checkHeader(header: string[], asked: Column[], t: ServerTranslate): CsvProblem[] {
  const given = header.map((h) => normalizeName(h));
  const missing = asked.filter((c) => !given.includes(c));
  const unknown = header.filter((h) => !(SURVEY_CSV_COLUMNS as readonly string[]).includes(normalizeName(h)));
  const order = given.map((c) => SURVEY_CSV_COLUMNS.indexOf(c as Column));
  const ordered = order.every((at, i) => i === 0 || at > order[i - 1]!);
  if (missing.length === 0 && unknown.length === 0 && ordered) return [];
  const parts = [
    missing.length ? t('csv.headerMissing', { columns: missing.join(', ') }) : '',
    unknown.length ? t('csv.headerUnknown', { columns: unknown.map((u) => `"${u}"`).join(', ') }) : '',
  ].filter(Boolean);
  return [
    { line: 1, column: null, message: t('csv.header', { columns: asked.join(','), detail: parts.join('; ') || t('csv.headerOrder') }) },
  ];
}

/** "Luis Pérez (CONAFOR)" → name and organization. */
function parseKnown(entry: string): { name: string; organization: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(entry);
  return match ? { name: match[1]!, organization: match[2]!.trim() || null } : { name: entry, organization: null };
}
