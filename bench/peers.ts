// Finding peers at 10,000 people and ~100,000 ties, over HTTP as a share-link viewer (listed people only):
// searchPeople by interest and by text, peerSuggestions, interestPage and introductionPath, one request at a
// time, each sent as the client sends it (its own generated documents, client/src/gql). Side by side, in the
// same process over the same data: the old benchmark's lean search (`node { id name }`), @neo4j/graphql's
// generated resolvers answering search, suggestions and introductions with the same fields
// (bench/neo4j-graphql.ts), and a trivial Bolt query (RETURN 1).
// Run: npx tsx bench/peers.ts [people] [degree] [requests per operation]
import { randomUUID } from 'node:crypto';
import {
  InterestPageDocument,
  IntroductionPathDocument,
  PeerSuggestionsDocument,
  SearchPeopleDocument,
} from '../client/src/gql/graphql.ts';
import { importCommunity } from '../server/communities/import-repository.ts';
import { readTx } from '../server/db/transaction.ts';
import { createShareLink } from '../server/sharing/share-link-repository.ts';
import { generateCommunity } from '../seed/generate.ts';
import { NEO4J_GRAPHQL_QUERIES, neo4jGraphQLServer } from './neo4j-graphql.ts';
import { benchDatabase, benchServer, rssMb, summarize } from './support.ts';

const peopleCount = Number(process.argv[2] ?? 10_000);
const degree = Number(process.argv[3] ?? 20);
const requests = Number(process.argv[4] ?? 400);

const { db, close } = await benchDatabase();
const { url, close: closeServer } = await benchServer(db);
const generated = await neo4jGraphQLServer(db);
const community = generateCommunity({ people: peopleCount, slug: `peers-${randomUUID().slice(0, 6)}`, averageDegree: degree });
const loadStarted = performance.now();
await importCommunity(db, community);
console.log(
  `loaded ${community.people.length} people, ${community.ties.length} ties in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`,
);
const share = await createShareLink(db, community.community.id);
const slug = community.community.slug;

// Deterministic picks: listed people (whom a share link may ask about), interests by name in both languages.
const listed = community.people.filter((p) => p.listed);
const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length]!;
const interestNames = community.interests.flatMap((i) => [i.nameEs, i.nameEn]);
const words = ['brigada', 'quemas', 'maria', 'conafor', 'restauracion', 'jefe', 'satelite', 'ejido', 'jose', 'educacion'];

async function post(
  endpoint: string,
  query: { toString(): string },
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${endpoint}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(`${body.errors[0]!.message} (${JSON.stringify(variables)})`);
}
const tejido = (query: { toString(): string }, variables: Record<string, unknown>) =>
  post(url, query, variables, { 'x-tejido-share': share });
const neo4jGraphQL = (query: string, variables: Record<string, unknown>) => post(generated.url, query, variables);

// What the old benchmark sent: the search with nothing but names, no profile fields.
const LEAN_SEARCH = `query($s: String!, $q: PeopleSearch!) { community(slug: $s) { searchPeople(search: $q, first: 20) {
  totalCount edges { match node { id name } } } } }`;
const interestName = (i: number) => interestNames[i % interestNames.length]!;

