import { useState } from 'react';
import type { ParticipationLevel } from '../communities/queries';
import { EMPTY_SEARCH_FORM, interestLabel, toPeopleSearch } from './format';
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
    <section className="peer-panel" aria-label={t.tabSearch}>
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
        <div className="peer-field">
          <label className="peer-field__label" htmlFor="search-interest">
            {t.interestLabel}
          </label>
          <input
            id="search-interest"
            type="text"
            list="search-interest-options"
            value={form.interest}
            placeholder={t.interestHint}
            maxLength={200}
            onChange={(event) => set({ interest: event.target.value })}
          />
          <datalist id="search-interest-options">
            {community.interests.map((interest) => (
              <option key={interest.id} value={interestLabel(interest, lang)} />
            ))}
          </datalist>
        </div>
        <div className="peer-field">
          <label className="peer-field__label" htmlFor="search-region">
            {t.regionLabel}
          </label>
          <select id="search-region" value={form.regionId} onChange={(event) => set({ regionId: event.target.value })}>
            <option value="">{t.regionAny}</option>
            {community.map.regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
        </div>
        <div className="peer-field">
          <label className="peer-field__label" htmlFor="search-organization">
            {t.organizationLabel}
          </label>
          <select id="search-organization" value={form.organizationId} onChange={(event) => set({ organizationId: event.target.value })}>
            <option value="">{t.organizationAny}</option>
            {community.organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </select>
        </div>
        <div className="peer-field">
          <label className="peer-field__label" htmlFor="search-participation">
            {t.participationLabel}
          </label>
          <select
            id="search-participation"
            value={form.participation}
            onChange={(event) => set({ participation: event.target.value as SearchForm['participation'] })}
          >
            <option value="">{t.participationAny}</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t.participation[level]}
              </option>
            ))}
          </select>
        </div>
        <div className="peer-field peer-field--wide">
          <label className="peer-field__label" htmlFor="search-text">
            {t.textLabel}
          </label>
          <input
            id="search-text"
            type="search"
            value={form.text}
            placeholder={t.textHint}
            maxLength={200}
            onChange={(event) => set({ text: event.target.value })}
          />
        </div>
        <div className="peer-search__actions">
          <button type="submit" className="peer-button peer-button--primary" data-testid="search-submit">
            {t.searchButton}
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
            {t.clear}
          </button>
        </div>
      </form>
      {empty && <p className="status">{t.needCriterion}</p>}
      {search && (
        <SearchResults key={`${asked}`} search={search} onShow={onShow} onPickPerson={onPickPerson} onOpenProfile={onOpenProfile} />
      )}
    </section>
  );
}
