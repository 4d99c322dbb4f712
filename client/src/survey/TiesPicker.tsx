import { useTypeahead } from '../api/useTypeahead';
import { graphql } from '../gql';
import { useId, useRef, useState } from 'react';
import { Combobox } from '../ui/Combobox';
import type { ComboOption } from '../ui/Combobox';
import { useT } from '../i18n';
import { normalizeName } from '../../../shared/normalize-name';
import type { OrganizationOption } from './queries';
import type { TieValue } from './survey-values';
import { surveyPeopleSearchQuery } from './queries';
import { PickerFooter } from './PickerFooter';

export const PersonHintFields = graphql(`
  fragment PersonHint on PersonHint {
    id
    name
    organization
  }
`);

interface TiesPickerProps {
  id: string;
  /** Workshop whose community is searched; null searches nobody (only new people can be added). */
  code: string | null;
  headers: Record<string, string>;
  /** Id of the section heading ("Whom I already work with"), which names the search field too. */
  headingId?: string;
  /** People never offered (the participant themself). */
  excludeIds?: readonly string[];
  organizations: readonly OrganizationOption[];
  value: readonly TieValue[];
  onChange: (value: TieValue[]) => void;
  max: number;
  maxTextLength: number;
  error?: string | undefined;
}

const NEW_KEY = '\u0000new';

/** "Whom I already work with": people already mapped (searched by name), or someone new by name and organization. */
export function TiesPicker({
  id,
  code,
  headers,
  headingId,
  excludeIds = [],
  organizations,
  value,
  onChange,
  max,
  maxTextLength,
  error,
}: TiesPickerProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<{ name: string; organization: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const newNameRef = useRef<HTMLInputElement>(null);
  const orgListId = useId();
  // Listed people of the workshop's community by name; without a workshop code, no search.
  const search = useTypeahead(
    text,
    (typed) => surveyPeopleSearchQuery(code ?? '', typed, headers),
    (data) => data.workshop?.people ?? [],
    code !== null,
  );
  const full = value.length >= max;
  const typed = text.replace(/\s+/gu, ' ').trim();

  const chosen = new Set([...excludeIds, ...value.flatMap((tie) => (tie.personId ? [tie.personId] : []))]);
  const found = search.status === 'done' || search.status === 'searching' ? search.items : [];
  const options: ComboOption[] = found
    .filter((person) => !chosen.has(person.id))
    .map((person) => ({ key: person.id, label: person.name, detail: person.organization }));
  if (typed !== '') options.push({ key: NEW_KEY, label: t('survey.addNewPerson', { name: typed }), isNew: true });
  const status = search.status === 'searching' ? t('survey.searching') : search.status === 'failed' ? t('survey.searchFailed') : null;

  function pick(option: ComboOption) {
    if (full) return;
    if (option.key === NEW_KEY) {
      setDraft({ name: typed, organization: '' });
      setText('');
      // Let the small form appear, then put the cursor in it.
      setTimeout(() => newNameRef.current?.focus(), 0);
      return;
    }
    const person = found.find((candidate) => candidate.id === option.key);
    if (person) onChange([...value, { personId: person.id, name: person.name, organization: person.organization ?? '' }]);
    setText('');
  }

  function addDraft() {
    if (!draft || full) return;
    const name = draft.name.replace(/\s+/gu, ' ').trim();
    if (name === '') {
      newNameRef.current?.focus();
      return;
    }
    const duplicate = value.some(
      (tie) =>
        !tie.personId &&
        normalizeName(tie.name) === normalizeName(name) &&
        normalizeName(tie.organization) === normalizeName(draft.organization),
    );
    if (!duplicate) onChange([...value, { personId: null, name, organization: draft.organization.trim() }]);
    setDraft(null);
    inputRef.current?.focus();
  }

  function remove(index: number) {
    onChange(value.filter((_, i) => i !== index));
    inputRef.current?.focus();
  }

  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id} id={`${id}-label`}>
        {t('survey.tiesLabel')} <span className="field__meta">({t('survey.upTo', { max })})</span>
      </label>
      <p className="field__hint" id={hintId}>
        {t('survey.tiesHint')}
      </p>
      {value.length > 0 && (
        <ul className="ties">
          {value.map((tie, index) => (
            <li key={`${index}:${tie.personId ?? tie.name}`} className={`tie${tie.personId ? '' : ' tie--new'}`}>
              <span className="tie__text">
                <span className="tie__name">{tie.name}</span>
                {tie.organization && <span className="tie__org">{tie.organization}</span>}
              </span>
              <button
                type="button"
                className="chip__remove"
                aria-label={t('survey.remove', { name: tie.name })}
                onClick={() => remove(index)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {draft ? (
        <fieldset className="new-person">
          <legend>{t('survey.addNewPerson', { name: draft.name || '…' })}</legend>
          <label className="field__label" htmlFor={`${id}-new-name`}>
            {t('survey.newPersonName')}
          </label>
          <input
            ref={newNameRef}
            id={`${id}-new-name`}
            type="text"
            autoComplete="off"
            maxLength={maxTextLength}
            value={draft.name}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addDraft();
              }
            }}
          />
          <label className="field__label" htmlFor={`${id}-new-org`}>
            {t('survey.newPersonOrganization')}
          </label>
          <input
            id={`${id}-new-org`}
            type="text"
            autoComplete="off"
            list={orgListId}
            maxLength={maxTextLength}
            value={draft.organization}
            onChange={(event) => setDraft({ ...draft, organization: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addDraft();
              }
            }}
          />
          <datalist id={orgListId}>
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.name} />
            ))}
          </datalist>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={addDraft}>
              {t('survey.addPerson')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setDraft(null);
                inputRef.current?.focus();
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </fieldset>
      ) : (
        <Combobox
          id={id}
          inputRef={inputRef}
          value={text}
          onValueChange={setText}
          options={options}
          onPick={pick}
          onEnter={() => {
            const only = options.length === 1 ? options[0] : undefined;
            if (only) pick(only);
          }}
          status={status}
          labelledBy={headingId ? `${headingId} ${id}-label` : undefined}
          describedBy={[hintId, countId, error ? errorId : ''].filter(Boolean).join(' ')}
          invalid={!!error}
          disabled={full}
          maxLength={maxTextLength}
          placeholder={full ? undefined : t('survey.typeToSearch')}
        />
      )}
      <PickerFooter count={value.length} max={max} countId={countId} errorId={errorId} error={error} t={t} />
    </div>
  );
}
