/** The row above the timeline: the result count with its filter chips, and the view controls. */
import { ResultSummary } from '../filters/ResultSummary';
import { ViewControls } from '../timeline/ViewControls';

export function Toolbar({ className = '' }: { className?: string }) {
  return (
    <div className={`sl-toolbar ${className}`.trim()}>
      <ResultSummary />
      <ViewControls />
    </div>
  );
}
