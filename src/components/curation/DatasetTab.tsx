/** The dataset's title and description, its sides (the lanes) and its actors. */
import { useState } from 'react';
import { addActor, addSide, setDatasetInfo, updateActor } from '../../curation/datasetEdits';
import { edit, SelectField, TextField, useDraftData } from './fields';
import { NewActorForm } from './NewActorForm';

export function DatasetTab() {
  const data = useDraftData();
  const [sideName, setSideName] = useState('');
  if (!data) return null;
  const { dataset } = data;
  const sideOptions = [
    { value: '', label: '(no side)' },
    ...dataset.sides.map((s) => ({ value: s.id, label: s.name })),
  ];
  return (
    <div className="cu-panel">
      <h2>The dataset</h2>
      <TextField
        label="Title"
        path={['title']}
        value={dataset.title}
        required
        onChange={(title) => edit((d) => setDatasetInfo(d, { title }), 'title')}
      />
      <TextField
        label="Description"
        path={['description']}
        multiline
        value={dataset.description ?? ''}
        onChange={(description) => edit((d) => setDatasetInfo(d, { description }), 'description')}
      />
      <h3>Sides</h3>
      <p className="cu-hint">The lanes of the timeline: each actor belongs to one side.</p>
      <ul className="cu-list">
        {dataset.sides.map((side, i) => (
          <li key={side.id} id={`cf-sides-${i}`} tabIndex={-1}>
            <bdi>{side.name}</bdi> <span className="cu-hint">({side.id})</span>
          </li>
        ))}
      </ul>
      <form
        className="cu-inline"
        onSubmit={(event) => {
          event.preventDefault();
          if (!sideName.trim()) return;
          edit((d) => addSide(d, sideName.trim())[0]);
          setSideName('');
        }}
      >
        <div className="cu-field">
          <label htmlFor="cu-side-name">New side</label>
          <input id="cu-side-name" value={sideName} onChange={(e) => setSideName(e.target.value)} />
        </div>
        <button type="submit" className="sl-button">
          Add the side
        </button>
      </form>
      <h3>Actors</h3>
      {dataset.actors.map((actor, i) => (
        <fieldset key={actor.id} className="cu-actor">
          <legend>
            <bdi>{actor.name}</bdi> <span className="cu-hint">({actor.id})</span>
          </legend>
          <TextField
            label="Name"
            path={['actors', i, 'name']}
            value={actor.name}
            onChange={(name) => edit((d) => updateActor(d, i, { name }), `actor-${i}-name`)}
          />
          <TextField
            label="Role"
            path={['actors', i, 'role']}
            value={actor.role ?? ''}
            onChange={(role) => edit((d) => updateActor(d, i, { role }), `actor-${i}-role`)}
          />
          <SelectField
            label="Side"
            path={['actors', i, 'side']}
            value={actor.side}
            options={sideOptions}
            onChange={(side) => edit((d) => updateActor(d, i, { side }))}
          />
        </fieldset>
      ))}
      <NewActorForm onAdd={(fields) => edit((d) => addActor(d, fields)[0])} />
    </div>
  );
}
