/**
 * Under an account in one claim's column: the other claims of the event it also bears on, and how.
 * In the digest they are links to those claims by number, where the quote is referred to and not
 * repeated; in the full list, their texts.
 */
import type { TimelineEvent } from '../../dataset/types';
import type { Excerpt } from '../../dataset/types';
import { clipText } from '../../format/clip';
import { claimAnchorId, jumpTo } from './anchors';

export function OtherClaimsNote({
  excerpt,
  event,
  except,
  numbers,
}: {
  excerpt: Excerpt;
  event: TimelineEvent;
  except: string;
  /** In the digest, the claims' numbers: the note links to them by number, not their whole text again. */
  numbers?: ReadonlyMap<string, number>;
}) {
  const others = (excerpt.claims ?? []).filter((reference) => reference.claim !== except);
  if (others.length === 0) return null;
  const stance = (reference: (typeof others)[number]) => (reference.stance === 'asserts' ? 'asserts' : 'disputes');
  if (numbers) {
    return (
      <p className="sl-account__also">
        Also bears on{' '}
        {others.map((reference, i) => {
          const anchor = claimAnchorId(reference.claim);
          return (
            <span key={reference.claim}>
              {i > 0 && ', '}
              <a
                href={`#${anchor}`}
                onClick={(e) => {
                  e.preventDefault();
                  jumpTo(anchor);
                }}
              >
                claim {numbers.get(reference.claim) ?? reference.claim}
              </a>{' '}
              ({stance(reference)})
            </span>
          );
        })}
      </p>
    );
  }
  return (
    <p className="sl-account__also">
      Also cited under:{' '}
      {others.map((reference, i) => {
        const text = clipText(
          event.claims?.find((claim) => claim.id === reference.claim)?.text ?? reference.claim,
          120,
        ).text;
        return (
          <span key={reference.claim}>
            {i > 0 && '; '}“<bdi>{text}</bdi>” ({stance(reference)})
          </span>
        );
      })}
    </p>
  );
}
