import { useState } from 'react';
import { useTypeahead } from '../api/useTypeahead';
import { Combobox } from '../ui/Combobox';
import '../survey/survey.css';
import { personPlace } from './format';
import { usePeerContext } from './PeerContext';
import { searchPeopleQuery } from './queries';

const OPTIONS = 8;

/** A name field that finds people of the community as one types; picking one hands their id over. */
export function PersonPicker({ onPick }: { onPick: (personId: string) => void }) {
  const { access, headers, t } = usePeerContext();
  const [text, setText] = useState('');
  // People whose name (or anything else the free text covers) matches.
  const state = useTypeahead(
    text,
    (search) => searchPeopleQuery(access.slug, { text: search }, OPTIONS, null, headers),
    (data) => data.community?.searchPeople.edges.map((edge) => edge.node) ?? [],
  );
  const people = state.status === 'done' || state.status === 'searching' ? state.items : [];
  const status =
    state.status === 'searching'
      ? t('survey.searching')
      : state.status === 'failed'
        ? t('peers.pickerFailed')
        : state.status === 'done' && people.length === 0
          ? t('peers.nobodyByName')
          : null;

  return (
    <div className="peer-picker">
      <label className="peer-field__label" htmlFor="peer-picker">
        {t('peers.pickerLabel')}
      </label>
      <p className="peer-field__hint" id="peer-picker-hint">
        {t('peers.pickerHint')}
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
