/** What the colours and marks on the timeline mean: types in the dataset, status and precision styles, eras. */
import { useMemo } from 'react';
import { EVENT_TYPES } from '../../dataset/vocabulary';
import { eraBands } from '../../timelineModel/eraBands';
import { typeLabel } from '../../engine/lanes';
import { useAppStore } from '../../store/store';

export function Legend() {
  const index = useAppStore((s) => s.index);
  const eras = useMemo(() => eraBands(index?.meta.eras), [index]);
  if (!index) return null;
  const types = EVENT_TYPES.filter((type) => index.present.types.has(type));
  return (
    <details className="sl-legend">
      <summary>Legend</summary>
      <ul className="sl-legend__list" aria-label="Event types">
        {types.map((type) => (
          <li key={type}>
            <span className={`sl-type-dot sl-type-${type}`} aria-hidden="true" /> {typeLabel(type)}
          </li>
        ))}
      </ul>
      <ul className="sl-legend__list" aria-label="Marks">
        <li>
          <span className="sl-legend__sample sl-status-scheduled" aria-hidden="true" /> Dashed outline: scheduled or
          expected
        </li>
        <li>
          <span className="sl-legend__sample sl-status-forecast" aria-hidden="true" /> Dotted outline: a forecast
        </li>
        <li>
          <span className="sl-legend__sample sl-precision-month" aria-hidden="true" /> Faded band: date known only to
          the month or year (“~Feb 2022”)
        </li>
        <li>
          <span className="sl-item__tag sl-item__tag--disputed">Disputed</span> sources disagree about the event
        </li>
        <li>
          <span className="sl-legend__sample sl-cluster" aria-hidden="true" /> “N events”: a dense stretch; click or
          zoom in to expand
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
    </details>
  );
}
