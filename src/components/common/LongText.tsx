/**
 * A dataset text that may be of any length, shown in bounded time. Up to `limit` characters show
 * as they are; a longer text shows cut, with "Show all", and when shown in full it is laid out in
 * pieces that the browser skips while they are off screen (`content-visibility`), so even a
 * megabyte-long quote opens at once.
 *
 * Its direction is isolated (`dir="auto"`): a right-to-left text, or one that starts with a
 * direction override, cannot reorder the labels around it. (`unicode-bidi: plaintext` did the
 * same at a cost that grew with the text: 13–18 s for a 1 MB quote.)
 */
import { useState, type ComponentPropsWithoutRef, type ElementType } from 'react';
import { clipText, textPieces } from '../../format/clip';
import { Highlight } from './Highlight';

/** How much of a text is laid out as one piece once "Show all" is chosen. */
const PIECE_LENGTH = 8_000;

type LongTextProps<T extends ElementType> = {
  text: string;
  limit: number;
  /** The element that holds the text (a paragraph by default). */
  as?: T;
  /** What the text is, for the button's accessible name: "Show all of this quote". */
  noun?: string;
  /** Search words to mark in the text (`useSearchTerms`). */
  highlight?: readonly string[];
} & Omit<ComponentPropsWithoutRef<T>, 'children' | 'dir'>;

const NO_TERMS: readonly string[] = [];

export function LongText<T extends ElementType = 'p'>({
  text,
  limit,
  as,
  noun = 'text',
  highlight = NO_TERMS,
  ...rest
}: LongTextProps<T>) {
  const [expanded, setExpanded] = useState(false);
  const Tag: ElementType = as ?? 'p';
  const clip = clipText(text, limit);
  if (!clip.clipped) {
    return (
      <Tag dir="auto" {...rest}>
        <Highlight text={text} terms={highlight} />
      </Tag>
    );
  }
  return (
    <>
      <Tag dir="auto" {...rest}>
        {expanded
          ? textPieces(text, PIECE_LENGTH).map((piece, i) => (
              <span key={i} className="sl-text-piece">
                <Highlight text={piece} terms={highlight} />
              </span>
            ))
          : [<Highlight key="clip" text={clip.text} terms={highlight} />, ' …']}
      </Tag>
      {!expanded && (
        <button type="button" className="sl-button sl-button--link sl-show-all" onClick={() => setExpanded(true)}>
          Show all<span className="sl-visually-hidden"> of this {noun}</span> ({text.length.toLocaleString('en-US')}{' '}
          characters)
        </button>
      )}
    </>
  );
}
