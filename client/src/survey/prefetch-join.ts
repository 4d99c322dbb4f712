import type { QueryClient } from '@tanstack/react-query';
import { browserStorage } from './browser-storage';
import { joinQueryKeptOffline, saveJoinCopy } from './offline-join';
import { pageDataFor } from './page-data';
import { randomUuid } from './random-id';
import { DEVICE_HEADER, deviceId } from './stored-receipt';
import { normalizeCode } from './survey-draft';

/**
 * On a survey page (`/join/:code`), puts the workshop's survey lists in the cache before the page renders: the
 * ones the server wrote into the page when it did (page-data.ts; kept for offline use like a fetched answer),
 * else asked for at once, in parallel with the catalogue rather than after the page's first render. The query
 * options and headers are the ones JoinPage asks with, so it finds the answer in the cache.
 */
export function prefetchJoinOf(queryClient: QueryClient, pathname: string): void {
  const match = /^\/join\/([^/]+)$/u.exec(pathname);
  if (!match) return;
  let code: string;
  try {
    code = normalizeCode(decodeURIComponent(match[1]!));
  } catch {
    return;
  }
  if (code === '') return;
  const storage = browserStorage();
  const options = joinQueryKeptOffline(code, { [DEVICE_HEADER]: deviceId(storage, randomUuid) });
  const written = pageDataFor(document, code);
  if (!written) return void queryClient.prefetchQuery(options);
  queryClient.setQueryData(options.queryKey, written);
  saveJoinCopy(storage, code, written);
}
