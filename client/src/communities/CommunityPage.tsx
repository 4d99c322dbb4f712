import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/useQuery';
import { GraphCanvas } from '../map/GraphCanvas';
import { MapLegend } from '../map/MapLegend';
import { PARTICIPATION_STYLE } from '../map/map-style';
import { COMMUNITY_MAP_QUERY } from './queries';
import type { CommunityMapData, CommunityMapResult } from './queries';

export function CommunityPage() {
  const { slug = '' } = useParams();
  const state = useQuery<CommunityMapResult>(COMMUNITY_MAP_QUERY, { slug });
  const community = state.status === 'success' ? state.data.community : null;

  useEffect(() => {
    document.title = community ? `${community.name} · Tejido` : 'Tejido';
  }, [community]);

  if (state.status === 'loading') {
    return (
      <main className="page">
        <BackLink />
        <p className="status" role="status">Loading the map…</p>
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main className="page">
        <BackLink />
        <p className="status status--error" role="alert">Could not load this community: {state.error.message}</p>
      </main>
    );
  }
  if (!community) {
    return (
      <main className="page">
        <h1>No community called “{slug}”</h1>
        <p>
          The link may be mistyped, or the community was removed. <Link to="/">See all communities</Link>.
        </p>
      </main>
    );
  }

  const { map } = community;
  return (
    <main className="page page--wide">
      <BackLink />
      <header className="page-header">
        <h1>{community.name}</h1>
        {community.description && <p className="lead">{community.description}</p>}
        <dl className="counts">
          <Count label={map.people.length === 1 ? 'person' : 'people'} value={map.people.length} />
          <Count label={map.ties.length === 1 ? 'tie' : 'ties'} value={map.ties.length} />
          <Count label={map.regions.length === 1 ? 'region' : 'regions'} value={map.regions.length} />
        </dl>
      </header>
      <CommunityMap key={slug} map={map} name={community.name} />
    </main>
  );
}

function CommunityMap({ map, name }: { map: CommunityMapData; name: string }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = map.people.find((p) => p.id === selectedId);
  const region = selected && map.regions.find((r) => r.id === selected.regionId);
  const ties = selected ? map.ties.filter((t) => t.source === selected.id || t.target === selected.id).length : 0;

  return (
    <section className="map-section" aria-label="Community map">
      <GraphCanvas
        map={map}
        label={`Map of ${name}: ${map.people.length} people in ${map.regions.length} regions, ${map.ties.length} ties`}
        onSelectPerson={setSelectedId}
      />
      <div className="map-footer">
        <MapLegend />
        <p className="map-selection" aria-live="polite">
          {selected ? (
            <>
              <strong>{selected.name}</strong>
              {[
                selected.organization,
                region?.name,
                PARTICIPATION_STYLE[selected.participation].label,
                `${ties} ${ties === 1 ? 'tie' : 'ties'}`,
              ]
                .filter(Boolean)
                .map((part) => ` · ${part}`)}
            </>
          ) : (
            'Tap a person for details. Zoom in to see names.'
          )}
        </p>
      </div>
    </section>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value.toLocaleString('en')}</dd>
    </div>
  );
}

function BackLink() {
  return (
    <nav className="breadcrumb">
      <Link to="/">← All communities</Link>
    </nav>
  );
}
