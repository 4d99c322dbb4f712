import { useMemo } from 'react';
import type { CommunityMapData } from '../communities/queries';
import { buildElements } from '../map/build-elements';
import { GraphCanvas } from '../map/GraphCanvas';
import { usePeerContext } from './PeerContext';

interface PeerMapProps {
  map: CommunityMapData;
  highlightIds: ReadonlySet<string>;
  pathIds: readonly string[];
  onSelectPerson: (personId: string | null) => void;
}

/** The community map beside the peer list: whom the list shows stands out; tapping a person opens them. */
export function PeerMap({ map, highlightIds, pathIds, onSelectPerson }: PeerMapProps) {
  const { t } = usePeerContext();
  const elements = useMemo(() => buildElements(map), [map]);
  return (
    <section className="peers-map" aria-labelledby="peers-map-title">
      <h2 id="peers-map-title" className="peers-map__title">
        {t('peers.mapTitle')}
      </h2>
      <GraphCanvas
        elements={elements}
        label={t('peers.mapLabel', { people: map.people.length, highlighted: highlightIds.size })}
        highlightIds={highlightIds}
        pathIds={pathIds}
        zoomToHighlight
        // The background tap (null) keeps the open profile: closing is the panel's own button.
        onSelectPerson={(id) => {
          if (id) onSelectPerson(id);
        }}
      />
      <p className="peers-map__hint">{t('peers.mapHint')}</p>
    </section>
  );
}
