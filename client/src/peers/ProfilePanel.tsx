import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/graphql-query';
import { InterestChips } from './InterestChips';
import { usePeerContext } from './PeerContext';
import { personPlace } from './format';
import { PERSON_PROFILE_QUERY } from './queries';

interface ProfilePanelProps {
  personId: string;
  onClose: () => void;
  onPickPerson: (personId: string) => void;
}

/** Who a person is: organization, region, role, what they offer and seek; a way to their own suggestions. */
export function ProfilePanel({ personId, onClose, onPickPerson }: ProfilePanelProps) {
  const { access, headers, t } = usePeerContext();
  const state = useQuery(graphqlQuery(PERSON_PROFILE_QUERY, { slug: access.slug, id: personId }, headers));
  const person = state.status === 'success' ? (state.data.community?.person ?? null) : null;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Bring the panel into view (it sits below the list on a phone) and give it the focus, once it has a name.
  useEffect(() => {
    if (person) headingRef.current?.focus();
  }, [person]);

  return (
    <section className="peer-profile" aria-labelledby="peer-profile-title" data-testid="profile-panel">
      <div className="peer-profile__head">
        <h2 id="peer-profile-title" ref={headingRef} tabIndex={-1}>
          {person ? person.name : t('peers.profileTitle')}
        </h2>
        <button type="button" className="peer-button peer-button--quiet" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {state.status === 'pending' && (
        <p className="status" role="status">
          {t('common.loading')}
        </p>
      )}
      {state.status === 'error' && (
        <p className="status status--error" role="alert">
          {t('peers.loadFailed', { message: state.error.message })}
        </p>
      )}
      {state.status === 'success' && !person && <p className="status">{t('peers.personUnknown')}</p>}
      {person && (
        <>
          <p className="peer-profile__facts">
            {[personPlace(person), person.role, t(`peers.participation.${person.participation}`)].filter(Boolean).join(' · ')}
          </p>
          <InterestChips label={t('peers.offers')} interests={person.offers} empty={t('peers.nothingYet')} />
          <InterestChips label={t('peers.seeks')} interests={person.seeks} empty={t('peers.nothingYet')} />
          <button type="button" className="peer-button" onClick={() => onPickPerson(person.id)}>
            {t('peers.peersOf', { name: person.name })}
          </button>
        </>
      )}
    </section>
  );
}
