import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { NextSteps } from '../catalogue/NextSteps';
import { mapHighlight } from './format';
import { PeerMap } from './PeerMap';
import { usePeerContext } from './PeerContext';
import { ProfilePanel } from './ProfilePanel';
import type { PeerFinderCommunity, PersonCard, RegionPreference } from './queries';
import { SearchPanel } from './SearchPanel';
import { SuggestionsPanel } from './SuggestionsPanel';

type Tab = 'suggestions' | 'search';

/** An introduction path asked for: to whom, and the chain once it came (null: there is none). */
export interface PathState {
  toId: string;
  people: PersonCard[] | null | undefined;
}

/**
 * The peer finder: suggestions for the person in `?person=` (or a search), the map highlighting whom the list
 * shows (or the chain of an introduction), and a profile panel for whoever is tapped.
 */
export function PeerFinder({ community }: { community: PeerFinderCommunity }) {
  const { t, access } = usePeerContext();
  if (community.map.people.length === 0) {
    // Nobody answered yet: no suggestions, no search, no map; say why and what comes first.
    return (
      <>
        <header className="page-header">
          <h1>{t('peers.finderTitle')}</h1>
          <p className="lead" data-testid="peers-empty">
            {t('setup.emptyPeers')}
          </p>
        </header>
        {!access.shareToken && (
          <NextSteps slug={access.slug} regions={community.map.regions.length} interests={community.interests.length} />
        )}
      </>
    );
  }
  return <PeerFinderBody community={community} />;
}

function PeerFinderBody({ community }: { community: PeerFinderCommunity }) {
  const { t } = usePeerContext();
  const [searchParams, setSearchParams] = useSearchParams();
  const personId = searchParams.get('person');
  const [tab, setTab] = useState<Tab>('suggestions');
  const [preference, setPreference] = useState<RegionPreference>('ANY');
  const [suggestedIds, setSuggestedIds] = useState<string[]>([]);
  const [foundIds, setFoundIds] = useState<string[]>([]);
  const [path, setPath] = useState<PathState | null>(null);
  const [profileId, setProfileId] = useState<string | null>(null);

  const pickPerson = useCallback(
    (id: string | null) => {
      setPath(null);
      setProfileId(null);
      setTab('suggestions');
      setSearchParams(id ? { person: id } : {});
    },
    [setSearchParams],
  );

  const { highlightIds, pathIds } = useMemo(
    () => (tab === 'suggestions' ? mapHighlight(suggestedIds, path?.people ?? null) : mapHighlight(foundIds, null)),
    [suggestedIds, foundIds, path, tab],
  );

  return (
    <>
      <header className="page-header">
        <h1>{t('peers.finderTitle')}</h1>
        <p className="lead">{t('peers.finderLead')}</p>
      </header>
      <div className="peers-layout">
        <div className="peers-main">
          <div className="peer-tabs" role="group" aria-label={t('peers.finderTitle')}>
            {(['suggestions', 'search'] as const).map((option) => (
              <button key={option} type="button" className="peer-tabs__tab" aria-pressed={tab === option} onClick={() => setTab(option)}>
                {option === 'suggestions' ? t('peers.tabSuggestions') : t('peers.tabSearch')}
              </button>
            ))}
          </div>
          {/* Both stay mounted, so a search survives a look at the suggestions and back. */}
          <div hidden={tab !== 'suggestions'}>
            <SuggestionsPanel
              personId={personId}
              onPickPerson={pickPerson}
              preference={preference}
              onPreferenceChange={(next) => {
                setPath(null);
                setPreference(next);
              }}
              onShow={setSuggestedIds}
              onOpenProfile={setProfileId}
              path={path}
              onPathChange={setPath}
            />
          </div>
          <div hidden={tab !== 'search'}>
            <SearchPanel community={community} onShow={setFoundIds} onPickPerson={pickPerson} onOpenProfile={setProfileId} />
          </div>
        </div>
        <aside className="peers-side">
          {profileId && <ProfilePanel key={profileId} personId={profileId} onClose={() => setProfileId(null)} onPickPerson={pickPerson} />}
          <PeerMap map={community.map} highlightIds={highlightIds} pathIds={pathIds} onSelectPerson={setProfileId} />
        </aside>
      </div>
    </>
  );
}
