import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { HomePage } from './communities/HomePage';
import { useT } from './i18n';

// The map page carries Cytoscape (most of the bundle): load it only when a map is opened.
const CommunityPage = lazy(() => import('./communities/CommunityPage').then((module) => ({ default: module.CommunityPage })));
// Share links open the same map page, read-only.
const SharePage = lazy(() => import('./sharing/SharePage').then((module) => ({ default: module.SharePage })));
// The peer finder and interest pages (with the map to highlight on), for facilitators and share links.
const PeerFinderPage = lazy(() => import('./peers/PeerFinderPage').then((module) => ({ default: module.PeerFinderPage })));
const SharedPeerFinderPage = lazy(() => import('./peers/PeerFinderPage').then((module) => ({ default: module.SharedPeerFinderPage })));
const InterestPage = lazy(() => import('./peers/InterestPage').then((module) => ({ default: module.InterestPage })));
const SharedInterestPage = lazy(() => import('./peers/InterestPage').then((module) => ({ default: module.SharedInterestPage })));
// The network over time (snapshots, readings, what changed), for facilitators and share links.
const GrowthPage = lazy(() => import('./growth/GrowthPage').then((module) => ({ default: module.GrowthPage })));
const SharedGrowthPage = lazy(() => import('./growth/GrowthPage').then((module) => ({ default: module.SharedGrowthPage })));

// The participant's survey pages (phones on workshop Wi-Fi): their own small chunks.
const JoinPage = lazy(() => import('./survey/JoinPage').then((module) => ({ default: module.JoinPage })));
const ReceiptPage = lazy(() => import('./survey/ReceiptPage').then((module) => ({ default: module.ReceiptPage })));
const MyRecordPage = lazy(() => import('./survey/MyRecordPage').then((module) => ({ default: module.MyRecordPage })));

// Facilitator pages (sign-in, workshops, projector with its map, curation): their own chunks.
const SignInPage = lazy(() => import('./auth/SignInPage').then((module) => ({ default: module.SignInPage })));
const FacilitatePage = lazy(() => import('./workshops/FacilitatePage').then((module) => ({ default: module.FacilitatePage })));
const ProjectorPage = lazy(() => import('./workshops/ProjectorPage').then((module) => ({ default: module.ProjectorPage })));
const CuratePage = lazy(() => import('./workshops/CuratePage').then((module) => ({ default: module.CuratePage })));
const SetupPage = lazy(() => import('./setup/SetupPage').then((module) => ({ default: module.SetupPage })));
// Setting a community up from zero (client/src/settings/): admins' communities, a community's settings,
// invitations and password resets.
const AdminCommunitiesPage = lazy(() =>
  import('./settings/AdminCommunitiesPage').then((module) => ({ default: module.AdminCommunitiesPage })),
);
const CommunitySettingsPage = lazy(() =>
  import('./settings/CommunitySettingsPage').then((module) => ({ default: module.CommunitySettingsPage })),
);
const AcceptInvitationPage = lazy(() =>
  import('./settings/AcceptInvitationPage').then((module) => ({ default: module.AcceptInvitationPage })),
);
const ChangePasswordPage = lazy(() => import('./settings/ChangePasswordPage').then((module) => ({ default: module.ChangePasswordPage })));
const ResetPasswordPage = lazy(() => import('./settings/ResetPasswordPage').then((module) => ({ default: module.ResetPasswordPage })));
// Setting a community up (issue 14): its catalogue and its survey settings.
const CataloguePage = lazy(() => import('./catalogue/CataloguePage').then((module) => ({ default: module.CataloguePage })));
const SurveySettingsPage = lazy(() => import('./catalogue/SurveySettingsPage').then((module) => ({ default: module.SurveySettingsPage })));

