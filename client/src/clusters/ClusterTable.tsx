import { graphql } from '../gql';
import { useState } from 'react';
import { nounPlural, percent } from './format';
import type { Cluster } from './queries';

export const ClusterFields = graphql(`
  fragment Cluster on Cluster {
    id
    name
    memberIds
    internalTies
    externalTies
    density
    tiesTo {
      clusterId
      ties
    }
    coordinatorIds
    peripheralCount
    peripheralIds
    organizationCount
    topOffered {
      ...InterestCount
    }
    topSought {
      ...InterestCount
    }
  }
`);

interface ClusterTableProps {
  clusters: readonly Cluster[];
  noun: string;
  collapsedIds: ReadonlySet<string>;
  selectedId: string | null;
  onSelect: (clusterId: string) => void;
  onToggleCollapse: (clusterId: string) => void;
}

const FIRST = 25;

/** Every cluster with its figures, and buttons to open its details or fold it on the map. */
export function ClusterTable({ clusters, noun, collapsedIds, selectedId, onSelect, onToggleCollapse }: ClusterTableProps) {
  const [all, setAll] = useState(false);
  const shown = all ? clusters : clusters.slice(0, FIRST);
  return (
    <section className="panel-section" aria-labelledby="clusters-heading">
      <h2 id="clusters-heading">
        {clusters.length.toLocaleString('en')} {clusters.length === 1 ? noun : nounPlural(noun)}
      </h2>
      <div className="table-scroll">
        <table className="data-table" data-testid="cluster-table">
          <caption className="visually-hidden">Clusters: members, organizations, ties and density</caption>
          <thead>
            <tr>
              <th scope="col" className="cluster-name">Name</th>
              <th scope="col">People</th>
              <th scope="col">Orgs</th>
              <th scope="col">Ties in</th>
              <th scope="col">Ties out</th>
              <th scope="col">Density</th>
              <th scope="col">
                <abbr title="Coordinators">Coord.</abbr>
              </th>
              <th scope="col">
                <abbr title="Peripheral members">Periph.</abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((cluster) => {
              const collapsed = collapsedIds.has(cluster.id);
              return (
                <tr key={cluster.id} data-cluster-id={cluster.id} aria-current={cluster.id === selectedId ? 'true' : undefined}>
                  {/* The fold button sits by the name, which stays in view while the figures scroll sideways. */}
                  <th scope="row" className="cluster-name">
                    <button type="button" className="link-button" onClick={() => onSelect(cluster.id)} aria-label={`Details of ${cluster.name}`}>
                      {cluster.name}
                    </button>{' '}
                    <button type="button" className={collapsed ? 'small-button small-button--on' : 'small-button'} onClick={() => onToggleCollapse(cluster.id)} aria-label={`${collapsed ? 'Expand' : 'Collapse'} ${cluster.name}`}>
                      {collapsed ? 'Expand' : 'Collapse'}
                    </button>
                  </th>
                  <td className="num" data-col="members">{cluster.memberIds.length}</td>
                  <td className="num">{cluster.organizationCount}</td>
                  <td className="num">{cluster.internalTies}</td>
                  <td className="num">{cluster.externalTies}</td>
                  <td className="num">{percent(cluster.density)}</td>
                  <td className="num">{cluster.coordinatorIds.length}</td>
                  <td className="num">{cluster.peripheralCount}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {clusters.length > FIRST && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST}` : `Show all ${clusters.length.toLocaleString('en')}`}
        </button>
      )}
    </section>
  );
}
