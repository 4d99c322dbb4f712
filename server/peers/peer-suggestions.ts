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
  score: number;
  parts: ScoreParts;
  theyOffer: string[];
  youOffer: string[];
  shared: string[];
  contacts: string[];
};

/** Suggestions name listed people who agreed to be contacted, and no one else; only they can introduce others. */
const suggestable = (p: MapPersonRecord) => p.listed && p.contactable;

/**
 * The asker's friends of friends who may be suggested, through contacts who can introduce them: listed and
 * contactable, as on an introduction path, so that "you both know Verónica" always has a chain behind it.
 */
export function friendsOfFriends(index: PeerIndex, at: number): Asker {
  const fof = new Map<number, string[]>();
  for (const c of index.ties[at]!) {
    const contact = index.people[c]!;
    if (!suggestable(contact)) continue;
    for (const q of index.ties[c]!) {
      if (q === at || !suggestable(index.people[q]!)) continue;
      const via = fof.get(q);
      if (via) via.push(contact.id);
      else fof.set(q, [contact.id]);
    }
  }
  return { at, fof };
}

/** What a candidate's score is lowered by for each person of their organization already placed above them. */
export const VARIETY_PENALTY = 0.25;

/**
 * Every candidate with a reason to meet the asker, scored as documented on PeerScoreParts and ranked:
 * score, then the summed rarity of every matched interest, then an order drawn from the two ids (fair
 * among equals, the same for every request; never alphabetical), then varied by organization (diversify).
 * Candidates are the suggestable people who offer what the asker seeks, seek what they offer, or share an
 * interest, and friends of friends; never the asker or anyone they are tied to. Figures go into arrays by
 * position (thousands of candidates for a popular interest); the interests each reason names are listed
 * for the candidates returned only.
 */
export function rankCandidates(index: PeerIndex, asker: Asker, preference: RegionPreference, count: number): ScoredCandidate[] {
  const me = index.people[asker.at]!;
  const size = index.people.length;
  // Per candidate: the rarity of the rarest interest matched each way, and of all matches summed.
  const bestTheyOffer = new Float64Array(size);
  const bestYouOffer = new Float64Array(size);
  const bestShared = new Float64Array(size);
  const matched = new Float64Array(size);
  const touched: number[] = [];
  const seen = new Uint8Array(size);
  const touch = (at: number) => {
    if (seen[at] === 0) {
      seen[at] = 1;
      touched.push(at);
    }
  };
  const match = (best: Float64Array, at: number, weight: number) => {
    if (weight > best[at]!) best[at] = weight;
    matched[at]! += weight;
    touch(at);
  };
  const weightOf = (i: string) => index.rarity.get(i) ?? 1;
  for (const i of me.seekIds) for (const at of index.offerers.get(i) ?? []) match(bestTheyOffer, at, weightOf(i));
  for (const i of me.offerIds) for (const at of index.seekers.get(i) ?? []) match(bestYouOffer, at, weightOf(i));
  // Shared interests: offered by both or sought by both. An interest shared both ways counts once (stamped).
  const stamp = new Int32Array(size).fill(-1);
  [...new Set([...me.offerIds, ...me.seekIds])].forEach((i, n) => {
    for (const [asked, holders] of [
      [me.offerIds, index.offerers],
      [me.seekIds, index.seekers],
    ] as const) {
      if (!asked.includes(i)) continue;
      for (const at of holders.get(i) ?? []) {
        if (stamp[at] === n) continue;
        stamp[at] = n;
        match(bestShared, at, weightOf(i));
      }
    }
  });
  for (const at of asker.fof.keys()) touch(at);

  const excluded = new Set([asker.at, ...index.ties[asker.at]!]);
  const mine = index.idHash[asker.at]!;
  const scored: Ranked[] = [];
  for (const at of touched) {
    const person = index.people[at]!;
    if (excluded.has(at) || !suggestable(person)) continue;
    const contacts = asker.fof.get(at) ?? [];
    const parts = {
      complementarity: 1.5 * (bestTheyOffer[at]! + bestYouOffer[at]!),
      sharedRarity: bestShared[at]!,
      proximity: contacts.length === 0 ? 0 : Math.min(0.25 + 0.25 * contacts.length, 1),
      region: regionPart(preference, me.regionId, person.regionId),
    };
    const score = parts.complementarity + parts.sharedRarity + parts.proximity + parts.region;
    scored.push({
      at,
      id: person.id,
      organization: person.organization,
      score,
      matched: matched[at]!,
      draw: mix(mine ^ index.idHash[at]!),
      parts,
      contacts,
    });
  }
  const best = diversify(smallest(scored, count, byScore), count);
  return best.map(({ at, id, score, parts, contacts }) => {
    const person = index.people[at]!;
    const has = (list: string[]) => (i: string) => list.includes(i);
    return {
      id,
      score,
      parts,
      contacts,
      theyOffer: me.seekIds.filter(has(person.offerIds)),
      youOffer: me.offerIds.filter(has(person.seekIds)),
      shared: [...new Set([...me.offerIds.filter(has(person.offerIds)), ...me.seekIds.filter(has(person.seekIds))])],
    };
  });
}

