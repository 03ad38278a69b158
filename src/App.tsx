import { Announcer } from './components/Announcer';
import { DensityOverview } from './components/DensityOverview';
import { ErrorBoundary } from './components/ErrorBoundary';
import { EventDetails } from './components/EventDetails';
import { EventsSection } from './components/EventsSection';
import { FilterPanel } from './components/FilterPanel';
import { Header } from './components/Header';
import { Legend } from './components/Legend';
import { LoadStatus } from './components/LoadStatus';
import { OutOfViewNotice } from './components/OutOfViewNotice';
import { ResultSummary } from './components/ResultSummary';
import { TimelinePanel } from './components/TimelinePanel';
import { ViewControls } from './components/ViewControls';
import { FilterToggle } from './components/FilterToggle';
import { FileDropZone } from './components/FileDropZone';
import { SavedFileOffer } from './components/SavedFileOffer';
import { EmbedLayout } from './components/EmbedLayout';
import { PrintChronology } from './components/PrintChronology';
import { useAppStore } from './store/store';
import { useState } from 'react';

export function App() {
  const hasDataset = useAppStore((s) => s.index !== null);
  const hasSelection = useAppStore((s) => s.selectedId !== null);
  // On narrow screens the filters fold away behind a button, so the events come first.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const embed = useAppStore((s) => s.embed);
  if (embed) return <EmbedLayout />;
  return (
    <div className={`sl-app${hasSelection ? ' has-details' : ''}`}>
      <ErrorBoundary name="the header">
        <Header />
      </ErrorBoundary>
      <LoadStatus />
      <SavedFileOffer />
      <FileDropZone />
      {hasDataset && (
        <main className="sl-main">
          <aside className={`sl-sidebar${filtersOpen ? ' is-open' : ''}`}>
            <FilterToggle open={filtersOpen} onToggle={() => setFiltersOpen(!filtersOpen)} />
            <ErrorBoundary name="the filters">
              <FilterPanel />
            </ErrorBoundary>
          </aside>
          <div className="sl-center">
            <div className="sl-toolbar">
              <ResultSummary />
              <ViewControls />
            </div>
            <ErrorBoundary name="the timeline">
              <DensityOverview />
              <OutOfViewNotice />
              <TimelinePanel />
              <Legend />
            </ErrorBoundary>
            <EventsSection />
          </div>
          <ErrorBoundary name="the event details">
            <EventDetails />
          </ErrorBoundary>
        </main>
      )}
      <ErrorBoundary name="the screen-reader announcements">
        <Announcer />
      </ErrorBoundary>
      <PrintChronology />
    </div>
  );
}
