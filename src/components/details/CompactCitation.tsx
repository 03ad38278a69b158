/**
 * An account's source in one line, for the digest: the source as readers tell it apart (its label),
 * and the link that opens the article at the quote, whose visible text is the site it leads to. The full citation
 * (outlet, headline, date, perspective) is in the full list of accounts, in print and in Copy citation.
 */
import type { Source } from '../../dataset/types';
import { isHttpUrl } from '../../dataset/urls';
import type { EventIndex } from '../../engine/eventIndex';
import { sourceNames } from '../../engine/sources';
import { clipText } from '../../format/clip';
import { linkHost, quoteUrl } from '../../format/textFragment';

export function CompactCitation({ source, quote, index }: { source: Source; quote: string; index: EventIndex }) {
  const name = sourceNames(index.sources)[index.sourceOrdinal.get(source.id) ?? -1] ?? source.outlet;
  const host = source.url && isHttpUrl(source.url) ? linkHost(source.url) : null;
  return (
    <figcaption className="sl-account__cite sl-account__cite--compact">
      <cite className="sl-account__outlet">
        <bdi>{clipText(name, 80).text}</bdi>
      </cite>
      {' · '}
      {host && source.url ? (
        <a href={quoteUrl(source.url, quote)} target="_blank" rel="noopener noreferrer">
          <span className="sl-visually-hidden">Open the article at this quote on </span>
          <bdi>{host}</bdi>
          <span aria-hidden="true"> ↗</span>
          <span className="sl-visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        <span className="sl-account__nolink">no link in the article</span>
      )}
    </figcaption>
  );
}
