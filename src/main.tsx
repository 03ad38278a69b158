// First: starts downloading the bundled dataset while the rest of the code loads.
import './loading/startEarly';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/common/ErrorBoundary';
import { loadTimelineView } from './components/timeline/LazyTimelineView';
import { startFromUrl, syncUrlWithStore } from './store/urlSync';
import './timeline/visStyles';
// Each panel's stylesheet sits beside it. They are imported here, once and in this order, because
// order decides between equal selectors: shared rules first, the narrow-screen layout after the
// panels it rearranges, the embed and print layouts last.
import './styles/base.css';
import './components/page/layout.css';
import './components/filters/filters.css';
import './components/timeline/timeline-panel.css';
import './timeline/timeline.css';
import './styles/event-types.css';
import './components/timeline/legend.css';
import './components/events/events.css';
import './components/details/details.css';
import './components/loading/loading.css';
import './components/page/responsive.css';
import './components/sharing/sharing.css';
import './components/page/embed.css';
import './components/sharing/print.css';

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
