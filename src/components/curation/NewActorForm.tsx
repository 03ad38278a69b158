/** A new actor: a name and a side, an existing one or a new one named here. */
import { useId, useState } from 'react';
import { addSide } from '../../curation/datasetEdits';
import { edit, useDraftData } from './fields';

const NEW_SIDE = '__new__';

export function NewActorForm({ onAdd }: { onAdd: (fields: { name: string; side: string }) => void }) {
  const data = useDraftData();
  const id = useId();
  const [name, setName] = useState('');
  const [side, setSide] = useState('');
  const [sideName, setSideName] = useState('');
  if (!data) return null;
  const sides = data.dataset.sides;
  const chosen = side || sides[0]?.id || NEW_SIDE;
  return (
    <form
      className="cu-inline"
      aria-label="New actor"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) return;
        let sideId = chosen;
        if (chosen === NEW_SIDE) {
          if (!sideName.trim()) return;
          // The side is made in the same step as the actor would be, but undo can take them apart.
          edit((d) => {
            const [next, made] = addSide(d, sideName.trim());
            sideId = made;
            return next;
          });
        }
        onAdd({ name: name.trim(), side: sideId });
        setName('');
        setSideName('');
        setSide('');
      }}
    >
      <div className="cu-field">
        <label htmlFor={`${id}-name`}>New actor</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="cu-field">
        <label htmlFor={`${id}-side`}>Side</label>
        <select id={`${id}-side`} value={chosen} onChange={(e) => setSide(e.target.value)}>
          {sides.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          <option value={NEW_SIDE}>New side…</option>
        </select>
      </div>
      {chosen === NEW_SIDE && (
        <div className="cu-field">
          <label htmlFor={`${id}-side-name`}>Name of the new side</label>
          <input id={`${id}-side-name`} value={sideName} onChange={(e) => setSideName(e.target.value)} />
        </div>
      )}
      <button type="submit" className="sl-button">
        Add the actor
      </button>
    </form>
  );
}
