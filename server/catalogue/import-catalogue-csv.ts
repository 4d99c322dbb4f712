import { randomUUID } from 'node:crypto';
import type { ServerTranslate } from '../i18n/translate.ts';
import { translateFieldRule, translator } from '../i18n/translate.ts';
import { listRegions } from '../communities/community-repository.ts';
import type { Database } from '../db/transaction.ts';
import { normalizeName } from '../../shared/normalize-name.ts';
import type { InterestInput, OrganizationInput } from './catalogue-input.ts';
import { interestNames, parseInterest } from './catalogue-input.ts';
import type { CatalogueCsvProblem, CatalogueCsvRow } from './catalogue-csv.ts';
import { parseInterestCsv, parseOrganizationCsv } from './catalogue-csv.ts';
import type { InterestWrite, OrganizationWrite, StoredInterest, StoredOrganization } from './catalogue-repository.ts';
import { listStoredCatalogue, writeInterests, writeOrganizations } from './catalogue-repository.ts';

export type CatalogueKind = 'ORGANIZATION' | 'INTEREST';

export type CatalogueImportReport = {
  dryRun: boolean;
  rows: number;
  created: string[];
  updated: string[];
  unchanged: number;
  rejected: CatalogueCsvProblem[];
};

const COLUMN: Record<string, string> = { nameEs: 'name_es', nameEn: 'name_en', synonyms: 'synonyms', name: 'name' };

/** A row matched to at most one record of the catalogue, by any of its names (after normalization). */
type Planned<I> = { line: number; name: string; write: { id: string; isNew: boolean; input: I } | null };

/**
 * Organizations or interests from a CSV into a community's catalogue. A row whose names belong to a record updates
 * it (an interest keeps its former names as synonyms, so earlier answers still match it), any other row creates
 * one. The whole file is checked first: with any rejected row, or as a dry run, nothing is written. A row that
 * says what its record already holds changes nothing, so the same file imported twice changes nothing.
 */
export async function importCatalogueCsv(
  db: Database,
  communityId: string,
  kind: CatalogueKind,
  csv: string,
  dryRun: boolean,
  t: ServerTranslate = translator('en'),
): Promise<CatalogueImportReport> {
  const catalogue = await listStoredCatalogue(db, communityId);
  const { planned, problems, rows } =
    kind === 'INTEREST'
      ? planInterests(csv, catalogue.interests, t)
      : planOrganizations(csv, catalogue.organizations, await listRegions(db, communityId), t);
  const report: CatalogueImportReport = {
    dryRun: dryRun || problems.length > 0,
    rows,
    created: planned.filter((p) => p.write?.isNew).map((p) => p.name),
    updated: planned.filter((p) => p.write && !p.write.isNew).map((p) => p.name),
    unchanged: planned.filter((p) => !p.write).length,
    rejected: problems.sort((a, b) => a.line - b.line),
  };
  const writes = planned.flatMap((p) => (p.write ? [p.write] : []));
  if (report.dryRun || writes.length === 0) return report;
  if (kind === 'INTEREST') await writeInterests(db, communityId, writes as InterestWrite[]);
  else await writeOrganizations(db, communityId, writes as OrganizationWrite[]);
  return report;
}

/** Checks that no name appears in two rows and that each row's names belong to at most one record, not shared with another row. */
function matchRows<I, R extends { id: string; name: string; names: string[] }>(
  rows: CatalogueCsvRow<I>[],
  records: R[],
  namesOf: (input: I) => { norm: string; field: string; name: string }[],
  problems: CatalogueCsvProblem[],
  what: 'interest' | 'organization',
  t: ServerTranslate,
): { row: CatalogueCsvRow<I>; record: R | null }[] {
  const owner = new Map<string, R>();
  for (const record of records) for (const name of record.names) owner.set(name, record);
  const lineOfName = new Map<string, number>();
  const lineOfRecord = new Map<string, number>();
  const matched: { row: CatalogueCsvRow<I>; record: R | null }[] = [];
  for (const row of rows) {
    const names = namesOf(row.value);
    const repeated = names.find((n) => lineOfName.has(n.norm));
    for (const n of names) if (!lineOfName.has(n.norm)) lineOfName.set(n.norm, row.line);
    if (repeated) {
      problems.push({
        line: row.line,
        column: COLUMN[repeated.field] ?? null,
        message: t('catalogue.alsoOnLine', { name: repeated.name, line: lineOfName.get(repeated.norm)! }),
      });
      continue;
    }
    const hits = [
      ...new Map(
        names.flatMap((n) => (owner.has(n.norm) ? [[owner.get(n.norm)!.id, { n, record: owner.get(n.norm)! }] as const] : [])),
      ).values(),
    ];
    if (hits.length > 1) {
      const [a, b] = hits as [(typeof hits)[number], (typeof hits)[number]];
      problems.push({
        line: row.line,
        column: COLUMN[b.n.field] ?? null,
        message: t('catalogue.twoRecords', { a: a.n.name, what, aRecord: a.record.name, b: b.n.name, bRecord: b.record.name }),
      });
      continue;
    }
    const record = hits[0]?.record ?? null;
    if (record && lineOfRecord.has(record.id)) {
      problems.push({
        line: row.line,
        column: COLUMN[hits[0]!.n.field] ?? null,
        message: t('catalogue.recordTwice', { name: hits[0]!.n.name, what, record: record.name, line: lineOfRecord.get(record.id)! }),
      });
      continue;
    }
    if (record) lineOfRecord.set(record.id, row.line);
    matched.push({ row, record });
  }
  return matched;
}

