import { personPlace } from './format';
import type { PersonCard } from './queries';

/** A person's name with their organization and region in a quieter voice. */
export function PersonLine({ person }: { person: Pick<PersonCard, 'name' | 'organization' | 'region'> }) {
  const place = personPlace(person);
  return (
    <>
      <span className="peer-name">{person.name}</span>
      {place && <span className="peer-place"> · {place}</span>}
    </>
  );
}
