import { describe, expect, it } from 'vitest';
import { importHeading } from './import-summary';

describe('importHeading', () => {
  it('when a file already imported is checked again, then it says the rows were already imported', () => {
    expect(importHeading({ dryRun: true, rows: 3, created: 0, alreadyImported: 3, rejected: 0 })).toBe(
      'All 3 rows were already imported into this workshop: importing again changes nothing.',
    );
  });

  it('when a file has new rows and rows imported before, then it counts each', () => {
    expect(importHeading({ dryRun: true, rows: 3, created: 1, alreadyImported: 2, rejected: 0 })).toBe(
      '1 new row can be imported; 2 rows were already imported and will change nothing.',
    );
    expect(importHeading({ dryRun: false, rows: 3, created: 1, alreadyImported: 2, rejected: 0 })).toBe(
      'Imported 1 new row; 2 rows were already imported and changed nothing.',
    );
  });

  it('when a new file is checked or imported, then every row counts', () => {
    expect(importHeading({ dryRun: true, rows: 3, created: 3, alreadyImported: 0, rejected: 0 })).toBe('All 3 rows can be imported.');
    expect(importHeading({ dryRun: false, rows: 1, created: 1, alreadyImported: 0, rejected: 0 })).toBe('Imported 1 row.');
  });

  it('when rows are rejected, then nothing else matters', () => {
    expect(importHeading({ dryRun: true, rows: 3, created: 3, alreadyImported: 0, rejected: 2 })).toBe('2 problems to fix: nothing was imported.');
  });
});
