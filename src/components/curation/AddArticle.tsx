/** Adding an article: its text (as received) and what the curator says about it, then one source for it. */
import { useState } from 'react';
import { makeArticle } from '../../curation/articleText';
import { addArticle, type SourceFields as Fields } from '../../curation/datasetEdits';
import type { ArticleInput as Input } from '../../curation/draftSources';
import { ArticleInput } from './ArticleInput';
import { setEditor } from './editorState';
import { edit } from './fields';
import { SourceFields } from './SourceFields';

type Accepted = Extract<Input, { ok: true }>;

export function AddArticle() {
  const [text, setText] = useState<Accepted | null>(null);
  const [fields, setFields] = useState<Partial<Fields>>({ kind: 'news-report' });
  return (
    <section className="cu-add" aria-labelledby="cu-add-title">
      <h3 id="cu-add-title">Add an article</h3>
      {text ? (
        <p>
          Text received ({text.text.length.toLocaleString('en-US')} characters, from {text.receivedAs}).{' '}
          <button type="button" className="sl-button sl-button--link" onClick={() => setText(null)}>
            Use another text
          </button>
        </p>
      ) : (
        <ArticleInput
          label="The article"
          onText={(input) => {
            setText(input);
            // Offered as the title only where the text prints it: the checks look for a source's title there.
            if (input.title && !fields.title && input.text.includes(input.title))
              setFields({ ...fields, title: input.title });
          }}
        />
      )}
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (!text || !fields.outlet?.trim()) {
            setEditor({ message: text ? 'Name the outlet first.' : 'Add the article’s text first.' });
            return;
          }
          const article = await makeArticle('', text.text, text.receivedAs);
          let sourceId = '';
          edit((d) => {
            const [next, id] = addArticle(
              d,
              { ...fields, outlet: fields.outlet!.trim(), kind: fields.kind ?? 'news-report' },
              article,
            );
            sourceId = id;
            return next;
          });
          setText(null);
          setFields({ kind: 'news-report' });
          setEditor({ message: `Added the article from ${fields.outlet}.`, readerSource: sourceId });
        }}
      >
        <SourceFields path={['new-article']} value={fields} onChange={(patch) => setFields({ ...fields, ...patch })} />
        <button type="submit" className="sl-button cu-primary">
          Add the article
        </button>
      </form>
    </section>
  );
}
