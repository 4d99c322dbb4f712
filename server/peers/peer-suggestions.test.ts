import { describe, expect, it } from 'vitest';
import type { MapPersonRecord } from '../communities/community-repository.ts';
import { plantedPairs } from '../../seed/planted.ts';
import { buildIndex } from './peer-index.ts';
import { diversify, friendsOfFriends, rankCandidates, VARIETY_PENALTY } from './peer-suggestions.ts';

type Someone = { name: string; offers?: string[]; seeks?: string[]; organization?: string; contactable?: boolean; listed?: boolean };

/** An index of `people` (ids are their names) tied as `ties`; `crowd` more people each offer and seek the common interests. */
function indexOf(people: Someone[], ties: [string, string][] = [], crowd = 0) {
  const everyone: Someone[] = [
    ...people,
    ...Array.from({ length: crowd }, (_, i) => ({ name: `crowd${i}`, offers: ['c1', 'c2', 'c3'], seeks: ['c4', 'c5', 'c6'] })),
  ];
  const records: MapPersonRecord[] = everyone.map((p) => ({
    id: p.name,
    name: p.name,
    normName: p.name.toLowerCase(),
    regionId: null,
    organization: p.organization ?? null,
    organizationId: null,
    participation: 'ACTIVE',
    listed: p.listed ?? true,
    contactable: p.contactable ?? true,
    offerIds: p.offers ?? [],
    seekIds: p.seeks ?? [],
  }));
  const at = new Map(records.map((p, i) => [p.id, i]));
  const tieEnds = Int32Array.from(ties.flatMap(([a, b]) => [at.get(a)!, at.get(b)!]));
  const interests = [...new Set(records.flatMap((p) => [...p.offerIds, ...p.seekIds]))].map((id) => ({
    id,
    name: id,
    nameEs: id,
    nameEn: id,
    synonyms: [],
    theme: null,
    curated: true,
    public: true,
  }));
  return buildIndex({ regions: [], people: records, tieEnds }, interests);
}

const rank = (index: ReturnType<typeof indexOf>, who: string, count = 10) =>
  rankCandidates(index, friendsOfFriends(index, index.position.get(who)!), 'ANY', count);

