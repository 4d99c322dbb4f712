import { graphql } from '../gql';
import { useT } from '../i18n';
import { certaintyText } from './bridges-certainty';
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

/** The people who connect otherwise distant parts, and how sure the list is. */
export function BridgesTable({ bridges, network, noun, onFocusPerson }: BridgesTableProps) {
  const t = useT();
  const certainty = network.bridgesCertainty;
  return (
    <section className="panel-section" aria-labelledby="bridges-heading">
      <h2 id="bridges-heading">{t('bridges.title')}</h2>
      <p className="explain" data-testid="betweenness-note">
        {t('bridges.explain')}
      </p>
      <p
        className={`certainty certainty--${certainty.level.toLowerCase()}`}
        data-testid="bridges-certainty"
        data-level={certainty.level}
        data-refining={certainty.refining}
      >
        <strong>{t('bridges.certaintyLabel', { level: certainty.level })}.</strong> {certaintyText(t, certainty, network.people)}
      </p>
      {bridges.length === 0 ? (
        <p className="muted">{t('bridges.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="bridges-table">
            <caption className="visually-hidden">{t('bridges.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bridges.person')}</th>
                <th scope="col">{t('bridges.betweenness')}</th>
                <th scope="col">{t('bridges.reached', { noun })}</th>
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
