import type { Scope } from '../auth/viewer.ts';
import { visible } from '../auth/viewer.ts';
import type { InterestRecord } from '../communities/community-repository.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import type { PersonRecord } from '../people/person-repository.ts';
import { PERSON } from '../people/person-repository.ts';
import { peerIndex } from './peer-index.ts';
import type { PeerIndex } from './peer-index.ts';
import type { ReasonFacts } from './reasons.ts';

export type RegionPreference = 'ANY' | 'SAME_REGION' | 'OTHER_REGION';

/** The most suggestions one request may ask for. */
export const MAX_SUGGESTIONS = 50;

export type ScoreParts = { complementarity: number; sharedRarity: number; proximity: number; region: number };

export type PeerSuggestionRecord = {
  person: PersonRecord;
  score: number;
  parts: ScoreParts;
  theyOffer: InterestRecord[];
  youOffer: InterestRecord[];
  shared: InterestRecord[];
  mutualContacts: PersonRecord[];
  /** Facts the plain-language reasons are written from. */
  facts: ReasonFacts;
};

/** The person asking, read live: their interests, ties, region, and friends of friends. */
export type Asker = {
  id: string;
  offers: string[];
  seeks: string[];
  regionId: string | null;
  regionName: string | null;
  tied: string[];
  /** Friends of friends who may be suggested, each with one contact the viewer may see. */
  fof: { id: string; normName: string; contact: string }[];
};

/** A candidate scored from the peer index, with the ids its reasons name. */
export type ScoredCandidate = {
  id: string;
  normName: string;
  score: number;
  parts: ScoreParts;
  theyOffer: string[];
  youOffer: string[];
  shared: string[];
  contacts: string[];
};

/**
 * Every candidate with a reason to meet the asker, scored as documented on PeerScoreParts and ranked
 * (score, then name, then id). Candidates are the people the index holds (listed and contactable) who
 * offer what the asker seeks, seek what they offer, or share an interest, and friends of friends; never
 * the asker or anyone they are tied to. Counts go into arrays by index position (thousands of candidates
 * for a popular interest); the interests each reason names are listed for the candidates returned only.
 */
export function rankCandidates(index: PeerIndex, asker: Asker, preference: RegionPreference, count: number): ScoredCandidate[] {
  const size = index.people.length;
  const theyOffer = new Uint16Array(size);
  const youOffer = new Uint16Array(size);
  const rarity = new Float64Array(size);
  const touched: number[] = [];
  const seen = new Uint8Array(size);
  const add = (counts: Uint16Array | Float64Array, holders: Iterable<number>, value: number) => {
    for (const at of holders) {
      counts[at]! += value;
      if (seen[at] === 0) {
        seen[at] = 1;
        touched.push(at);
      }
    }
  };
  for (const i of asker.seeks) add(theyOffer, index.offerers.get(i) ?? [], 1);
  for (const i of asker.offers) add(youOffer, index.seekers.get(i) ?? [], 1);
  // An interest the asker both offers and seeks counts once per candidate.
  for (const i of new Set([...asker.offers, ...asker.seeks])) {
    const offering = asker.offers.includes(i) ? (index.offerers.get(i) ?? []) : [];
    const seeking = asker.seeks.includes(i) ? (index.seekers.get(i) ?? []) : [];
    add(rarity, seeking.length === 0 ? offering : new Set([...offering, ...seeking]), index.rarity.get(i) ?? 1);
  }
  // Friends of friends: by position when the index holds them, else (new since it was built) by id.
  const contacts = new Map<string, { normName: string; regionId: string | null; ids: Set<string> }>();
  for (const f of asker.fof) {
    // Their region comes from the index (people new since it was built get no region part yet).
    const at = index.position.get(f.id);
    const entry = contacts.get(f.id) ?? { normName: f.normName, regionId: at === undefined ? null : index.people[at]!.regionId, ids: new Set<string>() };
    entry.ids.add(f.contact);
    contacts.set(f.id, entry);
  }

  const excluded = new Set([asker.id, ...asker.tied]);
  const scored: Omit<ScoredCandidate, 'theyOffer' | 'youOffer' | 'shared'>[] = [];
  const score = (id: string, normName: string, regionId: string | null, at: number | undefined) => {
    if (excluded.has(id)) return;
    const [they, you, rare] = at === undefined ? [0, 0, 0] : [theyOffer[at]!, youOffer[at]!, rarity[at]!];
    const reached = contacts.get(id)?.ids ?? new Set<string>();
    const parts = {
      complementarity: they > 0 && you > 0 ? 3 : Math.min(they + you, 1.5),
      sharedRarity: Math.min(rare, 2),
      proximity: reached.size === 0 ? 0 : Math.min(0.25 + 0.25 * reached.size, 1),
      region: regionPart(preference, asker.regionId, regionId),
    };
    scored.push({ id, normName, score: parts.complementarity + parts.sharedRarity + parts.proximity + parts.region, parts, contacts: [...reached] });
  };
  for (const at of touched) score(index.people[at]!.id, index.people[at]!.normName, index.people[at]!.regionId, at);
  for (const [id, c] of contacts) {
    const at = index.position.get(id);
    if (at === undefined || seen[at] === 0) score(id, c.normName, c.regionId, at);
  }
  // Code-unit order on names, as Cypher orders strings.
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  scored.sort((a, b) => b.score - a.score || order(a.normName, b.normName) || order(a.id, b.id));
  return scored.slice(0, count).map((c) => {
    const person = index.people[index.position.get(c.id) ?? -1];
    const has = (list: string[] | undefined) => (i: string) => list?.includes(i) ?? false;
    return {
      ...c,
      theyOffer: asker.seeks.filter(has(person?.offers)),
      youOffer: asker.offers.filter(has(person?.seeks)),
      shared: [...new Set([...asker.offers.filter(has(person?.offers)), ...asker.seeks.filter(has(person?.seeks))])],
    };
  });
}

