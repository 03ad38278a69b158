/**
 * The event's claims as the details panel shows them, live: each claim with its tally, then the
 * accounts asserting and disputing it in two columns, with the same grouping (dataset/claims.ts),
 * counts (format/claimCounts.ts) and styles as details/ClaimComparison.tsx. (That component
 * itself needs an index of the dataset; building one here would pull the index builder into the
 * reader's first chunk, which the editor shares.)
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
  const column = (stance: 'asserts' | 'disputes', items: number[]) => (
    <div className={`sl-claim__column sl-claim__column--${stance}`}>
      <p className="sl-claim__column-heading">
        {stance === 'asserts' ? 'Asserting' : 'Disputing'} ({items.length})
      </p>
      {items.length === 0 ? (
        <p className="sl-claim__none">
          {stance === 'asserts' ? 'No account asserts this.' : 'No account disputes this.'}
        </p>
      ) : (
        items.map((i) => (
          <blockquote key={i} className="sl-account__quote" dir="auto">
            {event.excerpts[i]!.quote}{' '}
            <span className="cu-hint">
              — account {i + 1}, {outletOf(i)}
            </span>
          </blockquote>
        ))
      )}
    </div>
  );
  return (
    <section className="cu-claims-preview" aria-label="Claims, as the details show them">
      <h4>Its claims, as readers will see them</h4>
      {accountsByClaim(event).claims.map((claim) => (
        <div key={claim.claim.id} className={`sl-claim${isContested(claim) ? ' sl-claim--contested' : ''}`}>
          <p className="sl-claim__heading">
            {isContested(claim) && <span className="sl-claim__tag">Contested</span>}{' '}
            <bdi className="sl-claim__text">{claim.claim.text}</bdi>
          </p>
          <p className="sl-claim__tally">
            {describeClaimTally(tally(claim.asserting, outletOf), tally(claim.disputing, outletOf))}
          </p>
          <div className="sl-claim__columns">
            {column('asserts', claim.asserting)}
            {column('disputes', claim.disputing)}
          </div>
        </div>
      ))}
    </section>
  );
}
