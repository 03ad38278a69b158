/**
 * An article beside the event being edited: its text as text, where the curator selects a
 * passage with the mouse, or with the keyboard (Find selects a match; Shift+arrows extend it),
 * then makes it an account. The quotes already taken from it for this event are marked.
 */
import { useMemo, useRef, useState } from 'react';
import { articleOf } from '../../curation/draft';
import { addAccount } from '../../curation/accountEdits';
import { addEvent } from '../../curation/eventEdits';
import { findInText, spansOfQuote, type Span } from '../../curation/quoteSelection';
import { setEditor, useEditor } from './editorState';
import { edit, useDraftData } from './fields';
import { markedText } from './markedText';
import { useTextSelection } from './useTextSelection';

export function ArticleReader() {
  const data = useDraftData();
  const { readerSource, selection, eventIndex } = useEditor();
  const [needle, setNeedle] = useState('');
  const textRef = useRef<HTMLDivElement>(null);
  const sources = data?.dataset.sources ?? [];
  const source = sources.find((s) => s.id === readerSource) ?? sources.find((s) => articleOf(data!, s.article));
  const article = data && source ? articleOf(data, source.article) : undefined;
  const text = article?.text ?? '';
  const { select, onKeyDown } = useTextSelection(textRef, text);
  const event = eventIndex !== null ? data?.dataset.events[eventIndex] : undefined;
  const marks = useMemo(() => {
    if (!event || !source) return [];
    return event.excerpts.filter((x) => x.source === source.id).flatMap((x) => spansOfQuote(text, x.quote) ?? []);
  }, [event, source, text]);
  if (!data) return null;

  const toEvent = (index: number, span: Span) => {
    edit((d) => addAccount(d, index, source!.id, [span]));
    setEditor({ eventIndex: index, message: 'Added the account.' });
  };
  const newEvent = (span: Span) => {
    let index = 0;
    edit((d) => {
      const published = source?.published ?? '';
      // The article's date at the day, which the curator then corrects (a month or year stays as the article gives it).
      const [next, made] = addEvent(d, {
        title: '',
        start: published.slice(0, 10),
        dateNote: published ? `the publication date of ${source!.outlet}'s article; to be checked` : undefined,
      });
      index = made;
      return addAccount(next, made, source!.id, [span]);
    });
    setEditor({
      eventIndex: index,
      focusPath: ['events', index, 'title'],
      message: 'Made a new event with this account: give it a title.',
    });
  };

  return (
    <section className="cu-reader" aria-labelledby="cu-reader-title">
      <h3 id="cu-reader-title">Article</h3>
      <div className="cu-field">
        <label htmlFor="cu-reader-source">Show the article of</label>
        <select
          id="cu-reader-source"
          value={source?.id ?? ''}
          onChange={(e) => setEditor({ readerSource: e.target.value, selection: null })}
        >
          {sources.map((s) => (
            <option key={s.id} value={s.id} disabled={!articleOf(data, s.article)}>
              {s.outlet}
              {s.published ? `, ${s.published}` : ''}
            </option>
          ))}
        </select>
      </div>
      {article ? (
        <>
          <form
            className="cu-inline"
            onSubmit={(e) => {
              e.preventDefault();
              const match = findInText(text, needle, selection ? selection.start + 1 : 0);
              if (!match) return setEditor({ message: `“${needle}” is not in this article.` });
              textRef.current?.focus();
              select(match);
            }}
          >
            <div className="cu-field">
              <label htmlFor="cu-find">Find in the article</label>
              <input
                id="cu-find"
                type="search"
                value={needle}
                onChange={(e) => setNeedle(e.target.value)}
                aria-describedby="cu-find-hint"
              />
            </div>
            <button type="submit" className="sl-button">
              Find
            </button>
          </form>
          <p id="cu-find-hint" className="cu-hint">
            Select a passage with the mouse, or find it, then extend the selection with Shift+arrow keys
            (Ctrl+Shift+arrows by word).
          </p>
          <div className="cu-selection-actions" role="group" aria-label="The selected passage">
            <button
              type="button"
              className="sl-button cu-primary"
              disabled={!selection || !event}
              onClick={() => selection && eventIndex !== null && toEvent(eventIndex, selection)}
            >
              {event
                ? `Add as account to “${event.title || 'the untitled event'}”`
                : 'Add as account (choose an event)'}
            </button>
            <button
              type="button"
              className="sl-button"
              disabled={!selection}
              onClick={() => selection && newEvent(selection)}
            >
              New event from the selection
            </button>
            <span className="cu-hint" aria-live="polite">
              {selection ? `Selected: ${selection.end - selection.start} characters` : 'Nothing selected'}
            </span>
          </div>
          <div
            ref={textRef}
            className="cu-article"
            tabIndex={0}
            role="document"
            aria-label={`Text of the article from ${source!.outlet}`}
            onKeyDown={onKeyDown}
          >
            {markedText(text, marks)}
          </div>
        </>
      ) : (
        <p>No article text to select from: add one under Articles.</p>
      )}
    </section>
  );
}
