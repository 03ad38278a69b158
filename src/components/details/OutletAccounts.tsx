/**
 * Under the dispute grid, what one source says on one claim: its accounts, asserting then
 * disputing, each labelled. Focus moves to its heading when it opens, so that a keyboard or
 * screen-reader user hears what they chose; Close (or choosing the mark again) puts it away.
 */
import { useEffect, useRef } from 'react';
import type { GridCell } from '../../dataset/claimDigest';
import type { Claim, TimelineEvent } from '../../dataset/types';
import type { EventIndex } from '../../engine/eventIndex';
import { clipText } from '../../format/clip';
import { ExcerptCard } from './ExcerptCard';

export function OutletAccounts({
  claim,
  source,
  cell,
  event,
  index,
  onClose,
}: {
  claim: Claim;
  source: string;
  cell: GridCell;
  event: TimelineEvent;
  index: EventIndex;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const items = [
    ...cell.asserting.map((i) => ({ i, stance: 'asserts' as const })),
    ...cell.disputing.map((i) => ({ i, stance: 'disputes' as const })),
  ];
  return (
    <div className="sl-outlet">
      <div className="sl-outlet__head">
        <h4 ref={heading} tabIndex={-1} className="sl-outlet__heading">
          <bdi>{source}</bdi> on “<bdi>{clipText(claim.text, 400).text}</bdi>”
        </h4>
        <button type="button" className="sl-button sl-button--quiet" onClick={onClose}>
          Close<span className="sl-visually-hidden"> this source’s accounts</span>
        </button>
      </div>
      <ol className="sl-accounts">
        {items.map(({ i, stance }) => (
          <li key={i} className={`sl-outlet__item sl-outlet__item--${stance}`}>
            <p className="sl-outlet__stance">{stance === 'asserts' ? 'Asserts' : 'Disputes'}</p>
            <ExcerptCard excerpt={event.excerpts[i]!} index={index} showStance={false} />
          </li>
        ))}
      </ol>
    </div>
  );
}
