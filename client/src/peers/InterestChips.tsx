import { graphql } from '../gql';
import { Link } from 'react-router';
import { interestPath } from './community-access';
import { interestLabel } from '../i18n';
import { usePeerContext } from './PeerContext';
import type { InterestRef } from './queries';

/** An interest as a chip shows it, in the page's language. */
export const InterestRefFields = graphql(`
  fragment InterestRef on Interest {
    id
    name
    nameEs
    nameEn
  }
`);

/** Interests as chips, each linking to its interest page; an optional label before them. */
export function InterestChips({ interests, label, empty }: { interests: InterestRef[]; label?: string; empty?: string }) {
  const { access, lang } = usePeerContext();
  if (interests.length === 0 && !empty) return null;
  return (
    <div className="peer-chips">
      {label && <span className="peer-chips__label">{label}</span>}
      {interests.length === 0 ? (
        <span className="peer-chips__empty">{empty}</span>
      ) : (
        <ul>
          {interests.map((interest) => (
            <li key={interest.id}>
              <Link className="peer-chip" to={interestPath(access, interest.id)} data-testid="interest-chip">
                {interestLabel(interest, lang)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
