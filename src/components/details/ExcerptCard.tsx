/**
 * One account of an event: who speaks, the verbatim quote, and its citation. In the claims view
 * the column says whether it asserts or disputes; elsewhere the legacy stance (if any) shows here.
 * `children` adds notes under the citation (e.g. the other claims the account bears on).
 */
import type { ReactNode } from 'react';
import type { Excerpt } from '../../dataset/types';
import { isHttpUrl } from '../../dataset/urls';
import type { EventIndex } from '../../engine/eventIndex';
import { Citation } from './Citation';
import { CompactCitation } from './CompactCitation';
import { LongText } from '../common/LongText';
import { useSearchTerms } from '../common/Highlight';
import { QuoteContext } from './QuoteContext';

/** Quotes longer than this show cut, with "Show all". */
const QUOTE_LIMIT = 1_200;
/** In the digest, where each claim shows only its lead accounts, a shorter cut. */
const COMPACT_QUOTE_LIMIT = 300;

export function ExcerptCard({
  excerpt,
  index,
  showStance = true,
  compact = false,
  id,
  children,
}: {
  excerpt: Excerpt;
  index: EventIndex;
  showStance?: boolean;
  /** The digest's card: a one-line citation (CompactCitation) and a shorter cut of the quote. */
  compact?: boolean;
  /** Where other parts of the details link to it (focusable, to move focus along). */
  id?: string;
  children?: ReactNode;
}) {
  const terms = useSearchTerms();
  const source = index.sourceById.get(excerpt.source);
  const speaker =
    excerpt.speaker === undefined ? undefined : index.actors[index.actorOrdinal.get(excerpt.speaker) ?? -1];
  const stance = showStance ? excerpt.stance : undefined;
  return (
    <figure
      className={`sl-account${stance ? ` sl-account--${stance}` : ''}${compact ? ' sl-account--compact' : ''}`}
      id={id}
      tabIndex={id ? -1 : undefined}
    >
      <p className="sl-account__who">
        {speaker && <bdi className="sl-account__speaker">{speaker.name}</bdi>}
        {speaker && excerpt.attribution && <span aria-hidden="true"> — </span>}
        {excerpt.attribution && <LongText as="bdi" text={excerpt.attribution} limit={300} noun="attribution" />}
        {!speaker && !excerpt.attribution && <span className="sl-account__unnamed">Speaker not named</span>}
        {stance && (
          <span className={`sl-stance sl-stance--${stance}`}>{stance === 'disputes' ? 'Disputes' : 'Supports'}</span>
        )}
      </p>
      <blockquote className="sl-account__quote" cite={source?.url && isHttpUrl(source.url) ? source.url : undefined}>
        <LongText
          text={excerpt.quote}
          limit={compact ? COMPACT_QUOTE_LIMIT : QUOTE_LIMIT}
          noun="quote"
          highlight={terms}
        />
      </blockquote>
      {source &&
        (compact ? (
          <CompactCitation source={source} quote={excerpt.quote} index={index} />
        ) : (
          <Citation source={source} quote={excerpt.quote} />
        ))}
      <QuoteContext excerpt={excerpt} source={source} />
      {children}
    </figure>
  );
}
