import { createContext, useContext } from 'react';
import type { Lang, Translate } from '../i18n';
import type { CommunityAccess } from './community-access';
import { accessHeaders } from './community-access';

export interface PeerContextValue {
  access: CommunityAccess;
  /** The request headers of `access`, one object per page so effects can depend on it. */
  headers: Record<string, string>;
  lang: Lang;
  t: Translate;
}

const PeerContext = createContext<PeerContextValue | null>(null);

export const PeerContextProvider = PeerContext.Provider;

/** Builds the value a peer page provides. */
export function peerContextValue(access: CommunityAccess, lang: Lang, t: Translate): PeerContextValue {
  return { access, headers: accessHeaders(access), lang, t };
}

/** How the peer pages reach their community, and in which language they speak. */
export function usePeerContext(): PeerContextValue {
  const value = useContext(PeerContext);
  if (!value) throw new Error('usePeerContext outside a peer page');
  return value;
}
