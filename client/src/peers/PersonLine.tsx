import { graphql } from '../gql';
import { personPlace } from './format';
import type { PersonCard } from './queries';

/** A person as the peer pages show them in a list. */
export const PersonCardFields = graphql(`
  fragment PersonCard on Person {
    id
    name
    role
    participation
    organization {
      id
      name
    }
    region {
      id
      name
    }
  }
`);

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
