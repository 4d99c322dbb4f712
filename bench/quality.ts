// Quality on generated communities with known answers, each figure beside a naive baseline in the same run:
// - peer suggestions: planted complementary pairs among decoys (seed/planted.ts); precision at 1 and 3 of
//   the planted partner, for Tejido's ranking and for the flat formula it replaced;
// - detected communities: planted clusters; NMI against them and modularity, for several seeded passes over
//   a canonical order and for one pass in load order, each over shuffled load orders; and Zachary's karate
//   club (best-known modularity ≈ 0.4198) loaded in shuffled orders;
// - bridges: on CAMAFU-shaped communities (seed/generate.ts), how many of the exact top 10 the estimate
//   finds, adaptive sampling against the fixed sample it replaced.
// In memory, no database. Run: npx tsx bench/quality.ts [bridge sizes, default 3000,10000,20000]
import { refineBetweenness, topPositions } from '../server/analytics/adaptive-betweenness.ts';
import { brandes } from '../server/analytics/brandes.ts';
import { BETWEENNESS_BUDGET } from '../server/analytics/cluster-map.ts';
import type { CanonicalTies } from '../server/analytics/network-analytics.ts';
import { buildGraph, canonical, detectCommunities, planBetweenness, sourceOrder, tieEnds } from '../server/analytics/network-analytics.ts';
import { seededRandom } from '../shared/seeded-random.ts';
import type { PeerIndex } from '../server/peers/peer-index.ts';
import { buildIndex } from '../server/peers/peer-index.ts';
import { friendsOfFriends, rankCandidates } from '../server/peers/peer-suggestions.ts';
import { generateCommunity } from '../seed/generate.ts';
import { KARATE, KARATE_BEST_MODULARITY } from '../seed/karate.ts';
import { camafuDemo } from '../seed/camafu.ts';
import { mapOf, plantedClusters, plantedPairs } from '../seed/planted.ts';

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

// ---- Peer suggestions -------------------------------------------------------------------------------

/** The formula before issue 17: complementarity a flat 3 (one way: 1, or 1.5 for two), shared rarity summed
 * up to 2, proximity through any contact, equal scores by name. */
function naiveTop(index: PeerIndex, at: number, count: number): string[] {
  return naiveRanked(index, at, count).map((s) => s.id);
}

function naiveRanked(index: PeerIndex, at: number, count: number) {
  const me = index.people[at]!;
  const tied = new Set([at, ...index.ties[at]!]);
  const contacts = new Map<number, number>();
  // As a share link saw them: through listed contacts.
  for (const c of index.ties[at]!) if (index.people[c]!.listed) for (const q of index.ties[c]!) contacts.set(q, (contacts.get(q) ?? 0) + 1);
  const scored = index.people.flatMap((p, q) => {
    if (tied.has(q) || !p.listed || !p.contactable) return [];
    const they = me.seekIds.filter((i) => p.offerIds.includes(i)).length;
    const you = me.offerIds.filter((i) => p.seekIds.includes(i)).length;
    const shared = new Set([...me.offerIds.filter((i) => p.offerIds.includes(i)), ...me.seekIds.filter((i) => p.seekIds.includes(i))]);
    const rarity = [...shared].reduce((sum, i) => sum + (index.rarity.get(i) ?? 1), 0);
    const k = contacts.get(q) ?? 0;
    const score =
      (they > 0 && you > 0 ? 3 : Math.min(they + you, 1.5)) + Math.min(rarity, 2) + (k === 0 ? 0 : Math.min(0.25 + 0.25 * k, 1));
    return score > 0 ? [{ id: p.id, at: q, name: p.normName, score }] : [];
  });
  scored.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  return scored.slice(0, count);
}

function suggestionQuality(options: Parameters<typeof plantedPairs>[0]) {
  const { map, interests, partnerOf } = plantedPairs(options);
  const index = buildIndex(map, interests);
  const hits = { tejido: [0, 0], naive: [0, 0] };
  const times: number[] = [];
  index.people.forEach((person, at) => {
    const t0 = performance.now();
    const tejido = rankCandidates(index, friendsOfFriends(index, at), 'ANY', 60)
      .slice(0, 3)
      .map((c) => c.id);
    times.push(performance.now() - t0);
    const naive = naiveTop(index, at, 3);
    const partner = partnerOf.get(person.id)!;
    for (const [name, top] of [
      ['tejido', tejido],
      ['naive', naive],
    ] as const) {
      if (top[0] === partner) hits[name][0]! += 1;
      if (top.includes(partner)) hits[name][1]! += 1;
    }
  });
  const n = index.people.length;
  times.sort((a, b) => a - b);
  return { n, ties: map.tieEnds.length / 2, hits, p50: times[Math.floor(n / 2)]!, p95: times[Math.floor(0.95 * n)]! };
}

