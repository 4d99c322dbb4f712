import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { request } from '../api/graphql';
import { CREATE_SHARE_LINK_MUTATION, REVOKE_SHARE_LINK_MUTATION, shareLinkStatusQuery } from '../sharing/queries';
import { joinUrl } from './format';
import { shareLinkStatus } from './share-link-status';

type Confirming = 'replace' | 'revoke' | null;

/**
 * The community's read-only share link: whether one is live, create or replace it, revoke it. The server
 * returns the token once, when the link is created, so the full URL is shown only then.
 */
export function ShareLinkPanel({ communitySlug }: { communitySlug: string }) {
  const id = useId();
  const state = useQuery(shareLinkStatusQuery(communitySlug));
  const refresh = state.refetch;
  const [createdUrl, setCreatedUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      setConfirming(null);
      void refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  function ask(kind: Confirming) {
    setError(null);
    setConfirming(kind);
  }

  const create = () =>
    run(async () => {
      const { createShareLink } = await request(CREATE_SHARE_LINK_MUTATION, { communitySlug });
      setCreatedUrl(joinUrl(window.location.origin, createShareLink.path));
    });

  const revoke = () =>
    run(async () => {
      await request(REVOKE_SHARE_LINK_MUTATION, { communitySlug });
      // The link shown after creating it no longer opens anything.
      setCreatedUrl(null);
    });

  let body;
  if (state.isPending) {
    body = (
      <p className="status" role="status">
        Checking the share link…
      </p>
    );
  } else if (!state.data) {
    body = (
      <p className="status status--error" role="alert">
        Could not read the share link: {state.error?.message}
      </p>
    );
  } else if (!state.data.community) {
    return null;
  } else {
    const createdAt = state.data.community.shareLinkCreatedAt;
    const live = createdAt !== null;
    body = (
      <>
        {/* Polite live region: screen readers hear the status change after creating or revoking. */}
        <p className="share-link__status" aria-live="polite" data-testid="share-link-status">
          {shareLinkStatus(createdAt)}
        </p>
        {createdUrl && <NewShareLink key={createdUrl} url={createdUrl} />}
        {confirming === 'replace' && (
          <Confirmation
            title="Create a new share link?"
            text="The current link stops working at once, also in pages already open: send the new one to everyone who should keep seeing the map."
            action="Create the new link"
            busyAction="Creating…"
            busy={busy}
            error={error}
            testId="share-link-create-confirm"
            onConfirm={() => void create()}
            onCancel={() => setConfirming(null)}
          />
        )}
        {confirming === 'revoke' && (
          <Confirmation
            title="Revoke the share link?"
            text="The link stops working at once, also in pages already open. You can create a new one later."
            action="Revoke the link"
            busyAction="Revoking…"
            busy={busy}
            error={error}
            testId="share-link-revoke-confirm"
            onConfirm={() => void revoke()}
            onCancel={() => setConfirming(null)}
          />
        )}
        {confirming === null && (
          <p className="share-link__actions">
            {live ? (
              <>
                <button className="wk-button wk-button--small" type="button" onClick={() => ask('replace')} data-testid="share-link-create">
                  Create a new link
                </button>
                <button className="wk-button wk-button--small" type="button" onClick={() => ask('revoke')} data-testid="share-link-revoke">
                  Revoke
                </button>
              </>
            ) : (
              <button className="wk-button wk-button--small" type="button" onClick={() => void create()} disabled={busy} data-testid="share-link-create">
                {busy ? 'Creating…' : 'Create a share link'}
              </button>
            )}
          </p>
        )}
        {confirming === null && error && (
          <p className="wk-field-error" role="alert">
            {error}
          </p>
        )}
      </>
    );
  }

  return (
    <section className="share-link" aria-labelledby={`${id}-heading`} data-testid="share-link-panel">
      <h3 id={`${id}-heading`}>Share link</h3>
      {body}
    </section>
  );
}

/** The link just created, with a Copy button: shown once, the server never gives the token again. */
function NewShareLink({ url }: { url: string }) {
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
      <label htmlFor={`${id}-url`}>New share link</label>
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
          Copy
        </button>
      </div>
      <p id={`${id}-once`} className="wk-hint">
        <strong>Copy it now: it is shown only once.</strong>
      </p>
      <p className="wk-hint" role="status">
        {copied === 'copied' && 'Copied to the clipboard.'}
        {copied === 'selected' && 'The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.'}
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
        <button className="wk-button wk-button--small wk-button--danger" type="button" onClick={onConfirm} disabled={busy} data-testid={testId}>
          {busy ? busyAction : action}
        </button>
        {/* Focus lands on the safe choice. */}
        <button className="wk-button wk-button--small" type="button" onClick={onCancel} disabled={busy} autoFocus>
          Cancel
        </button>
      </p>
    </div>
  );
}
