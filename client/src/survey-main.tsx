import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/query-client';
import { I18nProvider } from './i18n';
import { SurveyApp } from './survey/SurveyApp';
import { prefetchJoinOf } from './survey/prefetch-join';
import './styles.css';

// The entry of join.html, the participant's pages alone (see vite.survey.config.ts); main.tsx is the app's.
const root = document.getElementById('root');
if (!root) throw new Error('join.html has no #root element');

// Before the page renders: the workshop's lists are on their way while the catalogue loads.
prefetchJoinOf(queryClient, window.location.pathname);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <SurveyApp />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
