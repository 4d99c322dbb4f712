import { graphql } from '../gql';
import { decimal, groupingNoun, modularityVerdict, percent } from './format';
import type { ClusterGrouping, NetworkFigures } from './queries';

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
  const rows: [string, string, string?][] = [
    ['People', network.people.toLocaleString('en')],
    ['Ties', network.ties.toLocaleString('en')],
    ['Density', percent(network.density), 'of all possible pairs know each other'],
    ['Connected parts', network.components.toLocaleString('en'), network.components === 1 ? 'everyone is reachable' : 'groups with no tie between them'],
    ['Isolated people', network.isolates.toLocaleString('en'), 'no tie to anyone'],
    ['Ties across regions', percent(network.crossRegionShare)],
  ];
  const modularity: [string, number][] = [
    [`This grouping (${groupingNoun(groupBy)})`, network.modularity],
    ['Declared regions', network.regionModularity],
    ['Detected communities', network.detectedModularity],
  ];
  return (
    <section className="panel-section" aria-labelledby="network-heading">
      <h2 id="network-heading">Whole network</h2>
      <dl className="figures" data-testid="network-figures">
        {rows.map(([label, value, hint]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <span className="figure" data-figure={label}>
                {value}
              </span>
              {hint && <span className="muted"> {hint}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <table className="data-table" data-testid="modularity-table">
        <caption>Modularity</caption>
        <thead>
          <tr>
            <th scope="col">Grouping</th>
            <th scope="col">Modularity</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          {modularity.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{decimal(value)}</td>
              <td>{modularityVerdict(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="explain">
        Modularity tells how much more ties stay inside the clusters than chance would give: above about 0.3 the
        clusters are real clusters of ties.
      </p>
    </section>
  );
}