function regionPart(preference: RegionPreference, mine: string | null, theirs: string | null): number {
  if (preference === 'ANY' || !mine || !theirs) return 0;
  return (theirs === mine) === (preference === 'SAME_REGION') ? 0.5 : 0;
}

const ASKER = `
MATCH (me:Person {id: $personId})
WHERE me.communityId = $communityId AND ($self OR ${visible('me')})
RETURN me.id AS id,
       COLLECT { MATCH (me)-[:OFFERS]->(i:Interest) RETURN i.id } AS offers,
       COLLECT { MATCH (me)-[:SEEKS]->(i:Interest) RETURN i.id } AS seeks,
       head(COLLECT { MATCH (me)-[:BASED_IN]->(r:Region) RETURN r.id }) AS regionId,
       head(COLLECT { MATCH (me)-[:BASED_IN]->(r:Region) RETURN r.name }) AS regionName,
       COLLECT { MATCH (me)-[:KNOWS]-(n:Person) RETURN n.id } AS tied,
       COLLECT {
         MATCH (me)-[:KNOWS]-(contact:Person)-[:KNOWS]-(q:Person)
         WHERE ${visible('contact')} AND q.listed AND q.contactable AND q <> me
         RETURN {id: q.id, normName: q.normName, contact: contact.id}
       } AS fof`;

const INTEREST = (i: string) => `${i} {.id, .name, .nameEs, .nameEn, synonyms: coalesce(${i}.synonyms, [])}`;
const INTERESTS = (ids: string) => `COLLECT { MATCH (i:Interest) WHERE i.id IN ${ids} WITH i ORDER BY i.normName RETURN ${INTEREST('i')} }`;

// The candidates as they are now: still listed, contactable and not tied to the asker (the index may be
// seconds old), with what the reasons name.
const DETAILS = `
UNWIND range(0, size($candidates) - 1) AS n
WITH n, $candidates[n] AS c
MATCH (q:Person {id: c.id})
WHERE q.communityId = $communityId AND q.listed AND q.contactable AND NOT EXISTS { (q)-[:KNOWS]-(:Person {id: $personId}) }
RETURN n, ${PERSON('q')} AS person,
       ${INTERESTS('c.theyOffer')} AS theyOffer,
       ${INTERESTS('c.youOffer')} AS youOffer,
       ${INTERESTS('c.shared')} AS shared,
       COLLECT {
         MATCH (m:Person) WHERE m.id IN c.contacts
         WITH m ORDER BY CASE m.participation WHEN 'CORE' THEN 0 WHEN 'ACTIVE' THEN 1 ELSE 2 END, m.normName, m.id LIMIT 3
         RETURN ${PERSON('m')}
       } AS mutualContacts,
       head(COLLECT { MATCH (q)-[:MEMBER_OF]->(o:Organization) RETURN o.name }) AS organization,
       head(COLLECT { MATCH (q)-[:BASED_IN]->(r:Region) RETURN r.name }) AS region
ORDER BY n`;

type DetailRow = Omit<PeerSuggestionRecord, 'score' | 'parts' | 'facts'> & { n: number; organization: string | null; region: string | null };

/**
 * Whom the person should meet, best first: scored in memory from the peer index against the person read
 * live, then the best candidates checked and described live. Null when the person is not in the
 * community or (unless `self`, the person asking through their private link) not visible to the viewer.
 */
export async function peerSuggestions(
  db: Database,
  input: { communityId: string; personId: string; scope: Scope; self: boolean; first: number; preference: RegionPreference },
): Promise<PeerSuggestionRecord[] | null> {
  const index = await peerIndex(db, input.communityId);
  return readTx(db, async (tx) => {
    const found = await tx.run(ASKER, input);
    if (found.records.length === 0) return null;
    const asker = found.records[0]!.toObject() as Asker;
    // Enough for the page and a few rounds of candidates whose consent or ties changed since the index was built.
    const ranked = rankCandidates(index, asker, input.preference, input.first + 50);
    const suggestions: PeerSuggestionRecord[] = [];
    // A few spare candidates per round cover those whose consent or ties changed since the index was built.
    for (let start = 0; suggestions.length < input.first && start < ranked.length; ) {
      const batch = ranked.slice(start, start + input.first - suggestions.length + 5);
      start += batch.length;
      const rows = await tx.run(DETAILS, { ...input, candidates: batch });
      for (const row of rows.records.map((r) => r.toObject() as DetailRow)) {
        const { score, parts } = batch[row.n]!;
        const { n: _, organization, region, ...described } = row;
        const facts = { name: row.person.name, organization, region, askerRegion: asker.regionName, ...pick(described) };
        suggestions.push({ ...described, score, parts, facts });
      }
    }
    return suggestions.slice(0, input.first);
  });
}

const pick = ({ theyOffer, youOffer, shared, mutualContacts }: Omit<DetailRow, 'n' | 'organization' | 'region'>) => ({ theyOffer, youOffer, shared, mutualContacts });
