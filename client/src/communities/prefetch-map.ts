import type { QueryClient } from '@tanstack/react-query';
import { clusterMapQuery } from '../clusters/queries';
import { shareLinkQuery } from '../sharing/queries';
import { isShareToken, shareHeaders } from '../sharing/share-token';
import { communityMapQuery } from './queries';

/**
 * On a map page (`/c/:slug`, `/s/:token`), starts the requests the page will make as soon as the app boots:
 * the community map and the cluster map of the first grouping (regions) then load in parallel with the map
 * page's code, instead of one after the other once it has mounted. The query options are the very ones the
 * page asks with (CommunityPage, ClusterExplorer, SharePage), so the page finds these answers in the cache,
 * or joins them while they are still on their way.
 */
export function prefetchMapOf(queryClient: QueryClient, pathname: string): void {
  const [, kind, segment, rest] = pathname.split('/');
  if (!segment || rest !== undefined) return;
  const param = safeDecode(segment);
  if (param === null) return;
  const both = (slug: string, headers: Record<string, string>) => {
    void queryClient.prefetchQuery(communityMapQuery(slug, headers));
    void queryClient.prefetchQuery(clusterMapQuery(slug, 'REGION', null, headers));
  };
  if (kind === 'c') both(param, {});
  if (kind === 's' && isShareToken(param)) {
    queryClient.fetchQuery(shareLinkQuery(param)).then(
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
