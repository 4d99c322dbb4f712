import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { request } from '../api/graphql';
import { graphqlQuery } from '../api/graphql-query';
import { useT } from '../i18n';
import { OneTimeLinkPage } from './OneTimeLinkPage';
import { ACCEPT_INVITATION_MUTATION, INVITATION_QUERY } from './queries';

/** `/invite/:token`: the invitee chooses their password (or accepts with their existing account's) and is signed in. */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const t = useT();
  const state = useQuery({ ...graphqlQuery(INVITATION_QUERY, { token }), retry: false });
  const invitation = state.data?.invitation;
  return (
    <OneTimeLinkPage
      title={t('settings.inviteTitle')}
      problemTestId="invitation-problem"
      link={{ pending: state.isPending, failed: state.isError, status: invitation?.status }}
      lead={
        invitation && (
          <>
            <p>
              <strong>{t('settings.inviteLead', { community: invitation.communityName, email: invitation.email })}</strong>
            </p>
            <p>{invitation.accountExists ? t('settings.inviteExistingAccount') : t('settings.inviteChoosePassword')}</p>
          </>
        )
      }
      existingAccount={invitation?.accountExists}
      passwordLabel={t('settings.password')}
      submitLabel={t('settings.accept')}
      redeem={async (password) => (await request(ACCEPT_INVITATION_MUTATION, { token, password })).acceptInvitation}
    />
  );
}
