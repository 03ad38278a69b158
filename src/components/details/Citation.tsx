/**
 * Where an account comes from: the outlet and article, its date and perspective, and a link that
 * opens the article at the quote (a text fragment). The link's visible text names the site it
 * leads to, so an outlet name cannot pass for a different site.
 */
import { parsePartialDate } from '../../dataset/dates';
import { isHttpUrl } from '../../dataset/urls';
import type { Source } from '../../dataset/types';
import { formatPartialDate } from '../../format/dates';
import { linkHost, quoteUrl } from '../../format/textFragment';
import { KIND_LABELS } from '../common/labels';
import { LongText } from '../common/LongText';

export function Citation({ source, quote }: { source: Source; quote: string }) {
  const published = source.published ? parsePartialDate(source.published) : null;
  const host = source.url && isHttpUrl(source.url) ? linkHost(source.url) : null;
  return (
    <figcaption className="sl-account__cite">
      <p className="sl-account__source">
        <cite>
          <LongText as="bdi" className="sl-account__outlet" text={source.outlet} limit={300} noun="outlet name" />
          {source.title && (
            <>
              {': '}
              <LongText as="bdi" text={source.title} limit={300} noun="title" />
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
      </p>
      {host && source.url ? (
        <a className="sl-account__link" href={quoteUrl(source.url, quote)} target="_blank" rel="noopener noreferrer">
          Open the article at this quote<span aria-hidden="true"> ↗</span>{' '}
          <span className="sl-account__host">
            (<bdi>{host}</bdi>)
          </span>
          <span className="sl-visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        <p className="sl-account__nolink">The article gives no link.</p>
      )}
    </figcaption>
  );
}