describe('rankCandidates', () => {
  it('when one candidate is a mutual fit on interests only they hold and another on every common interest, then the rare fit ranks first', () => {
    const index = indexOf(
      [
        { name: 'me', offers: ['rareA', 'c4', 'c5', 'c6'], seeks: ['rareB', 'c1', 'c2', 'c3'] },
        { name: 'perfect', offers: ['rareB'], seeks: ['rareA'] },
        // Fits every common interest both ways, shares them all, and has two mutual contacts.
        { name: 'obvious', offers: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'], seeks: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'] },
        { name: 'friend1' },
        { name: 'friend2' },
      ],
      [
        ['me', 'friend1'],
        ['me', 'friend2'],
        ['obvious', 'friend1'],
        ['obvious', 'friend2'],
      ],
      40,
    );
    const [first, second] = rank(index, 'me');
    expect(first!.id).toBe('perfect');
    expect(second!.id).toBe('obvious');
    expect(first!.theyOffer).toEqual(['rareB']);
    expect(first!.youOffer).toEqual(['rareA']);
    expect(first!.score).toBeGreaterThan(second!.score);
    // Each direction counts the rarity of its rarest fit, up to 1.5: an interest two of N people hold.
    expect(first!.parts.complementarity).toBeCloseTo(
      3 * (Math.log(index.people.filter((p) => p.listed).length / 2) / Math.log(index.people.length)),
      10,
    );
  });

  it('when a candidate fits one way on a rare interest and another both ways on common ones, then the rare one-way fit ranks first', () => {
    const index = indexOf(
      [
        { name: 'me', offers: ['c4'], seeks: ['rare', 'c1'] },
        { name: 'rareOneWay', offers: ['rare'] },
        { name: 'commonBothWays', offers: ['c1'], seeks: ['c4'] },
      ],
      [],
      40,
    );
    const ranked = rank(index, 'me', 50);
    expect(ranked[0]!.id).toBe('rareOneWay');
    expect(ranked[0]!.score).toBeGreaterThan(ranked.find((c) => c.id === 'commonBothWays')!.score);
  });

  it('when scores are equal, then the order does not follow names and stays the same from one request to the next', () => {
    const people = Array.from({ length: 12 }, (_, i) => ({ name: `cand${String(i).padStart(2, '0')}`, offers: ['x'] }));
    const index = indexOf([{ name: 'me', seeks: ['x'] }, ...people]);
    const order = rank(index, 'me', 12).map((c) => c.id);
    expect(rank(index, 'me', 12).map((c) => c.id)).toEqual(order);
    expect(order).not.toEqual([...order].sort());
  });

  it('when the only mutual contact is not contactable or not listed, then the candidate has no proximity and no contact', () => {
    const index = indexOf(
      [
        { name: 'me', seeks: ['x'] },
        { name: 'quiet', contactable: false },
        { name: 'hidden', listed: false, contactable: false },
        { name: 'open' },
        { name: 'viaQuiet', offers: ['x'] },
        { name: 'viaHidden', offers: ['x'] },
        { name: 'viaOpen', offers: ['x'] },
      ],
      [
        ['me', 'quiet'],
        ['quiet', 'viaQuiet'],
        ['me', 'hidden'],
        ['hidden', 'viaHidden'],
        ['me', 'open'],
        ['open', 'viaOpen'],
      ],
    );
    const byId = new Map(rank(index, 'me').map((c) => [c.id, c]));
    expect(byId.get('viaQuiet')!.contacts).toEqual([]);
    expect(byId.get('viaQuiet')!.parts.proximity).toBe(0);
    expect(byId.get('viaHidden')!.contacts).toEqual([]);
    expect(byId.get('viaOpen')!.contacts).toEqual(['open']);
    expect(byId.get('viaOpen')!.parts.proximity).toBe(0.5);
  });

  it('when pairs who each offer what the other seeks are planted among decoys, then the partner is first for ≥ 80 % and in the top 3 for ≥ 95 %', () => {
    const { map, interests, partnerOf } = plantedPairs({ pairs: 150, decoys: 3, common: 12, seed: 7 });
    const index = buildIndex(map, interests);
    let [first, top3] = [0, 0];
    for (const person of index.people) {
      const top = rank(index, person.id, 3).map((c) => c.id);
      if (top[0] === partnerOf.get(person.id)) first += 1;
      if (top.includes(partnerOf.get(person.id)!)) top3 += 1;
    }
    expect(first / index.people.length).toBeGreaterThanOrEqual(0.8);
    expect(top3 / index.people.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('diversify', () => {
  const ranked = [
    { id: 'a1', organization: 'A', score: 3 },
    { id: 'a2', organization: 'A', score: 2.95 },
    { id: 'a3', organization: 'A', score: 2.9 },
    { id: 'b1', organization: 'B', score: 2.8 },
    { id: 'n1', organization: null, score: 2.72 },
    { id: 'n2', organization: null, score: 2.69 },
    { id: 'c1', organization: 'C', score: 1 },
  ];

  it('when the best fits share one organization and others fit almost as well, then the others are mixed in', () => {
    expect(diversify(ranked).map((c) => c.id)).toEqual(['a1', 'b1', 'n1', 'a2', 'n2', 'a3', 'c1']);
  });

  it('when the others fit clearly worse, then the organization keeps its places', () => {
    const clear = ranked.map((c) => (c.organization === 'A' ? c : { ...c, score: c.score - 2 * VARIETY_PENALTY }));
    expect(
      diversify(clear)
        .slice(0, 3)
        .map((c) => c.id),
    ).toEqual(['a1', 'a2', 'a3']);
  });

  it('when asked for fewer, then the first ones of the full order come back', () => {
    expect(diversify(ranked, 3).map((c) => c.id)).toEqual(['a1', 'b1', 'n1']);
  });
});
