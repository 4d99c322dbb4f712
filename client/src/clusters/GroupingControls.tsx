import type { MapInterest } from '../communities/queries';
import type { SizeBy } from '../map/map-style';
import { GROUPINGS } from './format';
import type { ClusterGrouping } from './queries';
import { useLanguage, useT } from '../i18n';
import { interestLabel } from '../i18n';

interface GroupingControlsProps {
  groupBy: ClusterGrouping;
  interestId: string | null;
  interests: readonly MapInterest[];
  sizeBy: SizeBy;
  busy: boolean;
  onGrouping: (groupBy: ClusterGrouping, interestId: string | null) => void;
  onSizeBy: (sizeBy: SizeBy) => void;
  /** The arrangement by geography, offered only when the regions with people all have coordinates (null: not offered). */
  byGeography: boolean | null;
  onByGeography: (on: boolean) => void;
}

/** How the map groups people (switches without a reload) and how it sizes them. */
export function GroupingControls({
  groupBy,
  interestId,
  interests,
  sizeBy,
  busy,
  onGrouping,
  onSizeBy,
  byGeography,
  onByGeography,
}: GroupingControlsProps) {
  const firstInterest = interests[0]?.id ?? null;
  const t = useT();
  const [lang] = useLanguage();
  return (
    <fieldset className="control-group" aria-busy={busy}>
      <legend>{t('clusters.view')}</legend>
      <label className="ctl-field">
        <span>{t('clusters.groupBy')}</span>
        <select
          value={groupBy}
          data-testid="grouping"
          onChange={(e) => {
            const next = e.target.value as ClusterGrouping;
            onGrouping(next, next === 'INTEREST' ? (interestId ?? firstInterest) : null);
          }}
        >
          {GROUPINGS.filter((g) => g.value !== 'INTEREST' || firstInterest !== null).map((g) => (
            <option key={g.value} value={g.value}>
              {t(`clusters.grouping.${g.value}`)}
            </option>
          ))}
        </select>
      </label>
      {groupBy === 'INTEREST' && (
        <label className="ctl-field">
          <span>{t('peers.interestLabel')}</span>
          <select value={interestId ?? ''} data-testid="grouping-interest" onChange={(e) => onGrouping('INTEREST', e.target.value)}>
            {interests.map((interest) => (
              <option key={interest.id} value={interest.id}>
                {interestLabel(interest, lang)}
              </option>
            ))}
          </select>
        </label>
      )}
      {byGeography !== null && (
        <div className="ctl-field" role="radiogroup" aria-label={t('clusters.arrangement')}>
          <span>{t('clusters.arrange')}</span>
          <div className="segmented">
            {([false, true] as const).map((value) => (
              <label key={String(value)}>
                <input
                  type="radio"
                  name="arrange-by"
                  data-testid={value ? 'arrange-geography' : 'arrange-ties'}
                  checked={byGeography === value}
                  onChange={() => onByGeography(value)}
                />
                {value ? t('clusters.arrange.geography') : t('clusters.arrange.ties')}
              </label>
            ))}
          </div>
        </div>
      )}
      <div className="ctl-field" role="radiogroup" aria-label={t('clusters.sizeOf')}>
        <span>{t('clusters.sizeBy')}</span>
        <div className="segmented">
          {(['participation', 'degree'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="size-by" value={value} checked={sizeBy === value} onChange={() => onSizeBy(value)} />
              {value === 'participation' ? t('peers.participationLabel') : t('clusters.ties')}
            </label>
          ))}
        </div>
      </div>
      {busy && (
        <p className="control-note" role="status">
          {t('clusters.grouping')}
        </p>
      )}
    </fieldset>
  );
}
