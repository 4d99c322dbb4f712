import { prefetch } from '../api/prefetch';
import { CLUSTER_MAP_QUERY } from '../clusters/queries';
import { SHARE_LINK_QUERY } from '../sharing/queries';
import type { ShareLinkResult } from '../sharing/queries';
import { isShareToken, shareHeaders } from '../sharing/share-token';
import { COMMUNITY_MAP_QUERY } from './queries';

/**
 * On a map page (`/c/:slug`, `/s/:token`), starts the requests the page will make as soon as the app boots:
 * the community map and the cluster map of the first grouping (regions) then load in parallel with the map
 * page's code, instead of one after the other once it has mounted. Variables and headers are those the page
 * asks with (CommunityPage, useClusterMap), so it gets these answers.
 */
export function prefetchMapOf(pathname: string): void {
  const [, kind, segment, rest] = pathname.split('/');
  if (!segment || rest !== undefined) return;
  const param = safeDecode(segment);
  if (param === null) return;
  const both = (slug: string, headers: Record<string, string>) => {
    void prefetch(COMMUNITY_MAP_QUERY, { slug }, headers).catch(() => {});
    void prefetch(CLUSTER_MAP_QUERY, { slug, groupBy: 'REGION', interestId: null }, headers).catch(() => {});
  };
  if (kind === 'c') both(param, {});
  if (kind === 's' && isShareToken(param)) {
    prefetch<ShareLinkResult>(SHARE_LINK_QUERY, { token: param }).then(
      ({ shareLink }) => both(shareLink.communitySlug, shareHeaders(param)),
      () => {},
    );
  }
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
