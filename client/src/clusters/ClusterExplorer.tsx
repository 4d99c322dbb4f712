import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/graphql-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { CommunityMapData, MapInterest } from '../communities/queries';
import type { ClusterGroup } from '../map/build-elements';
import { buildElements, clusterNodeId, isClusterNode, regionClusters, regionPlaces } from '../map/build-elements';
import { canArrangeByPlace } from '../map/geo-layout';
import { collapseClusters } from '../map/collapse-clusters';
import { GraphCanvas } from '../map/GraphCanvas';
import type { MapApi } from '../map/GraphCanvas';
import { layoutKeyOf } from '../map/layout-cache';
import { MapLegend } from '../map/MapLegend';
import type { SizeBy } from '../map/map-style';
import { MapToolbar } from '../map/MapToolbar';
import { BridgesTable } from './BridgesTable';
import { ClusterDetails } from './ClusterDetails';
import { ClusterTable } from './ClusterTable';
import { FilterControls } from './FilterControls';
import { GrowthControls } from './GrowthControls';
import { MAP_AS_OF_QUERY, REPLAY_MOMENTS_QUERY } from '../growth/queries';
import { colorSlotsByOverlap, inOrderOf, newSince, replayMoments } from '../growth/replay-moments';
import { hiddenBy, NO_FILTER } from './filters';
import type { MapFilter } from './filters';
import { groupingNoun } from './format';

/** The id the server gives the cluster of people without a region or organization (NOT_GIVEN). */
const NOT_GIVEN_ID = 'none';
import { GroupingControls } from './GroupingControls';
import { IsolatesTable } from './IsolatesTable';
import { NetworkFiguresPanel } from './NetworkFiguresPanel';
import { PersonSearch } from './PersonSearch';
import { ProfilePanel } from './ProfilePanel';
import { clusterMapQuery } from './queries';
import type { ClusterGrouping } from './queries';
import './clusters.css';
import { useT } from '../i18n';

interface ClusterExplorerProps {
  slug: string;
  name: string;
  map: CommunityMapData;
  interests: readonly MapInterest[];
  headers: Record<string, string>;
  /** The share link the page was opened with, if any. */
  shareToken: string | null;
}

const NO_IDS: ReadonlySet<string> = new Set();
const REFINING_POLL_MS = 5000;

/**
 * The community map a coordinator steers by: people grouped into clusters (regions, detected communities,
 * organizations or one interest), with the controls, figures and tables around it.
 */
