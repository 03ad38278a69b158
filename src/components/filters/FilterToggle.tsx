/** The button that shows or hides the filters on narrow screens (hidden on wide ones, where they always show). */
import { isFiltering } from '../../engine/filter';
import { useAppStore } from '../../store/store';

export function FilterToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const active = useAppStore((s) => isFiltering(s.filters));
  return (
    <button
      type="button"
      className="sl-button sl-filter-toggle"
      aria-expanded={open}
      aria-controls="sl-filters"
      onClick={onToggle}
    >
      {open ? 'Hide filters' : 'Filters'}
      {active && !open ? ' (active)' : ''}
    </button>
  );
}
