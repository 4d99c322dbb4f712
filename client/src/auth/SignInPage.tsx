import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { GraphQLRequestError, request } from '../api/graphql';
import '../workshops/workshops.css';
import { SIGN_IN_MUTATION } from './queries';
import { safeNextPath } from './safe-next';
import { setMe } from './session';
import { useMe } from './useMe';

function signInMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    // The server does not say which of the two was wrong, and neither do we.
    if (error.code === 'UNAUTHENTICATED') return 'Wrong email or password.';
    if (error.code === 'RATE_LIMITED') return 'Too many failed attempts for this email. Wait a few minutes, then try again.';
    return error.message;
  }
  return 'Could not reach the server. Check the connection and try again.';
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

  useEffect(() => {
    document.title = 'Sign in · Tejido';
  }, []);

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
      setError(signInMessage(err));
      setBusy(false);
    }
  }

  return (
    <main className="page page--narrow">
      <nav className="breadcrumb">
        <Link to="/">← Tejido</Link>
      </nav>
      <header className="page-header">
        <h1>Sign in</h1>
        <p className="lead">For facilitators who run mapping workshops. Participants join with the workshop code and need no account.</p>
      </header>
      <form className="wk-form-card" onSubmit={(event) => void submit(event)}>
        <div className="wk-field">
          <label htmlFor="signin-email">Email</label>
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
          <label htmlFor="signin-password">Password</label>
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
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
