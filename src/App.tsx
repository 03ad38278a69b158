import { DensityOverview } from './components/DensityOverview';
import { DrawInSteps } from './components/DrawInSteps';
import { ErrorBoundary } from './components/ErrorBoundary';
import { PageServices } from './components/PageServices';
import { Toolbar } from './components/Toolbar';
import { EventDetails } from './components/EventDetails';
import { EventsSection } from './components/EventsSection';
import { FilterPanel } from './components/FilterPanel';
import { Header } from './components/Header';
import { Legend } from './components/Legend';
import { LoadStatus } from './components/LoadStatus';
import { OutOfViewNotice } from './components/OutOfViewNotice';
import { TimelinePanel } from './components/TimelinePanel';
import { FilterToggle } from './components/FilterToggle';
import { FileDropZone } from './components/FileDropZone';
import { SavedFileOffer } from './components/SavedFileOffer';
import { EmbedLayout } from './components/EmbedLayout';
import { useAppStore } from './store/store';
import { useState } from 'react';

export function App() {
  const hasDataset = useAppStore((s) => s.index !== null);
  const hasSelection = useAppStore((s) => s.selectedId !== null);
  // On narrow screens the filters fold away behind a button, so the events come first.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const embed = useAppStore((s) => s.embed);
  if (embed)
    return (
      <DrawInSteps>
        <EmbedLayout />
      </DrawInSteps>
    );
  return (
    <DrawInSteps>
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
              <Toolbar />
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
        <PageServices />
      </div>
    </DrawInSteps>
  );
}
