import type { MapInterest, ParticipationLevel } from '../communities/queries';
import { ALL_LEVELS, isFiltering } from './filters';
import type { MapFilter } from './filters';
import { useLanguage, useT } from '../i18n';
import { interestLabel } from '../i18n';

interface FilterControlsProps {
  filter: MapFilter;
  interests: readonly MapInterest[];
  /** People shown and on the map, for the result line. */
  shown: number;
  total: number;
  onChange: (filter: MapFilter) => void;
}

/** Filters by interest and participation level: people who do not match are hidden with their ties. */
export function FilterControls({ filter, interests, shown, total, onChange }: FilterControlsProps) {
  const t = useT();
  const [lang] = useLanguage();
  const toggle = (level: ParticipationLevel, on: boolean) => {
    const levels = new Set(filter.levels);
    if (on) levels.add(level);
    else levels.delete(level);
    onChange({ ...filter, levels });
  };
  return (
    <fieldset className="control-group">
      <legend>{t('clusters.filter')}</legend>
      <label className="ctl-field">
        <span>{t('peers.interestLabel')}</span>
        <select
          value={filter.interestId ?? ''}
          data-testid="filter-interest"
          onChange={(e) => onChange({ ...filter, interestId: e.target.value || null })}
        >
          <option value="">{t('clusters.anyInterest')}</option>
          {interests.map((interest) => (
            <option key={interest.id} value={interest.id}>
              {interestLabel(interest, lang)}
            </option>
          ))}
        </select>
      </label>
      <div className="ctl-field" role="group" aria-label={t('peers.participationLabel')}>
        <span>{t('peers.participationLabel')}</span>
        <div className="segmented">
          {ALL_LEVELS.map((level) => (
            <label key={level}>
              <input
                type="checkbox"
                data-testid={`filter-${level.toLowerCase()}`}
                checked={filter.levels.has(level)}
                onChange={(e) => toggle(level, e.target.checked)}
              />
              {t(`clusters.level.${level}`)}
            </label>
          ))}
        </div>
      </div>
      <p className="control-note" aria-live="polite" data-testid="filter-result">
        {isFiltering(filter) ? t('clusters.showing', { shown, total }) : t('clusters.showingAll', { total })}
      </p>
    </fieldset>
  );
}
