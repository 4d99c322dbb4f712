import { useState } from 'react';
import { Combobox } from '../ui/Combobox';
import type { ComboOption } from '../ui/Combobox';
import { useT } from '../i18n';
import { matchByName } from '../ui/match-text';
import { findOrganizationByName } from './option-match';
import type { OrganizationOption } from './queries';
import type { PickedRef } from './survey-values';

interface OrganizationFieldProps {
  id: string;
  organizations: readonly OrganizationOption[];
  value: PickedRef;
  onChange: (value: PickedRef) => void;
  maxTextLength: number;
  error?: string | undefined;
}

const NEW_KEY = '\u0000new';

/** The participant's organization: one from the list (sent by id) or a new name (sent by name). */
export function OrganizationField({ id, organizations, value, onChange, maxTextLength, error }: OrganizationFieldProps) {
  const t = useT();
  // The new name the participant confirmed from the list ("Use … (new organization)").
  const [confirmedNew, setConfirmedNew] = useState<string | null>(null);
  const typed = value.name.replace(/\s+/gu, ' ').trim();
  const options: ComboOption[] = matchByName(organizations, typed, 6)
    .filter((organization) => organization.id !== value.id)
    .map((organization) => ({ key: organization.id, label: organization.name }));
  if (typed !== '' && !value.id && options.length > 0)
    options.push({ key: NEW_KEY, label: t('survey.organizationUseNew', { name: typed }), isNew: true });

  const hintId = `${id}-hint`;
  const newId = `${id}-new`;
  const errorId = `${id}-error`;
  // Say a new organization will be added once nothing on the list resembles it, or the participant chose so.
  const isNew = typed !== '' && !value.id && (options.length === 0 || confirmedNew === typed);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {t('survey.organizationLabel')} <span className="field__meta">({t('survey.optional')})</span>
      </label>
      <p className="field__hint" id={hintId}>
        {t('survey.organizationHint')}
      </p>
      <Combobox
        id={id}
        value={value.name}
        onValueChange={(name) => {
          // Typing a name that is on the list (in any case or accents) is the same as choosing it.
          const known = findOrganizationByName(organizations, name);
          onChange({ id: known?.id ?? null, name });
        }}
        options={options}
        onPick={(option) => {
          if (option.key === NEW_KEY) setConfirmedNew(typed);
          const organization = organizations.find((candidate) => candidate.id === option.key);
          if (organization) onChange({ id: organization.id, name: organization.name });
        }}
        describedBy={[hintId, isNew ? newId : '', error ? errorId : ''].filter(Boolean).join(' ')}
        invalid={!!error}
        maxLength={maxTextLength}
        placeholder={t('survey.typeToSearch')}
      />
      {isNew && (
        <p className="field__note" id={newId}>
          {t('survey.organizationNew', { name: typed })}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
