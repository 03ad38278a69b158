/**
 * What the marks on the timeline mean, always in sight above it: the event types by colour family
 * and shape, then the outlines, the band of an approximate date, the Disputed tag and the "N
 * events" clusters, and the dataset's eras. Only what the dataset shown has is explained.
 */
import { useMemo } from 'react';
import { datasetFacts } from '../../engine/datasetFacts';
import { PRECISIONS, type EventIndex } from '../../engine/eventIndex';
import { eraBands } from '../../timelineModel/eraBands';
import { typeLabel } from '../../engine/lanes';
import { useAppStore } from '../../store/store';
import { TYPE_FAMILIES } from '../common/typeFamilies';

export function Legend() {
  const index = useAppStore((s) => s.index);
  const eras = useMemo(() => eraBands(index?.meta.eras), [index]);
  const marks = useMemo(() => (index ? marksOf(index) : null), [index]);
  if (!index || !marks) return null;
  const families = TYPE_FAMILIES.map((family) => ({
    ...family,
    types: family.types.filter(([type]) => index.present.types.has(type)),
  })).filter((family) => family.types.length > 0);
  return (
    <section className="sl-legend" aria-label="Legend">
      <ul className="sl-legend__list" aria-label="Event types">
        {families.map((family) => (
          <li key={family.id} className="sl-legend__family">
            <span className="sl-legend__family-name">{family.label}:</span>
            {family.types.map(([type]) => (
              <span key={type} className="sl-legend__type">
                <span className={`sl-type-dot sl-type-${type}`} aria-hidden="true" />
                {typeLabel(type)}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <ul className="sl-legend__list" aria-label="Marks">
        {marks.planned && (
          <li>
            <span className="sl-legend__sample sl-status-scheduled" aria-hidden="true" /> scheduled or expected
          </li>
        )}
        {marks.forecast && (
          <li>
            <span className="sl-legend__sample sl-status-forecast" aria-hidden="true" /> forecast
          </li>
        )}
        {marks.approximate && (
          <li>
            <span className="sl-legend__sample sl-legend__sample--band" aria-hidden="true" /> date known only to the
            month or year (“~Feb 2022”)
          </li>
        )}
        {marks.disputed && (
          <li>
            <span className="sl-item__tag sl-item__tag--disputed">Disputed</span> sources disagree
          </li>
        )}
        <li>
          <span className="sl-legend__sample sl-cluster" aria-hidden="true" /> “N events”: click or zoom in
        </li>
      </ul>
      {eras.length > 0 && (
        <ul className="sl-legend__list" aria-label="Eras">
          {eras.map((era) => (
            <li key={era.id}>
              <span className={`sl-legend__sample sl-legend__era sl-era--${era.tint}`} aria-hidden="true" />
              <span>
                Era: <bdi>{era.title}</bdi>, {era.when}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const DAY_PRECISION = PRECISIONS.indexOf('day');

/** Which of the explained marks the dataset's events use. */
function marksOf(index: EventIndex) {
  const statuses = index.present.statuses;
  let approximate = false;
  for (let i = 0; i < index.count && !approximate; i++) approximate = index.precisionCode[i]! < DAY_PRECISION;
  return {
    planned: statuses.has('scheduled') || statuses.has('expected'),
    forecast: statuses.has('forecast'),
    approximate,
    disputed: datasetFacts(index).disputedEvents > 0,
  };
}
