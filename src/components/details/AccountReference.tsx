/**
 * In the digest, an account whose quote is shown in full under an earlier claim: who said it and
 * where, and a link to it there, instead of the quote and its citation a second time.
 */
import type { TimelineEvent } from '../../dataset/types';
import type { EventIndex } from '../../engine/eventIndex';
import { sourceNames } from '../../engine/sources';
import { clipText } from '../../format/clip';
import { accountAnchorId, jumpTo } from './anchors';

export function AccountReference({
  excerptIndex,
  shownUnder,
  event,
  index,
}: {
  excerptIndex: number;
  /** The number of the claim under which the quote is shown in full. */
  shownUnder: number;
  event: TimelineEvent;
  index: EventIndex;
}) {
  const excerpt = event.excerpts[excerptIndex]!;
  const speaker =
    excerpt.speaker === undefined ? undefined : index.actors[index.actorOrdinal.get(excerpt.speaker) ?? -1];
  const who = speaker?.name ?? excerpt.attribution ?? 'Speaker not named';
  const source = sourceNames(index.sources)[index.sourceOrdinal.get(excerpt.source) ?? -1] ?? excerpt.source;
  const anchor = accountAnchorId(excerptIndex);
  return (
    <p className="sl-claim__ref">
      <bdi className="sl-account__speaker">{clipText(who, 160).text}</bdi> (<bdi>{clipText(source, 60).text}</bdi>):{' '}
      <a
        href={`#${anchor}`}
        onClick={(e) => {
          e.preventDefault();
          jumpTo(anchor);
        }}
      >
        quoted under claim {shownUnder}
      </a>
    </p>
  );
}
