/** The event's actors: picked from the dataset's, or created here with a side. */
import { addActor } from '../../curation/datasetEdits';
import { updateEvent } from '../../curation/eventEdits';
import { edit, useDraftData } from './fields';
import { NewActorForm } from './NewActorForm';

export function ActorPicker({ eventIndex }: { eventIndex: number }) {
  const data = useDraftData();
  const event = data?.dataset.events[eventIndex];
  if (!data || !event) return null;
  const sideName = (id: string) => data.dataset.sides.find((s) => s.id === id)?.name ?? id;
  const toggle = (id: string, on: boolean) =>
    edit((d) => {
      const actors = d.dataset.events[eventIndex]!.actors;
      return updateEvent(d, eventIndex, { actors: on ? [...actors, id] : actors.filter((a) => a !== id) });
    });
  return (
    <fieldset className="cu-actors" id={`cf-events-${eventIndex}-actors`} tabIndex={-1}>
      <legend>Actors</legend>
      {data.dataset.actors.length === 0 && <p className="cu-hint">No actors yet: add one below.</p>}
      {data.dataset.actors.map((actor) => (
        <div key={actor.id} className="cu-check">
          <input
            id={`cu-actor-${eventIndex}-${actor.id}`}
            type="checkbox"
            checked={event.actors.includes(actor.id)}
            onChange={(e) => toggle(actor.id, e.target.checked)}
          />
          <label htmlFor={`cu-actor-${eventIndex}-${actor.id}`}>
            <bdi>{actor.name}</bdi> <span className="cu-hint">({sideName(actor.side)})</span>
          </label>
        </div>
      ))}
      <NewActorForm
        onAdd={(fields) =>
          edit((d) => {
            const [next, id] = addActor(d, fields);
            return updateEvent(next, eventIndex, { actors: [...next.dataset.events[eventIndex]!.actors, id] });
          })
        }
      />
    </fieldset>
  );
}
