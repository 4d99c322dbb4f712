import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { GraphQLRequestError, request } from '../api/graphql';
import '../workshops/workshops.css';
import { SIGN_IN_MUTATION } from './queries';
import { safeNextPath } from './safe-next';
import { setMe } from './session';
import { useMe } from './useMe';
import type { Translate } from '../i18n';
import { LanguageToggle, useT } from '../i18n';

function signInMessage(error: unknown, t: Translate): string {
  if (error instanceof GraphQLRequestError) {
    // The server does not say which of the two was wrong, and neither do we.
    if (error.code === 'UNAUTHENTICATED') return t('signIn.wrong');
    if (error.code === 'RATE_LIMITED') return t('signIn.rateLimited');
    return error.message;
  }
  return t('common.unreachable');
}

/** Sign-in for facilitators and admins; participants never need an account. */
export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const meState = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT();

  useEffect(() => {
    document.title = `${t('signIn.title')} · Tejido`;
  }, [t]);

  // Already signed in (e.g. the back button): go straight on. Not while submitting, which navigates itself.
  if (!busy && meState.status === 'success' && meState.data.me) return <Navigate to={next} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { signIn } = await request(SIGN_IN_MUTATION, { email: email.trim(), password });
      setMe(signIn);
      void navigate(next, { replace: true });
    } catch (err) {
      setError(signInMessage(err, t));
      setBusy(false);
    }
  }

  return (
    <main className="page page--narrow">
      <div className="topbar">
        <nav className="breadcrumb">
          <Link to="/">← Tejido</Link>
        </nav>
        <LanguageToggle />
      </div>
      <header className="page-header">
        <h1>{t('signIn.title')}</h1>
        <p className="lead">{t('signIn.lead')}</p>
      </header>
      <form className="wk-form-card" onSubmit={(event) => void submit(event)}>
        <div className="wk-field">
          <label htmlFor="signin-email">{t('signIn.email')}</label>
          <input
            id="signin-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'signin-error' : undefined}
          />
        </div>
        <div className="wk-field">
          <label htmlFor="signin-password">{t('signIn.password')}</label>
          <input
            id="signin-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'signin-error' : undefined}
          />
        </div>
        <p id="signin-error" className="wk-field-error" role="alert" data-testid="signin-error">
          {error}
        </p>
        <button className="wk-button wk-button--primary" type="submit" disabled={busy} data-testid="signin-submit">
          {busy ? t('signIn.busy') : t('signIn.title')}
        </button>
      </form>
    </main>
  );
}
