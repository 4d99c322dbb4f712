import { graphql } from '../gql';
import type { MapPerson } from '../communities/queries';
import { percent } from './format';
import type { Cluster, InterestCount } from './queries';
import { formatNumber, useLocale, useT } from '../i18n';

export const InterestCountFields = graphql(`
  fragment InterestCount on InterestCount {
    interest {
      id
      name
    }
    count
  }
`);

interface ClusterDetailsProps {
  cluster: Cluster;
  clusters: readonly Cluster[];
  people: ReadonlyMap<string, MapPerson>;
  collapsed: boolean;
  onToggleCollapse: () => void;
  onFocusPerson: (personId: string) => void;
  onClose: () => void;
}

const NAMES_SHOWN = 20;

/** One cluster in full: figures, ties to each other cluster, its interests, coordinators and periphery. */
export function ClusterDetails({ cluster, clusters, people, collapsed, onToggleCollapse, onFocusPerson, onClose }: ClusterDetailsProps) {
  const nameOf = new Map(clusters.map((c) => [c.id, c.name]));
  const t = useT();
  return (
    <section className="panel-section panel-section--selected" aria-labelledby="cluster-heading" data-testid="cluster-details">
      <div className="panel-section__head">
        <h2 id="cluster-heading" tabIndex={-1}>
          {cluster.name}
        </h2>
        <button type="button" className="small-button" onClick={onClose} aria-label={t('clusters.closeDetails', { name: cluster.name })}>
          {t('common.close')}
        </button>
      </div>
      <p>
        {t('clusters.summary', {
          people: cluster.memberIds.length,
          orgs: cluster.organizationCount,
          ties: cluster.internalTies,
          density: percent(cluster.density),
        })}{' '}
        {/* An empty cluster has nobody to fold. */}
        {cluster.memberIds.length > 0 && (
          <button type="button" className={collapsed ? 'small-button small-button--on' : 'small-button'} onClick={onToggleCollapse}>
            {collapsed ? t('clusters.expandOnMap') : t('clusters.collapseOnMap')}
          </button>
        )}
      </p>
      {cluster.tiesTo.length > 0 ? (
        <table className="data-table" data-testid="cluster-links">
          <caption>{t('clusters.tiesTo')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clusters.cluster')}</th>
              <th scope="col">{t('clusters.ties')}</th>
            </tr>
          </thead>
          <tbody>
            {cluster.tiesTo.map((link) => (
              <tr key={link.clusterId}>
                <th scope="row">{nameOf.get(link.clusterId) ?? link.clusterId}</th>
                <td className="num">{link.ties}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('clusters.noTiesTo')}</p>
      )}
      <div className="interest-columns">
        <InterestList title={t('clusters.mostOffered')} items={cluster.topOffered} />
        <InterestList title={t('clusters.mostSought')} items={cluster.topSought} />
      </div>
      <PeopleList title={t('clusters.coordinators')} ids={cluster.coordinatorIds} people={people} onFocusPerson={onFocusPerson} />
      <PeopleList title={t('clusters.peripheral')} ids={cluster.peripheralIds} people={people} onFocusPerson={onFocusPerson} />
    </section>
  );
}

function InterestList({ title, items }: { title: string; items: readonly InterestCount[] }) {
  const t = useT();
  return (
    <div>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('clusters.noneGiven')}</p>
      ) : (
        <ol className="plain-list">
          {items.map(({ interest, count }) => (
            <li key={interest.id}>
              {interest.name} <span className="muted">({count})</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

interface PeopleListProps {
  title: string;
  ids: readonly string[];
  people: ReadonlyMap<string, MapPerson>;
  onFocusPerson: (personId: string) => void;
}

function PeopleList({ title, ids, people, onFocusPerson }: PeopleListProps) {
  const shown = ids.slice(0, NAMES_SHOWN);
  const t = useT();
  const locale = useLocale();
  return (
    <div>
      <h3>
        {title} ({formatNumber(ids.length, locale)})
      </h3>
      {ids.length === 0 ? (
        <p className="muted">{t('clusters.none')}</p>
      ) : (
        <ul className="name-list">
          {shown.map((id) => (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => onFocusPerson(id)}>
                {people.get(id)?.name ?? id}
              </button>
            </li>
          ))}
          {ids.length > shown.length && <li className="muted">{t('clusters.andMore', { count: ids.length - shown.length })}</li>}
        </ul>
      )}
    </div>
  );
}
