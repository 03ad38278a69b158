/** The event's claims: short neutral statements its accounts assert or dispute. */
import { useState } from 'react';
import { addClaim, removeClaim, updateClaim } from '../../curation/accountEdits';
import { edit, TextField, useDraftData } from './fields';

export function ClaimsEditor({ eventIndex }: { eventIndex: number }) {
  const data = useDraftData();
  const [text, setText] = useState('');
  const event = data?.dataset.events[eventIndex];
  if (!event) return null;
  return (
    <section className="cu-claims" aria-labelledby={`cu-claims-${eventIndex}`}>
      <h4 id={`cu-claims-${eventIndex}`}>Claims</h4>
      <p className="cu-hint">
        What the accounts assert or contest, in your own neutral words (what is said, not whether it is true). Each
        account then asserts it, disputes it, or neither.
      </p>
      {(event.claims ?? []).map((claim, c) => (
        <div key={claim.id} className="cu-inline">
          <TextField
            label={`Claim ${c + 1}`}
            path={['events', eventIndex, 'claims', c, 'text']}
            value={claim.text}
            onChange={(value) => edit((d) => updateClaim(d, eventIndex, c, value), `claim-${eventIndex}-${c}`)}
          />
          <button type="button" className="sl-button" onClick={() => edit((d) => removeClaim(d, eventIndex, c))}>
            Remove the claim
          </button>
        </div>
      ))}
      <form
        className="cu-inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          edit((d) => addClaim(d, eventIndex, text.trim())[0]);
          setText('');
        }}
      >
        <div className="cu-field">
          <label htmlFor={`cu-new-claim-${eventIndex}`}>New claim</label>
          <input id={`cu-new-claim-${eventIndex}`} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="sl-button">
          Add the claim
        </button>
      </form>
    </section>
  );
}
