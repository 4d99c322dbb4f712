import type { InputHTMLAttributes } from 'react';

/** A labelled input with an optional hint and its error (announced and linked with aria-describedby). */
export function TextField({
  id,
  label,
  hint,
  error,
  ...input
}: { id: string; label: string; hint?: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="wk-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="wk-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      <span className="wk-field-error" id={`${id}-error`} role={error ? 'alert' : undefined}>
        {error}
      </span>
    </div>
  );
}

/** The form field an API error names (`extensions.field`), for BAD_USER_INPUT and CONFLICT alike; null for the whole form. */
export function errorField(error: unknown): string | null {
  const e = error as { code?: string; field?: string };
  return (e.code === 'BAD_USER_INPUT' || e.code === 'CONFLICT') && e.field ? e.field : null;
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A slug suggested from a community's name: "Red Andina de Manejo del Fuego" → "red-andina-de-manejo-del-fuego". */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
