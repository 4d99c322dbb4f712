import type { ReactNode } from 'react';
import type { ParticipationLevel } from '../communities/queries';
import { BRIDGE_BORDER, CROSS_CLUSTER_TIE_COLOR, NEW_COLOR, PARTICIPATION_STYLE, TIE_COLOR } from './map-style';
import { CLUSTER_COLORS } from './palette';
import { useT } from '../i18n';

const levels: ParticipationLevel[] = ['CORE', 'ACTIVE', 'PERIPHERAL'];

interface MapLegendProps {
  showUnlisted?: boolean;
  /** Show the bridge marker (the cluster map marks bridges; the projector does not). */
  showBridges?: boolean;
  /** What a cluster is in the current grouping: "region", "community", "organization" or "group" (a select key). */
  clusterNoun?: string;
  /** The "since" control's moment, when it highlights what is new (its title names the line). */
  newSince?: string | null;
}

/** The key to the map's shapes and colours; it reads the same constants the map is drawn with. */
export function MapLegend({ showUnlisted = false, showBridges = false, clusterNoun = 'region', newSince = null }: MapLegendProps) {
  const t = useT();
  return (
    <ul className="map-legend" aria-label={t('map.legend')}>
      {levels.map((level) => {
        const { color, shape, hollow } = PARTICIPATION_STYLE[level];
        return (
          <li key={level}>
            <Swatch>
              {shape === 'diamond' ? (
                <polygon points="8,1 15,8 8,15 1,8" fill={color} />
              ) : (
                <circle cx="8" cy="8" r={hollow ? 4.5 : 6} fill={hollow ? '#fff' : color} stroke={color} strokeWidth={hollow ? 2.5 : 0} />
              )}
            </Swatch>
            {t(`map.level.${level}`)}
          </li>
        );
      })}
      {showBridges && (
        <li>
          <Swatch>
            <circle cx="8" cy="8" r="6" fill="#fff" stroke={BRIDGE_BORDER} strokeWidth="1.2" />
            <circle cx="8" cy="8" r="3.8" fill="none" stroke={BRIDGE_BORDER} strokeWidth="1.2" />
          </Swatch>
          {t('map.bridge')}
        </li>
      )}
      <li>
        <Swatch>
          <line x1="1" y1="8" x2="15" y2="8" stroke={TIE_COLOR} strokeWidth="2" />
        </Swatch>
        {t('map.tieWithin', { noun: clusterNoun })}
      </li>
      <li>
        <Swatch>
          <line x1="1" y1="8" x2="15" y2="8" stroke={CROSS_CLUSTER_TIE_COLOR} strokeWidth="3" />
        </Swatch>
        {t('map.tieBetween', { noun: clusterNoun })}
      </li>
      {newSince !== null && (
        <li data-testid="legend-new">
          <Swatch>
            <circle cx="8" cy="8" r="7" fill={NEW_COLOR} opacity="0.7" />
            <circle cx="8" cy="8" r="4" fill="#fff" />
          </Swatch>
          {t('map.newSince', { moment: newSince })}
        </li>
      )}
      {showUnlisted && (
        <li>
          <Swatch>
            <circle cx="8" cy="8" r="5.5" fill="none" stroke="#444" strokeWidth="1.5" strokeDasharray="2.5 2" />
          </Swatch>
          {t('map.unlisted')}
        </li>
      )}
      <li>
        <Swatch>
          <rect
            x="1"
            y="3"
            width="14"
            height="10"
            rx="3"
            fill={CLUSTER_COLORS[0]}
            fillOpacity="0.25"
            stroke={CLUSTER_COLORS[0]}
            strokeWidth="1.5"
          />
        </Swatch>
        {t('map.box', { noun: clusterNoun })}
      </li>
    </ul>
  );
}

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="legend-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
