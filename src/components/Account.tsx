/** One account of an event: the verbatim quote, who said it, its stance and its citation. */
import type { Excerpt } from '../dataset/vocabulary';
import { isHttpUrl } from '../dataset/urls';
import { parsePartialDate } from '../dataset/dates';
import type { EventIndex } from '../engine/eventIndex';
import { formatPartialDate } from '../format/dates';
import { KIND_LABELS } from './labels';
import { QuoteContext } from './QuoteContext';

export function Account({ excerpt, index }: { excerpt: Excerpt; index: EventIndex }) {
  const source = index.sourceById.get(excerpt.source);
  const speaker =
    excerpt.speaker === undefined ? undefined : index.actors[index.actorOrdinal.get(excerpt.speaker) ?? -1];
  const who = [speaker?.name, excerpt.attribution].filter(Boolean).join(' — ');
  const published = source?.published ? parsePartialDate(source.published) : null;
  return (
    <figure className={`sl-account${excerpt.stance ? ` sl-account--${excerpt.stance}` : ''}`}>
      {(who || excerpt.stance) && (
        <p className="sl-account__who">
          {who && <span>{who}</span>}
          {excerpt.stance && (
            <span className={`sl-stance sl-stance--${excerpt.stance}`}>
              {excerpt.stance === 'disputes' ? 'Disputes' : 'Supports'}
            </span>
          )}
        </p>
      )}
      <blockquote className="sl-account__quote" cite={source?.url && isHttpUrl(source.url) ? source.url : undefined}>
        <p>{excerpt.quote}</p>
      </blockquote>
      {source && (
        <figcaption className="sl-account__cite">
          <cite>
            {source.url && isHttpUrl(source.url) ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.outlet}
                {source.title ? `: ${source.title}` : ''}
                <span className="sl-visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              <>
                {source.outlet}
                {source.title ? `: ${source.title}` : ''}
              </>
            )}
          </cite>
          {published?.ok && (
            <>
              {', '}
              <time dateTime={published.value.text}>{formatPartialDate(published.value, 'UTC')}</time>
            </>
          )}
          <span className="sl-account__kind"> · {KIND_LABELS[source.kind]}</span>
        </figcaption>
      )}
      <QuoteContext excerpt={excerpt} source={source} />
    </figure>
  );
}
