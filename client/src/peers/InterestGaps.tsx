import { graphql } from '../gql';
import { Link } from 'react-router';
import { peersPath } from './community-access';
import { usePeerContext } from './PeerContext';
import { PersonLine } from './PersonLine';
import type { InterestGap } from './queries';

export const InterestGapFields = graphql(`
  fragment InterestGap on InterestGap {
    region {
      id
      name
    }
    seekers {
      ...PersonCard
    }
    nearestOfferers {
      hops
      person {
        ...PersonCard
      }
    }
  }
`);

/** Where to invite a speaker: regions that seek the interest with nobody there offering it. */
export function InterestGaps({ gaps }: { gaps: InterestGap[] }) {
  const { access, t } = usePeerContext();
  return (
    <section className="interest-section interest-gaps" aria-labelledby="gaps-title" data-testid="interest-gaps">
      <h2 id="gaps-title">{t('peers.gapsTitle')}</h2>
      {gaps.length === 0 ? (
        <p className="peer-note">{t('peers.noGaps')}</p>
      ) : (
        <>
          <p className="peer-note">{t('peers.gapsLead')}</p>
          <ul className="interest-gaps__list">
            {gaps.map((gap) => (
              <li key={gap.region.id} className="interest-gap" data-testid="interest-gap">
                <h3>{gap.region.name}</h3>
                <p>{t('peers.gapSummary', { seekers: gap.seekers.length })}</p>
                <p className="interest-gap__label">{t('peers.gapSeekers')}</p>
                <p className="interest-gap__names">
                  {gap.seekers.map((person, index) => (
                    <span key={person.id}>
                      {index > 0 && ', '}
                      <Link to={peersPath(access, person.id)}>{person.name}</Link>
                    </span>
                  ))}
                </p>
                <p className="interest-gap__label">{t('peers.nearestOfferers')}</p>
                {gap.nearestOfferers.length === 0 ? (
                  <p className="peer-note">{t('peers.noNearest')}</p>
                ) : (
                  <ul className="peer-people">
                    {gap.nearestOfferers.map(({ person, hops }) => (
                      <li key={person.id}>
                        <Link to={peersPath(access, person.id)}>
                          <PersonLine person={person} />
                        </Link>
                        <span className="peer-place"> — {hops === null ? t('peers.hopsNone') : t('peers.hops', { hops })}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
