import { createHash } from 'node:crypto';
import { Faker, base, es, es_MX } from '@faker-js/faker';
import type { CommunityData } from '../server/communities/import-repository.ts';
import { normalizeName } from '../shared/normalize-name.ts';
import { INTERESTS, ORGANIZATIONS, REGIONS, ROLES } from './camafu-catalog.ts';

export type GenerateOptions = {
  /** Number of people. */
  people: number;
  slug: string;
  name?: string;
  description?: string;
  /** Seed of the random generator: the same options give the same community. */
  seed?: number;
  /** Average number of ties per person (each tie counts at both ends). */
  averageDegree?: number;
};

type Level = 'CORE' | 'ACTIVE' | 'PERIPHERAL';

// Share of each level's picks that go to another region: coordinators are the bridges.
const CROSS_REGION: Record<Level, number> = { CORE: 0.45, ACTIVE: 0.06, PERIPHERAL: 0.03 };
// Ties each level starts, relative to the others: a dense core, a thin periphery of lurkers.
const PICK_FACTOR: Record<Level, number> = { CORE: 3, ACTIVE: 1, PERIPHERAL: 0.2 };
const LEVEL_SHARE: Record<Level, number> = { CORE: 0.03, ACTIVE: 0.36, PERIPHERAL: 0.61 };
const MEAN_FACTOR = (Object.keys(LEVEL_SHARE) as Level[]).reduce((sum, l) => sum + LEVEL_SHARE[l] * PICK_FACTOR[l], 0);

/**
 * A CAMAFU-shaped community: dense regional clusters, national agencies present everywhere,
 * coordinators (≈3%) who bridge regions, and a periphery of lurkers with few ties. Deterministic.
 */
export function generateCommunity(options: GenerateOptions): CommunityData {
  const { people: n, slug, seed = 2010, averageDegree = 6 } = options;
  const faker = new Faker({ locale: [es_MX, es, base] });
  faker.seed(seed);
  const id = (kind: string, i: number | string) => stableId(`${slug}/${kind}/${i}`);

  const regions = REGIONS.map((r, i) => ({ id: id('region', i), name: r.name }));
  const regionByName = new Map(regions.map((r) => [r.name, r.id]));

  const organizations: CommunityData['organizations'] = ORGANIZATIONS.map((o, i) => ({
    id: id('organization', i),
    name: o.name,
    kind: o.kind,
    regionId: o.region ? regionByName.get(o.region)! : null,
  }));
  // Larger communities get more local groups (about one organization per 8 people), names kept unique.
  const taken = new Set(organizations.map((o) => normalizeName(o.name)));
  for (let i = organizations.length; i < Math.ceil(n / 8); i++) {
    const region = faker.helpers.arrayElement(regions);
    const name = uniqueName(
      faker.helpers.arrayElement(['Brigada Comunitaria', 'Ejido', 'Comunidad', 'Asociación Forestal']) + ' ' + faker.location.city(),
      taken,
    );
    organizations.push({ id: id('organization', i), name, kind: name.startsWith('Asoc') ? 'NGO' : 'COMMUNITY', regionId: region.id });
  }

  const interests = INTERESTS.map((t, i) => ({
    id: id('interest', i),
    name: t.es,
    nameEs: t.es,
    nameEn: t.en,
    synonyms: [t.en, ...(t.synonyms ?? [])],
  }));
  const interestWeights = interests.map((value, rank) => ({ value: value.id, weight: 1 / Math.pow(rank + 1, 0.8) }));

  const coreCount = Math.max(1, Math.round(n * LEVEL_SHARE.CORE));
  const people: CommunityData['people'] = [];
  for (let i = 0; i < n; i++) {
    const level: Level =
      i < coreCount ? 'CORE' : faker.number.float() < LEVEL_SHARE.ACTIVE / (1 - LEVEL_SHARE.CORE) ? 'ACTIVE' : 'PERIPHERAL';
    // Coordinators are spread over the regions; everyone else follows the regions' weights.
    const regionIndex =
      level === 'CORE'
        ? i % regions.length
        : REGIONS.indexOf(faker.helpers.weightedArrayElement(REGIONS.map((r) => ({ value: r, weight: r.weight }))));
    const region = regions[regionIndex]!;
    const local = organizations.filter((o) => o.regionId === region.id);
    const national = organizations.filter((o) => o.regionId === null);
    const organization = faker.helpers.arrayElement(local.length > 0 && faker.number.float() < 0.7 ? local : national);
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const offers = pickInterests(faker, interestWeights, level === 'CORE' ? 4 : level === 'ACTIVE' ? 3 : 1);
    const seeks = pickInterests(faker, interestWeights, 3).filter((x) => !offers.includes(x));
    const listed = faker.number.float() < 0.92;
    people.push({
      id: id('person', i),
      name: `${firstName} ${lastName}`,
      email: faker.number.float() < 0.75 ? `${asciiSlug(firstName)}.${asciiSlug(lastName.split(' ')[0]!)}${i}@example.org` : null,
      role: faker.helpers.arrayElement(ROLES[level]),
      participation: level,
      listed,
      contactable: listed && faker.number.float() < 0.85,
      organizationId: organization.id,
      regionId: region.id,
      offers,
      seeks,
    });
  }

  return {
    community: {
      id: id('community', 0),
      slug,
      name: options.name ?? slug,
      description: options.description ?? '',
    },
    regions,
    organizations,
    interests,
    people,
    ties: generateTies(faker, people, averageDegree),
  };
}

