/**
 * One account: its quote (the article's words, shown, never editable: it changes only by
 * selecting in the article again, or by adding a piece), who speaks, and its stance on each claim.
 */
import { useId } from 'react';
import type { ClaimStance } from '../../dataset/vocabulary';
import { addAccountPiece, removeAccount, reselectAccount, setStance, updateAccount } from '../../curation/accountEdits';
import { spansOfQuote } from '../../curation/quoteSelection';
import { articleOf } from '../../curation/draft';
import { fieldId, setEditor, useEditor } from './editorState';
import { edit, SelectField, TextField, useDraftData } from './fields';

export function AccountEditor({ eventIndex, excerptIndex }: { eventIndex: number; excerptIndex: number }) {
  const data = useDraftData();
  const { readerSource, selection } = useEditor();
  const headingId = useId();
  const event = data?.dataset.events[eventIndex];
  const excerpt = event?.excerpts[excerptIndex];
  if (!data || !event || !excerpt) return null;
  const path = ['events', eventIndex, 'excerpts', excerptIndex];
  const source = data.dataset.sources.find((s) => s.id === excerpt.source);
  const article = articleOf(data, source?.article);
  const found = article ? spansOfQuote(article.text, excerpt.quote) !== null : false;
  const selectionHere = selection && readerSource === excerpt.source ? selection : null;
  const speakers = [
    { value: '', label: '(not a named actor)' },
    ...data.dataset.actors.map((a) => ({ value: a.id, label: a.name })),
  ];
  return (
    <article className="cu-account" aria-labelledby={headingId}>
      <h5 id={headingId}>
        Account {excerptIndex + 1}, from <bdi>{source?.outlet ?? excerpt.source}</bdi>
      </h5>
      <blockquote
        id={fieldId([...path, 'quote'])}
        tabIndex={-1}
        className="cu-quote"
        dir="auto"
        aria-label="Quote (selected in the article; it cannot be typed)"
      >
        {excerpt.quote}
      </blockquote>
      {!found && (
        <p className="cu-save--problem">
          This quote is not in the article text as it is now: see Checks for the closest passage, and select it again.
        </p>
      )}
      <div className="cu-actions">
        <button type="button" className="sl-button" onClick={() => setEditor({ readerSource: excerpt.source })}>
          Show its article
        </button>
        <button
          type="button"
          className="sl-button"
          disabled={!selectionHere || !found}
          onClick={() => selectionHere && edit((d) => addAccountPiece(d, eventIndex, excerptIndex, selectionHere))}
        >
          Add piece (the selection, after an omission)
        </button>
        <button
          type="button"
          className="sl-button"
          disabled={!selectionHere}
          onClick={() =>
            selectionHere && edit((d) => reselectAccount(d, eventIndex, excerptIndex, excerpt.source, [selectionHere]))
          }
        >
          Replace the quote with the selection
        </button>
        <button
          type="button"
          className="sl-button"
          onClick={() => edit((d) => removeAccount(d, eventIndex, excerptIndex))}
        >
          Remove the account
        </button>
      </div>
      <div className="cu-grid">
        <SelectField
          label="Speaker"
          path={[...path, 'speaker']}
          value={excerpt.speaker ?? ''}
          options={speakers}
          onChange={(speaker) =>
            edit((d) => updateAccount(d, eventIndex, excerptIndex, { speaker: speaker || undefined }))
          }
        />
        <TextField
          label="Attribution"
          path={[...path, 'attribution']}
          value={excerpt.attribution ?? ''}
          hint="For anyone not an actor: “a senior official, speaking anonymously”."
          onChange={(attribution) =>
            edit(
              (d) => updateAccount(d, eventIndex, excerptIndex, { attribution }),
              `account-${eventIndex}-${excerptIndex}-attribution`,
            )
          }
        />
      </div>
      {(event.claims ?? []).map((claim) => (
        <Stance
          key={claim.id}
          eventIndex={eventIndex}
          excerptIndex={excerptIndex}
          claimId={claim.id}
          claimText={claim.text}
          current={excerpt.claims?.find((r) => r.claim === claim.id)?.stance ?? null}
        />
      ))}
    </article>
  );
}

function Stance(props: {
  eventIndex: number;
  excerptIndex: number;
  claimId: string;
  claimText: string;
  current: ClaimStance | null;
}) {
  const name = useId();
  const choices: [ClaimStance | null, string][] = [
    ['asserts', 'asserts'],
    ['disputes', 'disputes'],
    [null, 'neither'],
  ];
  return (
    <fieldset className="cu-stance">
      <legend>
        On “<bdi>{props.claimText || props.claimId}</bdi>”, this account
      </legend>
      {choices.map(([stance, label]) => (
        <label key={label} className="cu-check">
          <input
            type="radio"
            name={name}
            checked={props.current === stance}
            onChange={() => edit((d) => setStance(d, props.eventIndex, props.excerptIndex, props.claimId, stance))}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
