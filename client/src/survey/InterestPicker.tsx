import { graphql } from '../gql';
import { useMemo, useRef, useState } from 'react';
import { Combobox } from '../ui/Combobox';
import type { ComboOption } from '../ui/Combobox';
import type { Lang } from '../i18n';
import { useT } from '../i18n';
import { normalizeName } from '../../../shared/normalize-name';
import { findInterestByName, matchInterests } from './option-match';
import { interestLabel } from '../i18n';
import type { InterestOption } from './queries';
import type { PickedRef } from './survey-values';
import { PickerFooter } from './PickerFooter';

/** An interest as the survey offers it: both names and the synonyms it is also found by. */
export const InterestOptionFields = graphql(`
  fragment InterestOption on Interest {
    id
    name
    nameEs
    nameEn
    synonyms
  }
`);

interface InterestPickerProps {
  id: string;
  label: string;
  hint: string;
  lang: Lang;
  interests: readonly InterestOption[];
  value: readonly PickedRef[];
  onChange: (value: PickedRef[]) => void;
  max: number;
  maxTextLength: number;
  error?: string | undefined;
}

const NEW_KEY = '\u0000new';

/** Chips for interests: chosen from the community's list (any of their names, any accents) or typed new. */
export function InterestPicker({ id, label, hint, lang, interests, value, onChange, max, maxTextLength, error }: InterestPickerProps) {
  const t = useT();
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const byId = useMemo(() => new Map(interests.map((interest) => [interest.id, interest])), [interests]);
  const chosenIds = useMemo(() => new Set(value.flatMap((ref) => (ref.id ? [ref.id] : []))), [value]);
  const full = value.length >= max;
  const typed = text.replace(/\s+/gu, ' ').trim();

  function labelOf(ref: PickedRef): string {
    const interest = ref.id ? byId.get(ref.id) : undefined;
    return interest ? interestLabel(interest, lang) : ref.name;
  }

  /** Whether this (typed) name is already among the chips. */
  function alreadyChosen(name: string): boolean {
    const folded = normalizeName(name);
    return value.some((ref) => normalizeName(ref.name) === folded || normalizeName(labelOf(ref)) === folded);
  }

  const options: ComboOption[] = matchInterests(interests, typed, lang, { excludeIds: chosenIds, limit: 6 }).map((match) => ({
    key: match.interest.id,
    label: match.label,
    detail: match.matchedName ? t('survey.alsoCalled', { name: match.matchedName }) : null,
  }));
  const exact = findInterestByName(interests, typed);
  if (typed !== '' && !exact && !alreadyChosen(typed))
    options.push({ key: NEW_KEY, label: t('survey.addNewInterest', { name: typed }), isNew: true });

  function add(ref: PickedRef) {
    if (full) return;
    if (ref.id ? chosenIds.has(ref.id) : alreadyChosen(ref.name)) {
      setText('');
      return;
    }
    onChange([...value, ref]);
    setText('');
  }

  function pick(option: ComboOption) {
    if (option.key === NEW_KEY) add({ id: null, name: typed });
    else {
      const interest = byId.get(option.key);
      if (interest) add({ id: interest.id, name: interest.name });
    }
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
      <label className="field__label" htmlFor={id}>
        {label} <span className="field__meta">({t('survey.upTo', { max })})</span>
      </label>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      {value.length > 0 && (
        <ul className="chips">
          {value.map((ref, index) => (
            <li key={`${index}:${ref.id ?? ref.name}`} className={`chip${ref.id ? '' : ' chip--new'}`}>
              <span className="chip__label">{labelOf(ref)}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={t('survey.remove', { name: labelOf(ref) })}
                onClick={() => remove(index)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Combobox
        id={id}
        inputRef={inputRef}
        value={text}
        onValueChange={setText}
        options={options}
        onPick={pick}
        onEnter={() => {
          if (typed === '') return;
          add(exact ? { id: exact.id, name: exact.name } : { id: null, name: typed });
        }}
        describedBy={[hintId, countId, error ? errorId : ''].filter(Boolean).join(' ')}
        invalid={!!error}
        disabled={full}
        maxLength={maxTextLength}
        placeholder={full ? undefined : t('survey.typeToSearch')}
      />
      <PickerFooter count={value.length} max={max} countId={countId} errorId={errorId} error={error} t={t} />
    </div>
  );
}
