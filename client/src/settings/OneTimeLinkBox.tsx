import { useState } from 'react';
import { useT } from '../i18n';

/** A freshly issued one-time link, shown in full (it is shown only this once) with a copy button. */
export function OneTimeLinkBox({ intro, path }: { intro: string; path: string }) {
  const t = useT();
  const url = `${window.location.origin}${path}`;
  const [copied, setCopied] = useState(false);
  return (
    <div className="settings__link" role="status">
      <p>{intro}</p>
      <p className="settings__link-row">
        <code data-testid="one-time-link">{url}</code>
        <button
          type="button"
          className="wk-button wk-button--small"
          onClick={() =>
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t('settings.copied') : t('settings.copy')}
        </button>
      </p>
    </div>
  );
}
