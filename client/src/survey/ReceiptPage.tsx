import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { PrivateLink } from './PrivateLink';
import { SurveyShell } from './SurveyShell';
import { browserStorage } from './browser-storage';
import { useT } from '../i18n';
import type { SurveyReceipt } from './queries';
import { loadReceipt } from './stored-receipt';
import { normalizeCode } from './survey-draft';

function receiptFromState(state: unknown): SurveyReceipt | null {
  if (typeof state !== 'object' || state === null) return null;
  const receipt = (state as { receipt?: unknown }).receipt;
  if (typeof receipt !== 'object' || receipt === null) return null;
  const raw = receipt as Record<string, unknown>;
  if (typeof raw.personId !== 'string') return null;
  return {
    personId: raw.personId,
    privateToken: typeof raw.privateToken === 'string' ? raw.privateToken : null,
  };
}

/** `/join/:code/done`: thanks, and the private link (or why there is none). */
export function ReceiptPage() {
  const { code: rawCode = '' } = useParams();
  const code = normalizeCode(rawCode);
  const location = useLocation();
  const t = useT();
  // Right after sending it comes with the navigation; after a reload, from what this phone kept.
  const receipt = receiptFromState(location.state) ?? loadReceipt(browserStorage(), code);

  useEffect(() => {
    document.title = `${t('survey.thanksTitle')} · Tejido`;
  }, [t]);

  return (
    <SurveyShell>
      {receipt ? (
        <div className="receipt" data-testid="survey-receipt">
          <h1>{t('survey.thanksTitle')}</h1>
          <p className="lead">{t('survey.thanksText')}</p>
          {receipt.privateToken && <PrivateLink token={receipt.privateToken} />}
        </div>
      ) : (
        <>
          <h1>{t('survey.thanksTitle')}</h1>
          <p className="status">{t('survey.noReceipt')}</p>
        </>
      )}
      <p className="receipt__back">
        <Link to={`/join/${encodeURIComponent(code)}`}>{t('survey.backToSurvey')}</Link>
      </p>
    </SurveyShell>
  );
}
