/**
 * Which of the dataset's sources reported the event, and which did not: "Reported by CNN (live
 * blog) and Sputnik International (state media); not by UNILAD (viral aggregator), …". Under the
 * dispute grid, whose columns name the sources that reported it, only those that did not are named.
 */
import { useMemo } from 'react';
import type { EventIndex } from '../../engine/eventIndex';
import { coverageOf, sourceNames } from '../../engine/sources';
import { clipText } from '../../format/clip';
import { KIND_LABELS } from '../common/labels';

/** Sources named in each half before "and N more": a dataset may have thousands. */
const NAMED = 12;

export function Coverage({
  index,
  ordinal,
  besideGrid = false,
}: {
  index: EventIndex;
  ordinal: number;
  /** The dispute grid names the sources that reported the event, in its columns. */
  besideGrid?: boolean;
}) {
  const coverage = useMemo(() => coverageOf(index, ordinal), [index, ordinal]);
  if (index.sources.length < 2) return null;
  return (
    <section className="sl-coverage" aria-labelledby="sl-coverage-heading">
      <h3 id="sl-coverage-heading" className="sl-details__section">
        Coverage
      </h3>
      <p>
        <strong>
          Reported by {coverage.reported.length} of {index.sources.length} sources{besideGrid ? '' : ':'}
        </strong>{' '}
        {besideGrid ? '(the columns above)' : <SourceList index={index} sources={coverage.reported} />}
        {coverage.notReported.length > 0 && (
          <>
            ; <strong>not by</strong> <SourceList index={index} sources={coverage.notReported} />
          </>
        )}
        .
      </p>
    </section>
  );
}

function SourceList({ index, sources }: { index: EventIndex; sources: readonly number[] }) {
  const names = sourceNames(index.sources);
  const named = sources.slice(0, NAMED);
  const more = sources.length - named.length;
  return (
    <>
      {named.map((source, i) => (
        <span key={source}>
          {separator(i, named.length, more)}
          <bdi>{clipText(names[source]!, 120).text}</bdi> ({KIND_LABELS[index.sources[source]!.kind].toLowerCase()})
        </span>
      ))}
      {more > 0 && ` and ${more.toLocaleString('en-US')} more`}
    </>
  );
}

/** ", " between items and " and " before the last (when nothing follows it). */
function separator(i: number, count: number, more: number): string {
  if (i === 0) return '';
  return i === count - 1 && more === 0 ? ' and ' : ', ';
}
