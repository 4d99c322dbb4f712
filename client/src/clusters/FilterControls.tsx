import type { MapInterest, ParticipationLevel } from '../communities/queries';
import { PARTICIPATION_STYLE } from '../map/map-style';
import { ALL_LEVELS, isFiltering } from './filters';
import type { MapFilter } from './filters';

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
  const toggle = (level: ParticipationLevel, on: boolean) => {
    const levels = new Set(filter.levels);
    if (on) levels.add(level);
    else levels.delete(level);
    onChange({ ...filter, levels });
  };
  return (
    <fieldset className="control-group">
      <legend>Filter</legend>
      <label className="ctl-field">
        <span>Interest</span>
        <select
          value={filter.interestId ?? ''}
          data-testid="filter-interest"
          onChange={(e) => onChange({ ...filter, interestId: e.target.value || null })}
        >
          <option value="">Any interest</option>
          {interests.map((interest) => (
            <option key={interest.id} value={interest.id}>
              {interest.name}
            </option>
          ))}
        </select>
      </label>
      <div className="ctl-field" role="group" aria-label="Participation">
        <span>Participation</span>
        <div className="segmented">
          {ALL_LEVELS.map((level) => (
            <label key={level}>
              <input
                type="checkbox"
                data-testid={`filter-${level.toLowerCase()}`}
                checked={filter.levels.has(level)}
                onChange={(e) => toggle(level, e.target.checked)}
              />
              {PARTICIPATION_STYLE[level].label.replace(' (core)', '')}
            </label>
          ))}
        </div>
      </div>
      <p className="control-note" aria-live="polite" data-testid="filter-result">
        {isFiltering(filter) ? `Showing ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} people.` : `All ${total.toLocaleString('en')} people shown.`}
      </p>
    </fieldset>
  );
}
