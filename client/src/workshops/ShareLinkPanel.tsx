import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { request } from '../api/graphql';
import { CREATE_SHARE_LINK_MUTATION, REVOKE_SHARE_LINK_MUTATION, shareLinkStatusQuery } from '../sharing/queries';
import { useLocale, useT } from '../i18n';
import { joinUrl } from './format';
import { shareLinkUse } from './share-link-status';

/**
 * The community's read-only share links: one per coordinator or screen, each named, revocable on its own, with
 * when it was last used. The server returns a token once, when its link is created, so the URL is shown only then.
 */
export function ShareLinkPanel({ communitySlug }: { communitySlug: string }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const state = useQuery(shareLinkStatusQuery(communitySlug));
  const refresh = state.refetch;
  const [created, setCreated] = useState<{ name: string; url: string } | null>(null);
  const [name, setName] = useState('');
  const [revoking, setRevoking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      setRevoking(null);
      void refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const create = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const linkName = name.trim() || t('shareLinks.defaultName');
    return run(async () => {
      const { createShareLink } = await request(CREATE_SHARE_LINK_MUTATION, { communitySlug, name: linkName });
      setCreated({ name: linkName, url: joinUrl(window.location.origin, createShareLink.path) });
      setName('');
    });
  };

  const revoke = (linkId: string) =>
    run(async () => {
      await request(REVOKE_SHARE_LINK_MUTATION, { communitySlug, id: linkId });
      // The link shown after creating it may be the one revoked: it no longer opens anything.
      setCreated(null);
    });

  let body;
  if (state.isPending) {
    body = (
      <p className="status" role="status">
        {t('shareLinks.checking')}
      </p>
    );
  } else if (!state.data) {
    body = (
      <p className="status status--error" role="alert">
        {t('shareLinks.loadFailed', { message: state.error?.message })}
      </p>
    );
  } else if (!state.data.community) {
    return null;
  } else {
    const links = state.data.community.shareLinks;
    body = (
      <>
        {/* Polite live region: screen readers hear the status change after creating or revoking. */}
        <p className="share-link__status" aria-live="polite" data-testid="share-link-status">
          {t('shareLinks.status', { count: links.length })}
        </p>
        {links.length > 0 && (
          <ul className="share-links" data-testid="share-links">
            {links.map((link) => (
              <li key={link.id} className="share-links__item" data-testid="share-link-item">
                <div className="share-links__head">
                  <strong className="share-links__name">{link.name}</strong>
                  {revoking !== link.id && (
                    <button
                      className="wk-button wk-button--small"
                      type="button"
                      onClick={() => {
                        setError(null);
                        setRevoking(link.id);
                      }}
                      data-testid="share-link-revoke"
                    >
                      {t('shareLinks.revoke')}
                    </button>
                  )}
                </div>
                <span className="wk-hint" data-testid="share-link-use">
                  {shareLinkUse(t, locale, link)}
                </span>
                {revoking === link.id && (
                  <Confirmation
                    title={t('shareLinks.revokeTitle', { name: link.name })}
                    text={t('shareLinks.revokeText')}
                    action={t('shareLinks.revokeAction')}
                    busyAction={t('shareLinks.revoking')}
                    busy={busy}
                    error={error}
                    testId="share-link-revoke-confirm"
                    onConfirm={() => void revoke(link.id)}
                    onCancel={() => setRevoking(null)}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {created && <NewShareLink key={created.url} name={created.name} url={created.url} />}
        <form className="share-link__create" onSubmit={(event) => void create(event)}>
          <label htmlFor={`${id}-name`}>{t('shareLinks.nameLabel')}</label>
          <div className="share-link__copy">
            <input
              id={`${id}-name`}
              type="text"
              value={name}
              maxLength={80}
              placeholder={t('shareLinks.namePlaceholder')}
              aria-describedby={`${id}-name-hint`}
              onChange={(e) => setName(e.target.value)}
              data-testid="share-link-name"
            />
            <button className="wk-button wk-button--small" type="submit" disabled={busy} data-testid="share-link-create">
              {busy && !revoking ? t('shareLinks.creating') : t('shareLinks.create')}
            </button>
          </div>
          <p id={`${id}-name-hint`} className="wk-hint">
            {t('shareLinks.nameHint')}
          </p>
        </form>
        {revoking === null && error && (
          <p className="wk-field-error" role="alert">
            {error}
          </p>
        )}
      </>
    );
  }

  return (
    <section className="share-link" aria-labelledby={`${id}-heading`} data-testid="share-link-panel">
      <h3 id={`${id}-heading`}>{t('shareLinks.title')}</h3>
      {body}
    </section>
  );
}

/** The link just created, with a Copy button: shown once, the server never gives the token again. */
function NewShareLink({ name, url }: { name: string; url: string }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null);

  async function copy() {
    try {
      // Missing outside secure contexts, and refused without permission: fall back to selecting the text.
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      input.current?.focus();
      input.current?.select();
      setCopied('selected');
    }
  }

  return (
    <div className="share-link__new">
      <label htmlFor={`${id}-url`}>{t('shareLinks.newLabel', { name })}</label>
      <div className="share-link__copy">
        <input
          ref={input}
          id={`${id}-url`}
          type="text"
          readOnly
          value={url}
          // Focus moves here once the link exists, with the text selected, ready to copy.
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          aria-describedby={`${id}-once`}
          data-testid="share-link-url"
        />
        <button className="wk-button wk-button--small wk-button--primary" type="button" onClick={() => void copy()}>
          {t('shareLinks.copy')}
        </button>
      </div>
      <p id={`${id}-once`} className="wk-hint">
        <strong>{t('shareLinks.once')}</strong>
      </p>
      <p className="wk-hint" role="status">
        {copied === 'copied' && t('shareLinks.copied')}
        {copied === 'selected' && t('shareLinks.selected')}
      </p>
    </div>
  );
}

interface ConfirmationProps {
  title: string;
  text: string;
  action: string;
  busyAction: string;
  busy: boolean;
  error: string | null;
  testId: string;
  onConfirm: () => void;
  onCancel: () => void;
}

function Confirmation({ title, text, action, busyAction, busy, error, testId, onConfirm, onCancel }: ConfirmationProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="wk-confirm" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="wk-confirm__title">
        {title}
      </p>
      <p>{text}</p>
      {error && (
        <p className="wk-field-error" role="alert">
          {error}
        </p>
      )}
      <p className="wk-confirm__actions">
        <button
          className="wk-button wk-button--small wk-button--danger"
          type="button"
          onClick={onConfirm}
          disabled={busy}
          data-testid={testId}
        >
          {busy ? busyAction : action}
        </button>
        {/* Focus lands on the safe choice. */}
        <button className="wk-button wk-button--small" type="button" onClick={onCancel} disabled={busy} autoFocus>
          {t('common.cancel')}
        </button>
      </p>
    </div>
  );
}