console.log('Peer suggestions: planted complementary pairs (two rare interests each, also offered by d decoys), everyone offering 2');
console.log('and seeking 2 of c common interests, ~8 ties each, mostly in 20 groups; share of people whose partner is first (P@1)');
console.log('and in the top 3 (P@3).');
for (const [pairs, decoys, common, seed] of [
  [250, 1, 6, 1],
  [250, 3, 6, 2],
  [250, 3, 12, 3],
  [1000, 3, 12, 4],
  [1000, 6, 12, 5],
] as const) {
  const { n, ties, hits, p50, p95 } = suggestionQuality({ pairs, decoys, common, seed });
  console.log(
    `  ${String(n).padStart(5)} people, ${String(ties).padStart(6)} ties, d ${decoys}, c ${common} (seed ${seed}): Tejido P@1 ${percent(hits.tejido[0]! / n)}, P@3 ${percent(hits.tejido[1]! / n)}` +
      `  | naive P@1 ${percent(hits.naive[0]! / n)}, P@3 ${percent(hits.naive[1]! / n)}  (ranking in memory p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms)`,
  );
}

// Honest reasons on the CAMAFU demo, as a share link sees it: suggestion cards (top 10 of every listed person)
// saying "you both know X" when X cannot introduce them (not contactable), for Tejido and for the rule before.
{
  const { map, interests } = mapOf(camafuDemo());
  const index = buildIndex(map, interests);
  let [cards, tejidoBad, naiveCards, naiveBad] = [0, 0, 0, 0];
  index.people.forEach((person, at) => {
    if (!person.listed) return;
    for (const c of rankCandidates(index, friendsOfFriends(index, at), 'ANY', 60).slice(0, 10)) {
      cards += 1;
      if (c.contacts.some((id) => !index.people[index.position.get(id)!]!.contactable)) tejidoBad += 1;
    }
    for (const { at: q } of naiveRanked(index, at, 10)) {
      naiveCards += 1;
      // Before: any listed contact was named, contactable or not.
      const named = index.ties[at]!.filter((c) => index.people[c]!.listed && index.ties[c]!.includes(q));
      if (named.some((c) => !index.people[c]!.contactable)) naiveBad += 1;
    }
  });
  console.log(
    `\nReasons on the CAMAFU demo (${index.people.length} people), top 10 of each listed person: cards naming a mutual contact who cannot`,
  );
  console.log(`introduce them: Tejido ${tejidoBad} of ${cards} | naive ${naiveBad} of ${naiveCards} (${percent(naiveBad / naiveCards)})`);
}

// ---- Detected communities -------------------------------------------------------------------------

