/** One actor's row in the actor filter: its checkbox with name and count, and "only". */
import type { EventIndex } from '../../engine/eventIndex';
import { useAppStore } from '../../store/store';
import type { RovingItemProps } from '../common/useRovingFocus';

/** The roving-focus key of an actor's "only" button (its checkbox's is the actor's id). */
export const onlyKey = (actorId: string) => `${actorId} only`;

export function ActorOption(props: {
  index: EventIndex;
  ordinal: number;
  count: number;
  checked: boolean;
  id: string;
  itemProps: (key: string) => RovingItemProps;
}) {
  const { index, ordinal, count, checked, id, itemProps } = props;
  const { toggleFacet, setFacet } = useAppStore.getState();
  const actor = index.actors[ordinal]!;
  return (
    <div className={count === 0 ? 'sl-facet__option is-empty' : 'sl-facet__option'}>
      <input
        type="checkbox"
        id={id}
        {...itemProps(actor.id)}
        checked={checked}
        onChange={() => toggleFacet('actors', actor.id)}
      />
      <label htmlFor={id} title={actor.role}>
        {/* dir="auto" isolates the name: its own direction marks cannot reorder the count beside it. */}
        <span className="sl-facet__label" dir="auto">
          {actor.name}
        </span>{' '}
        <span className="sl-count">{count.toLocaleString('en-US')}</span>
      </label>
      <button
        type="button"
        className="sl-only"
        {...itemProps(onlyKey(actor.id))}
        data-roving-column="only"
        onClick={() => setFacet('actors', [actor.id])}
      >
        only<span className="sl-visually-hidden"> {actor.name}</span>
      </button>
    </div>
  );
}