function planInterests(csv: string, records: StoredInterest[], t: ServerTranslate) {
  const { rows, problems } = parseInterestCsv(csv, t);
  const planned: Planned<InterestInput>[] = [];
  for (const { row, record } of matchRows(rows, records, interestNames, problems, 'interest', t)) {
    const input = row.value;
    if (!record) {
      planned.push({ line: row.line, name: input.name, write: { id: randomUUID(), isNew: true, input } });
      continue;
    }
    // Former names stay as synonyms: answers typed with them keep matching this interest.
    const merged = parseInterest({
      nameEs: input.nameEs,
      nameEn: input.nameEn,
      synonyms: [...record.synonyms, ...input.synonyms, ...[record.name, record.nameEs, record.nameEn].filter((n): n is string => !!n)],
      theme: input.theme,
    });
    if (!merged.ok) {
      problems.push({
        line: row.line,
        column: 'synonyms',
        message: t('catalogue.withFormerNames', {
          record: record.name,
          field: merged.problems[0]!.field,
          rule: translateFieldRule(merged.problems[0]!.message, t),
        }),
      });
      continue;
    }
    const next = merged.value;
    const same =
      record.curated &&
      record.name === next.name &&
      record.nameEs === next.nameEs &&
      record.nameEn === next.nameEn &&
      (record.theme ?? null) === next.theme &&
      record.synonyms.join('\u001f') === next.synonyms.join('\u001f');
    planned.push({ line: row.line, name: next.name, write: same ? null : { id: record.id, isNew: false, input: next } });
  }
  return { planned, problems, rows: countRows(rows, problems) };
}

function planOrganizations(csv: string, records: StoredOrganization[], regions: { id: string; name: string }[], t: ServerTranslate) {
  const { rows, problems } = parseOrganizationCsv(csv, t);
  const regionId = new Map(regions.map((r) => [normalizeName(r.name), r.id]));
  const located: CatalogueCsvRow<OrganizationInput>[] = [];
  for (const row of rows) {
    const id = row.regionName ? regionId.get(normalizeName(row.regionName)) : null;
    if (id === undefined)
      problems.push({ line: row.line, column: 'region', message: t('csv.unknownRegion', { name: row.regionName!.slice(0, 60) }) });
    else located.push({ ...row, value: { ...row.value, regionId: id } });
  }
  const names = (o: OrganizationInput) => [{ norm: normalizeName(o.name), field: 'name', name: o.name }];
  const planned: Planned<OrganizationInput>[] = matchRows(located, records, names, problems, 'organization', t).map(({ row, record }) => {
    const input = row.value;
    if (!record) return { line: row.line, name: input.name, write: { id: randomUUID(), isNew: true, input } };
    const same =
      record.curated && record.name === input.name && record.kind === input.kind && (record.region?.id ?? null) === input.regionId;
    return { line: row.line, name: input.name, write: same ? null : { id: record.id, isNew: false, input } };
  });
  return { planned, problems, rows: countRows(rows, problems) };
}

/** Data rows in the file: those that parsed and those rejected while parsing (the header is no row). */
const countRows = (rows: { line: number }[], problems: { line: number }[]) => {
  const lines = new Set(rows.map((r) => r.line));
  for (const p of problems) if (p.line > 1) lines.add(p.line);
  return lines.size;
};
