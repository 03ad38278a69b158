/** What every layout carries outside its main area: the screen-reader announcer and the printable chronology. */
import { Announcer } from './Announcer';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { PrintChronology } from '../sharing/PrintChronology';

export function PageServices() {
  return (
    <>
      <ErrorBoundary name="the screen-reader announcements">
        <Announcer />
      </ErrorBoundary>
      <PrintChronology />
    </>
  );
}
