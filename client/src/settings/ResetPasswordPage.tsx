import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { request } from '../api/graphql';
import { graphqlQuery } from '../api/graphql-query';
import { useT } from '../i18n';
import { OneTimeLinkPage } from './OneTimeLinkPage';
import { PASSWORD_RESET_QUERY, RESET_PASSWORD_MUTATION } from './queries';

/** `/reset/:token`: a locked-out account sets a new password with the link an admin issued, and is signed in. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const t = useT();
  const state = useQuery({ ...graphqlQuery(PASSWORD_RESET_QUERY, { token }), retry: false });
  const reset = state.data?.passwordReset;
  return (
    <OneTimeLinkPage
      title={t('settings.resetTitle')}
      problemTestId="reset-problem"
      link={{ pending: state.isPending, failed: state.isError, status: reset?.status }}
      lead={reset && <p>{t('settings.resetLead', { email: reset.email })}</p>}
      passwordLabel={t('settings.newPassword')}
      submitLabel={t('settings.setPassword')}
      redeem={async (newPassword) => (await request(RESET_PASSWORD_MUTATION, { token, newPassword })).resetPassword}
    />
  );
}
