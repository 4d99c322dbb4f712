import { describe, expect, it } from 'vitest';
import { SURVEY_CSV_COLUMNS, SURVEY_CSV_TEMPLATE, parseSurveyCsv } from './survey-csv.ts';

const regions = new Map([['occidente', 'r-occ']]);
const header = SURVEY_CSV_COLUMNS.join(',');
const parse = (text: string) => parseSurveyCsv(text, 'w1', regions);

describe('parseSurveyCsv', () => {
  it('when the template is parsed, then its example row is a valid survey with lists, a tie with organization and consent', () => {
    const { rows, problems } = parse(SURVEY_CSV_TEMPLATE);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answers).toMatchObject({
      name: 'Ana Ruiz',
      email: 'ana@example.org',
      regionId: 'r-occ',
      offers: [{ name: 'Quemas prescritas' }, { name: 'Brigadas comunitarias' }],
      knows: [
        { name: 'Luis Pérez', organization: 'CONAFOR' },
        { name: 'Marta Gómez', organization: null },
      ],
      consent: { listed: true, contactable: true },
    });
  });

  it('when the same row is parsed twice, then it gets the same submission id (re-imports do not duplicate)', () => {
    expect(parse(SURVEY_CSV_TEMPLATE).rows[0]!.answers.submissionId).toBe(parse(SURVEY_CSV_TEMPLATE).rows[0]!.answers.submissionId);
  });

  it('when columns are wrong, then the header is rejected naming what is missing and unknown', () => {
    const { rows, problems } = parse('name,mail\nAna,a@b.c\n');
    expect(rows).toEqual([]);
    expect(problems[0]).toMatchObject({ line: 1 });
    expect(problems[0]!.message).toMatch(/missing email.*unknown "mail"/);
  });

  it('when rows are bad, then each problem names its line and column and no row is accepted from a broken file', () => {
    const text = [header, '"",,,,,,,,yes,no', 'Ana,not-an-email,,,Atlantis,,,,maybe,no', 'Luis,,,,,,,,yes,no'].join('\n');
    const { rows, problems } = parse(text);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 2, column: 'name' }),
        expect.objectContaining({ line: 3, column: 'email' }),
        expect.objectContaining({ line: 3, column: 'region' }),
        expect.objectContaining({ line: 3, column: 'listed' }),
      ]),
    );
    expect(rows.map((r) => r.line)).toEqual([4]);
  });

  it('when quoting is broken or the text is not UTF-8, then the file is rejected with a readable message', () => {
    expect(parse(`${header}\n"Ana,,,,,,,,yes,no\n`).problems[0]!.message).toMatch(/cannot be read/);
    expect(parse(`${header}\nAn\uFFFDa,,,,,,,,yes,no\n`).problems[0]!.message).toMatch(/not UTF-8/);
  });

  it('when a cell holds a formula or a script, then it is kept as plain text', () => {
    const { rows } = parse(`${header}\n"=HYPERLINK(""x"")",,<script>alert(1)</script>,,,,,,no,no\n`);
    expect(rows[0]!.answers).toMatchObject({ name: '=HYPERLINK("x")', role: '<script>alert(1)</script>' });
  });
});
