import { useState } from 'react';
import type { ParticipationLevel } from '../communities/queries';
import { ChoiceField, Field } from './Field';
import { EMPTY_SEARCH_FORM, toPeopleSearch } from './format';
import { interestLabel } from '../i18n';
import type { SearchForm } from './format';
import { usePeerContext } from './PeerContext';
import type { PeerFinderCommunity, PeopleSearch } from './queries';
import { SearchResults } from './SearchResults';

const LEVELS: readonly ParticipationLevel[] = ['CORE', 'ACTIVE', 'PERIPHERAL'];

interface SearchPanelProps {
  community: PeerFinderCommunity;
  onShow: (ids: string[]) => void;
  onPickPerson: (personId: string) => void;
  onOpenProfile: (personId: string) => void;
}

/** People by interest, region, organization, participation and free text, combined; results page by page. */
export function SearchPanel({ community, onShow, onPickPerson, onOpenProfile }: SearchPanelProps) {
  const { lang, t } = usePeerContext();
  const [form, setForm] = useState<SearchForm>(EMPTY_SEARCH_FORM);
  const [search, setSearch] = useState<PeopleSearch | null>(null);
  const [asked, setAsked] = useState(0);
  const [empty, setEmpty] = useState(false);
  const set = (patch: Partial<SearchForm>) => setForm((current) => ({ ...current, ...patch }));

  return (
    <section className="peer-panel" aria-label={t('peers.tabSearch')}>
      <form
        className="peer-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const next = toPeopleSearch(form);
          setEmpty(next === null);
          setSearch(next);
          setAsked((n) => n + 1);
          if (next === null) onShow([]);
        }}
      >
        <Field id="search-interest" label={t('peers.interestLabel')}>
          <input
            id="search-interest"
            type="text"
            list="search-interest-options"
            value={form.interest}
            placeholder={t('peers.interestHint')}
            maxLength={200}
            onChange={(event) => set({ interest: event.target.value })}
          />
          <datalist id="search-interest-options">
            {community.interests.map((interest) => (
              <option key={interest.id} value={interestLabel(interest, lang)} />
            ))}
          </datalist>
        </Field>
        <ChoiceField
          id="search-region"
          label={t('peers.regionLabel')}
          anyLabel={t('peers.regionAny')}
          value={form.regionId}
          onChange={(regionId) => set({ regionId })}
          options={community.map.regions.map((region) => ({ value: region.id, label: region.name }))}
        />
        <ChoiceField
          id="search-organization"
          label={t('peers.organizationLabel')}
          anyLabel={t('peers.organizationAny')}
          value={form.organizationId}
          onChange={(organizationId) => set({ organizationId })}
          options={community.organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
        />
        <ChoiceField
          id="search-participation"
          label={t('peers.participationLabel')}
          anyLabel={t('peers.participationAny')}
          value={form.participation}
          onChange={(participation) => set({ participation: participation as SearchForm['participation'] })}
          options={LEVELS.map((level) => ({ value: level, label: t(`peers.participation.${level}`) }))}
        />
        <Field id="search-text" label={t('peers.textLabel')} wide>
          <input
            id="search-text"
            type="search"
            value={form.text}
            placeholder={t('peers.textHint')}
            maxLength={200}
            onChange={(event) => set({ text: event.target.value })}
          />
        </Field>
        <div className="peer-search__actions">
          <button type="submit" className="peer-button peer-button--primary" data-testid="search-submit">
            {t('peers.searchButton')}
          </button>
          <button
            type="button"
            className="peer-button peer-button--quiet"
            onClick={() => {
              setForm(EMPTY_SEARCH_FORM);
              setSearch(null);
              setEmpty(false);
              onShow([]);
            }}
          >
            {t('peers.clear')}
          </button>
        </div>
      </form>
      {empty && <p className="status">{t('peers.needCriterion')}</p>}
      {search && (
        <SearchResults key={`${asked}`} search={search} onShow={onShow} onPickPerson={onPickPerson} onOpenProfile={onOpenProfile} />
      )}
    </section>
  );
}