function generateTies(faker: Faker, people: CommunityData['people'], averageDegree: number): CommunityData['ties'] {
  const byRegion = new Map<string, CommunityData['people']>();
  for (const p of people) byRegion.set(p.regionId!, [...(byRegion.get(p.regionId!) ?? []), p]);
  const engaged = (list: CommunityData['people']) => list.filter((p) => p.participation !== 'PERIPHERAL');
  const engagedByRegion = new Map([...byRegion].map(([r, list]) => [r, engaged(list)]));
  const allEngaged = engaged(people);
  const coreByRegion = new Map([...byRegion].map(([r, list]) => [r, list.filter((p) => p.participation === 'CORE')]));

  const seen = new Set<string>();
  const ties: CommunityData['ties'] = [];
  for (const person of people) {
    // Each tie counts at both ends, so people start averageDegree / 2 ties on average.
    const share = PICK_FACTOR[person.participation] / MEAN_FACTOR;
    const picks = Math.round(faker.number.float({ min: 0.5, max: 1.5 }) * share * (averageDegree / 2));
    for (let k = 0; k < picks; k++) {
      const crossRegion = faker.number.float() < CROSS_REGION[person.participation];
      // Ties lean toward coordinators and engaged members (preferential attachment).
      const roll = faker.number.float();
      const pool = crossRegion
        ? allEngaged
        : roll < 0.12
          ? coreByRegion.get(person.regionId!)!
          : roll < 0.65
            ? engagedByRegion.get(person.regionId!)!
            : byRegion.get(person.regionId!)!;
      if (pool.length === 0) continue;
      const other = faker.helpers.arrayElement(pool);
      if (other.id === person.id) continue;
      const key = person.id < other.id ? `${person.id}|${other.id}` : `${other.id}|${person.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ties.push({ from: person.id, to: other.id, confirmed: faker.number.float() < 0.6 });
    }
  }
  return ties;
}

function pickInterests(faker: Faker, weights: { value: string; weight: number }[], max: number): string[] {
  const count = faker.number.int({ min: 1, max });
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(faker.helpers.weightedArrayElement(weights));
  return [...chosen];
}

/** A UUID-shaped id derived from a name, so regenerating the same community gives the same ids. */
function stableId(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let i = 2; taken.has(normalizeName(candidate)); i++) candidate = `${name} ${i}`;
  taken.add(normalizeName(candidate));
  return candidate;
}

const asciiSlug = (s: string) => normalizeName(s).replace(/[^a-z0-9]+/g, '');
