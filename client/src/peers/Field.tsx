import type { ReactNode } from 'react';

/** A labelled field of the search form. */
export function Field({ id, label, wide, children }: { id: string; label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'peer-field peer-field--wide' : 'peer-field'}>
      <label className="peer-field__label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

interface ChoiceFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The first choice, which leaves the field out of the search. */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
}

/** A select with an "any" choice first. */
export function ChoiceField({ id, label, value, onChange, anyLabel, options }: ChoiceFieldProps) {
  return (
    <Field id={id} label={label}>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
