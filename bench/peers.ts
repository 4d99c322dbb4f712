// Finding peers at 10,000 people and ~100,000 ties, over HTTP as a share-link viewer (listed people only):
// searchPeople by interest and by text, peerSuggestions, interestPage and introductionPath, one request at a time,
// next to a trivial Bolt query (RETURN 1) measured in the same run.
// Run: npx tsx bench/peers.ts [people] [degree] [requests per operation]
import { randomUUID } from 'node:crypto';
import { importCommunity } from '../server/communities/import-repository.ts';
import { readTx } from '../server/db/transaction.ts';
import { createShareLink } from '../server/sharing/share-link-repository.ts';
import { generateCommunity } from '../seed/generate.ts';
import { benchDatabase, benchServer, rssMb, summarize } from './support.ts';

const peopleCount = Number(process.argv[2] ?? 10_000);
const degree = Number(process.argv[3] ?? 20);
const requests = Number(process.argv[4] ?? 400);

const { db, close } = await benchDatabase();
const { url, close: closeServer } = await benchServer(db);
const community = generateCommunity({ people: peopleCount, slug: `peers-${randomUUID().slice(0, 6)}`, averageDegree: degree });
const loadStarted = performance.now();
await importCommunity(db, community);
console.log(`loaded ${community.people.length} people, ${community.ties.length} ties in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
const share = await createShareLink(db, community.community.id);
const slug = community.community.slug;

// Deterministic picks: listed people (whom a share link may ask about), interests by name in both languages.
const listed = community.people.filter((p) => p.listed);
const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length]!;
const interestNames = community.interests.flatMap((i) => [i.nameEs, i.nameEn]);
const words = ['brigada', 'quemas', 'maria', 'conafor', 'restauracion', 'jefe', 'satelite', 'ejido', 'jose', 'educacion'];

async function graphql(query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tejido-share': share },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(`${body.errors[0]!.message} (${JSON.stringify(variables)})`);
}

const SEARCH = `query($s: String!, $q: PeopleSearch!) { community(slug: $s) { searchPeople(search: $q, first: 20) {
  totalCount edges { match node { id name } } } } }`;
const SUGGESTIONS = `query($s: String!, $id: ID!) { community(slug: $s) { peerSuggestions(personId: $id, first: 10) {
  person { id name } score parts { complementarity sharedRarity proximity region } mutualContacts { name } reasons } } }`;
const INTEREST_PAGE = `query($s: String!, $id: ID!) { community(slug: $s) { interestPage(id: $id) {
  offeredBy { id name } soughtBy { id name } regions { offerers seekers } gaps { region { name } nearestOfferers { hops person { name } } } } } }`;
const PATH = `query($s: String!, $a: ID!, $b: ID!) { community(slug: $s) { introductionPath(fromId: $a, toId: $b) { id name } } }`;

const operations: Record<string, (i: number) => Promise<unknown>> = {
  'searchPeople (interest)': (i) => graphql(SEARCH, { s: slug, q: { interest: interestNames[i % interestNames.length] } }),
  'searchPeople (text)': (i) => graphql(SEARCH, { s: slug, q: { text: words[i % words.length] } }),
  peerSuggestions: (i) => graphql(SUGGESTIONS, { s: slug, id: pick(listed, i).id }),
  interestPage: (i) => graphql(INTEREST_PAGE, { s: slug, id: community.interests[i % community.interests.length]!.id }),
  introductionPath: (i) => graphql(PATH, { s: slug, a: pick(listed, i).id, b: pick(listed, i + 1).id }),
  'baseline: RETURN 1 over Bolt': () => readTx(db, (tx) => tx.run('RETURN 1')),
};

/** One request at a time: latencies and requests per second. */
async function measure(op: (i: number) => Promise<unknown>, count: number, offset: number) {
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await op(offset + i);
    latencies.push(performance.now() - t0);
  }
  return { ...summarize(latencies), perSecond: count / ((performance.now() - started) / 1000) };
}

// A fresh JVM compiles plans and hot code during its first thousands of queries: warm every path up with
// other picks than the measured ones, so the figures are the steady state.
for (const op of Object.values(operations)) await measure(op, Math.max(100, requests / 2), 100_000);

const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
for (const [name, op] of Object.entries(operations)) results[name] = await measure(op, requests, 0);
const baseline = results['baseline: RETURN 1 over Bolt']!;

console.log(`finding peers: ${community.people.length} people, ${community.ties.length} ties, ${requests} requests each, one at a time, share-link viewer`);
for (const [name, r] of Object.entries(results)) {
  const ratio = r === baseline ? '' : `  (${(r.p50 / baseline.p50).toFixed(1)}× p50, ${(r.p95 / baseline.p95).toFixed(1)}× p95 of baseline)`;
  console.log(`  ${name.padEnd(30)} p50 ${String(r.p50).padStart(6)} ms  p95 ${String(r.p95).padStart(6)} ms  max ${String(r.max).padStart(6)} ms  ${r.perSecond.toFixed(0).padStart(5)}/s${ratio}`);
}
console.log(`app RSS ${rssMb()} MB`);
await closeServer();
await close();
