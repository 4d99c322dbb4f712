import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n';
import { normalizeCode } from './survey-draft';

interface CodeEntryProps {
  label?: string;
  initial?: string;
  autoFocus?: boolean;
}

/** A field to type a workshop code, which opens its survey. */
export function CodeEntry({ label, initial = '', autoFocus = false }: CodeEntryProps) {
  const t = useT();
  const navigate = useNavigate();
  const [code, setCode] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const normalized = normalizeCode(code);
    if (normalized === '') {
      setError(t('survey.codeRequired'));
      return;
    }
    void navigate(`/join/${encodeURIComponent(normalized)}`);
  }

  return (
    <form className="code-entry" onSubmit={submit} noValidate>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor="join-code">
          {label ?? t('survey.codeLabel')}
        </label>
        <p className="field__hint" id="join-code-hint">
          {t('survey.codeHint')}
        </p>
        <input
          id="join-code"
          className="code-entry__input"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
          maxLength={16}
          autoFocus={autoFocus}
          aria-invalid={!!error || undefined}
          aria-describedby={error ? 'join-code-hint join-code-error' : 'join-code-hint'}
          value={code}
          onChange={(event) => {
            setCode(event.target.value);
            setError(null);
          }}
        />
        {error && (
          <p className="field__error" id="join-code-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button button--primary">
        {t('survey.codeSubmit')}
      </button>
    </form>
  );
}
