import { useState } from 'react';
import type { MapPerson } from '../communities/queries';
import { PARTICIPATION_STYLE } from '../map/map-style';

const FIRST = 25;

/** People with no tie to anyone: who to introduce first. */
export function IsolatesTable({ ids, people, onFocusPerson }: { ids: readonly string[]; people: ReadonlyMap<string, MapPerson>; onFocusPerson: (personId: string) => void }) {
  const [all, setAll] = useState(false);
  const shown = (all ? ids : ids.slice(0, FIRST)).map((id) => people.get(id)).filter((p): p is MapPerson => p !== undefined);
  return (
    <section className="panel-section" aria-labelledby="isolates-heading">
      <h2 id="isolates-heading">Isolated people ({ids.length.toLocaleString('en')})</h2>
      {ids.length === 0 ? (
        <p className="muted">Everyone has at least one tie.</p>
      ) : (
        <div className="table-scroll">
        <table className="data-table" data-testid="isolates-table">
          <caption className="visually-hidden">People without any tie</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Organization</th>
              <th scope="col">Participation</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((person) => (
              <tr key={person.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onFocusPerson(person.id)}>
                    {person.name}
                  </button>
                </th>
                <td>{person.organization ?? '—'}</td>
                <td>{PARTICIPATION_STYLE[person.participation].label}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {ids.length > FIRST && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST}` : `Show all ${ids.length.toLocaleString('en')}`}
        </button>
      )}
    </section>
  );
}
