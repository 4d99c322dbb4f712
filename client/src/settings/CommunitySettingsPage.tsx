import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { RequireSignIn } from '../auth/RequireSignIn';
import type { Me } from '../auth/queries';
import { CommunityDetailsForm } from './CommunityDetailsForm';
import { FacilitatorsSection } from './FacilitatorsSection';
import type { Lang } from '../i18n';
import { useCommunityLanguage } from '../i18n';
import type { SettingsMessages } from './i18n';
import { communitySettingsQuery } from './queries';
import { RegionsSection } from './RegionsSection';
import { SettingsShell } from './SettingsShell';
import { useSettingsLanguage } from './useSettingsLanguage';

/** `/c/:slug/settings`: a community's details, regions and facilitators (its facilitators and admins). */
export function CommunitySettingsPage() {
  const { slug = '' } = useParams();
  const { lang, t } = useSettingsLanguage();
  return <RequireSignIn>{(me) => <Settings slug={slug} me={me} t={t} lang={lang} />}</RequireSignIn>;
}

function Settings({ slug, me, t, lang }: { slug: string; me: Me; t: SettingsMessages; lang: Lang }) {
  const state = useQuery(communitySettingsQuery(slug));
  const queryClient = useQueryClient();
  const community = state.data?.community;
  useCommunityLanguage(community?.defaultLanguage);
  useEffect(() => {
    if (community) document.title = `${t.settingsTitle(community.name)} · Tejido`;
  }, [community, t]);
  // Every settings change can show elsewhere (survey regions, maps, workshop forms): read everything again.
  const changed = () => void queryClient.invalidateQueries();

  if (state.isPending) return <SettingsShell title={t.loading}>{null}</SettingsShell>;
  if (!community) {
    return (
      <SettingsShell title={slug}>
        <p className="status status--error" role="alert">
          {state.error ? t.loadFailed(state.error.message) : t.loadFailed(slug)}
        </p>
      </SettingsShell>
    );
  }
  return (
    <SettingsShell title={t.settingsTitle(community.name)} lead={t.settingsLead}>
      <p className="settings__actions">
        <Link className="wk-button wk-button--small" to={`/c/${encodeURIComponent(community.slug)}`}>
          {t.map}
        </Link>
        <Link className="wk-button wk-button--small" to="/facilitate">
          Workshops / Talleres
        </Link>
        {/* Link slot: the catalogue (organizations, interests, CSV) and survey-settings screens of client/src/catalogue/. */}
      </p>
      {community.archived && (
        <p className="status" role="status">
          {t.archivedNotice}
        </p>
      )}
      <CommunityDetailsForm community={community} isAdmin={me.role === 'ADMIN'} t={t} onSaved={changed} />
      <RegionsSection slug={community.slug} regions={community.regions} t={t} onChanged={changed} />
      <FacilitatorsSection
        slug={community.slug}
        me={me}
        facilitators={community.facilitators}
        invitations={community.invitations}
        t={t}
        lang={lang}
        onChanged={changed}
      />
    </SettingsShell>
  );
}
