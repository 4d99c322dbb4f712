import { useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/graphql-query';
import type { Lang } from '../i18n';
import { apiLanguage, useT } from '../i18n';
import { MY_PEER_SUGGESTIONS_QUERY } from './queries';
import './peers.css';

const SUGGESTIONS = 5;

interface PeopleYouCouldMeetProps {
  token: string;
  lang: Lang;
  headers: Record<string, string>;
}

/** On the participant's private page: a few people they could meet, with the reasons, in their language. */
export function PeopleYouCouldMeet({ token, lang, headers }: PeopleYouCouldMeetProps) {
  const t = useT();
  const state = useQuery(graphqlQuery(MY_PEER_SUGGESTIONS_QUERY, { token, first: SUGGESTIONS, language: apiLanguage(lang) }, headers));
  const suggestions = state.status === 'success' ? state.data.myRecord.peerSuggestions : [];

  return (
    <section className="my-peers" aria-labelledby="my-peers-title" data-testid="my-peers">
      <h2 id="my-peers-title">{t('peers.meetTitle')}</h2>
      {state.status === 'pending' && <p className="peer-note">{t('common.loading')}</p>}
      {state.status === 'error' && <p className="peer-note">{t('peers.meetFailed')}</p>}
      {state.status === 'success' && suggestions.length === 0 && <p className="peer-note">{t('peers.meetNone')}</p>}
      {suggestions.length > 0 && (
        <>
          <p className="peer-note">{t('peers.meetLead')}</p>
          <ul className="my-peers__list">
            {suggestions.map(({ person, reasons }) => (
              <li key={person.id} className="my-peers__item">
                {/* The first reason already places them (organization, region). */}
                <span className="peer-name">{person.name}</span>
                <ul className="peer-reasons">
                  {reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
