/** What the keys do in the filters' groups of choices, said once for all of them. */
export const FILTER_KEYS_HINT_ID = 'sl-filter-keys';

export function FilterKeysHint() {
  return (
    <p id={FILTER_KEYS_HINT_ID} className="sl-visually-hidden">
      Each group of choices is one stop for the Tab key: the arrow keys move between its choices, Space ticks one.
    </p>
  );
}
