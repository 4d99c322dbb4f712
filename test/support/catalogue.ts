// The catalogue CSV template as a coordinator fills it in, and loading it the way they do: a dry run, then the import.
import type { Page } from 'playwright-core';

/** Ten interests in the catalogue template's columns (Spanish and English names, synonyms, theme). */
export const TEN_INTERESTS = `name_es,name_en,synonyms,theme
Quemas prescritas,Prescribed burning,quema controlada,Prevención
Brigadas comunitarias,Community fire brigades,,Combate
Restauración post-incendio,Post-fire restoration,,Restauración
Detección satelital,Hotspot detection,puntos de calor,Detección
Manejo de combustibles,Fuel management,,Prevención
Educación ambiental,Environmental education,,Prevención
Ecología del fuego,Fire ecology,,Ciencia
Sistemas de información geográfica,GIS,SIG,Ciencia
Protección civil,Civil protection,,Combate
Financiamiento,Funding,fondos,
`;

/**
 * On a catalogue page (in English), checks `csv` as interests (the dry run reports `changes` and writes
 * nothing), imports it, and waits for the table to list the interests.
 */
export async function importInterestsCsv(page: Page, csv: string, changes: number): Promise<void> {
  const importer = page.getByTestId('catalogue-import-interest');
  const before = await page.getByTestId('interest-row').count();
  await importer.getByTestId('catalogue-file').setInputFiles({ name: 'interests.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await importer.getByTestId('catalogue-check').click();
  await importer
    .getByTestId('catalogue-report')
    .filter({ hasText: `${changes} changes can be imported.` })
    .waitFor();
  if ((await page.getByTestId('interest-row').count()) !== before) throw new Error('The dry run changed the catalogue.');
  await importer.getByTestId('catalogue-run').click();
  await importer
    .getByTestId('catalogue-report')
    .filter({ hasText: `${changes} changes imported.` })
    .waitFor();
  await page
    .getByTestId('interest-row')
    .nth(before + changes - 1)
    .waitFor();
}
