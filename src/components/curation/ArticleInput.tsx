/**
 * An article's text: pasted, or read from a chosen or dropped file (.txt, .md, or a saved web
 * page, reduced to its article by Readability). Refusals say why and change nothing.
 */
import { useId, useState, type ClipboardEvent, type DragEvent } from 'react';
import { articleFromFile, articleFromPaste, type ArticleInput as Input } from '../../curation/draftSources';
import { MAX_ARTICLE_CHARS } from '../../curation/articleText';

type Accepted = Extract<Input, { ok: true }>;

export function ArticleInput({ label, onText }: { label: string; onText: (input: Accepted) => void | Promise<void> }) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const accept = (input: Input) => {
    if (!input.ok) return setMessage(input.message);
    setMessage(input.notice);
    setPasted('');
    void onText(input);
  };
  const readFile = async (file: File) => accept(articleFromFile(file.name, new Uint8Array(await file.arrayBuffer())));
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text/plain');
    // Refused before it reaches the field: a 50 MB paste would only freeze the page.
    if (text.length > MAX_ARTICLE_CHARS) {
      event.preventDefault();
      accept(articleFromPaste(text));
    }
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    event.stopPropagation();
    void readFile(file);
  };
  return (
    <div className="cu-input" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <div className="cu-field">
        <label htmlFor={`${id}-paste`}>{label}: paste the text</label>
        <textarea
          id={`${id}-paste`}
          rows={6}
          value={pasted}
          onPaste={onPaste}
          onChange={(e) => setPasted(e.target.value)}
        />
      </div>
      <button
        type="button"
        className="sl-button"
        disabled={!pasted.trim()}
        onClick={() => accept(articleFromPaste(pasted))}
      >
        Use the pasted text
      </button>{' '}
      <label className="sl-button cu-file">
        Or choose a file (.txt, .md, or a saved web page .html)…
        <input
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          className="sl-visually-hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void readFile(file);
          }}
        />
      </label>
      <p className="cu-hint">
        You can also drop a file here. A web page is reduced to its article’s text; nothing in it runs or loads.
      </p>
      <p role="status" className="cu-status">
        {message}
      </p>
    </div>
  );
}
