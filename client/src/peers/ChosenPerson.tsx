import { graphql } from '../gql';
import { InterestChips } from './InterestChips';
import { usePeerContext } from './PeerContext';
import { PersonLine } from './PersonLine';
import type { PersonProfile } from './queries';

/** A person with what they offer and seek (profiles, search results). */
export const PersonProfileFields = graphql(`
  fragment PersonProfile on Person {
    ...PersonCard
    offers {
      ...InterestRef
    }
    seeks {
      ...InterestRef
    }
  }
`);

/** The person whose peers are shown: who they are, what they offer and seek, and a way to pick another. */
export function ChosenPerson({ person, onChange }: { person: PersonProfile; onChange: () => void }) {
  const { t } = usePeerContext();
  return (
    <div className="peer-chosen" data-testid="chosen-person">
      <div className="peer-chosen__head">
        <p className="peer-chosen__who">
          <PersonLine person={person} />
        </p>
        <button type="button" className="peer-button peer-button--quiet" onClick={onChange}>
          {t('peers.change')}
        </button>
      </div>
      <InterestChips label={t('peers.offers')} interests={person.offers} empty={t('peers.nothingYet')} />
      <InterestChips label={t('peers.seeks')} interests={person.seeks} empty={t('peers.nothingYet')} />
    </div>
  );
}
