import { useState } from 'react';
import type { MapPerson } from '../communities/queries';
import { useT } from '../i18n';

const FIRST = 25;

/** People with no tie to anyone: who to introduce first. */
export function IsolatesTable({
  ids,
  people,
  onFocusPerson,
}: {
  ids: readonly string[];
  people: ReadonlyMap<string, MapPerson>;
  onFocusPerson: (personId: string) => void;
}) {
  const [all, setAll] = useState(false);
  const t = useT();
  const shown = (all ? ids : ids.slice(0, FIRST)).map((id) => people.get(id)).filter((p): p is MapPerson => p !== undefined);
  return (
    <section className="panel-section" aria-labelledby="isolates-heading">
      <h2 id="isolates-heading">{t('isolates.title', { count: ids.length })}</h2>
      {ids.length === 0 ? (
        <p className="muted">{t('isolates.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="isolates-table">
            <caption className="visually-hidden">{t('isolates.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('peers.pickerLabel')}</th>
                <th scope="col">{t('peers.organizationLabel')}</th>
                <th scope="col">{t('peers.participationLabel')}</th>
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
                  <td>{t(`map.level.${person.participation}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ids.length > FIRST && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? t('clusters.showFirst', { count: FIRST }) : t('clusters.showAll', { count: ids.length })}
        </button>
      )}
    </section>
  );
}
