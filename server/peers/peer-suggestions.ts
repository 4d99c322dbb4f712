import type { Scope } from '../auth/viewer.ts';
import { seesEveryone, visible } from '../auth/viewer.ts';
import type { InterestRecord, MapPersonRecord } from '../communities/community-repository.ts';
import type { Database } from '../db/transaction.ts';
import { readTx } from '../db/transaction.ts';
import type { PersonRecord } from '../people/person-repository.ts';
import { CARD, PERSON_WITH } from '../people/person-repository.ts';
import { compareKeys, PARTICIPATION_RANK, peerIndex, regionAt } from './peer-index.ts';
import type { PeerIndex } from './peer-index.ts';
import type { ReasonFacts } from './reasons.ts';
import { smallest } from './smallest.ts';

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

/** The person asking, from the peer index: their position, and their friends of friends who may be suggested. */
export type Asker = {
  at: number;
  /** Each friend of a friend (a position) with the contacts (ids) the viewer may see who link them. */
  fof: Map<number, string[]>;
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

/** Suggestions name listed people who agreed to be contacted, and no one else. */
const suggestable = (p: MapPersonRecord) => p.listed && p.contactable;

/** The asker's friends of friends who may be suggested, through the contacts the viewer may see. */
export function friendsOfFriends(index: PeerIndex, at: number, seesAll: boolean): Asker {
  const fof = new Map<number, string[]>();
  for (const c of index.ties[at]!) {
    const contact = index.people[c]!;
    if (!seesAll && !contact.listed) continue;
    for (const q of index.ties[c]!) {
      if (q === at || !suggestable(index.people[q]!)) continue;
      const via = fof.get(q);
      if (via) via.push(contact.id);
      else fof.set(q, [contact.id]);
    }
  }
  return { at, fof };
}

/**
 * Every candidate with a reason to meet the asker, scored as documented on PeerScoreParts and ranked
 * (score, then name, then id). Candidates are the suggestable people who offer what the asker seeks, seek
 * what they offer, or share an interest, and friends of friends; never the asker or anyone they are tied
 * to. Counts go into arrays by position (thousands of candidates for a popular interest); the interests
 * each reason names are listed for the candidates returned only.
 */
export function rankCandidates(index: PeerIndex, asker: Asker, preference: RegionPreference, count: number): ScoredCandidate[] {
  const me = index.people[asker.at]!;
  const size = index.people.length;
  const theyOffer = new Uint16Array(size);
  const youOffer = new Uint16Array(size);
  const rarity = new Float64Array(size);
  const touched: number[] = [];
  const seen = new Uint8Array(size);
  const touch = (at: number) => {
    if (seen[at] === 0) {
      seen[at] = 1;
      touched.push(at);
    }
  };
  for (const i of me.seekIds) {
    for (const at of index.offerers.get(i) ?? []) {
      theyOffer[at]! += 1;
      touch(at);
    }
  }
  for (const i of me.offerIds) {
    for (const at of index.seekers.get(i) ?? []) {
      youOffer[at]! += 1;
      touch(at);
    }
  }
  // Shared interests: offered by both or sought by both. An interest shared both ways counts once (stamped).
  const stamp = new Int32Array(size).fill(-1);
  [...new Set([...me.offerIds, ...me.seekIds])].forEach((i, n) => {
    const weight = index.rarity.get(i) ?? 1;
    for (const [asked, holders] of [[me.offerIds, index.offerers], [me.seekIds, index.seekers]] as const) {
      if (!asked.includes(i)) continue;
      for (const at of holders.get(i) ?? []) {
        if (stamp[at] === n) continue;
        stamp[at] = n;
        rarity[at]! += weight;
        touch(at);
      }
    }
  });
  for (const at of asker.fof.keys()) touch(at);

  const excluded = new Set([asker.at, ...index.ties[asker.at]!]);
  const scored: (Omit<ScoredCandidate, 'theyOffer' | 'youOffer' | 'shared'> & { at: number })[] = [];
  for (const at of touched) {
    const person = index.people[at]!;
    if (excluded.has(at) || !suggestable(person)) continue;
    const [they, you, rare] = [theyOffer[at]!, youOffer[at]!, rarity[at]!];
    const contacts = asker.fof.get(at) ?? [];
    const parts = {
      complementarity: they > 0 && you > 0 ? 3 : Math.min(they + you, 1.5),
      sharedRarity: Math.min(rare, 2),
      proximity: contacts.length === 0 ? 0 : Math.min(0.25 + 0.25 * contacts.length, 1),
      region: regionPart(preference, me.regionId, person.regionId),
    };
    const score = parts.complementarity + parts.sharedRarity + parts.proximity + parts.region;
    scored.push({ at, id: person.id, normName: person.normName, score, parts, contacts });
  }
  const best = smallest(scored, count, (a, b) => b.score - a.score || compareKeys([a.normName, a.id], [b.normName, b.id]));
  return best.map(({ at, ...c }) => {
    const person = index.people[at]!;
    const has = (list: string[]) => (i: string) => list.includes(i);
    return {
      ...c,
      theyOffer: me.seekIds.filter(has(person.offerIds)),
      youOffer: me.offerIds.filter(has(person.seekIds)),
      shared: [...new Set([...me.offerIds.filter(has(person.offerIds)), ...me.seekIds.filter(has(person.seekIds))])],
    };
  });
}

function regionPart(preference: RegionPreference, mine: string | null, theirs: string | null): number {
  if (preference === 'ANY' || !mine || !theirs) return 0;
  return (theirs === mine) === (preference === 'SAME_REGION') ? 0.5 : 0;
}

// People as they are now (a write may have landed since the index was built): the viewer may still see
// them, and candidates are still listed, contactable and not tied to the asker.
const PEOPLE_NOW = `
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE p.communityId = $communityId AND ${visible('p')}
RETURN ${PERSON_WITH('p', CARD)} AS person,
       p.listed AND p.contactable AND NOT EXISTS { (p)-[:KNOWS]-(:Person {id: $personId}) } AS suggestable`;

/** Mutual contacts named first: coordinators, then active members, each by name. */
const contactKey = (p: PersonRecord) => [PARTICIPATION_RANK[p.participation], p.normName, p.id];
const contactOrder = (a: PersonRecord, b: PersonRecord) => compareKeys(contactKey(a), contactKey(b));

/**
 * Whom the person should meet, best first: scored in memory from the peer index, then the best candidates
 * described from Neo4j. Null when the person is not in the community or (unless `self`, the person asking
 * through their private link) not visible to the viewer.
 */
export async function peerSuggestions(
  db: Database,
  input: { communityId: string; personId: string; scope: Scope; self: boolean; first: number; preference: RegionPreference },
): Promise<PeerSuggestionRecord[] | null> {
  const index = await peerIndex(db, input.communityId);
  const at = index.position.get(input.personId);
  const seesAll = seesEveryone(input.scope, input.communityId);
  if (at === undefined || !(input.self || seesAll || index.people[at]!.listed)) return null;
  const askerRegion = regionAt(index, at)?.name ?? null;
  const ranked = rankCandidates(index, friendsOfFriends(index, at, seesAll), input.preference, input.first + 50);
  const interests = (ids: string[]) => [...index.interests.values()].filter((i) => ids.includes(i.id));
  return readTx(db, async (tx) => {
    const suggestions: PeerSuggestionRecord[] = [];
    // A few spare candidates per round cover those whose consent or ties changed since the index was built.
    for (let start = 0; suggestions.length < input.first && start < ranked.length; ) {
      const batch = ranked.slice(start, start + input.first - suggestions.length + 5);
      start += batch.length;
      const ids = [...new Set(batch.flatMap((c) => [c.id, ...c.contacts]))];
      const rows = await tx.run(PEOPLE_NOW, { ...input, ids });
      const now = new Map(rows.records.map((row) => [row.get('person').id as string, row.toObject() as { person: PersonRecord; suggestable: boolean }]));
      for (const { id, score, parts, contacts, ...named } of batch) {
        const candidate = now.get(id);
        if (!candidate?.suggestable) continue;
        const indexedAt = index.position.get(id)!;
        const indexed = index.people[indexedAt]!;
        const described = {
          person: candidate.person,
          theyOffer: interests(named.theyOffer),
          youOffer: interests(named.youOffer),
          shared: interests(named.shared),
          mutualContacts: contacts.flatMap((c) => now.get(c)?.person ?? []).sort(contactOrder).slice(0, 3),
        };
        const region = regionAt(index, indexedAt)?.name ?? null;
        const facts = { name: indexed.name, organization: indexed.organization, region, askerRegion, ...described };
        suggestions.push({ ...described, score, parts, facts });
      }
    }
    return suggestions.slice(0, input.first);
  });
}
