// A paper-survey CSV of N rows (default 10,000) imported into a workshop: dry run and real import time,
// rows/s and peak memory, next to importing the same number of people with the seed loader (plain
// batched MERGEs) in the same run.
// Run: npx tsx bench/csv-import.ts [rows]
import { randomUUID } from 'node:crypto';
import { importCommunity } from '../server/communities/import-repository.ts';
import { createEvents } from '../server/graphql/pubsub.ts';
import { importSurveyCsv } from '../server/workshops/import-survey-csv.ts';
import { SURVEY_CSV_COLUMNS } from '../server/workshops/survey-csv.ts';
import { createWorkshop, findWorkshopById } from '../server/workshops/workshop-repository.ts';
import { generateCommunity } from '../seed/generate.ts';
import { benchDatabase, rssMb } from './support.ts';

const rows = Number(process.argv[2] ?? 10_000);
const { db, close } = await benchDatabase();
const community = generateCommunity({ people: 236, slug: `csv-${randomUUID().slice(0, 6)}` });
await importCommunity(db, community);
const created = await createWorkshop(db, community.community.id, { id: randomUUID(), title: 'Papel', date: '2025-03-14', regionId: null });
const workshop = (await findWorkshopById(db, created.id))!;
const region = community.regions[0]!.name;
const csv = [
  SURVEY_CSV_COLUMNS.join(','),
  ...Array.from(
    { length: rows },
    (_, i) =>
      `Persona ${i},p${i}@example.org,Brigadista,Org ${i % 60},${region},Tema ${i % 30}; Quemas prescritas,Tema ${(i + 7) % 30},Persona ${(i + 1) % rows},yes,${i % 2 ? 'yes' : 'no'}`,
  ),
].join('\n');

let peakRss = rssMb();
const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb())), 100);
const time = async <T>(work: () => Promise<T>) => {
  const t0 = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - t0) / 1000 };
};

// Baseline: the same number of people (with one tie each) through the seed loader's batched MERGEs.
const plain = generateCommunity({ people: rows, slug: `csv-base-${randomUUID().slice(0, 6)}`, averageDegree: 2 });
const baseline = await time(() => importCommunity(db, plain));
const dry = await time(() => importSurveyCsv(db, createEvents(), workshop, csv, true, 'secret'));
const real = await time(() => importSurveyCsv(db, createEvents(), workshop, csv, false, 'secret'));
clearInterval(sampler);

console.log(`CSV import of ${rows} rows (${(csv.length / 1024 / 1024).toFixed(1)} MB), people + interests + ties:`);
console.log(`  dry run       ${dry.seconds.toFixed(1)} s (${dry.result.rejected.length} rejected)`);
console.log(`  import        ${real.seconds.toFixed(1)} s, ${(rows / real.seconds).toFixed(0)} rows/s, created ${real.result.created}`);
console.log(`baseline: seed loader, ${plain.people.length} people and ${plain.ties.length} ties  ${baseline.seconds.toFixed(1)} s`);
console.log(`ratio import/baseline ${(real.seconds / baseline.seconds).toFixed(1)}×`);
console.log(`peak RSS of the importing process ${peakRss} MB`);
await close();
