import type { Translate } from '../i18n';
import { useT } from '../i18n';
import { TextField } from './TextField';

/** A new password typed twice; the server has the last word on the rules (at least 10 characters). */
export function PasswordFields(props: {
  label: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  error?: string;
}) {
  const t = useT();
  return (
    <>
      <TextField
        id="new-password"
        type="password"
        autoComplete="new-password"
        label={props.label}
        hint={t('settings.passwordHint')}
        value={props.password}
        onChange={(e) => props.onPassword(e.target.value)}
        error={props.error}
      />
      <TextField
        id="confirm-password"
        type="password"
        autoComplete="new-password"
        label={t('settings.confirmPassword')}
        value={props.confirm}
        onChange={(e) => props.onConfirm(e.target.value)}
        error={props.confirm && props.confirm !== props.password ? t('settings.passwordsDiffer') : undefined}
      />
    </>
  );
}

/** What the page says about a link that no longer works. */
export function linkProblem(t: Translate, status: string | null): string {
  if (status === 'USED') return t('settings.linkUsed');
  if (status === 'EXPIRED') return t('settings.linkExpired');
  if (status === 'REVOKED') return t('settings.linkRevoked');
  return t('settings.linkUnknown');
}
