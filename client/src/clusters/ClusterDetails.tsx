import { graphql } from '../gql';
import type { MapPerson } from '../communities/queries';
import { percent } from './format';
import type { Cluster, InterestCount } from './queries';

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
  return (
    <section className="panel-section panel-section--selected" aria-labelledby="cluster-heading" data-testid="cluster-details">
      <div className="panel-section__head">
        <h2 id="cluster-heading" tabIndex={-1}>
          {cluster.name}
        </h2>
        <button type="button" className="small-button" onClick={onClose} aria-label={`Close details of ${cluster.name}`}>
          Close
        </button>
      </div>
      <p>
        {cluster.memberIds.length.toLocaleString('en')} people in {cluster.organizationCount.toLocaleString('en')}{' '}
        {cluster.organizationCount === 1 ? 'organization' : 'organizations'}; {cluster.internalTies.toLocaleString('en')} ties inside
        (density {percent(cluster.density)}).{' '}
        <button type="button" className={collapsed ? 'small-button small-button--on' : 'small-button'} onClick={onToggleCollapse}>
          {collapsed ? 'Expand on the map' : 'Collapse on the map'}
        </button>
      </p>
      {cluster.tiesTo.length > 0 ? (
        <table className="data-table" data-testid="cluster-links">
          <caption>Ties to other clusters</caption>
          <thead>
            <tr>
              <th scope="col">Cluster</th>
              <th scope="col">Ties</th>
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
        <p className="muted">No ties to other clusters.</p>
      )}
      <div className="interest-columns">
        <InterestList title="Most offered" items={cluster.topOffered} />
        <InterestList title="Most sought" items={cluster.topSought} />
      </div>
      <PeopleList title="Coordinators" ids={cluster.coordinatorIds} people={people} onFocusPerson={onFocusPerson} />
      <PeopleList title="Peripheral members" ids={cluster.peripheralIds} people={people} onFocusPerson={onFocusPerson} />
    </section>
  );
}

function InterestList({ title, items }: { title: string; items: readonly InterestCount[] }) {
  return (
    <div>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">None given.</p>
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
  return (
    <div>
      <h3>
        {title} ({ids.length.toLocaleString('en')})
      </h3>
      {ids.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="name-list">
          {shown.map((id) => (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => onFocusPerson(id)}>
                {people.get(id)?.name ?? id}
              </button>
            </li>
          ))}
          {ids.length > shown.length && <li className="muted">and {(ids.length - shown.length).toLocaleString('en')} more</li>}
        </ul>
      )}
    </div>
  );
}
