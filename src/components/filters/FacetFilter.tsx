/**
 * A group of checkboxes for one facet (event type, status, source kind), each with its count. The
 * group is one tab stop; the arrow keys move between its boxes (useRovingFocus).
 */
import { useId } from 'react';
import { FILTER_KEYS_HINT_ID } from './FilterKeysHint';
import { useRovingFocus } from '../common/useRovingFocus';

export interface FacetOption<T extends string> {
  value: T;
  label: string;
  count: number;
  /** A class from a fixed vocabulary, for a colour swatch. */
  swatch?: string;
}

export function FacetFilter<T extends string>(props: {
  legend: string;
  options: readonly FacetOption<T>[];
  selected: readonly T[];
  onToggle: (value: T) => void;
  onClear: () => void;
}) {
  const { legend, options, selected, onToggle, onClear } = props;
  const baseId = useId();
  const roving = useRovingFocus(options.map((option) => option.value));
  // One value for every event is nothing to choose between (unless a link checked it).
  if (options.length < 2 && selected.length === 0) return null;
  return (
    <fieldset className="sl-facet" aria-describedby={FILTER_KEYS_HINT_ID}>
      <legend className="sl-facet__legend">{legend}</legend>
      <ul className="sl-facet__options" onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
        {options.map((option) => {
          const id = `${baseId}-${option.value}`;
          return (
            <li key={option.value} className={option.count === 0 ? 'sl-facet__option is-empty' : 'sl-facet__option'}>
              <input
                type="checkbox"
                id={id}
                {...roving.itemProps(option.value)}
                checked={selected.includes(option.value)}
                onChange={() => onToggle(option.value)}
              />
              <label htmlFor={id}>
                {option.swatch && <span className={`sl-type-dot ${option.swatch}`} aria-hidden="true" />}
                <span className="sl-facet__label">{option.label}</span>{' '}
                <span className="sl-count">{option.count.toLocaleString('en-US')}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {selected.length > 0 && (
        <button type="button" className="sl-button sl-button--link" onClick={onClear}>
          Clear<span className="sl-visually-hidden"> {legend.toLowerCase()} filter</span>
        </button>
      )}
    </fieldset>
  );
}
