import { graphql } from '../gql';
import { decimal } from './format';
import type { Bridge, NetworkFigures } from './queries';

export const BridgeFields = graphql(`
  fragment Bridge on Bridge {
    personId
    name
    betweenness
    clustersSpanned
  }
`);

interface BridgesTableProps {
  bridges: readonly Bridge[];
  network: NetworkFigures;
  noun: string;
  onFocusPerson: (personId: string) => void;
}

/** The people who connect otherwise distant parts, and how betweenness was measured. */
export function BridgesTable({ bridges, network, noun, onFocusPerson }: BridgesTableProps) {
  return (
    <section className="panel-section" aria-labelledby="bridges-heading">
      <h2 id="bridges-heading">Bridges</h2>
      <p className="explain" data-testid="betweenness-note">
        Betweenness is the share of shortest paths between others that pass through a person.{' '}
        {network.betweennessExact
          ? 'Computed exactly over everyone.'
          : `Estimated from shortest paths out of a sample of ${network.betweennessSources.toLocaleString('en')} people (exact betweenness would take too long on a network this size).`}
      </p>
      {bridges.length === 0 ? (
        <p className="muted">No one bridges parts of this network.</p>
      ) : (
        <div className="table-scroll">
        <table className="data-table" data-testid="bridges-table">
          <caption className="visually-hidden">Bridges, highest betweenness first</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Betweenness</th>
              <th scope="col">{noun === 'group' ? 'Groups' : 'Clusters'} reached</th>
            </tr>
          </thead>
          <tbody>
            {bridges.map((bridge) => (
              <tr key={bridge.personId}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onFocusPerson(bridge.personId)}>
                    {bridge.name}
                  </button>
                </th>
                <td className="num">{decimal(bridge.betweenness)}</td>
                <td className="num">{bridge.clustersSpanned}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
