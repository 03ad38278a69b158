/** The draft's articles: each source with its text, and a form to add one. */
import { useState } from 'react';
import { articleOf } from '../../curation/draft';
import { makeArticle } from '../../curation/articleText';
import { replaceArticleText, updateSource } from '../../curation/datasetEdits';
import { AddArticle } from './AddArticle';
import { ArticleInput } from './ArticleInput';
import { setEditor } from './editorState';
import { edit, useDraftData } from './fields';
import { SourceFields } from './SourceFields';

export function ArticlesTab() {
  const data = useDraftData();
  const [replacing, setReplacing] = useState<number | null>(null);
  if (!data) return null;
  const { sources } = data.dataset;
  return (
    <div className="cu-panel">
      <h2>Articles</h2>
      {sources.length === 0 && <p>No articles yet: add the first one below.</p>}
      {sources.map((source, i) => {
        const article = articleOf(data, source.article);
        return (
          <section key={source.id} className="cu-source" aria-label={`Article from ${source.outlet}`}>
            <h3 id={`cf-sources-${i}`} tabIndex={-1}>
              <bdi>{source.outlet || 'Unnamed outlet'}</bdi> <span className="cu-hint">({source.id})</span>
            </h3>
            <p className="cu-hint">
              {article
                ? `${article.text.length.toLocaleString('en-US')} characters, received as ${article.receivedAs}; SHA-256 ${article.sha256.slice(0, 12)}…`
                : 'No article text: its quotes cannot be checked. Add the text.'}
            </p>
            <SourceFields
              path={['sources', i]}
              value={source}
              onChange={(patch, field) => edit((d) => updateSource(d, i, patch), `source-${i}-${field}`)}
            />
            <button
              type="button"
              className="sl-button"
              onClick={() => setEditor({ tab: 'events', readerSource: source.id, selection: null })}
            >
              Take quotes from this article
            </button>{' '}
            <button
              type="button"
              className="sl-button"
              aria-expanded={replacing === i}
              onClick={() => setReplacing(replacing === i ? null : i)}
            >
              {article ? 'Replace the text…' : 'Add the text…'}
            </button>
            {replacing === i && (
              <ArticleInput
                label={`New text for ${source.outlet}`}
                onText={async (input) => {
                  const made = await makeArticle('', input.text, input.receivedAs);
                  edit((d) => replaceArticleText(d, i, made));
                  setReplacing(null);
                  setEditor({ message: 'The text was replaced. Quotes it no longer holds are listed under Checks.' });
                }}
              />
            )}
          </section>
        );
      })}
      <AddArticle />
    </div>
  );
}
