import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageKey } from '../i18n';

const warning: MessageKey = 'projector.loopbackWarning';
const how: MessageKey = 'projector.loopbackHow';

/**
 * Shown on the projector when phones in the room cannot open the join link: the app listens on this computer
 * only (a loopback HOST) and the page itself was opened at a loopback address.
 */
export function LocalNetworkNotice() {
  return (
    <div className="projector__network-warning" role="alert" data-testid="loopback-warning">
      <p>
        <FormattedMessage id={warning} values={{ strong: (chunks: ReactNode[]) => <strong>{chunks}</strong> }} />
      </p>
      <p>
        <FormattedMessage
          id={how}
          values={{
            hostCommand: <code>HOST=0.0.0.0 npm start</code>,
            publicUrl: <code>PUBLIC_URL</code>,
            example: <code>PUBLIC_URL=https://mapa.example.org</code>,
          }}
        />
      </p>
    </div>
  );
}

const LOOPBACK_HOST = /^(localhost|127(\.\d+){3}|\[::1\])$/;

/** Whether the page was opened at an address only this computer can reach. */
export const openedOnLoopback = (hostname: string) => LOOPBACK_HOST.test(hostname);
