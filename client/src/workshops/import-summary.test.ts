import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../i18n/catalogue';
import type { Translate } from '../i18n';
import { importHeading } from './import-summary';

async function translator(lang: string): Promise<Translate> {
  const catalogue = await loadCatalogue(lang);
  return (key, values) => String(new IntlMessageFormat(catalogue[key], catalogue['language.locale']).format(values ?? {}));
}

describe('importHeading', () => {
  it('when a file already imported is checked again, then it says the rows were already imported, in both languages', async () => {
    const counts = { dryRun: true, rows: 3, created: 0, alreadyImported: 3, rejected: 0 };
    expect(importHeading(counts, await translator('en'))).toBe(
      'All 3 rows were already imported into this workshop: importing again changes nothing.',
    );
    expect(importHeading(counts, await translator('es'))).toBe(
      'Las 3 filas ya se importaron en este taller: importarlas otra vez no cambia nada.',
    );
  });

  it('when a file has new rows and rows imported before, then it counts each', async () => {
    const en = await translator('en');
    expect(importHeading({ dryRun: true, rows: 3, created: 1, alreadyImported: 2, rejected: 0 }, en)).toBe(
      '1 new row can be imported; 2 rows were already imported and will change nothing.',
    );
    expect(importHeading({ dryRun: false, rows: 3, created: 1, alreadyImported: 2, rejected: 0 }, en)).toBe(
      'Imported 1 new row; 2 rows were already imported and changed nothing.',
    );
  });

  it('when a new file is checked or imported, then every row counts', async () => {
    const en = await translator('en');
    expect(importHeading({ dryRun: true, rows: 3, created: 3, alreadyImported: 0, rejected: 0 }, en)).toBe('All 3 rows can be imported.');
    expect(importHeading({ dryRun: false, rows: 1, created: 1, alreadyImported: 0, rejected: 0 }, en)).toBe('Imported 1 row.');
  });

  it('when rows are rejected, then nothing else matters', async () => {
    const en = await translator('en');
    expect(importHeading({ dryRun: true, rows: 3, created: 3, alreadyImported: 0, rejected: 2 }, en)).toBe(
      '2 problems to fix: nothing was imported.',
    );
  });
});
