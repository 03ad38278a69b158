/**
 * With two actors or more ticked, what ticking them means, in words: events with any of them, or
 * events with all of them. Radio buttons: one tab stop, the arrow keys move between the two.
 */
import { useId } from 'react';
import { ACTOR_MATCHES, type ActorMatch } from '../../engine/filter';
import { useAppStore } from '../../store/store';

const LABELS: Record<ActorMatch, (count: number) => string> = {
  any: (count) => `any of the ${count} ticked actors`,
  all: (count) => `all ${count} of them together`,
};

export function ActorMatchChoice({ ticked }: { ticked: number }) {
  const match = useAppStore((s) => s.filters.actorMatch);
  const setActorMatch = useAppStore((s) => s.setActorMatch);
  const id = useId();
  if (ticked < 2) return null;
  return (
    <fieldset className="sl-actor-match">
      <legend>Show events with</legend>
      {ACTOR_MATCHES.map((value) => (
        <label key={value} htmlFor={`${id}-${value}`}>
          <input
            type="radio"
            id={`${id}-${value}`}
            name={`${id}-actor-match`}
            value={value}
            checked={match === value}
            onChange={() => setActorMatch(value)}
          />
          {LABELS[value](ticked)}
        </label>
      ))}
    </fieldset>
  );
}
