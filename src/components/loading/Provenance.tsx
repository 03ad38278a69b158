/**
 * Whose data this is. Any dataset that is not the site's own (from a link, a file, or the file
 * kept from last time) could say anything under this site's address, with real outlets' names
 * and links: the header says so for as long as it is shown, where it came from, and how to go back.
 * An embed, whose address a third party writes, says it too, in one line (`compact`): where it
 * came from, and that Sourceline has not checked it; its "Open full view" leads to the rest.
 */
import type { DatasetOrigin } from '../../store/store';
import { openBundled } from '../../store/openDataset';

type ForeignOrigin = Exclude<DatasetOrigin, { kind: 'bundled' }>;

export function Provenance({ origin, compact = false }: { origin: ForeignOrigin; compact?: boolean }) {
  const source = describeOrigin(origin);
  if (compact) {
    return (
      <p
        className="sl-provenance sl-provenance--compact"
        role="note"
        aria-label="Where this dataset comes from"
        data-testid="provenance"
      >
        <strong>Not the bundled dataset.</strong> {source.lead}{' '}
        <bdi className="sl-provenance__source" title={source.full}>
          {source.name}
        </bdi>
        {source.after}, not checked by Sourceline.
      </p>
    );
  }
  return (
    <div className="sl-provenance" role="note" aria-label="Where this dataset comes from" data-testid="provenance">
      <p>
        <strong>Not the bundled dataset.</strong> {source.lead}{' '}
        <bdi className="sl-provenance__source" title={source.full}>
          {source.name}
        </bdi>
        {source.after}: its events, quotes and links are that file’s, not checked by Sourceline.
      </p>
      <button type="button" className="sl-button" onClick={() => void openBundled()}>
        Back to the bundled dataset
      </button>
    </div>
  );
}

interface OriginText {
  lead: string;
  /** The host or file name: the part a reader must see to judge the source. */
  name: string;
  after: string;
  full: string;
}

export function describeOrigin(origin: ForeignOrigin): OriginText {
  if (origin.kind === 'file') return { lead: 'Opened from your file', name: origin.name, after: '', full: origin.name };
  const url = parseUrl(origin.url);
  if (!url) return { lead: 'Downloaded from', name: origin.url, after: '', full: origin.url };
  if (url.origin === window.location.origin) {
    return { lead: 'Downloaded from', name: url.pathname, after: ' on this site', full: url.href };
  }
  return { lead: 'Downloaded from', name: url.host, after: '', full: url.href };
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text, window.location.href);
  } catch {
    return null;
  }
}
