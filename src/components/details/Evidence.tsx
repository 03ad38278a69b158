/**
 * The evidence of an event: for an event with claims, each claim with the accounts asserting and
 * disputing it (contested claims first), then the accounts that bear on no claim; for an event
 * without claims (an older dataset), its accounts in one list, as before, with their stance.
 */
import { useMemo } from 'react';
import { accountsByClaim } from '../../dataset/claims';
import type { TimelineEvent } from '../../dataset/types';
import type { EventIndex } from '../../engine/eventIndex';
import { ExcerptCard } from './ExcerptCard';
import { AccountList } from './AccountList';
import { ClaimComparison } from './ClaimComparison';

/** Accounts shown before "Show all" in a plain list. */
const INITIAL_ACCOUNTS = 30;
const INITIAL_CLAIMS = 12;

export function Evidence({ event, index }: { event: TimelineEvent; index: EventIndex }) {
  const grouped = useMemo(() => (event.claims?.length ? accountsByClaim(event) : null), [event]);
  const all = useMemo(() => event.excerpts.map((_, i) => i), [event]);
  const claimOrder = useMemo(() => grouped?.claims.map((_, i) => i) ?? [], [grouped]);
  // With claims, the claims say what is disputed; the legacy per-excerpt stance is not shown.
  const renderAccount = (i: number) => <ExcerptCard excerpt={event.excerpts[i]!} index={index} showStance={!grouped} />;

  if (!grouped) {
    return (
      <section className="sl-evidence" aria-labelledby="sl-evidence-accounts">
        <h3 id="sl-evidence-accounts" className="sl-details__section">
          {all.length === 1 ? 'The account' : `The accounts (${all.length.toLocaleString('en-US')})`}
        </h3>
        <AccountList items={all} initial={INITIAL_ACCOUNTS} renderItem={renderAccount} />
      </section>
    );
  }
  const contested = grouped.claims.filter((c) => c.asserting.length > 0 && c.disputing.length > 0).length;
  return (
    <>
      <section className="sl-evidence sl-claims" aria-labelledby="sl-evidence-claims">
        <h3 id="sl-evidence-claims" className="sl-details__section">
          Claims ({grouped.claims.length.toLocaleString('en-US')})
        </h3>
        <p className="sl-claims__intro">
          {contested > 0
            ? `${contested.toLocaleString('en-US')} of ${grouped.claims.length.toLocaleString('en-US')} claims contested, shown first: the accounts that assert a claim and those that dispute it are shown together.`
            : 'No claim is contested: no account disputes what the others assert.'}
        </p>
        <AccountList
          items={claimOrder}
          initial={INITIAL_CLAIMS}
          noun="claims"
          className="sl-claims__list"
          renderItem={(i) => <ClaimComparison claim={grouped.claims[i]!} event={event} index={index} />}
        />
      </section>
      {grouped.other.length > 0 && (
        <section className="sl-evidence" aria-labelledby="sl-evidence-other">
          <h3 id="sl-evidence-other" className="sl-details__section">
            Other accounts ({grouped.other.length.toLocaleString('en-US')})
          </h3>
          <AccountList items={grouped.other} initial={INITIAL_ACCOUNTS} renderItem={renderAccount} />
        </section>
      )}
    </>
  );
}