/** Normalized mutual information of two partitions (arithmetic mean normalization, as scikit-learn's default). */
function nmi(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  const n = a.length;
  const count = (keys: (number | string)[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<number | string, number>());
  const [ca, cb] = [count(Array.from(a)), count(Array.from(b))];
  const joint = count(Array.from(a, (x, i) => `${x}|${b[i]}`));
  const entropy = (c: Map<unknown, number>) => -[...c.values()].reduce((h, k) => h + (k / n) * Math.log(k / n), 0);
  let mutual = 0;
  for (const [key, k] of joint) {
    const [x, y] = String(key).split('|');
    const [kx, ky] = [ca.get(typeof a[0] === 'number' ? Number(x) : x!)!, cb.get(typeof b[0] === 'number' ? Number(y) : y!)!];
    mutual += (k / n) * Math.log((k * n) / (kx * ky));
  }
  const [ha, hb] = [entropy(ca), entropy(cb)];
  return ha + hb === 0 ? 1 : (2 * mutual) / (ha + hb);
}

/** The same people and ties in another load order (people, ties, and the ends of each tie shuffled). */
function shuffledLoad(ids: string[], ends: ArrayLike<number>, seed: number) {
  const random = seededRandom(seed);
  const order = ids.map((_, at) => at).sort(() => random() - 0.5);
  const newAt = new Int32Array(ids.length);
  order.forEach((at, i) => (newAt[at] = i));
  const ties = Array.from({ length: ends.length / 2 }, (_, t) => [newAt[ends[2 * t]!]!, newAt[ends[2 * t + 1]!]!]).sort(
    () => random() - 0.5,
  );
  return { ids: order.map((at) => ids[at]!), ends: Int32Array.from(ties.flatMap(([x, y]) => (random() < 0.5 ? [x!, y!] : [y!, x!]))) };
}

/** The graph as it was built before issue 17: in load order (not canonical), for the baseline. */
const inLoadOrder = ({ ids, ends }: { ids: string[]; ends: Int32Array }): CanonicalTies => ({ ids, ends, canonical: true });

const range = (values: number[]) => `${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)}`;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function communityQuality(label: string, ids: string[], ends: ArrayLike<number>, truth: Map<string, number> | null, loads = 10) {
  const tejido = { q: [] as number[], nmi: [] as number[], partitions: new Set<string>() };
  const naive = { q: [] as number[], nmi: [] as number[], partitions: new Set<string>() };
  for (let load = 1; load <= loads; load++) {
    const loaded = shuffledLoad(ids, ends, load);
    for (const [figures, graph, passes] of [
      [tejido, buildGraph(canonical(loaded.ids, loaded.ends)), undefined],
      [naive, buildGraph(inLoadOrder(loaded)), 1],
    ] as const) {
      const { communityOf, modularity } = detectCommunities(graph, passes);
      figures.q.push(modularity);
      // The partition as a canonical string: each person's community named by its first member in id order.
      const sortedIds = [...ids].sort();
      const name = new Map<string, string>();
      figures.partitions.add(sortedIds.map((id) => name.get(communityOf.get(id)!) ?? (name.set(communityOf.get(id)!, id), id)).join(','));
      if (truth)
        figures.nmi.push(
          nmi(
            ids.map((id) => truth.get(id)!),
            ids.map((id) => communityOf.get(id)!),
          ),
        );
    }
  }
  const show = (f: typeof tejido) =>
    `modularity ${range(f.q)}${truth ? `, NMI ${range(f.nmi)} (mean ${mean(f.nmi).toFixed(3)})` : ''}, ${f.partitions.size} different partition${f.partitions.size === 1 ? '' : 's'}`;
  console.log(`  ${label}, ${loads} load orders:`);
  console.log(`    Tejido (canonical order, best of 3–6 passes):      ${show(tejido)}`);
  console.log(`    naive (one pass in load order):                    ${show(naive)}`);
}

console.log('\nDetected communities (Louvain), the same ties loaded in shuffled orders:');
const karateEnds = tieEnds(KARATE.ids, KARATE.ties);
communityQuality(
  `Zachary's karate club (34 people, 78 ties; best-known modularity ${KARATE_BEST_MODULARITY})`,
  KARATE.ids,
  karateEnds,
  null,
  20,
);
for (const [sizes, inside, outside] of [
  [[40, 60, 80, 120, 160, 240, 300], 10, 2],
  [[40, 60, 80, 120, 160, 240, 300], 8, 4],
  [[200, 300, 500, 800, 1200, 2000], 10, 3],
] as const) {
  const planted = plantedClusters({ sizes: [...sizes], inside, outside, seed: 11 });
  const truth = new Map(planted.ids.map((id, at) => [id, planted.clusterOf[at]!]));
  communityQuality(
    `planted clusters ${sizes.join('/')} (${planted.ids.length} people, ${planted.ends.length / 2} ties; ~${inside} ties inside, ~${outside} anywhere)`,
    planted.ids,
    planted.ends,
    truth,
  );
}

// ---- Bridges -----------------------------------------------------------------------------------------

console.log('\nBridges: the top 10 by betweenness on CAMAFU-shaped communities (seed/generate.ts), against exact betweenness;');
console.log('naive: the fixed sample used before (sources × ties ≈ 3·10⁶); Tejido: that first sample, then refined in the background.');
const sizes = (process.argv[2] ?? '3000,10000,20000').split(',').map(Number);
for (const people of sizes) {
  const community = generateCommunity({ people, averageDegree: 6.7, slug: `quality-${people}` });
  const ids = community.people.map((p) => p.id);
  const ties = canonical(
    ids,
    tieEnds(
      ids,
      community.ties.map((t) => ({ source: t.from, target: t.to })),
    ),
  );
  const [n, m] = [ties.ids.length, ties.ends.length / 2];
  let t0 = performance.now();
  const exact = brandes(
    n,
    ties.ends,
    Int32Array.from({ length: n }, (_, i) => i),
  );
  const exactMs = performance.now() - t0;
  const exactTop = topPositions(exact);
  const plan = planBetweenness(n, m, BETWEENNESS_BUDGET);
  t0 = performance.now();
  const first = brandes(n, ties.ends, plan.sources);
  const firstMs = performance.now() - t0;
  t0 = performance.now();
  const refined = await refineBetweenness(n, m, sourceOrder(n), { sums: first, sources: plan.sources.length }, async (s) =>
    brandes(n, ties.ends, s),
  );
  const refineMs = performance.now() - t0;
  // Values: the estimates of the exact top 10's betweenness, relative error (median, max).
  const errors = (sums: Float64Array, sources: number) => {
    const e = exactTop.map((at) => Math.abs((sums[at]! * n) / sources - exact[at]!) / exact[at]!).sort((a, b) => a - b);
    return `value error median ${percent(e[4]!)}, max ${percent(e[9]!)}`;
  };
  const found = (sums: Float64Array) => topPositions(sums).filter((at) => exactTop.includes(at)).length;
  const c = refined.certainty;
  console.log(`  ${n} people, ${m} ties: exact ${(exactMs / 1000).toFixed(1)} s`);
  console.log(
    `    naive  (${plan.sources.length} sources, ${firstMs.toFixed(0)} ms): ${found(first)}/10 of the exact top 10, ${errors(first, plan.sources.length)}`,
  );
  console.log(
    `    Tejido (${c.level}, ${c.sources} sources${c.agreement === null ? '' : `, halves agree on ${c.agreement}/10`}, ${(refineMs / 1000).toFixed(1)} s more): ` +
      `${found(refined.sums)}/10 of the exact top 10, ${errors(refined.sums, c.sources)}`,
  );
}
