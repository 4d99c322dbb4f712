import { useEffect } from 'react';
import { GraphQLRequestError } from '../api/graphql';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ChosenPerson } from './ChosenPerson';
import { usePeerContext } from './PeerContext';
import type { PathState } from './PeerFinder';
import { PersonPicker } from './PersonPicker';
import { apiLanguage } from '../i18n';
import { peerSuggestionsQuery } from './queries';
import type { RegionPreference } from './queries';
import { SuggestionCard } from './SuggestionCard';

const SUGGESTIONS = 10;
const PREFERENCES: readonly RegionPreference[] = ['ANY', 'SAME_REGION', 'OTHER_REGION'];

interface SuggestionsPanelProps {
  personId: string | null;
  onPickPerson: (personId: string | null) => void;
  preference: RegionPreference;
  onPreferenceChange: (preference: RegionPreference) => void;
  /** The people this panel lists, for the map. */
  onShow: (ids: string[]) => void;
  onOpenProfile: (personId: string) => void;
  path: PathState | null;
  onPathChange: (path: PathState | null) => void;
}

/** "Who should they meet?": pick a person, then their ranked suggestions with the reasons. */
export function SuggestionsPanel({ personId, onPickPerson, ...rest }: SuggestionsPanelProps) {
  const { t } = usePeerContext();
  const { onShow } = rest;
  useEffect(() => {
    if (!personId) onShow([]);
  }, [personId, onShow]);

  if (!personId) {
    return (
      <section className="peer-panel" aria-label={t('peers.tabSuggestions')}>
        <PersonPicker onPick={onPickPerson} />
        <p className="peer-prompt">{t('peers.pickPrompt')}</p>
      </section>
    );
  }
  return <Suggestions key={personId} personId={personId} onPickPerson={onPickPerson} {...rest} />;
}

function Suggestions({
  personId,
  onPickPerson,
  preference,
  onPreferenceChange,
  onShow,
  onOpenProfile,
  path,
  onPathChange,
}: SuggestionsPanelProps & { personId: string }) {
  const { access, headers, lang, t } = usePeerContext();
  // A new preference or language keeps the previous suggestions on screen until its own arrive.
  const state = useQuery({
    ...peerSuggestionsQuery(access.slug, { personId, first: SUGGESTIONS, preference, language: apiLanguage(lang) }, headers),
    placeholderData: keepPreviousData,
  });
  const community = state.data?.community ?? null;

  useEffect(() => {
    if (community) onShow([personId, ...community.peerSuggestions.map((s) => s.person.id)]);
  }, [community, personId, onShow]);

  if (state.status === 'error' || (state.status === 'success' && !state.data.community?.person)) {
    const unknown = state.status === 'success' || (state.error instanceof GraphQLRequestError && state.error.code === 'NOT_FOUND');
    return (
      <section className="peer-panel" aria-label={t('peers.tabSuggestions')}>
        <p className="status status--error" role="alert">
          {unknown ? t('peers.personUnknown') : t('peers.loadFailed', { message: state.status === 'error' ? state.error.message : '' })}
        </p>
        <PersonPicker onPick={onPickPerson} />
      </section>
    );
  }

  const person = community?.person ?? null;
  const suggestions = community?.peerSuggestions ?? [];
  return (
    <section className="peer-panel" aria-labelledby="suggestions-title" aria-busy={state.isPending || state.isPlaceholderData}>
      {person && <ChosenPerson person={person} onChange={() => onPickPerson(null)} />}
      <div className="peer-panel__head">
        <h2 id="suggestions-title">{person ? t('peers.suggestionsFor', { name: person.name }) : t('peers.tabSuggestions')}</h2>
        <div className="peer-segmented" role="group" aria-label={t('peers.preferenceLabel')}>
          {PREFERENCES.map((option) => (
            <button
              key={option}
              type="button"
              className="peer-segmented__option"
              aria-pressed={option === preference}
              onClick={() => onPreferenceChange(option)}
            >
              {t(`peers.preference.${option}`)}
            </button>
          ))}
        </div>
      </div>
      {state.status === 'pending' && !community && (
        <p className="status" role="status">
          {t('common.loading')}
        </p>
      )}
      {person && state.isSuccess && !state.isPlaceholderData && suggestions.length === 0 && (
        <p className="status" data-testid="no-suggestions">
          {t('peers.noSuggestions', { name: person.name })} {preference !== 'ANY' && t('peers.noSuggestionsTry')}
        </p>
      )}
      {person && suggestions.length > 0 && (
        <>
          <p className="peer-note">{t('peers.reasonsVoice', { name: person.name })}</p>
          <ol className="peer-suggestions" data-testid="suggestions">
            {suggestions.map((suggestion) => (
              <SuggestionCard
                key={suggestion.person.id}
                suggestion={suggestion}
                from={person}
                preference={preference}
                onOpenProfile={onOpenProfile}
                path={path?.toId === suggestion.person.id ? path : null}
                onPathChange={onPathChange}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
