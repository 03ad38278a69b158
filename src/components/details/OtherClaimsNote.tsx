/** Under an account in one claim's column: the other claims of the event it also bears on, and how. */
import type { TimelineEvent } from '../../dataset/types';
import type { Excerpt } from '../../dataset/types';
import { clipText } from '../../format/clip';

export function OtherClaimsNote({
  excerpt,
  event,
  except,
}: {
  excerpt: Excerpt;
  event: TimelineEvent;
  except: string;
}) {
  const others = (excerpt.claims ?? []).filter((reference) => reference.claim !== except);
  if (others.length === 0) return null;
  return (
    <p className="sl-account__also">
      Also cited under:{' '}
      {others.map((reference, i) => {
        const text = event.claims?.find((claim) => claim.id === reference.claim)?.text ?? reference.claim;
        return (
          <span key={reference.claim}>
            {i > 0 && '; '}“<bdi>{clipText(text, 120).text}</bdi>” (
            {reference.stance === 'asserts' ? 'asserts' : 'disputes'})
          </span>
        );
      })}
    </p>
  );
}