/** What a page shows while its chunk loads. */
function Fallback({ map = false }: { map?: boolean }) {
  const t = useT();
  return (
    <main className="page">
      <p className="status" role="status">
        {t(map ? 'common.loadingMap' : 'common.loading')}
      </p>
    </main>
  );
}
const mapFallback = <Fallback map />;
const surveyFallback = <Fallback />;
const facilitatorFallback = <Fallback />;

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route
          path="/c/:slug"
          element={
            <Suspense fallback={mapFallback}>
              <CommunityPage />
            </Suspense>
          }
        />
        <Route
          path="/s/:token"
          element={
            <Suspense fallback={mapFallback}>
              <SharePage />
            </Suspense>
          }
        />
        <Route
          path="/c/:slug/peers"
          element={
            <Suspense fallback={facilitatorFallback}>
              <PeerFinderPage />
            </Suspense>
          }
        />
        <Route
          path="/s/:token/peers"
          element={
            <Suspense fallback={facilitatorFallback}>
              <SharedPeerFinderPage />
            </Suspense>
          }
        />
        <Route
          path="/c/:slug/growth"
          element={
            <Suspense fallback={facilitatorFallback}>
              <GrowthPage />
            </Suspense>
          }
        />
        <Route
          path="/s/:token/growth"
          element={
            <Suspense fallback={facilitatorFallback}>
              <SharedGrowthPage />
            </Suspense>
          }
        />
        <Route
          path="/c/:slug/interests/:id"
          element={
            <Suspense fallback={facilitatorFallback}>
              <InterestPage />
            </Suspense>
          }
        />
        <Route
          path="/s/:token/interests/:id"
          element={
            <Suspense fallback={facilitatorFallback}>
              <SharedInterestPage />
            </Suspense>
          }
        />
        <Route
          path="/join"
          element={
            <Suspense fallback={surveyFallback}>
              <JoinPage />
            </Suspense>
          }
        />
        <Route
          path="/join/:code"
          element={
            <Suspense fallback={surveyFallback}>
              <JoinPage />
            </Suspense>
          }
        />
        <Route
          path="/join/:code/done"
          element={
            <Suspense fallback={surveyFallback}>
              <ReceiptPage />
            </Suspense>
          }
        />
        <Route
          path="/me/:token"
          element={
            <Suspense fallback={surveyFallback}>
              <MyRecordPage />
            </Suspense>
          }
        />
        <Route
          path="/signin"
          element={
            <Suspense fallback={facilitatorFallback}>
              <SignInPage />
            </Suspense>
          }
        />
        <Route
          path="/setup/:token"
          element={
            <Suspense fallback={facilitatorFallback}>
              <SetupPage />
            </Suspense>
          }
        />
        <Route
          path="/facilitate"
          element={
            <Suspense fallback={facilitatorFallback}>
              <FacilitatePage />
            </Suspense>
          }
        />
        <Route
          path="/w/:id"
          element={
            <Suspense fallback={facilitatorFallback}>
              <ProjectorPage />
            </Suspense>
          }
        />
        <Route
          path="/w/:id/curate"
          element={
            <Suspense fallback={facilitatorFallback}>
              <CuratePage />
            </Suspense>
          }
        />
        <Route
          path="/admin/communities"
          element={
            <Suspense fallback={facilitatorFallback}>
              <AdminCommunitiesPage />
            </Suspense>
          }
        />
        <Route
          path="/c/:slug/settings"
          element={
            <Suspense fallback={facilitatorFallback}>
              <CommunitySettingsPage />
            </Suspense>
          }
        />
        <Route
          path="/invite/:token"
          element={
            <Suspense fallback={facilitatorFallback}>
              <AcceptInvitationPage />
            </Suspense>
          }
        />
        <Route
          path="/reset/:token"
          element={
            <Suspense fallback={facilitatorFallback}>
              <ResetPasswordPage />
            </Suspense>
          }
        />
        <Route
          path="/account/password"
          element={
            <Suspense fallback={facilitatorFallback}>
              <ChangePasswordPage />
            </Suspense>
          }
        />
        <Route
          path="/c/:slug/catalogue"
          element={
            <Suspense fallback={facilitatorFallback}>
              <CataloguePage />
            </Suspense>
          }
        />
        <Route
          path="/c/:slug/survey"
          element={
            <Suspense fallback={facilitatorFallback}>
              <SurveySettingsPage />
            </Suspense>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </BrowserRouter>
  );
}

function NotFound() {
  const t = useT();
  useEffect(() => {
    document.title = `${t('notFound.title')} · Tejido`;
  }, [t]);
  return (
    <main className="page">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </main>
  );
}
