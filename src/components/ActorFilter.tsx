/**
 * The actor checkboxes, grouped by side, each with its display name and number of events, and an
 * "only" shortcut. With no actor checked every event shows; with some, the events involving any.
 */
import { useId } from 'react';
import type { EventIndex } from '../engine/eventIndex';
import { UNASSIGNED_LANE_LABEL } from '../engine/lanes';
import { useAppStore } from '../store/store';

export function ActorFilter({ index, counts }: { index: EventIndex; counts: Uint32Array }) {
  const checked = useAppStore((s) => s.filters.actors);
  const toggleActor = useAppStore((s) => s.toggleActor);
  const onlyActor = useAppStore((s) => s.onlyActor);
  const setActors = useAppStore((s) => s.setActors);
  const baseId = useId();
  const groups = [
    ...index.sides.map((side) => ({ key: side.id, name: side.name })),
    { key: null, name: UNASSIGNED_LANE_LABEL },
  ]
    .map((group) => ({
      ...group,
      actors: index.actors
        .map((actor, ordinal) => ({ actor, ordinal }))
        .filter(({ actor }) => (group.key === null ? !index.sideOrdinal.has(actor.side) : actor.side === group.key)),
    }))
    .filter((group) => group.actors.length > 0);

  return (
    <fieldset className="sl-facet sl-facet--actors">
      <legend className="sl-facet__legend">Actors</legend>
      {groups.map((group, g) => (
        <div
          key={group.key ?? '(none)'}
          role="group"
          aria-labelledby={`${baseId}-side-${g}`}
          className="sl-facet__group"
        >
          <p id={`${baseId}-side-${g}`} className="sl-facet__group-name">
            {group.name}
          </p>
          <ul className="sl-facet__options">
            {group.actors.map(({ actor, ordinal }) => {
              const id = `${baseId}-actor-${ordinal}`;
              const count = counts[ordinal] ?? 0;
              return (
                <li key={actor.id} className={count === 0 ? 'sl-facet__option is-empty' : 'sl-facet__option'}>
                  <input
                    type="checkbox"
                    id={id}
                    checked={checked.includes(actor.id)}
                    onChange={() => toggleActor(actor.id)}
                  />
                  <label htmlFor={id} title={actor.role}>
                    <span className="sl-facet__label">{actor.name}</span>{' '}
                    <span className="sl-count">{count.toLocaleString('en-US')}</span>
                  </label>
                  <button type="button" className="sl-only" onClick={() => onlyActor(actor.id)}>
                    only<span className="sl-visually-hidden"> {actor.name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {checked.length > 0 && (
        <button type="button" className="sl-button sl-button--link" onClick={() => setActors([])}>
          Clear<span className="sl-visually-hidden"> actor filter</span>
        </button>
      )}
    </fieldset>
  );
}
