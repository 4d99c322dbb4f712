import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { GraphQLRequestError, request } from '../api/graphql';
import { useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/graphql-query';
import { setMe } from '../auth/session';
import type { Translate } from '../i18n';
import { LanguageToggle, useT } from '../i18n';
import '../workshops/workshops.css';
import { CREATE_FIRST_ADMIN_MUTATION, NEEDS_FIRST_ADMIN_QUERY } from './queries';
import { MIN_PASSWORD_LENGTH, firstErrorField, setupFormErrors } from './setup-form';
import type { SetupErrors, SetupField, SetupValues } from './setup-form';

type FieldTexts = Partial<Record<SetupField, string>>;

const FIELD_IDS: Record<SetupField, string> = { email: 'setup-email', password: 'setup-password', confirm: 'setup-confirm' };

/** `/setup/:token`: the first admin of a fresh install, with the one-time link printed in the server log. */
export function SetupPage() {
  const { token = '' } = useParams();
  const t = useT();
  const state = useQuery(graphqlQuery(NEEDS_FIRST_ADMIN_QUERY, {}));

  useEffect(() => {
    document.title = t('firstAdmin.title');
  }, [t]);

  return (
    <main className="page page--narrow">
      <div className="topbar">
        <nav className="breadcrumb">
          <Link to="/">← Tejido</Link>
        </nav>
        <LanguageToggle />
      </div>
      <header className="page-header">
        <h1>{t('firstAdmin.title')}</h1>
        <p className="lead">{t('firstAdmin.lead')}</p>
      </header>
      {state.status === 'pending' && (
        <p className="status" role="status">
          {t('firstAdmin.checking')}
        </p>
      )}
      {/* If the check fails, the form is still offered: the server has the last word anyway. */}
      {(state.status === 'error' || (state.status === 'success' && state.data.needsFirstAdmin)) && <SetupForm token={token} />}
      {state.status === 'success' && !state.data.needsFirstAdmin && (
        <p className="status" data-testid="setup-done">
          {t('firstAdmin.done')} <Link to="/signin">{t('firstAdmin.doneSignIn')}</Link>
          {t('firstAdmin.doneAsk')}
        </p>
      )}
    </main>
  );
}

function setupMessage(error: unknown, t: Translate): string {
  if (error instanceof GraphQLRequestError) return error.message;
  return t('common.unreachable');
}

/** The form's problems in the page's language. */
function wordProblems(problems: SetupErrors, t: Translate): FieldTexts {
  return Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, t(problem.key, problem.values)]));
}

function SetupForm({ token }: { token: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [values, setValues] = useState<SetupValues>({ email: '', password: '', confirm: '' });
  const [errors, setErrors] = useState<FieldTexts>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function change(field: SetupField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    // Once a field was marked, re-check it as the person types, so the mark goes away when it is right.
    if (errors[field] !== undefined) {
      setErrors((current) => ({ ...current, [field]: wordProblems(setupFormErrors({ ...values, [field]: value }), t)[field] }));
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const found = setupFormErrors(values);
    setErrors(wordProblems(found, t));
    const first = firstErrorField(found);
    if (first) {
      document.getElementById(FIELD_IDS[first])?.focus();
      return;
    }
    setBusy(true);
    try {
      const { createFirstAdmin } = await request(CREATE_FIRST_ADMIN_MUTATION, {
        setupToken: token,
        email: values.email.trim(),
        password: values.password,
      });
      setMe(createFirstAdmin);
      void navigate('/admin/communities?first', { replace: true });
    } catch (error) {
      const field = error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT' ? error.field : undefined;
      if (field === 'email' || field === 'password') {
        setErrors({ [field]: setupMessage(error, t) });
        document.getElementById(FIELD_IDS[field])?.focus();
      } else {
        setFailure(setupMessage(error, t));
      }
      setBusy(false);
    }
  }

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} noValidate>
      <Field id={FIELD_IDS.email} label={t('firstAdmin.email')} error={errors.email}>
        <input
          id={FIELD_IDS.email}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={values.email}
          onChange={(e) => change('email', e.target.value)}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? `${FIELD_IDS.email}-error` : undefined}
        />
      </Field>
      <Field
        id={FIELD_IDS.password}
        label={t('firstAdmin.password')}
        hint={t('firstAdmin.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        error={errors.password}
      >
        <input
          id={FIELD_IDS.password}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          value={values.password}
          onChange={(e) => change('password', e.target.value)}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={`${FIELD_IDS.password}-hint${errors.password ? ` ${FIELD_IDS.password}-error` : ''}`}
        />
      </Field>
      <Field id={FIELD_IDS.confirm} label={t('firstAdmin.confirm')} error={errors.confirm}>
        <input
          id={FIELD_IDS.confirm}
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          value={values.confirm}
          onChange={(e) => change('confirm', e.target.value)}
          aria-invalid={errors.confirm ? true : undefined}
          aria-describedby={errors.confirm ? `${FIELD_IDS.confirm}-error` : undefined}
        />
      </Field>
      <p className="field-error" role="alert" data-testid="setup-error">
        {failure}
      </p>
      <button className="button button--primary" type="submit" disabled={busy} data-testid="setup-submit">
        {busy ? t('firstAdmin.creating') : t('firstAdmin.create')}
      </button>
    </form>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  children: ReactNode;
}

function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <p className="field-error" id={`${id}-error`}>
        {error}
      </p>
    </div>
  );
}