/** A scored candidate before its reasons are listed. */
export type Ranked = {
  at: number;
  id: string;
  organization: string | null;
  score: number;
  /** The rarity of every matched interest summed: breaks equal scores (more fits first). */
  matched: number;
  /** A number drawn from the asker's and the candidate's ids: breaks what is still equal. */
  draw: number;
  parts: ScoreParts;
  contacts: string[];
};

const byScore = (a: Ranked, b: Ranked) =>
  b.score - a.score || b.matched - a.matched || a.draw - b.draw || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The candidates (ranked) re-ordered for variety, greedily: each place goes to the candidate whose score,
 * less VARIETY_PENALTY for each person of their organization already placed, is highest (the earlier
 * ranked on equal terms). Five people of one organization then lead only when they fit clearly better
 * than the rest. Deterministic; people without an organization are never penalized.
 */
export function diversify<T extends Pick<Ranked, 'organization' | 'score'>>(ranked: T[], count = ranked.length): T[] {
  const left = [...ranked];
  const placed = new Map<string, number>();
  const result: T[] = [];
  while (result.length < count && left.length > 0) {
    let pick = 0;
    let pickValue = Number.NEGATIVE_INFINITY;
    left.forEach((c, i) => {
      const value = c.score - VARIETY_PENALTY * (c.organization ? (placed.get(c.organization) ?? 0) : 0);
      if (value > pickValue) [pick, pickValue] = [i, value];
    });
    const [chosen] = left.splice(pick, 1);
    if (chosen!.organization) placed.set(chosen!.organization, (placed.get(chosen!.organization) ?? 0) + 1);
    result.push(chosen!);
  }
  return result;
}

/** A 32-bit integer hash finalizer (murmur3's): spreads the XOR of two id hashes over the whole range. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function regionPart(preference: RegionPreference, mine: string | null, theirs: string | null): number {
  if (preference === 'ANY' || !mine || !theirs) return 0;
  return (theirs === mine) === (preference === 'SAME_REGION') ? 0.5 : 0;
}

// People as they are now (a write may have landed since the index was built): the viewer may still see
// them, candidates are still listed, contactable and not tied to the asker, and contacts can still introduce.
const PEOPLE_NOW = `
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE p.communityId = $communityId AND ${visible('p')}
RETURN ${PERSON_WITH('p', CARD)} AS person,
       p.listed AND p.contactable AND NOT EXISTS { (p)-[:KNOWS]-(:Person {id: $personId}) } AS suggestable,
       p.listed AND p.contactable AS introduces`;

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
  if (at === undefined || !(input.self || seesEveryone(input.scope, input.communityId) || index.people[at]!.listed)) return null;
  const askerRegion = regionAt(index, at)?.name ?? null;
  const ranked = rankCandidates(index, friendsOfFriends(index, at), input.preference, input.first + 50);
  const interests = (ids: string[]) => [...index.interests.values()].filter((i) => ids.includes(i.id));
  return readTx(db, async (tx) => {
    const suggestions: PeerSuggestionRecord[] = [];
    // A few spare candidates per round cover those whose consent or ties changed since the index was built.
    for (let start = 0; suggestions.length < input.first && start < ranked.length;) {
      const batch = ranked.slice(start, start + input.first - suggestions.length + 5);
      start += batch.length;
      const ids = [...new Set(batch.flatMap((c) => [c.id, ...c.contacts]))];
      const rows = await tx.run(PEOPLE_NOW, { ...input, ids });
      type Now = { person: PersonRecord; suggestable: boolean; introduces: boolean };
      const now = new Map(rows.records.map((row) => [row.get('person').id as string, row.toObject() as Now]));
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
          mutualContacts: contacts
            .flatMap((c) => (now.get(c)?.introduces ? [now.get(c)!.person] : []))
            .sort(contactOrder)
            .slice(0, 3),
        };
        const region = regionAt(index, indexedAt)?.name ?? null;
        const facts = { name: indexed.name, organization: indexed.organization, region, askerRegion, ...described };
        suggestions.push({ ...described, score, parts, facts });
      }
    }
    return suggestions.slice(0, input.first);
  });
}
