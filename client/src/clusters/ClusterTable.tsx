import { graphql } from '../gql';
import { useState } from 'react';
import { percent } from './format';
import type { Cluster } from './queries';
import { useT } from '../i18n';

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
  const t = useT();
  return (
    <section className="panel-section" aria-labelledby="clusters-heading">
      <h2 id="clusters-heading">{t('clusters.count', { count: clusters.length, noun })}</h2>
      <div className="table-scroll">
        <table className="data-table" data-testid="cluster-table">
          <caption className="visually-hidden">{t('clusters.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="cluster-name">
                {t('clusters.name')}
              </th>
              <th scope="col">{t('clusters.people')}</th>
              <th scope="col">{t('clusters.orgs')}</th>
              <th scope="col">{t('clusters.tiesIn')}</th>
              <th scope="col">{t('clusters.tiesOut')}</th>
              <th scope="col">{t('clusters.density')}</th>
              <th scope="col">
                <abbr title={t('clusters.coordinators')}>{t('clusters.coordShort')}</abbr>
              </th>
              <th scope="col">
                <abbr title={t('clusters.peripheral')}>{t('clusters.periphShort')}</abbr>
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
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onSelect(cluster.id)}
                      aria-label={t('clusters.detailsOf', { name: cluster.name })}
                    >
                      {cluster.name}
                    </button>{' '}
                    {/* An empty cluster has nobody to fold. */}
                    {cluster.memberIds.length > 0 && (
                      <button
                        type="button"
                        className={collapsed ? 'small-button small-button--on' : 'small-button'}
                        onClick={() => onToggleCollapse(cluster.id)}
                        aria-label={
                          collapsed ? t('clusters.expandName', { name: cluster.name }) : t('clusters.collapseName', { name: cluster.name })
                        }
                      >
                        {collapsed ? t('clusters.expand') : t('clusters.collapse')}
                      </button>
                    )}
                  </th>
                  <td className="num" data-col="members">
                    {cluster.memberIds.length}
                  </td>
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
          {all ? t('clusters.showFirst', { count: FIRST }) : t('clusters.showAll', { count: clusters.length })}
        </button>
      )}
    </section>
  );
}
