/** The row above the timeline: the result count with its filter chips, and the view controls. */
import { ResultSummary } from './ResultSummary';
import { ViewControls } from './ViewControls';

export function Toolbar({ className = '' }: { className?: string }) {
  return (
    <div className={`sl-toolbar ${className}`.trim()}>
      <ResultSummary />
      <ViewControls />
    </div>
  );
}
