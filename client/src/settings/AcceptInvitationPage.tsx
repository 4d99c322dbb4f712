import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { GraphQLRequestError, request } from '../api/graphql';
import { graphqlQuery } from '../api/graphql-query';
import { setMe } from '../auth/session';
import { PasswordFields, linkProblem } from './PasswordFields';
import { ACCEPT_INVITATION_MUTATION, INVITATION_QUERY } from './queries';
import { SettingsShell } from './SettingsShell';
import { TextField, messageOf } from './TextField';
import { useSettingsLanguage } from './useSettingsLanguage';

/** `/invite/:token`: the invitee chooses their password (or accepts with their existing account's) and is signed in. */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { t } = useSettingsLanguage();
  const navigate = useNavigate();
  const state = useQuery({ ...graphqlQuery(INVITATION_QUERY, { token }), retry: false });
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [refusedStatus, setRefusedStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = `${t.inviteTitle} · Tejido`;
  }, [t]);

  const invitation = state.data?.invitation;
  const status = refusedStatus ?? invitation?.status ?? (state.isError ? 'UNKNOWN' : null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!invitation?.accountExists && password !== confirm) return setError(t.passwordsDiffer);
    setBusy(true);
    setError(undefined);
    try {
      const { acceptInvitation } = await request(ACCEPT_INVITATION_MUTATION, { token, password });
      setMe(acceptInvitation);
      void navigate('/facilitate', { replace: true });
    } catch (failure) {
      if (failure instanceof GraphQLRequestError && failure.reason) setRefusedStatus(failure.reason);
      else setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <SettingsShell title={t.inviteTitle} signedIn={false}>
      {state.isPending && (
        <p className="status" role="status">
          {t.loading}
        </p>
      )}
      {status && status !== 'VALID' && (
        <p className="status status--error" role="alert" data-testid="invitation-problem">
          {linkProblem(t, status)} <Link to="/signin">{t.signIn}</Link>
        </p>
      )}
      {invitation && status === 'VALID' && (
        <form className="wk-form-card" onSubmit={(event) => void submit(event)} noValidate>
          <p>
            <strong>{t.inviteLead(invitation.communityName, invitation.email)}</strong>
          </p>
          <p>{invitation.accountExists ? t.inviteExistingAccount : t.inviteChoosePassword}</p>
          {invitation.accountExists ? (
            <TextField
              id="password"
              type="password"
              autoComplete="current-password"
              label={t.password}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={error}
            />
          ) : (
            <PasswordFields
              t={t}
              label={t.password}
              password={password}
              confirm={confirm}
              onPassword={setPassword}
              onConfirm={setConfirm}
              error={error}
            />
          )}
          <button type="submit" className="wk-button wk-button--primary" disabled={busy}>
            {t.accept}
          </button>
        </form>
      )}
    </SettingsShell>
  );
}
