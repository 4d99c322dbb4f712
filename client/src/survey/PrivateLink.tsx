import { useRef, useState } from 'react';
import { useT } from '../i18n';

/** The address of a private link on this site. */
export function privateLinkUrl(token: string): string {
  return `${window.location.origin}/me/${encodeURIComponent(token)}`;
}

async function copyText(text: string, fallbackSource: HTMLElement | null): Promise<boolean> {
  try {
    // Only in secure contexts (HTTPS, localhost); a workshop on plain HTTP falls through to the selection.
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the old way.
  }
  if (!fallbackSource) return false;
  const selection = window.getSelection();
  const range = document.createRange();
  range.selectNodeContents(fallbackSource);
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** The participant's private link, with a Copy button and the advice to keep it. */
export function PrivateLink({ token }: { token: string }) {
  const t = useT();
  const url = privateLinkUrl(token);
  const linkRef = useRef<HTMLAnchorElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  return (
    <section className="private-link" aria-labelledby="private-link-title">
      <h2 id="private-link-title">{t('survey.privateLinkTitle')}</h2>
      <p>{t('survey.privateLinkAdvice')}</p>
      <p className="private-link__box">
        <a ref={linkRef} href={url} data-testid="receipt-private-link" className="private-link__url">
          {url}
        </a>
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          void copyText(url, linkRef.current).then((ok) => setCopy(ok ? 'copied' : 'failed'));
        }}
      >
        {t('survey.copyLink')}
      </button>
      <p className="private-link__status" role="status" aria-live="polite">
        {copy === 'copied' ? t('survey.copied') : copy === 'failed' ? t('survey.copyFailed') : ''}
      </p>
      <p className="field__hint">{t('survey.privateLinkSaved')}</p>
    </section>
  );
}
