import { Link } from 'react-router';
import { useT } from '../i18n';

/** What a workshop page shows until its workshop is there: loading, a load error, or "no such workshop". */
export function WorkshopPlaceholder({ loading, error, loadingText }: { loading: boolean; error?: Error; loadingText: string }) {
  const t = useT();
  if (loading) {
    return (
      <main className="page">
        <p className="status" role="status">
          {loadingText}
        </p>
      </main>
    );
  }
  return (
    <main className="page">
      <p className="status status--error" role="alert">
        {error ? t('workshop.loadFailed', { message: error.message }) : t('workshop.none')}
      </p>
      <p>
        <Link to="/facilitate">{t('workshop.back')}</Link>
      </p>
    </main>
  );
}
