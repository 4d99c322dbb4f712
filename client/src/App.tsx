import { lazy, Suspense } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { HomePage } from './communities/HomePage';

// The map page carries Cytoscape (most of the bundle): load it only when a map is opened.
const CommunityPage = lazy(() =>
  import('./communities/CommunityPage').then((module) => ({ default: module.CommunityPage })),
);

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route
          path="/c/:slug"
          element={
            <Suspense fallback={<main className="page"><p className="status" role="status">Loading the map…</p></main>}>
              <CommunityPage />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </BrowserRouter>
  );
}

function NotFound() {
  return (
    <main className="page">
      <h1>Page not found</h1>
      <p>
        <Link to="/">Go to the list of communities</Link>.
      </p>
    </main>
  );
}
