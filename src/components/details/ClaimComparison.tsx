/**
 * One claim and its evidence: the claim in the dataset's words, a tally, then the accounts that
 * assert it and those that dispute it, in two labelled columns side by side (stacked on narrow
 * screens). The headings carry the structure for screen readers, not only colour and position.
 */
import { useId } from 'react';
import { isContested, type ClaimAccounts } from '../../dataset/claims';
import type { TimelineEvent } from '../../dataset/types';
import type { EventIndex } from '../../engine/eventIndex';
import { describeClaimTally, tally } from '../../format/claimCounts';
import { ExcerptCard } from './ExcerptCard';
import { AccountList } from './AccountList';
import { LongText } from '../common/LongText';
import { OtherClaimsNote } from './OtherClaimsNote';

/** Accounts shown per column before "Show all". */
const INITIAL_PER_COLUMN = 8;

export function ClaimComparison({
  claim,
  event,
  index,
}: {
  claim: ClaimAccounts;
  event: TimelineEvent;
  index: EventIndex;
}) {
  const headingId = useId();
  const contested = isContested(claim);
  const outletOf = (i: number) => index.sourceById.get(event.excerpts[i]!.source)?.outlet ?? event.excerpts[i]!.source;
  const renderAccount = (i: number) => (
    <ExcerptCard excerpt={event.excerpts[i]!} index={index} showStance={false}>
      <OtherClaimsNote excerpt={event.excerpts[i]!} event={event} except={claim.claim.id} />
    </ExcerptCard>
  );
  return (
    <article className={`sl-claim${contested ? ' sl-claim--contested' : ''}`} aria-labelledby={headingId}>
      <h4 id={headingId} className="sl-claim__heading">
        {contested && <span className="sl-claim__tag">Contested</span>}
        <LongText as="span" className="sl-claim__text" text={claim.claim.text} limit={400} noun="claim" />
      </h4>
      <p className="sl-claim__tally">
        {describeClaimTally(tally(claim.asserting, outletOf), tally(claim.disputing, outletOf))}
      </p>
      <div className="sl-claim__columns">
        <ClaimColumn stance="asserts" items={claim.asserting} render={renderAccount} />
        <ClaimColumn stance="disputes" items={claim.disputing} render={renderAccount} />
      </div>
    </article>
  );
}

function ClaimColumn({
  stance,
  items,
  render,
}: {
  stance: 'asserts' | 'disputes';
  items: readonly number[];
  render: (excerptIndex: number) => React.ReactNode;
}) {
  const headingId = useId();
  const label = stance === 'asserts' ? 'Asserting' : 'Disputing';
  return (
    <section className={`sl-claim__column sl-claim__column--${stance}`} aria-labelledby={headingId}>
      <h5 id={headingId} className="sl-claim__column-heading">
        {label} ({items.length.toLocaleString('en-US')})
      </h5>
      {items.length === 0 ? (
        <p className="sl-claim__none">
          {stance === 'asserts' ? 'No account asserts this.' : 'No account disputes this.'}
        </p>
      ) : (
        <AccountList items={items} initial={INITIAL_PER_COLUMN} renderItem={render} />
      )}
    </section>
  );
}
