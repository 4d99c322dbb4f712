import { useId, useMemo, useState } from 'react';
import type { MapPerson } from '../communities/queries';
import { matchByName } from '../ui/match-text';

/** Find a person by name and focus them on the map (Enter takes the first match). */
export function PersonSearch({ people, onPick }: { people: readonly MapPerson[]; onPick: (personId: string) => void }) {
  const [query, setQuery] = useState('');
  const hits = useMemo(() => matchByName(people, query), [people, query]);
  const listId = useId();
  const pick = (id: string) => {
    onPick(id);
    setQuery('');
  };
  return (
    <div className="person-search" role="search">
      <label className="ctl-field">
        <span>Find a person</span>
        <input
          type="search"
          value={query}
          placeholder="Name"
          autoComplete="off"
          aria-controls={listId}
          data-testid="person-search"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && hits[0]) {
              e.preventDefault();
              pick(hits[0].id);
            }
          }}
        />
      </label>
      <ul id={listId} className="person-search__hits" aria-label="Matching people">
        {hits.map((person) => (
          <li key={person.id}>
            <button type="button" onClick={() => pick(person.id)}>
              {person.name}
              {person.organization && <span className="muted"> · {person.organization}</span>}
            </button>
          </li>
        ))}
        {query.trim() !== '' && hits.length === 0 && <li className="muted">No one by that name on this map.</li>}
      </ul>
    </div>
  );
}
