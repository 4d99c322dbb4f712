import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { GraphQLRequestError } from '../api/graphql';
import type { Me } from '../auth/queries';
import { setMe } from '../auth/session';
import { useT } from '../i18n';
import { PasswordFields, linkProblem } from './PasswordFields';
import { SettingsShell } from './SettingsShell';
import { TextField, messageOf } from './TextField';

interface OneTimeLinkPageProps {
  title: string;
  /** Names the problem paragraph for tests (`invitation-problem`, `reset-problem`). */
  problemTestId: string;
  /** The link's state as the server reads it; `failed` when it could not be read at all. */
  link: { pending: boolean; failed: boolean; status: string | undefined };
  /** What the valid link is for, above the password fields. */
  lead: ReactNode;
  /** The link is for an account that exists: its current password, typed once, accepts it. */
  existingAccount?: boolean;
  passwordLabel: string;
  submitLabel: string;
  /** Redeems the link with the password typed; resolves to the account now signed in. */
  redeem: (password: string) => Promise<Me>;
}

/**
 * A page a one-time link opens (an invitation, a password reset): it says why a link no longer works, or takes a
 * password, redeems the link and signs the account in. A link refused while the page was open (used in another
 * tab, withdrawn) says so through the error's `reason`.
 */
export function OneTimeLinkPage(props: OneTimeLinkPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [refusedStatus, setRefusedStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = `${props.title} · Tejido`;
  }, [props.title]);

  const status = refusedStatus ?? props.link.status ?? (props.link.failed ? 'UNKNOWN' : null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!props.existingAccount && password !== confirm) return setError(t('settings.passwordsDiffer'));
    setBusy(true);
    setError(undefined);
    try {
      setMe(await props.redeem(password));
      void navigate('/facilitate', { replace: true });
    } catch (failure) {
      if (failure instanceof GraphQLRequestError && failure.reason) setRefusedStatus(failure.reason);
      else setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <SettingsShell title={props.title} signedIn={false}>
      {props.link.pending && (
        <p className="status" role="status">
          {t('common.loading')}
        </p>
      )}
      {status && status !== 'VALID' && (
        <p className="status status--error" role="alert" data-testid={props.problemTestId}>
          {linkProblem(t, status)} <Link to="/signin">{t('settings.signIn')}</Link>
        </p>
      )}
      {status === 'VALID' && (
        <form className="wk-form-card" onSubmit={(event) => void submit(event)} noValidate>
          {props.lead}
          {props.existingAccount ? (
            <TextField
              id="password"
              type="password"
              autoComplete="current-password"
              label={props.passwordLabel}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={error}
            />
          ) : (
            <PasswordFields
              label={props.passwordLabel}
              password={password}
              confirm={confirm}
              onPassword={setPassword}
              onConfirm={setConfirm}
              error={error}
            />
          )}
          <button type="submit" className="wk-button wk-button--primary" disabled={busy}>
            {props.submitLabel}
          </button>
        </form>
      )}
    </SettingsShell>
  );
}
