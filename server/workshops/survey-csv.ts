import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { normalizeName } from '../../shared/normalize-name.ts';
import type { SurveyAnswers } from './survey-input.ts';
import { parseSurvey } from './survey-input.ts';

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

/** The downloadable template: the header and one example row. */
export const SURVEY_CSV_TEMPLATE =
  SURVEY_CSV_COLUMNS.join(',') +
  '\r\n' +
  '"Ana Ruiz",ana@example.org,"Jefa de brigada",CONAFOR,Occidente,"Quemas prescritas; Brigadas comunitarias",' +
  '"Restauración post-incendio","Luis Pérez (CONAFOR); Marta Gómez",yes,yes\r\n';

export type CsvRow = { line: number; answers: SurveyAnswers };
export type CsvProblem = { line: number; column: string | null; message: string };

const YES = new Set(['yes', 'y', 'si', 'sí', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);
const MAX_ROWS = 20_000;

/**
 * Parses and validates a paper-survey CSV with the survey's own rules. Every problem is reported with
 * its line (the header is line 1) and column; rows are valid only when the whole file is.
 */
export function parseSurveyCsv(
  text: string,
  workshopId: string,
  regionIdByName: Map<string, string>,
): { rows: CsvRow[]; problems: CsvProblem[] } {
  if (text.includes('\uFFFD')) {
    return { rows: [], problems: [{ line: 1, column: null, message: 'The file is not UTF-8 text: save it as "CSV UTF-8" and try again.' }] };
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ line, column: null, message: `The CSV cannot be read: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const [header, ...body] = records;
  const problems = checkHeader(header ?? []);
  if (problems.length > 0) return { rows: [], problems };
  if (body.length > MAX_ROWS) return { rows: [], problems: [{ line: 1, column: null, message: `At most ${MAX_ROWS} rows per file.` }] };

  const rows: CsvRow[] = [];
  body.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length !== SURVEY_CSV_COLUMNS.length) {
      problems.push({ line, column: null, message: `Expected ${SURVEY_CSV_COLUMNS.length} columns, found ${cells.length}.` });
      return;
    }
    const cell = (column: Column) => cells[SURVEY_CSV_COLUMNS.indexOf(column)]!;
    const flag = (column: Column) => {
      const value = normalizeName(cell(column));
      if (YES.has(value)) return true;
      if (NO.has(value)) return false;
      problems.push({ line, column, message: 'Write yes or no.' });
      return false;
    };
    const regionName = cell('region');
    const regionId = regionName ? regionIdByName.get(normalizeName(regionName)) : null;
    if (regionId === undefined) problems.push({ line, column: 'region', message: `"${regionName}" is not a region of this community.` });
    const list = (column: Column) => cell(column).split(';').map((s) => s.trim()).filter(Boolean);
    const input = {
      submissionId: `csv-${createHash('sha256').update(`${workshopId}\n${cells.join('\u001f')}`).digest('hex').slice(0, 40)}`,
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
      for (const p of parsed.problems) problems.push({ line, column: p.field.split(/[.[]/)[0]!, message: p.message });
    } else if (!problems.some((p) => p.line === line)) {
      rows.push({ line, answers: parsed.answers });
    }
  });
  return { rows, problems };
}

function checkHeader(header: string[]): CsvProblem[] {
  const given = header.map((h) => normalizeName(h));
  const missing = SURVEY_CSV_COLUMNS.filter((c) => !given.includes(c));
  const unknown = header.filter((h) => !(SURVEY_CSV_COLUMNS as readonly string[]).includes(normalizeName(h)));
  if (missing.length === 0 && unknown.length === 0 && given.every((c, i) => c === SURVEY_CSV_COLUMNS[i])) return [];
  const parts = [
    missing.length ? `missing ${missing.join(', ')}` : '',
    unknown.length ? `unknown ${unknown.map((u) => `"${u}"`).join(', ')}` : '',
  ].filter(Boolean);
  return [{ line: 1, column: null, message: `The header must be: ${SURVEY_CSV_COLUMNS.join(',')} (${parts.join('; ') || 'in this order'}).` }];
}

/** "Luis Pérez (CONAFOR)" → name and organization. */
function parseKnown(entry: string): { name: string; organization: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(entry);
  return match ? { name: match[1]!, organization: match[2]!.trim() || null } : { name: entry, organization: null };
}
