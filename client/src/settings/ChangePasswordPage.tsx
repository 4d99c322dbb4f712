import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql';
import { RequireSignIn } from '../auth/RequireSignIn';
import { PasswordFields } from './PasswordFields';
import { CHANGE_PASSWORD_MUTATION } from './queries';
import { SettingsShell } from './SettingsShell';
import { TextField, errorField, messageOf } from './TextField';
import { useT } from '../i18n';

/** `/account/password`: the signed-in account changes its password; its other sessions end. */
export function ChangePasswordPage() {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ current?: string; password?: string }>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = `${t('settings.changePasswordTitle')} · Tejido`;
  }, [t]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password !== confirm) return setErrors({ password: t('settings.passwordsDiffer') });
    setBusy(true);
    setErrors({});
    setDone(false);
    try {
      await request(CHANGE_PASSWORD_MUTATION, { currentPassword: current, newPassword: password });
      setDone(true);
      setCurrent('');
      setPassword('');
      setConfirm('');
    } catch (error) {
      setErrors(errorField(error) === 'newPassword' ? { password: messageOf(error) } : { current: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <RequireSignIn>
      {() => (
        <SettingsShell title={t('settings.changePasswordTitle')} lead={t('settings.changePasswordLead')}>
          <form className="wk-form-card" onSubmit={(event) => void submit(event)} noValidate>
            <TextField
              id="current-password"
              type="password"
              autoComplete="current-password"
              label={t('settings.currentPassword')}
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              error={errors.current}
            />
            <PasswordFields
              label={t('settings.newPassword')}
              password={password}
              confirm={confirm}
              onPassword={setPassword}
              onConfirm={setConfirm}
              error={errors.password}
            />
            <button type="submit" className="wk-button wk-button--primary" disabled={busy}>
              {t('settings.save')}
            </button>
            {done && <p role="status">{t('settings.passwordChanged')}</p>}
          </form>
        </SettingsShell>
      )}
    </RequireSignIn>
  );
}
