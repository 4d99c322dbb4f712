import type { ServerTranslate } from '../i18n/translate.ts';
import { translateFieldRule, translator } from '../i18n/translate.ts';
import type { OrganizationKind } from '../communities/community-repository.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import { readCsvRecords } from '../text/read-csv.ts';
import type { InterestInput, OrganizationInput } from './catalogue-input.ts';
import { parseInterest, parseOrganization } from './catalogue-input.ts';

/** Columns of the catalogue CSVs, in template order. Synonyms inside a cell are separated by ";". */
export const INTEREST_CSV_COLUMNS = ['name_es', 'name_en', 'synonyms', 'theme'] as const;
export const ORGANIZATION_CSV_COLUMNS = ['name', 'kind', 'region'] as const;

/** The downloadable templates: the header and example rows. */
export const INTEREST_CSV_TEMPLATE =
  INTEREST_CSV_COLUMNS.join(',') +
  '\r\n' +
  '"Quemas prescritas","Prescribed burning","quema controlada; fuego prescrito",Prevención\r\n' +
  '"Brigadas comunitarias","Community fire brigades",,Combate\r\n';
export const ORGANIZATION_CSV_TEMPLATE =
  ORGANIZATION_CSV_COLUMNS.join(',') + '\r\n' + 'CONAFOR,government,Occidente\r\n' + '"Ejido El Largo",community,\r\n';

export type CatalogueCsvProblem = { line: number; column: string | null; message: string };
export type CatalogueCsvRow<T> = { line: number; value: T; regionName?: string };

const MAX_ROWS = 5_000;

// The kinds as people write them in a spreadsheet, in both languages (normalized).
const KIND_WORDS: Record<string, OrganizationKind> = Object.fromEntries(
  (
    [
      ['GOVERNMENT', ['government', 'gobierno', 'national agency', 'agencia nacional', 'agencia', 'dependencia']],
      ['NGO', ['ngo', 'ong', 'osc']],
      ['COMMUNITY', ['community', 'comunidad', 'local community', 'comunidad local', 'ejido']],
      ['ACADEMIC', ['academic', 'academia', 'academico', 'university', 'universidad']],
      ['PRIVATE', ['private', 'privado', 'privada', 'empresa', 'company']],
      ['OTHER', ['other', 'otro', 'otra', '']],
    ] as [OrganizationKind, string[]][]
  ).flatMap(([kind, words]) => [[kind.toLowerCase(), kind], ...words.map((w) => [w, kind])]),
);

/** Reads the CSV into records after the header, or the one problem that stops reading it. */
function readCsv(text: string, columns: readonly string[], t: ServerTranslate): { body: string[][]; problems: CatalogueCsvProblem[] } {
  const read = readCsvRecords(text, t);
  if ('problem' in read) return { body: [], problems: [read.problem] };
  const [header = [], ...body] = read.records;
  if (header.length !== columns.length || header.some((h, i) => normalizeName(h) !== columns[i])) {
    return { body: [], problems: [{ line: 1, column: null, message: t('csv.headerExact', { columns: columns.join(',') }) }] };
  }
  if (body.length > MAX_ROWS) return { body: [], problems: [{ line: 1, column: null, message: t('csv.tooManyRows', { max: MAX_ROWS }) }] };
  const problems: CatalogueCsvProblem[] = [];
  body.forEach((cells, index) => {
    if (cells.length !== columns.length)
      problems.push({ line: index + 2, column: null, message: t('csv.columnCount', { expected: columns.length, found: cells.length }) });
  });
  return { body, problems };
}

const FIELD_COLUMN: Record<string, string> = {
  nameEs: 'name_es',
  nameEn: 'name_en',
  synonyms: 'synonyms',
  theme: 'theme',
  name: 'name',
  kind: 'kind',
};

/** An interest CSV: every row checked with the rules of the catalogue form; problems name line and column. */
export function parseInterestCsv(
  text: string,
  t: ServerTranslate = translator('en'),
): { rows: CatalogueCsvRow<InterestInput>[]; problems: CatalogueCsvProblem[] } {
  const { body, problems } = readCsv(text, INTEREST_CSV_COLUMNS, t);
  const rows: CatalogueCsvRow<InterestInput>[] = [];
  body.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length !== INTEREST_CSV_COLUMNS.length) return;
    const [nameEs, nameEn, synonyms, theme] = cells as [string, string, string, string];
    const parsed = parseInterest({
      nameEs,
      nameEn,
      synonyms: synonyms
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      theme,
    });
    if (parsed.ok) rows.push({ line, value: parsed.value });
    else
      for (const p of parsed.problems)
        problems.push({ line, column: FIELD_COLUMN[p.field] ?? null, message: translateFieldRule(p.message, t) });
  });
  return { rows, problems };
}

/** An organization CSV; the region is by name (checked against the community's regions by the caller). */
export function parseOrganizationCsv(
  text: string,
  t: ServerTranslate = translator('en'),
): { rows: CatalogueCsvRow<OrganizationInput>[]; problems: CatalogueCsvProblem[] } {
  const { body, problems } = readCsv(text, ORGANIZATION_CSV_COLUMNS, t);
  const rows: CatalogueCsvRow<OrganizationInput>[] = [];
  body.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length !== ORGANIZATION_CSV_COLUMNS.length) return;
    const [name, kindText, region] = cells as [string, string, string];
    const kind = KIND_WORDS[normalizeName(kindText)];
    if (!kind) {
      problems.push({
        line,
        column: 'kind',
        message: t('catalogue.notAKind', { text: kindText.slice(0, 40) }),
      });
      return;
    }
    const parsed = parseOrganization({ name, kind, regionId: null });
    if (parsed.ok) rows.push({ line, value: parsed.value, regionName: region });
    else
      for (const p of parsed.problems)
        problems.push({ line, column: FIELD_COLUMN[p.field] ?? null, message: translateFieldRule(p.message, t) });
  });
  return { rows, problems };
}
