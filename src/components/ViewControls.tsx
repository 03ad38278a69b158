/** Lane grouping, the zone clock times are shown in, and zoom. */
import { useId } from 'react';
import { GROUPINGS, type Grouping } from '../engine/lanes';
import { ZONE_MODE_LABELS, ZONE_MODES, type ZoneMode } from '../format/dates';
import { useAppStore } from '../store/store';
import { fitAll, zoomBy } from '../store/viewActions';

const GROUPING_LABELS: Record<Grouping, string> = {
  side: 'By side',
  source: 'By source',
  type: 'By event type',
  none: 'Single lane',
};

export function ViewControls() {
  const grouping = useAppStore((s) => s.grouping);
  const zone = useAppStore((s) => s.zone);
  const setGrouping = useAppStore((s) => s.setGrouping);
  const setZone = useAppStore((s) => s.setZone);
  const id = useId();
  return (
    <div className="sl-view-controls">
      <div className="sl-field">
        <label htmlFor={`${id}-lanes`}>Lanes</label>
        <select id={`${id}-lanes`} value={grouping} onChange={(e) => setGrouping(e.target.value as Grouping)}>
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {GROUPING_LABELS[g]}
            </option>
          ))}
        </select>
      </div>
      <div className="sl-field">
        <label htmlFor={`${id}-zone`}>Times</label>
        <select id={`${id}-zone`} value={zone} onChange={(e) => setZone(e.target.value as ZoneMode)}>
          {ZONE_MODES.map((z) => (
            <option key={z} value={z}>
              {ZONE_MODE_LABELS[z]}
            </option>
          ))}
        </select>
      </div>
      <div className="sl-zoom" role="group" aria-label="Zoom">
        <button type="button" className="sl-button sl-button--icon" onClick={() => zoomBy(0.5)} aria-keyshortcuts="+">
          <span aria-hidden="true">+</span>
          <span className="sl-visually-hidden">Zoom in</span>
        </button>
        <button type="button" className="sl-button sl-button--icon" onClick={() => zoomBy(2)} aria-keyshortcuts="-">
          <span aria-hidden="true">−</span>
          <span className="sl-visually-hidden">Zoom out</span>
        </button>
        <button type="button" className="sl-button" onClick={fitAll} aria-keyshortcuts="0">
          Fit all
        </button>
      </div>
    </div>
  );
}
