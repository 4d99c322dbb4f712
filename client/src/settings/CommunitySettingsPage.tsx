import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { RequireSignIn } from '../auth/RequireSignIn';
import type { Me } from '../auth/queries';
import { CommunityDetailsForm } from './CommunityDetailsForm';
import { FacilitatorsSection } from './FacilitatorsSection';
import { useCommunityLanguage, useT } from '../i18n';
import { communitySettingsQuery } from './queries';
import { RegionsSection } from './RegionsSection';
import { SettingsShell } from './SettingsShell';

/** `/c/:slug/settings`: a community's details, regions and facilitators (its facilitators and admins). */
export function CommunitySettingsPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{(me) => <Settings slug={slug} me={me} />}</RequireSignIn>;
}

function Settings({ slug, me }: { slug: string; me: Me }) {
  const t = useT();
  const state = useQuery(communitySettingsQuery(slug));
  const queryClient = useQueryClient();
  const community = state.data?.community;
  useCommunityLanguage(community?.defaultLanguage);
  useEffect(() => {
    if (community) document.title = `${t('settings.settingsTitle', { name: community.name })} · Tejido`;
  }, [community, t]);
  // Every settings change can show elsewhere (survey regions, maps, workshop forms): read everything again.
  const changed = () => void queryClient.invalidateQueries();

  if (state.isPending) return <SettingsShell title={t('common.loading')}>{null}</SettingsShell>;
  if (!community) {
    return (
      <SettingsShell title={slug}>
        <p className="status status--error" role="alert">
          {state.error ? t('settings.loadFailed', { message: state.error.message }) : t('settings.loadFailed', { message: slug })}
        </p>
      </SettingsShell>
    );
  }
  return (
    <SettingsShell title={t('settings.settingsTitle', { name: community.name })} lead={t('settings.settingsLead')}>
      <p className="settings__actions">
        <Link className="wk-button wk-button--small" to={`/c/${encodeURIComponent(community.slug)}`}>
          {t('settings.map')}
        </Link>
        <Link className="wk-button wk-button--small" to="/facilitate">
          {t('setup.workshopsLink')}
        </Link>
        <Link className="wk-button wk-button--small" to={`/c/${encodeURIComponent(community.slug)}/catalogue`}>
          {t('setup.catalogueLink')}
        </Link>
        <Link className="wk-button wk-button--small" to={`/c/${encodeURIComponent(community.slug)}/survey`}>
          {t('setup.settingsLink')}
        </Link>
      </p>
      {community.archived && (
        <p className="status" role="status">
          {t('settings.archivedNotice')}
        </p>
      )}
      <CommunityDetailsForm community={community} isAdmin={me.role === 'ADMIN'} onSaved={changed} />
      <RegionsSection slug={community.slug} regions={community.regions} onChanged={changed} />
      <FacilitatorsSection
        slug={community.slug}
        me={me}
        facilitators={community.facilitators}
        invitations={community.invitations}
        onChanged={changed}
      />
    </SettingsShell>
  );
}
