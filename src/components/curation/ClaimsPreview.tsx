/**
 * The event's claims as the details will show them, live: each claim with its tally and the
 * outlets that assert and dispute it (the same grouping and counts as the reader's claims panel).
 */
import { accountsByClaim, isContested } from '../../dataset/claims';
import type { Source, TimelineEvent } from '../../dataset/types';
import { describeClaimTally, tally } from '../../format/claimCounts';

export function ClaimsPreview({ event, sources }: { event: TimelineEvent; sources: Source[] }) {
  if (!event.claims?.length) return null;
  const outletOf = (i: number) => {
    const id = event.excerpts[i]?.source;
    return sources.find((s) => s.id === id)?.outlet ?? id ?? '';
  };
  const grouped = accountsByClaim(event);
  return (
    <section className="cu-claims-preview" aria-label="Claims, as the details show them">
      <h4>Claims, as readers will see them</h4>
      {grouped.claims.map((claim) => (
        <div key={claim.claim.id} className={`sl-claim${isContested(claim) ? ' sl-claim--contested' : ''}`}>
          <p className="sl-claim__heading">
            {isContested(claim) && <span className="sl-claim__tag">Contested</span>} <bdi>{claim.claim.text}</bdi>
          </p>
          <p className="cu-hint">
            {describeClaimTally(tally(claim.asserting, outletOf), tally(claim.disputing, outletOf))}
          </p>
          <p>
            Asserted by: {claim.asserting.map((i) => `account ${i + 1} (${outletOf(i)})`).join(', ') || 'none'}.
            Disputed by: {claim.disputing.map((i) => `account ${i + 1} (${outletOf(i)})`).join(', ') || 'none'}.
          </p>
        </div>
      ))}
    </section>
  );
}
