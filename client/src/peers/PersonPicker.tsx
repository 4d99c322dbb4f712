import { useState } from 'react';
import { Combobox } from '../survey/Combobox';
import '../survey/survey.css';
import { personPlace } from './format';
import { usePeerContext } from './PeerContext';
import { usePersonSearch } from './usePersonSearch';

/** A name field that finds people of the community as one types; picking one hands their id over. */
export function PersonPicker({ onPick }: { onPick: (personId: string) => void }) {
  const { t } = usePeerContext();
  const [text, setText] = useState('');
  const state = usePersonSearch(text);
  const people = state.status === 'done' || state.status === 'searching' ? state.people : [];
  const status =
    state.status === 'searching'
      ? t.searching
      : state.status === 'failed'
        ? t.pickerFailed
        : state.status === 'done' && people.length === 0
          ? t.nobodyByName
          : null;

  return (
    <div className="peer-picker">
      <label className="peer-field__label" htmlFor="peer-picker">
        {t.pickerLabel}
      </label>
      <p className="peer-field__hint" id="peer-picker-hint">
        {t.pickerHint}
      </p>
      <Combobox
        id="peer-picker"
        value={text}
        onValueChange={setText}
        options={people.map((person) => ({ key: person.id, label: person.name, detail: personPlace(person) || null }))}
        onPick={(option) => onPick(option.key)}
        status={status}
        describedBy="peer-picker-hint"
        maxLength={200}
      />
    </div>
  );
}
