/**
 * The "only" checkboxes: events whose accounts disagree ("Disputed only", the one definition in
 * `isEventDisputed`), and events that a single source reported. Each shows how many events it
 * would leave under the other filters.
 */
import { useId } from 'react';
import { useAppStore } from '../../store/store';
import { useRovingFocus } from '../common/useRovingFocus';
import { FILTER_KEYS_HINT_ID } from './FilterKeysHint';

/**
 * `offer` says which options mean something for the dataset: "Disputed only" when some event is
 * disputed, "Reported by one source only" when there are several sources. (An option checked
 * through a link is shown anyway, so that it can be unchecked.)
 */
export function OnlyFilter({
  counts,
  offer,
}: {
  counts: { disputed: number; singleSource: number };
  offer: { disputed: boolean; singleSource: boolean };
}) {
  const disputedOnly = useAppStore((s) => s.filters.disputedOnly);
  const singleSourceOnly = useAppStore((s) => s.filters.singleSourceOnly);
  const { setDisputedOnly, setSingleSourceOnly } = useAppStore.getState();
  const id = useId();
  const options = [
    {
      key: 'disputed',
      label: 'Disputed only',
      checked: disputedOnly,
      set: setDisputedOnly,
      count: counts.disputed,
      offered: offer.disputed,
    },
    {
      key: 'single',
      label: 'Reported by one source only',
      checked: singleSourceOnly,
      set: setSingleSourceOnly,
      count: counts.singleSource,
      offered: offer.singleSource,
    },
  ].filter((option) => option.offered || option.checked);
  const roving = useRovingFocus(options.map((option) => option.key));
  if (options.length === 0) return null;
  return (
    <fieldset className="sl-facet" aria-describedby={FILTER_KEYS_HINT_ID}>
      <legend className="sl-facet__legend">Accounts</legend>
      <ul className="sl-facet__options" onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
        {options.map((option) => (
          <li key={option.key} className={option.count === 0 ? 'sl-facet__option is-empty' : 'sl-facet__option'}>
            <input
              type="checkbox"
              id={`${id}-${option.key}`}
              {...roving.itemProps(option.key)}
              checked={option.checked}
              onChange={(e) => option.set(e.target.checked)}
            />
            <label htmlFor={`${id}-${option.key}`}>
              <span className="sl-facet__label">{option.label}</span>{' '}
              <span className="sl-count">{option.count.toLocaleString('en-US')}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
