import { Link } from 'react-router';

/** What a workshop page shows until its workshop is there: loading, a load error, or "no such workshop". */
export function WorkshopPlaceholder({ loading, error, loadingText }: { loading: boolean; error?: Error; loadingText: string }) {
  if (loading) {
    return (
      <main className="page">
        <p className="status" role="status">{loadingText}</p>
      </main>
    );
  }
  return (
    <main className="page">
      <p className="status status--error" role="alert">
        {error ? `Could not load the workshop: ${error.message}` : 'There is no such workshop, or you do not facilitate its community.'}
      </p>
      <p>
        <Link to="/facilitate">Back to your workshops</Link>
      </p>
    </main>
  );
}
