/**
 * The evidence of an event. With claims: each claim with its lead asserting and disputing account
 * (the digest: each quote shown once, "+N more" per claim), or with "Show every account" each
 * claim's every account, contested claims first; then the accounts that bear on no claim. Without
 * claims (an older dataset): its accounts in one list, with their stance.
 */
import { useMemo, useState } from 'react';
import { isContested, type AccountsByClaim } from '../../dataset/claims';
import { claimNumbers, leadAccounts } from '../../dataset/claimDigest';
import type { TimelineEvent } from '../../dataset/types';
import type { EventIndex } from '../../engine/eventIndex';
import { ExcerptCard } from './ExcerptCard';
import { AccountList } from './AccountList';
import { ClaimComparison } from './ClaimComparison';

/** Accounts shown before "Show all" in a plain list. */
const INITIAL_ACCOUNTS = 30;
/** Accounts on no claim shown at first beside a digest: none, the claims come first (one click away). */
const INITIAL_OTHER_IN_DIGEST = 0;
const INITIAL_CLAIMS = 12;

export function Evidence({
  event,
  index,
  grouped,
}: {
  event: TimelineEvent;
  index: EventIndex;
  /** The event's accounts by claim (null: an event without claims). */
  grouped: AccountsByClaim | null;
}) {
  const [everyAccount, setEveryAccount] = useState(false);
  const digest = useMemo(
    () => (grouped ? { ...leadAccounts(grouped, event), numbers: claimNumbers(grouped) } : null),
    [grouped, event],
  );
  const all = useMemo(() => event.excerpts.map((_, i) => i), [event]);
  const claimOrder = useMemo(() => grouped?.claims.map((_, i) => i) ?? [], [grouped]);
  // With claims, the claims say what is disputed; the legacy per-excerpt stance is not shown.
  const renderAccount = (i: number) => <ExcerptCard excerpt={event.excerpts[i]!} index={index} showStance={!grouped} />;
  const count = (n: number) => n.toLocaleString('en-US');

  if (!grouped || !digest) {
    return (
      <section className="sl-evidence" aria-labelledby="sl-evidence-accounts">
        <h3 id="sl-evidence-accounts" className="sl-details__section">
          {all.length === 1 ? 'The account' : `The accounts (${count(all.length)})`}
        </h3>
        <AccountList items={all} initial={INITIAL_ACCOUNTS} renderItem={renderAccount} />
      </section>
    );
  }
  const contested = grouped.claims.filter(isContested).length;
  const brief = !everyAccount;
  return (
    <>
      <section
        className={`sl-evidence sl-claims${brief ? ' sl-claims--digest' : ''}`}
        aria-labelledby="sl-evidence-claims"
      >
        <h3 id="sl-evidence-claims" className="sl-details__section">
          Claims ({count(grouped.claims.length)})
        </h3>
        <div className="sl-claims__intro">
          <p>
            {brief
              ? `${count(contested)} of ${count(grouped.claims.length)} contested, shown first; the first account of each side, each quote once.`
              : contested > 0
                ? `${count(contested)} of ${count(grouped.claims.length)} claims contested, shown first: the accounts that assert a claim and those that dispute it are shown together.`
                : 'No claim is contested: no account disputes what the others assert.'}
          </p>
          <button type="button" className="sl-button sl-button--link" onClick={() => setEveryAccount(brief)}>
            {brief ? `Show every account (${count(event.excerpts.length)})` : 'Show the first of each side only'}
          </button>
        </div>
        <AccountList
          key={brief ? 'digest' : 'every'}
          items={claimOrder}
          initial={INITIAL_CLAIMS}
          noun="claims"
          className={`sl-claims__list${brief ? ' sl-claims__list--digest' : ''}`}
          renderItem={(i) => (
            <ClaimComparison
              claim={grouped.claims[i]!}
              event={event}
              index={index}
              digest={
                brief
                  ? { leads: digest.leads[i]!, firstShownUnder: digest.firstShownUnder, numbers: digest.numbers }
                  : undefined
              }
            />
          )}
        />
      </section>
      {grouped.other.length > 0 && (
        <section className={`sl-evidence${brief ? ' sl-evidence--folded' : ''}`} aria-labelledby="sl-evidence-other">
          <h3 id="sl-evidence-other" className="sl-details__section">
            Other accounts ({count(grouped.other.length)})
          </h3>
          <AccountList
            key={brief ? 'digest' : 'every'}
            items={grouped.other}
            initial={brief ? INITIAL_OTHER_IN_DIGEST : INITIAL_ACCOUNTS}
            renderItem={renderAccount}
          />
        </section>
      )}
    </>
  );
}
