// npm run seed                      → loads (or refreshes) the CAMAFU demo community; idempotent
// npm run seed -- --people 10000 --slug bench [--degree 20] [--seed 7]  → a generated community
import { parseArgs } from 'node:util';
import { importCommunity } from '../server/communities/import-repository.ts';
import { loadConfig } from '../server/config.ts';
import { withDatabase } from '../server/db/database.ts';
import { createLogger } from '../server/logger.ts';
import { camafuDemo } from './camafu.ts';
import { generateCommunity } from './generate.ts';
import { seedDemo } from './load.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string' },
    slug: { type: 'string' },
    degree: { type: 'string' },
    seed: { type: 'string' },
  },
});
const people = values.people ? Number(values.people) : undefined;
if (people !== undefined && !(Number.isInteger(people) && people > 0 && people <= 1_000_000)) {
  console.error('seed: --people must be a whole number between 1 and 1000000');
  process.exit(2);
}
const data = people
  ? generateCommunity({
      people,
      slug: values.slug ?? `generated-${people}`,
      averageDegree: values.degree ? Number(values.degree) : undefined,
      seed: values.seed ? Number(values.seed) : undefined,
    })
  : camafuDemo();

const started = Date.now();
await withDatabase(loadConfig(), createLogger('warn'), (db) => (people ? importCommunity(db, data) : seedDemo(db)));
console.log(
  `Seeded ${data.community.slug}: ${data.people.length} people, ${data.organizations.length} organizations, ` +
    `${data.ties.length} ties in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