export function ClusterExplorer({ slug, name, map: currentMap, interests, headers, shareToken }: ClusterExplorerProps) {
  // The growth replay (GrowthControls): the map and its clusters as they stood after one workshop.
  const moments = useQuery({
    ...graphqlQuery(REPLAY_MOMENTS_QUERY, { slug }, headers),
    select: (d) => replayMoments(d.community?.snapshots ?? []),
  });
  const [step, setStep] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const replayAt = step === null ? null : (moments.data?.[step]?.takenAt ?? null);
  const pastMap = useQuery({
    ...graphqlQuery(MAP_AS_OF_QUERY, { slug, asOf: replayAt ?? '' }, headers),
    enabled: replayAt !== null,
    placeholderData: keepPreviousData,
  });
  const replayed = replayAt === null ? null : (pastMap.data?.community?.map ?? null);
  const map = replayed ?? currentMap;
  const changeStep = useCallback((next: number | null) => {
    setStep(next);
    if (next === null) setPlaying(false);
  }, []);
  // The "since" control: what is on the map now (or at the replayed step) and was not at the chosen moment.
  const [since, setSince] = useState<string | null>(null);
  const sinceMap = useQuery({ ...graphqlQuery(MAP_AS_OF_QUERY, { slug, asOf: since ?? '' }, headers), enabled: since !== null });
  const fresh = useMemo(() => {
    const then = since === null ? undefined : sinceMap.data?.community?.map;
    return then ? newSince(map, then) : null;
  }, [since, sinceMap.data, map]);

  const [grouping, setGrouping] = useState<{ groupBy: ClusterGrouping; interestId: string | null }>({
    groupBy: 'REGION',
    interestId: null,
  });
  const [filter, setFilter] = useState<MapFilter>(NO_FILTER);
  const [sizeBy, setSizeBy] = useState<SizeBy>('participation');
  const [byGeography, setByGeography] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(NO_IDS);
  const [personId, setPersonId] = useState<string | null>(null);
  const [clusterId, setClusterId] = useState<string | null>(null);
  const apiRef = useRef<MapApi | null>(null);
  const [optionsOpen, setOptionsOpen] = useState(() => window.matchMedia('(min-width: 48rem)').matches);
  const asked = useQuery({
    ...clusterMapQuery(slug, grouping.groupBy, grouping.interestId, headers, replayAt),
    placeholderData: keepPreviousData,
    // While the server refines the bridges in the background, ask again now and then for the surer list.
    refetchInterval: (query) => (query.state.data?.community?.clusterMap?.network.bridgesCertainty.refining ? REFINING_POLL_MS : false),
  });
  // The last grouping that loaded stays on screen while another one loads, and when it fails to.
  const [shown, setShown] = useState({ ...grouping, asOf: replayAt });
  if (
    asked.isSuccess &&
    !asked.isPlaceholderData &&
    (shown.groupBy !== grouping.groupBy || shown.interestId !== grouping.interestId || shown.asOf !== replayAt)
  )
    setShown({ ...grouping, asOf: replayAt });
  const onScreen = useQuery({ ...clusterMapQuery(slug, shown.groupBy, shown.interestId, headers, shown.asOf), enabled: false });
  // A replay step is on screen once both its map and its clusters arrived.
  const shownStep = step !== null && replayed !== null && !pastMap.isPlaceholderData && shown.asOf === replayAt ? step : null;
  const data = (asked.data ?? onScreen.data)?.community?.clusterMap ?? null;
  // Today's detected communities, for their colours during a replay (usually cached: the map showed them first).
  const today = useQuery({
    ...clusterMapQuery(slug, 'DETECTED', null, headers),
    enabled: replayAt !== null && grouping.groupBy === 'DETECTED',
  });
  const todaysCommunities = today.data?.community?.clusterMap?.clusters;
  const clusterMap = { loading: asked.isPending || asked.isPlaceholderData, error: asked.error };

  const t = useT();
  // The server names the cluster of people without a region (or organization) in English: say it in ours.
  const notGiven = t('clusters.notGiven');
  const serverClusters = useMemo(
    () => data?.clusters.map((cluster) => (cluster.id === NOT_GIVEN_ID ? { ...cluster, name: notGiven } : cluster)),
    [data, notGiven],
  );
  const people = useMemo(() => new Map(map.people.map((p) => [p.id, p])), [map]);
  const bridgeIds = useMemo(() => new Set(data?.bridges.map((b) => b.personId)), [data]);
  // Until the first cluster map arrives, the declared regions (the same grouping) are drawn at once.
  const drawnClusterGroups = useMemo(() => {
    const groups: readonly ClusterGroup[] = serverClusters ?? regionClusters(map, notGiven);
    if (!replayed) return groups;
    // Replaying: each region keeps the colour (the place in the order) it has on today's map; a detected
    // community, numbered afresh at every moment, takes the colour of today's community it mostly became.
    if (data?.groupBy === 'DETECTED' && todaysCommunities) return colorSlotsByOverlap(groups, todaysCommunities);
    return inOrderOf(
      groups,
      regionClusters(currentMap).map((c) => c.id),
    );
  }, [serverClusters, map, notGiven, replayed, currentMap, data?.groupBy, todaysCommunities]);
  const places = useMemo(() => regionPlaces(map), [map]);
  const regionIds = useMemo(() => new Set(map.regions.map((r) => r.id)), [map]);
  // By geography: the regions' places (geo-layout.ts), final as they are (the force layout would move them).
  const geographic =
    (data?.groupBy ?? 'REGION') === 'REGION' && canArrangeByPlace(drawnClusterGroups, regionIds, places) ? byGeography : null;
  const built = useMemo(
    () => buildElements(map, { clusters: drawnClusterGroups, bridgeIds, places: geographic ? places : undefined, newIds: fresh?.ids }),
    [map, drawnClusterGroups, bridgeIds, geographic, places, fresh],
  );
  const layoutKey = useMemo(() => (geographic ? 'geography:' : '') + layoutKeyOf(built), [built, geographic]);
  const collapsedNodeIds = useMemo(() => new Set([...collapsed].map(clusterNodeId)), [collapsed]);
  const elements = useMemo(() => collapseClusters(built, collapsedNodeIds), [built, collapsedNodeIds]);
  const hiddenIds = useMemo(() => hiddenBy(map.people, filter), [map, filter]);
  const clusterOf = useMemo(() => {
    const of = new Map<string, string>();
    for (const cluster of serverClusters ?? []) for (const id of cluster.memberIds) of.set(id, cluster.id);
    return of;
  }, [serverClusters]);
  const tieCount = useMemo(() => {
    const count = new Map<string, number>();
    for (const tie of map.ties) for (const id of [tie.source, tie.target]) count.set(id, (count.get(id) ?? 0) + 1);
    return count;
  }, [map]);

  const changeGrouping = (groupBy: ClusterGrouping, interestId: string | null) => {
    setGrouping({ groupBy, interestId });
    // Cluster ids belong to a grouping: what was folded or open there means nothing in the next one.
    setCollapsed(NO_IDS);
    setClusterId(null);
  };
  const toggleCollapse = useCallback((id: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const focusPerson = useCallback(
    (id: string | null) => {
      setPersonId(id);
      if (id === null) return;
      // Someone inside a folded cluster: open it so they can be shown.
      const home = clusterOf.get(id);
      if (home !== undefined) {
        setCollapsed((current) => {
          if (!current.has(home)) return current;
          const next = new Set(current);
          next.delete(home);
          return next;
        });
      }
    },
    [clusterOf],
  );
  const tapCluster = useCallback(
    (nodeId: string) => {
      const id = nodeId.slice('cluster:'.length);
      setClusterId(id);
      toggleCollapse(id);
    },
    [toggleCollapse],
  );

  const clusters = serverClusters ?? [];
  const noun = groupingNoun(data?.groupBy ?? 'REGION');
  const drawnClusters = built.filter(isClusterNode).length;
  const selectedCluster = clusters.find((c) => c.id === clusterId) ?? null;
  const person = personId ? people.get(personId) : undefined;
  const personCluster = person ? clusters.find((c) => c.id === clusterOf.get(person.id)) : undefined;

  return (
    <section className="explorer" aria-label={t('clusters.section')} data-grouping={data?.groupBy}>
      {/* Folded on phones, where the map should come first; open on wider screens. */}
      <details className="explorer__options" open={optionsOpen} onToggle={(e) => setOptionsOpen(e.currentTarget.open)}>
        <summary>{t('clusters.options')}</summary>
        <div className="explorer__controls">
          <GroupingControls
            groupBy={grouping.groupBy}
            interestId={grouping.interestId}
            interests={interests}
            sizeBy={sizeBy}
            busy={clusterMap.loading}
            onGrouping={changeGrouping}
            onSizeBy={setSizeBy}
            byGeography={geographic}
            onByGeography={setByGeography}
          />
          <FilterControls
            filter={filter}
            interests={interests}
            shown={map.people.length - hiddenIds.size}
            total={map.people.length}
            onChange={setFilter}
          />
          <PersonSearch people={map.people} onPick={focusPerson} />
        </div>
      </details>
      {data && clusterMap.error && (
        <p className="status status--error explorer__error" role="alert">
          {t('clusters.switchFailed', { message: clusterMap.error.message })}
        </p>
      )}
      <div className="explorer__map">
        <GrowthControls
          moments={moments.data ?? []}
          since={since}
          onSince={setSince}
          newCounts={fresh && { people: fresh.people.length, ties: fresh.ties.length }}
          step={step}
          shownStep={shownStep}
          onStep={changeStep}
          playing={playing}
          onPlaying={setPlaying}
          error={step === null ? null : pastMap.error}
        />
        <MapToolbar
          api={apiRef}
          fileName={slug}
          title={t('clusters.svgTitle', { name, noun })}
          caption={t('clusters.count', { count: drawnClusters, noun })}
        />
        <GraphCanvas
          elements={elements}
          layoutKey={layoutKey}
          label={t('clusters.mapLabel', { name, people: map.people.length, clusters: drawnClusters, noun, ties: map.ties.length })}
          sizeBy={sizeBy}
          hiddenIds={hiddenIds}
          focusId={personId}
          onSelectPerson={focusPerson}
          onTapCluster={tapCluster}
          apiRef={apiRef}
          fixedLayout={geographic === true}
          fillViewport
        />
        <MapLegend
          showUnlisted={map.people.some((p) => !p.listed)}
          showBridges
          clusterNoun={noun}
          newSince={fresh ? (moments.data?.find((m) => m.takenAt === since)?.workshopTitle ?? null) : null}
        />
        <p className="map-hint">{t('clusters.hint')}</p>
      </div>
      <aside className="explorer__panel" aria-label={t('clusters.panel')}>
        {personId && (
          <ProfilePanel
            key={personId}
            slug={slug}
            personId={personId}
            headers={headers}
            shareToken={shareToken}
            clusterName={personCluster?.name ?? null}
            ties={tieCount.get(personId) ?? 0}
            bridge={bridgeIds.has(personId)}
            onClose={() => setPersonId(null)}
          />
        )}
        {selectedCluster && (
          <ClusterDetails
            cluster={selectedCluster}
            clusters={clusters}
            people={people}
            collapsed={collapsed.has(selectedCluster.id)}
            onToggleCollapse={() => toggleCollapse(selectedCluster.id)}
            onFocusPerson={focusPerson}
            onClose={() => setClusterId(null)}
          />
        )}
        {!data && (
          <p className={clusterMap.error ? 'status status--error' : 'status'} role={clusterMap.error ? 'alert' : 'status'}>
            {clusterMap.error ? t('clusters.figuresFailed', { message: clusterMap.error.message }) : t('clusters.computing')}
          </p>
        )}
        {data && <NetworkFiguresPanel network={data.network} groupBy={data.groupBy} />}
        {data && (
          <ClusterTable
            clusters={clusters}
            noun={noun}
            collapsedIds={collapsed}
            selectedId={clusterId}
            onSelect={setClusterId}
            onToggleCollapse={toggleCollapse}
          />
        )}
        {data && <BridgesTable bridges={data.bridges} network={data.network} noun={noun} onFocusPerson={focusPerson} />}
        {data && <IsolatesTable ids={data.network.isolateIds} people={people} onFocusPerson={focusPerson} />}
      </aside>
    </section>
  );
}
