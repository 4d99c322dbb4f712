import { formatScore, scoreBars } from './format';
import { usePeerContext } from './PeerContext';
import type { PeerScoreParts, RegionPreference } from './queries';

/** A suggestion's score parts as labelled bars, each against its own maximum. */
export function ScoreBars({ parts, preference }: { parts: PeerScoreParts; preference: RegionPreference }) {
  const { lang, t } = usePeerContext();
  return (
    <ul className="peer-bars">
      {scoreBars(parts, preference).map((bar) => {
        const value = t('peers.partValue', { value: formatScore(bar.value, lang), max: formatScore(bar.max, lang) });
        return (
          <li key={bar.key} className={bar.value > 0 ? 'peer-bars__item' : 'peer-bars__item peer-bars__item--zero'} data-part={bar.key}>
            <span className="peer-bars__label">{t(`peers.part.${bar.key}`)}</span>
            <span className="peer-bars__track" role="img" aria-label={`${t(`peers.part.${bar.key}`)}: ${value}`}>
              <span className="peer-bars__fill" style={{ width: `${bar.percent}%` }} />
            </span>
            <span className="peer-bars__value" aria-hidden="true">
              {value}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
