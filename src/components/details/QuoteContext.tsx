/**
 * "Read in context": the sentences of the article around a quote, with the quote highlighted, from
 * the article text kept with the dataset. It works where the article gives no URL to click through
 * to. Everything shown is text; the highlight is a <mark> built by React, never markup from a file.
 */
import { useId, useState } from 'react';
import { articleKey, loadArticle, type ArticleHome } from '../../articles/loadArticle';
import type { QuoteInContext } from '../../articles/quoteContext';
import type { Excerpt, Source } from '../../dataset/types';
import { useAppStore, type DatasetOrigin } from '../../store/store';

type Shown =
  | { key: string; status: 'loading' }
  /** `context` is null when the article does not hold the quote word for word. */
  | { key: string; status: 'ready'; context: QuoteInContext | null }
  | { key: string; status: 'failed'; message: string };

function homeOf(origin: DatasetOrigin): ArticleHome | null {
  if (origin.kind === 'bundled') return { kind: 'bundled' };
  if (origin.kind === 'url') return { kind: 'url', datasetUrl: origin.url };
  if (origin.draft) return { kind: 'memory', files: origin.draft.articles };
  return null;
}

export function QuoteContext({ excerpt, source }: { excerpt: Excerpt; source: Source | undefined }) {
  const origin = useAppStore((s) => s.origin);
  const [shown, setShown] = useState<Shown | null>(null);
  const panelId = useId();
  const home = homeOf(origin);
  const file = source?.article;
  if (!home || !file) return null;

  // The panel belongs to one quote of one article: a panel left open for another is closed here.
  const key = `${articleKey(home, file)}|${excerpt.quote}`;
  const current = shown?.key === key ? shown : null;
  const toggle = () => {
    if (current) return setShown(null);
    setShown({ key, status: 'loading' });
    // The matching code loads with the article, not with the page.
    Promise.all([loadArticle(home, file), import('../../articles/quoteContext')]).then(
      ([article, { quoteInContext }]) => {
        const context = quoteInContext(article.text, excerpt.quote);
        setShown((s) => (s?.key === key ? { key, status: 'ready', context } : s));
      },
      (error: Error) => setShown((s) => (s?.key === key ? { key, status: 'failed', message: error.message } : s)),
    );
  };

  return (
    <div className="sl-context">
      <button
        type="button"
        className="sl-button sl-button--link"
        aria-expanded={current !== null}
        aria-controls={panelId}
        onClick={toggle}
      >
        {current ? 'Hide the context' : 'Read in context'}
      </button>
      <div id={panelId} className="sl-context__panel" hidden={current === null}>
        {current?.status === 'loading' && <p className="sl-context__note">Loading the article text…</p>}
        {current?.status === 'failed' && (
          <p className="sl-context__note">The article text could not be loaded: {current.message}.</p>
        )}
        {current?.status === 'ready' && <InContext context={current.context} file={file} />}
      </div>
    </div>
  );
}

function InContext({ context, file }: { context: QuoteInContext | null; file: string }) {
  if (!context) {
    return (
      <p className="sl-context__note">
        This quote is not in the article text ({file}) word for word, so it cannot be shown in context.
      </p>
    );
  }
  return (
    <figure className="sl-context__figure">
      <blockquote className="sl-context__text">
        {context.passages.map((passage, p) => (
          <p key={p}>
            {passage.cutBefore && '… '}
            {passage.segments.map((segment, i) =>
              segment.quoted ? <mark key={i}>{segment.text}</mark> : segment.text,
            )}
            {passage.cutAfter && ' …'}
          </p>
        ))}
      </blockquote>
      <figcaption className="sl-context__note">From the article text kept with the dataset ({file}).</figcaption>
    </figure>
  );
}
