import type { ParticipationLevel } from '../communities/queries';
import { CROSS_REGION_TIE_COLOR, PARTICIPATION_STYLE, REGION_BORDER, REGION_FILL, TIE_COLOR } from './map-style';

const levels: ParticipationLevel[] = ['CORE', 'ACTIVE', 'PERIPHERAL'];

/** The key to the map's colours and shapes; it reads the same constants the map is drawn with. */
export function MapLegend({ showUnlisted = false }: { showUnlisted?: boolean }) {
  return (
    <ul className="map-legend" aria-label="Map legend">
      {levels.map((level) => {
        const { label, color, size } = PARTICIPATION_STYLE[level];
        const px = Math.round(size / 2) + 4;
        return (
          <li key={level}>
            <span className="swatch-dot" style={{ background: color, width: px, height: px }} aria-hidden />
            {label}
          </li>
        );
      })}
      <li>
        <span className="swatch-line" style={{ borderColor: TIE_COLOR }} aria-hidden />
        Tie within a region
      </li>
      <li>
        <span className="swatch-line swatch-line--bold" style={{ borderColor: CROSS_REGION_TIE_COLOR }} aria-hidden />
        Tie across regions
      </li>
 {showUnlisted && (
        <li>
          <span className="swatch-dot swatch-dot--unlisted" aria-hidden />
          Not listed (facilitators only)
        </li>
      )}
      <li>
        <span className="swatch-region" style={{ background: REGION_FILL, borderColor: REGION_BORDER }} aria-hidden />
        Region
      </li>
    </ul>
  );
}
