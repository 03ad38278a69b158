/** Lane grouping, the zone clock times are shown in, and zoom. */
import { useId } from 'react';
import { GROUPINGS } from '../../engine/lanes';
import { ZONE_MODES } from '../../format/dates';
import { GROUPING_LABELS, ZONE_MODE_LABELS } from '../common/labels';
import { useAppStore } from '../../store/store';
import { fitAll, zoomBy } from '../../store/viewActions';
import { useRovingFocus } from '../common/useRovingFocus';

const ZOOM_KEYS = ['in', 'out', 'fit'];

export function ViewControls() {
  const grouping = useAppStore((s) => s.grouping);
  const zone = useAppStore((s) => s.zone);
  const setGrouping = useAppStore((s) => s.setGrouping);
  const setZone = useAppStore((s) => s.setZone);
  // The three zoom buttons are one tab stop (a toolbar: the arrow keys move between them).
  const roving = useRovingFocus(ZOOM_KEYS);
  const zoomButton = (key: string) => ({ type: 'button' as const, ...roving.itemProps(key) });
  return (
    <div className="sl-view-controls">
      <SelectField label="Lanes" choices={GROUPINGS} labels={GROUPING_LABELS} value={grouping} onChange={setGrouping} />
      <SelectField label="Times" choices={ZONE_MODES} labels={ZONE_MODE_LABELS} value={zone} onChange={setZone} />
      <div className="sl-zoom" role="toolbar" aria-label="Zoom" onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
        <button
          {...zoomButton('in')}
          className="sl-button sl-button--icon"
          onClick={() => zoomBy(0.5)}
          aria-keyshortcuts="+"
        >
          <span aria-hidden="true">+</span>
          <span className="sl-visually-hidden">Zoom in</span>
        </button>
        <button
          {...zoomButton('out')}
          className="sl-button sl-button--icon"
          onClick={() => zoomBy(2)}
          aria-keyshortcuts="-"
        >
          <span aria-hidden="true">−</span>
          <span className="sl-visually-hidden">Zoom out</span>
        </button>
        <button {...zoomButton('fit')} className="sl-button" onClick={fitAll} aria-keyshortcuts="0">
          Fit all
        </button>
      </div>
    </div>
  );
}

/** A labelled drop-down over a fixed list of choices. */
function SelectField<T extends string>(props: {
  label: string;
  choices: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}) {
  const { label, choices, labels, value, onChange } = props;
  const id = useId();
  return (
    <div className="sl-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labels[choice]}
          </option>
        ))}
      </select>
    </div>
  );
}
