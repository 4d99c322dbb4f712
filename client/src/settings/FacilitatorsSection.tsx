import { useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql';
import type { Me } from '../auth/queries';
import { useT } from '../i18n';
import { OneTimeLinkBox } from './OneTimeLinkBox';
import {
  INVITE_FACILITATOR_MUTATION,
  ISSUE_PASSWORD_RESET_MUTATION,
  REMOVE_FACILITATOR_MUTATION,
  REVOKE_INVITATION_MUTATION,
} from './queries';
import { TextField, errorField, messageOf } from './TextField';

type Props = {
  slug: string;
  me: Me;
  facilitators: { id: string; email: string; role: string }[];
  invitations: { id: string; email: string; expiresAt: string }[];
  onChanged: () => void;
};

/** Who facilitates the community, invitations by one-time link, and (admins) password-reset links. */
export function FacilitatorsSection({ slug, me, facilitators, invitations, onChanged }: Props) {
  const t = useT();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | undefined>();
  const [issued, setIssued] = useState<{ intro: string; path: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(work: () => Promise<unknown>) {
    setFailure(null);
    try {
      await work();
      onChanged();
    } catch (error) {
      setFailure(messageOf(error));
    }
  }
  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setEmailError(undefined);
    try {
      const { inviteFacilitator } = await request(INVITE_FACILITATOR_MUTATION, { communitySlug: slug, email });
      setIssued({
        intro: t('settings.inviteIssued', { email: email.trim(), until: Date.parse(inviteFacilitator.expiresAt) }),
        path: inviteFacilitator.path,
      });
      setEmail('');
      onChanged();
    } catch (error) {
      if (errorField(error) === 'email') setEmailError(messageOf(error));
      else setFailure(messageOf(error));
    }
  }

  return (
    <section aria-labelledby="facilitators">
      <h2 id="facilitators">{t('settings.facilitators')}</h2>
      <p className="settings__muted">{t('settings.facilitatorsLead')}</p>
      {failure && (
        <p className="wk-inline-error" role="alert">
          {failure}
        </p>
      )}
      <ul className="settings__list" data-testid="facilitator-list">
        {facilitators.map((f) => (
          <li key={f.id} className="settings__item">
            <div className="settings__item-main">
              {f.email} {f.role === 'ADMIN' && <span className="settings__badge">{t('settings.admin')}</span>}
            </div>
            <div className="settings__actions">
              {me.role === 'ADMIN' && (
                <button
                  type="button"
                  className="wk-button wk-button--small"
                  onClick={() =>
                    void run(async () => {
                      const { issuePasswordReset } = await request(ISSUE_PASSWORD_RESET_MUTATION, { email: f.email });
                      setIssued({ intro: t('settings.resetIssued', { email: f.email }), path: issuePasswordReset.path });
                    })
                  }
                >
                  {t('settings.resetLink')}
                </button>
              )}
              {f.id !== me.id && (
                <button
                  type="button"
                  className="wk-button wk-button--small wk-button--danger"
                  onClick={() =>
                    window.confirm(t('settings.removeConfirm', { email: f.email })) &&
                    void run(() => request(REMOVE_FACILITATOR_MUTATION, { communitySlug: slug, userId: f.id }))
                  }
                >
                  {t('settings.removeFacilitator')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {invitations.length > 0 && (
        <>
          <h3>{t('settings.openInvitations')}</h3>
          <ul className="settings__list" data-testid="invitation-list">
            {invitations.map((i) => (
              <li key={i.id} className="settings__item">
                <div className="settings__item-main">
                  {i.email} <span className="settings__item-meta">{t('settings.until', { until: Date.parse(i.expiresAt) })}</span>
                </div>
                <button
                  type="button"
                  className="wk-button wk-button--small"
                  onClick={() => void run(() => request(REVOKE_INVITATION_MUTATION, { communitySlug: slug, invitationId: i.id }))}
                >
                  {t('settings.withdraw')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form className="wk-form-card" onSubmit={(event) => void invite(event)} noValidate aria-labelledby="invite">
        <h3 id="invite">{t('settings.invite')}</h3>
        <TextField
          id="invite-email"
          type="email"
          label={t('settings.inviteEmail')}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={emailError}
          autoComplete="off"
        />
        <button type="submit" className="wk-button wk-button--primary">
          {t('settings.inviteButton')}
        </button>
        {issued && <OneTimeLinkBox intro={issued.intro} path={issued.path} />}
      </form>
    </section>
  );
}
