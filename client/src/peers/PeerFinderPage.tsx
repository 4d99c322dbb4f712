import { useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { graphqlQuery } from '../api/graphql-query';
import { shortCommunityName } from '../communities/short-name';
import { SharePage } from '../sharing/SharePage';
import type { ShareAccess } from '../sharing/SharePage';
import { useCommunityLanguage, useLanguage, useT } from '../i18n';
import { communityPath } from './community-access';
import { PeerContextProvider, peerContextValue } from './PeerContext';
import { PeerFinder } from './PeerFinder';
import { CommunityBody, PeerFrame } from './PeerFrame';
import { PEER_FINDER_QUERY } from './queries';
import { usePageAccess } from './usePageAccess';

/** `/c/:slug/peers` (facilitators) and `/s/:token/peers` (share links): who should meet whom, and search. */
export function PeerFinderPage({ share }: { share?: ShareAccess }) {
  const access = usePageAccess(share);
  const [lang] = useLanguage();
  const t = useT();
  const context = useMemo(() => peerContextValue(access, lang, t), [access, lang, t]);
  const state = useQuery(graphqlQuery(PEER_FINDER_QUERY, { slug: access.slug }, context.headers));
  const community = state.status === 'success' ? state.data.community : null;
  useCommunityLanguage(community?.defaultLanguage);

  useEffect(() => {
    document.title = community ? `${t('peers.finderTitle')} · ${community.name} · Tejido` : `${t('peers.finderTitle')} · Tejido`;
  }, [community, t]);

  return (
    <PeerContextProvider value={context}>
      <PeerFrame
        back={{
          to: communityPath(access),
          label: t('peers.backToMap', { community: community ? shortCommunityName(community.name) : access.slug }),
        }}
      >
        <CommunityBody state={state}>{(found) => <PeerFinder community={found} />}</CommunityBody>
      </PeerFrame>
    </PeerContextProvider>
  );
}

/** `/s/:token/peers`: the peer finder through a share link. */
export function SharedPeerFinderPage() {
  return <SharePage view={(share) => <PeerFinderPage share={share} />} />;
}
