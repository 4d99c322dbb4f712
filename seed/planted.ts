// Generated communities with known answers, for the quality benchmark (bench/quality.ts) and the ranking
// tests: complementary pairs planted among decoys, and clusters planted in a random graph.
import type { CommunityMapRecord, InterestRecord, MapPersonRecord } from '../server/communities/community-repository.ts';
import type { CommunityData } from '../server/communities/import-repository.ts';
import { seededRandom } from '../shared/seeded-random.ts';

export type PlantedPairs = { map: CommunityMapRecord; interests: InterestRecord[]; partnerOf: Map<string, string> };

const interest = (id: string): InterestRecord => ({
  id,
  name: id,
  nameEs: id,
  nameEn: id,
  synonyms: [],
  theme: null,
  curated: true,
  public: true,
});

/**
 * `pairs` pairs of people who each offer exactly what the other seeks (two interests only that pair holds,
 * plus `decoys` others who also offer each of them: one-way fits), among everybody holding `common` common interests
 * (each person offers two and seeks two others, so most pairs of people are also a mutual fit on common
 * interests), with random ties (about `degree` per person, mostly inside one of `groups` groups, so friends of
 * friends abound) in `organizations` organizations and 5 regions. Partners are never tied to each other.
 */
export function plantedPairs({
  pairs,
  decoys = 1,
  common = 6,
  degree = 8,
  groups = 20,
  organizations = 25,
  seed = 1,
}: {
  pairs: number;
  decoys?: number;
  common?: number;
  degree?: number;
  groups?: number;
  organizations?: number;
  seed?: number;
}): PlantedPairs {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const n = 2 * pairs;
  const commons = Array.from({ length: common }, (_, c) => `common-${c}`);
  const people: MapPersonRecord[] = Array.from({ length: n }, (_, at) => {
    const shuffled = [...commons].sort(() => random() - 0.5);
    const name = `${String.fromCharCode(65 + pick(26))}${String.fromCharCode(97 + pick(26))} ${at}`;
    return {
      id: `p${at}`,
      name,
      normName: name.toLowerCase(),
      regionId: `r${pick(5)}`,
      organization: `org-${pick(organizations)}`,
      organizationId: null,
      participation: 'ACTIVE',
      listed: true,
      contactable: true,
      offerIds: shuffled.slice(0, 2),
      seekIds: shuffled.slice(2, 4),
    };
  });
  const partnerOf = new Map<string, string>();
  const rare: string[] = [];
  for (let p = 0; p < pairs; p++) {
    const [a, b] = [people[2 * p]!, people[2 * p + 1]!];
    const [x, y] = [`rare-${p}-a`, `rare-${p}-b`];
    rare.push(x, y);
    a.offerIds.push(x);
    a.seekIds.push(y);
    b.offerIds.push(y);
    b.seekIds.push(x);
    partnerOf.set(a.id, b.id).set(b.id, a.id);
    // Decoys offer each rare interest too: one-way fits on it.
    for (const [rareInterest, owner] of [
      [x, 2 * p],
      [y, 2 * p + 1],
    ] as const) {
      for (let d = 0; d < decoys; d++) {
        let decoy = pick(n);
        while (decoy === owner || decoy === (owner ^ 1) || people[decoy]!.offerIds.includes(rareInterest)) decoy = pick(n);
        people[decoy]!.offerIds.push(rareInterest);
      }
    }
  }
  const groupOf = Array.from({ length: n }, () => pick(groups));
  const members = Array.from({ length: groups }, () => [] as number[]);
  groupOf.forEach((g, at) => members[g]!.push(at));
  const seen = new Set<string>();
  const ends: number[] = [];
  for (let tie = 0; tie < (n * degree) / 2; tie++) {
    const a = pick(n);
    const b = random() < 0.8 ? members[groupOf[a]!]![pick(members[groupOf[a]!]!.length)]! : pick(n);
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || (a ^ 1) === b || seen.has(key)) continue;
    seen.add(key);
    ends.push(Math.min(a, b), Math.max(a, b));
  }
  return {
    map: { regions: Array.from({ length: 5 }, (_, r) => ({ id: `r${r}`, name: `Region ${r}` })), people, tieEnds: Int32Array.from(ends) },
    interests: [...commons, ...rare].map(interest),
    partnerOf,
  };
}

/**
 * A planted partition: `sizes` clusters, each person tied to about `inside` others of their cluster and
 * `outside` others anywhere, at random. The ties as positions (two per tie) and each person's cluster.
 */
export function plantedClusters({ sizes, inside, outside, seed = 1 }: { sizes: number[]; inside: number; outside: number; seed?: number }) {
  const random = seededRandom(seed);
  const clusterOf = sizes.flatMap((size, c) => Array<number>(size).fill(c));
  const n = clusterOf.length;
  const starts = sizes.map((_, c) => sizes.slice(0, c).reduce((a, b) => a + b, 0));
  const seen = new Set<string>();
  const ends: number[] = [];
  const add = (a: number, b: number) => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    ends.push(Math.min(a, b), Math.max(a, b));
  };
  for (let a = 0; a < n; a++) {
    const c = clusterOf[a]!;
    for (let k = 0; k < inside / 2; k++) add(a, starts[c]! + Math.floor(random() * sizes[c]!));
    for (let k = 0; k < outside / 2; k++) add(a, Math.floor(random() * n));
  }
  return { ids: clusterOf.map((_, at) => `n${at}`), ends: Int32Array.from(ends), clusterOf };
}

/** Generated community data as the map's read gives it (no database): for the in-memory tests and benches. */
export function mapOf(data: CommunityData): { map: CommunityMapRecord; interests: InterestRecord[] } {
  const organization = new Map(data.organizations.map((o) => [o.id, o.name]));
  const people: MapPersonRecord[] = data.people.map((p) => ({
    id: p.id,
    name: p.name,
    normName: p.name.toLowerCase(),
    regionId: p.regionId,
    organization: p.organizationId ? (organization.get(p.organizationId) ?? null) : null,
    organizationId: p.organizationId,
    participation: p.participation,
    listed: p.listed,
    contactable: p.contactable,
    offerIds: p.offers,
    seekIds: p.seeks,
  }));
  const at = new Map(people.map((p, i) => [p.id, i]));
  return {
    map: { regions: data.regions, people, tieEnds: Int32Array.from(data.ties.flatMap((t) => [at.get(t.from)!, at.get(t.to)!])) },
    interests: data.interests.map((i) => ({ ...i, theme: null, curated: true, public: true })),
  };
}
