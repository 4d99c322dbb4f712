// Pure merging of live workshop events into what the projector shows. The projector is a public screen: events
// name and draw listed people only (an unlisted arrival comes as a count with no person). Events may repeat
// (a participant edits their answers, the page may re-read a snapshot), so everything is keyed by id and
// applying the same event twice changes nothing.
import type { CommunityMapData, MapPerson, MapTie } from '../communities/queries';
import type { WorkshopActivity } from './queries';

export interface Arrival {
  id: string;
  name: string;
  organization: string | null;
}

const pairKey = (tie: MapTie) => (tie.source < tie.target ? `${tie.source}|${tie.target}` : `${tie.target}|${tie.source}`);

const samePerson = (a: MapPerson, b: MapPerson) =>
  a.name === b.name && a.regionId === b.regionId && a.organization === b.organization && a.participation === b.participation;

/**
 * The map with the people and ties of `activities` added (or updated, for people already on it), in arrival
 * order. Ties are unique by id and by pair of people. Returns `map` itself when nothing changes, so the
 * canvas is not patched for nothing.
 */
export function applyActivities(map: CommunityMapData, activities: readonly WorkshopActivity[]): CommunityMapData {
  if (activities.length === 0) return map;
  const people = [...map.people];
  const indexOf = new Map(people.map((p, i) => [p.id, i]));
  const ties = [...map.ties];
  const tieIds = new Set(ties.map((t) => t.id));
  const pairs = new Set(ties.map(pairKey));
  let changed = false;

  for (const { person, ties: newTies } of activities) {
    if (!person) continue;
    const at = indexOf.get(person.id);
    const existing = at === undefined ? undefined : people[at];
    if (at === undefined || !existing) {
      indexOf.set(person.id, people.length);
      people.push(person);
      changed = true;
    } else if (!samePerson(existing, person)) {
      people[at] = person;
      changed = true;
    }
    for (const tie of newTies) {
      const key = pairKey(tie);
      if (tieIds.has(tie.id) || pairs.has(key) || tie.source === tie.target) continue;
      tieIds.add(tie.id);
      pairs.add(key);
      ties.push(tie);
      changed = true;
    }
  }
  return changed ? { regions: map.regions, people, ties } : map;
}

/** Newest arrivals first: live events (latest first) before the listed arrivals read from the server, each person once. */
export function arrivalsOf(
  listed: readonly MapPerson[],
  activities: readonly WorkshopActivity[],
  limit = Number.POSITIVE_INFINITY,
): Arrival[] {
  const seen = new Set<string>();
  const arrivals: Arrival[] = [];
  const add = ({ id, name, organization }: MapPerson) => {
    if (seen.has(id) || arrivals.length >= limit) return;
    seen.add(id);
    arrivals.push({ id, name, organization });
  };
  for (let i = activities.length - 1; i >= 0; i--) {
    const person = activities[i]?.person;
    if (person) add(person);
  }
  for (const person of listed) add(person);
  return arrivals;
}

/** Ids of the listed people who answered in the workshop, to highlight on the map. */
export function participantIdsOf(listed: readonly MapPerson[], activities: readonly WorkshopActivity[]): ReadonlySet<string> {
  return new Set([...listed.map((p) => p.id), ...activities.flatMap((a) => (a.person ? [a.person.id] : []))]);
}

/**
 * The response count: the highest either the last server read or any event gave. Counts only grow while
 * answers arrive, and events and reads may cross on the wire, so the larger one is the newer.
 */
export function responseCountOf(readCount: number, activities: readonly WorkshopActivity[]): number {
  return activities.reduce((max, a) => Math.max(max, a.responseCount), readCount);
}
