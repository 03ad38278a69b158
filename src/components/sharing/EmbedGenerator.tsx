/**
 * Share → "Embed…": the HTML to embed the view on screen in another page, made to measure: its
 * height, the event it opens on, and whether readers get the toolbar (the count and its Reset,
 * lanes and zoom) or keep the editor's framing (`controls=0`). A live preview shows the iframe as
 * readers will see it. A modal dialog: Escape or Close ends it, and focus goes back to Share.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { titleOf } from '../../engine/eventIndex';
import { clipText } from '../../format/clip';
import { EMBED_HEIGHT, EMBED_HEIGHT_RANGE, embedHeight, embedSnippet } from '../../format/embedSnippet';
import { pageBase, seenView, viewLink } from '../../store/links';
import { useAppStore } from '../../store/store';
import { useViewport } from '../../store/viewport';
import { CopyFeedback } from '../common/CopyFeedback';
import { useCopy } from '../common/useCopy';

export function EmbedGenerator({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = { height: useId(), start: useId(), controls: useId(), code: useId() };
  const index = useAppStore((s) => s.index);
  const selectedId = useAppStore((s) => s.selectedId);
  // What is typed stays as typed while typing ("4" on the way to "480"); the code takes it clamped.
  const [heightText, setHeightText] = useState(String(EMBED_HEIGHT));
  const height = embedHeight(Number.parseFloat(heightText));
  const [start, setStart] = useState<string>(selectedId ?? '');
  const [controls, setControls] = useState(false);
  const { outcome, copy } = useCopy();
  const shown = useViewport((s) => s.shown);
  // The view on screen, opened on the chosen event (or none), with or without the toolbar.
  const src = useAppStore((s) =>
    viewLink(seenView({ ...s, selectedId: start || null, controls }, shown), pageBase(window.location.href), true),
  );

  useEffect(() => {
    const element = dialog.current!;
    element.showModal();
    return () => element.close();
  }, []);
  if (!index || !src) return null;
  const snippet = embedSnippet(src, index.meta.title, height);
  // The open event and the key moments: the events a publisher is likely to start on.
  const choices = [...new Set([selectedId, ...(index.meta.intro?.keyEvents ?? [])])].filter(
    (id): id is string => id !== null && index.eventOrdinal.has(id),
  );

  return (
    <dialog ref={dialog} className="sl-embedder" aria-labelledby={`${ids.code}-title`} onClose={onClose}>
      <div className="sl-embedder__head">
        <h2 id={`${ids.code}-title`}>Embed this view</h2>
        <button type="button" className="sl-button sl-button--quiet" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <div className="sl-embedder__options">
        <label htmlFor={ids.height}>Height (px)</label>
        <input
          id={ids.height}
          type="number"
          min={EMBED_HEIGHT_RANGE.min}
          max={EMBED_HEIGHT_RANGE.max}
          step={20}
          value={heightText}
          onChange={(event) => setHeightText(event.currentTarget.value)}
          onBlur={() => setHeightText(String(height))}
        />
        <label htmlFor={ids.start}>Opens on</label>
        <select id={ids.start} value={start} onChange={(event) => setStart(event.currentTarget.value)}>
          <option value="">No event: the timeline</option>
          {choices.map((id) => (
            <option key={id} value={id}>
              {clipText(titleOf(index, index.eventOrdinal.get(id)!), 80).text}
            </option>
          ))}
        </select>
        <label className="sl-embedder__check">
          <input id={ids.controls} type="checkbox" checked={controls} onChange={() => setControls(!controls)} />
          Readers get the toolbar (the count and Reset, lanes, zoom)
        </label>
      </div>
      <label htmlFor={ids.code}>Embed code</label>
      <textarea
        id={ids.code}
        className="sl-embedder__code"
        readOnly
        rows={3}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="sl-cite">
        <button type="button" className="sl-button" onClick={() => void copy(snippet, 'Embed code')}>
          Copy embed code
        </button>
        <CopyFeedback outcome={outcome} label="Embed code to copy" />
      </div>
      <p className="sl-embedder__preview-title">Preview, as readers will see it:</p>
      <iframe className="sl-embedder__preview" src={src} title="Preview of the embedded view" height={height} />
    </dialog>
  );
}
