import { useEffect } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { JoinPage } from './JoinPage';
import { ReceiptPage } from './ReceiptPage';

/** The participant's pages in join.html (client/src/survey-main.tsx): the same routes as in the app (App.tsx). */
export function SurveyApp() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/join" element={<JoinPage />} />
        <Route path="/join/:code" element={<JoinPage />} />
        <Route path="/join/:code/done" element={<ReceiptPage />} />
        <Route path="*" element={<OtherPage />} />
      </Routes>
    </BrowserRouter>
  );
}

/** A link out of the survey (a private link /me/…, the home page): the app's own page, loaded from the server. */
function OtherPage() {
  const { pathname, search, hash } = useLocation();
  useEffect(() => {
    window.location.replace(`${pathname}${search}${hash}`);
  }, [pathname, search, hash]);
  return null;
}