const operations: Record<string, (i: number) => Promise<unknown>> = {
  'search by interest (client)': (i) =>
    tejido(SearchPeopleDocument, { slug, search: { interest: interestName(i) }, first: 20, after: null }),
  'search by interest (neo4j/graphql)': (i) =>
    neo4jGraphQL(NEO4J_GRAPHQL_QUERIES.searchByInterest, { communityId: community.community.id, interest: interestName(i) }),
  'search by interest (id name)': (i) => tejido(LEAN_SEARCH, { s: slug, q: { interest: interestName(i) } }),
  'search by text (client)': (i) =>
    tejido(SearchPeopleDocument, { slug, search: { text: words[i % words.length] }, first: 20, after: null }),
  'suggestions (client)': (i) =>
    tejido(PeerSuggestionsDocument, { slug, personId: pick(listed, i).id, first: 10, preference: 'ANY', language: 'EN' }),
  'suggestions (neo4j/graphql)': (i) => neo4jGraphQL(NEO4J_GRAPHQL_QUERIES.suggestions, { id: pick(listed, i).id }),
  'interest page (client)': (i) => tejido(InterestPageDocument, { slug, id: community.interests[i % community.interests.length]!.id }),
  'introduction path (client)': (i) => tejido(IntroductionPathDocument, { slug, fromId: pick(listed, i).id, toId: pick(listed, i + 1).id }),
  'introduction path (neo4j/graphql)': (i) =>
    neo4jGraphQL(NEO4J_GRAPHQL_QUERIES.introductionPath, { a: pick(listed, i).id, b: pick(listed, i + 1).id }),
  'baseline: RETURN 1 over Bolt': () => readTx(db, (tx) => tx.run('RETURN 1')),
};

/**
 * One request at a time, the operations taking turns in rounds of ten, so that a busy moment of this shared
 * machine falls on all of them alike rather than on whichever ran then: latencies and requests per second
 * (one at a time, i.e. 1,000 / mean latency).
 */
async function measure(count: number, offset: number) {
  const latencies = new Map(Object.keys(operations).map((name) => [name, [] as number[]]));
  for (let start = 0; start < count; start += 10) {
    for (const [name, op] of Object.entries(operations)) {
      for (let i = start; i < Math.min(count, start + 10); i++) {
        const t0 = performance.now();
        await op(offset + i);
        latencies.get(name)!.push(performance.now() - t0);
      }
    }
  }
  const mean = (samples: number[]) => samples.reduce((a, b) => a + b, 0) / samples.length;
  return Object.fromEntries([...latencies].map(([name, samples]) => [name, { ...summarize(samples), perSecond: 1000 / mean(samples) }]));
}

// A fresh JVM compiles plans and hot code during its first thousands of queries: warm every path up with
// other picks than the measured ones, so the figures are the steady state.
await measure(Math.max(100, requests / 2), 100_000);
const results = await measure(requests, 0);
const baseline = results['baseline: RETURN 1 over Bolt']!;

console.log(
  `finding peers: ${community.people.length} people, ${community.ties.length} ties, ${requests} requests each, one at a time, share-link viewer`,
);
for (const [name, r] of Object.entries(results)) {
  const ratio =
    r === baseline ? '' : `  (${(r.p50 / baseline.p50).toFixed(1)}× p50, ${(r.p95 / baseline.p95).toFixed(1)}× p95 of baseline)`;
  console.log(
    `  ${name.padEnd(36)} p50 ${String(r.p50).padStart(6)} ms  p95 ${String(r.p95).padStart(6)} ms  max ${String(r.max).padStart(6)} ms  ${r.perSecond.toFixed(0).padStart(5)}/s${ratio}`,
  );
}
console.log('Tejido (client documents) against @neo4j/graphql, same data, same process (below 1: Tejido faster):');
for (const question of ['search by interest', 'suggestions', 'introduction path']) {
  const ours = results[`${question} (client)`]!;
  const theirs = results[`${question} (neo4j/graphql)`]!;
  console.log(`  ${question.padEnd(20)} ${(ours.p50 / theirs.p50).toFixed(2)}× p50, ${(ours.p95 / theirs.p95).toFixed(2)}× p95`);
}
const lean = results['search by interest (id name)']!;
const full = results['search by interest (client)']!;
console.log(`  client search / lean search: ${(full.p50 / lean.p50).toFixed(2)}× p50, ${(full.p95 / lean.p95).toFixed(2)}× p95`);
console.log(`process RSS ${rssMb()} MB (Tejido and @neo4j/graphql in one process)`);
await generated.close();
await closeServer();
await close();
