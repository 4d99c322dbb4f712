import { useMemo } from 'react';
import { useParams } from 'react-router';
import type { ShareAccess } from '../sharing/SharePage';
import type { CommunityAccess } from './community-access';

/** The access a peer page has: the share link it was opened through, or the `:slug` of its path. */
export function usePageAccess(share: ShareAccess | undefined): CommunityAccess {
  const { slug = '' } = useParams();
  const shareToken = share?.token ?? null;
  const accessSlug = share?.slug ?? slug;
  return useMemo(() => ({ slug: accessSlug, shareToken }), [accessSlug, shareToken]);
}
