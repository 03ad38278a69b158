/**
 * "Read in context": the sentences of the article around a quote, with the quote highlighted, from
 * the article text kept with the dataset. It works where the article gives no URL to click through
 * to. Everything shown is text; the highlight is a <mark> built by React, never markup from a file.
 * The text loads when asked for, with its size so far and Cancel (see useQuoteContext.ts).
 */
import { useId } from 'react';
import type { ArticleHome } from '../../articles/articleHome';
import type { QuoteInContext } from '../../articles/quoteContext';
import type { Excerpt, Source } from '../../dataset/types';
import { formatBytes } from '../../loading/download';
import { useAppStore, type DatasetOrigin } from '../../store/store';
import { useQuoteContext } from './useQuoteContext';

function homeOf(origin: DatasetOrigin): ArticleHome | null {
  if (origin.kind === 'bundled') return { kind: 'bundled' };
  if (origin.kind === 'url') return { kind: 'url', datasetUrl: origin.url };
  if (origin.draft) return { kind: 'memory', files: origin.draft.articles };
  return null;
}

export function QuoteContext({ excerpt, source }: { excerpt: Excerpt; source: Source | undefined }) {
  const origin = useAppStore((s) => s.origin);
  const panelId = useId();
  const home = homeOf(origin);
  const file = source?.article;
  const { panel, open, close } = useQuoteContext(home, file, excerpt.quote);
  if (!home || !file) return null;

  return (
    <div className="sl-context">
      <button
        type="button"
        className="sl-button sl-button--link"
        aria-expanded={panel !== null}
        aria-controls={panelId}
        onClick={panel ? close : open}
      >
        {panel ? 'Hide the context' : 'Read in context'}
      </button>
      <div id={panelId} className="sl-context__panel" hidden={panel === null}>
        {panel?.status === 'loading' && (
          <p className="sl-context__note">
            Loading the article text…{panel.progress && ` ${formatBytes(panel.progress.loaded)}`}{' '}
            <button type="button" className="sl-button sl-button--link" onClick={close}>
              Cancel<span className="sl-visually-hidden"> loading the article text</span>
            </button>
          </p>
        )}
        {panel?.status === 'failed' && (
          <p className="sl-context__note">
            The article text could not be loaded. {panel.message}{' '}
            <button type="button" className="sl-button sl-button--link" onClick={open}>
              Try again
            </button>
          </p>
        )}
        {panel?.status === 'ready' && <InContext context={panel.context} file={file} />}
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
