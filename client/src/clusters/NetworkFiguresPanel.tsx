import { graphql } from '../gql';
import { decimal, groupingNoun, modularityVerdict, percent } from './format';
import type { ClusterGrouping, NetworkFigures } from './queries';
import { formatNumber, useLocale, useT } from '../i18n';

export const NetworkFiguresFields = graphql(`
  fragment NetworkFigures on NetworkFigures {
    people
    ties
    density
    components
    isolates
    isolateIds
    crossRegionShare
    modularity
    regionModularity
    detectedModularity
    bridgesCertainty {
      level
      sources
      agreement
      refining
    }
  }
`);

/** Whole-network figures, with modularity explained in one plain sentence. */
export function NetworkFiguresPanel({ network, groupBy }: { network: NetworkFigures; groupBy: ClusterGrouping }) {
  const t = useT();
  const locale = useLocale();
  // [stable key (data-figure), label, value, hint]
  const rows: [string, string, string, string?][] = [
    ['People', t('clusters.people'), formatNumber(network.people, locale)],
    ['Ties', t('clusters.ties'), formatNumber(network.ties, locale)],
    ['Density', t('clusters.density'), percent(network.density), t('network.densityHint')],
    [
      'Connected parts',
      t('network.components'),
      formatNumber(network.components, locale),
      network.components === 1 ? t('network.oneComponent') : t('network.manyComponents'),
    ],
    ['Isolated people', t('network.isolates'), formatNumber(network.isolates, locale), t('network.isolatesHint')],
    ['Ties across regions', t('network.crossRegion'), percent(network.crossRegionShare)],
  ];
  const modularity: [string, number][] = [
    [t('network.thisGrouping', { noun: groupingNoun(groupBy) }), network.modularity],
    [t('network.declaredRegions'), network.regionModularity],
    [t('clusters.grouping.DETECTED'), network.detectedModularity],
  ];
  return (
    <section className="panel-section" aria-labelledby="network-heading">
      <h2 id="network-heading">{t('network.title')}</h2>
      <dl className="figures" data-testid="network-figures">
        {rows.map(([key, label, value, hint]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>
              <span className="figure" data-figure={key}>
                {value}
              </span>
              {hint && <span className="muted"> {hint}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <table className="data-table" data-testid="modularity-table">
        <caption>{t('network.modularity')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('network.grouping')}</th>
            <th scope="col">{t('network.modularity')}</th>
            <th scope="col">{t('network.reading')}</th>
          </tr>
        </thead>
        <tbody>
          {modularity.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{decimal(value)}</td>
              <td>{t(`network.verdict.${modularityVerdict(value)}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="explain">{t('network.explain')}</p>
    </section>
  );
}
