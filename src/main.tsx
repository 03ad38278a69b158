// First: starts downloading the bundled dataset while the rest of the code loads.
import './loading/startEarly';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { loadTimelineView } from './components/LazyTimelineView';
import { startFromUrl, syncUrlWithStore } from './store/urlSync';
import './timeline/visStyles';
import './styles/app.css';
import './styles/sharing.css';
import './styles/embed.css';
import './styles/print.css';

// Start the download before React renders: the dataset is the long pole of the first paint.
void startFromUrl().finally(syncUrlWithStore);
// The timeline's chunk (vis-timeline) is fetched meanwhile; a failure shows where it is used.
void loadTimelineView();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary name="Sourceline">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
