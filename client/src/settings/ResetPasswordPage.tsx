import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { GraphQLRequestError, request } from '../api/graphql';
import { graphqlQuery } from '../api/graphql-query';
import { setMe } from '../auth/session';
import { PasswordFields, linkProblem } from './PasswordFields';
import { PASSWORD_RESET_QUERY, RESET_PASSWORD_MUTATION } from './queries';
import { SettingsShell } from './SettingsShell';
import { messageOf } from './TextField';
import { useSettingsLanguage } from './useSettingsLanguage';

/** `/reset/:token`: a locked-out account sets a new password with the link an admin issued, and is signed in. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const { t } = useSettingsLanguage();
  const navigate = useNavigate();
  const state = useQuery({ ...graphqlQuery(PASSWORD_RESET_QUERY, { token }), retry: false });
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [refusedStatus, setRefusedStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = `${t.resetTitle} · Tejido`;
  }, [t]);
  const reset = state.data?.passwordReset;
  const status = refusedStatus ?? reset?.status ?? (state.isError ? 'UNKNOWN' : null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password !== confirm) return setError(t.passwordsDiffer);
    setBusy(true);
    setError(undefined);
    try {
      const { resetPassword } = await request(RESET_PASSWORD_MUTATION, { token, newPassword: password });
      setMe(resetPassword);
      void navigate('/facilitate', { replace: true });
    } catch (failure) {
      if (failure instanceof GraphQLRequestError && failure.reason) setRefusedStatus(failure.reason);
      else setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <SettingsShell title={t.resetTitle} signedIn={false}>
      {state.isPending && (
        <p className="status" role="status">
          {t.loading}
        </p>
      )}
      {status && status !== 'VALID' && (
        <p className="status status--error" role="alert" data-testid="reset-problem">
          {linkProblem(t, status)} <Link to="/signin">{t.signIn}</Link>
        </p>
      )}
      {reset && status === 'VALID' && (
        <form className="wk-form-card" onSubmit={(event) => void submit(event)} noValidate>
          <p>{t.resetLead(reset.email)}</p>
          <PasswordFields
            t={t}
            label={t.newPassword}
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            error={error}
          />
          <button type="submit" className="wk-button wk-button--primary" disabled={busy}>
            {t.setPassword}
          </button>
        </form>
      )}
    </SettingsShell>
  );
}
