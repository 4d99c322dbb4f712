import type { SettingsMessages } from './i18n';
import { TextField } from './TextField';

/** A new password typed twice; the server has the last word on the rules (at least 10 characters). */
export function PasswordFields(props: {
  t: SettingsMessages;
  label: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  error?: string;
}) {
  const { t } = props;
  return (
    <>
      <TextField
        id="new-password"
        type="password"
        autoComplete="new-password"
        label={props.label}
        hint={t.passwordHint}
        value={props.password}
        onChange={(e) => props.onPassword(e.target.value)}
        error={props.error}
      />
      <TextField
        id="confirm-password"
        type="password"
        autoComplete="new-password"
        label={t.confirmPassword}
        value={props.confirm}
        onChange={(e) => props.onConfirm(e.target.value)}
        error={props.confirm && props.confirm !== props.password ? t.passwordsDiffer : undefined}
      />
    </>
  );
}

/** What the page says about a link that no longer works. */
export function linkProblem(t: SettingsMessages, status: string | null): string {
  if (status === 'USED') return t.linkUsed;
  if (status === 'EXPIRED') return t.linkExpired;
  if (status === 'REVOKED') return t.linkRevoked;
  return t.linkUnknown;
}
