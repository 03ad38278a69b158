/**
 * One claim and its evidence: the claim in the dataset's words, a tally, then the accounts that
 * assert it and those that dispute it, in two labelled columns side by side (stacked on narrow
 * screens). The headings carry the structure for screen readers, not only colour and position.
 *
 * In the digest (`digest` given) each column shows only its lead account (claimDigest.ts): in full
 * where it is first shown, else as a reference to it; "+N more" shows the claim's every account.
 */
import { useId, useState } from 'react';
import { isContested, type ClaimAccounts } from '../../dataset/claims';
import type { ClaimLeads, Leads } from '../../dataset/claimDigest';
import { moreThanLeads } from '../../dataset/claimDigest';
import type { TimelineEvent } from '../../dataset/types';
import type { EventIndex } from '../../engine/eventIndex';
import { describeClaimTally, tally } from '../../format/claimCounts';
import { ExcerptCard } from './ExcerptCard';
import { AccountList } from './AccountList';
import { AccountReference } from './AccountReference';
import { LongText } from '../common/LongText';
import { OtherClaimsNote } from './OtherClaimsNote';
import { accountAnchorId, claimAnchorId } from './anchors';

/** Accounts shown per column before "Show all". */
const INITIAL_PER_COLUMN = 8;

export interface ClaimDigestProps {
  leads: Leads;
  firstShownUnder: ClaimLeads['firstShownUnder'];
  /** Each claim's number (claimDigest.ts), which the digest and the grid show. */
  numbers: ReadonlyMap<string, number>;
}

export function ClaimComparison({
  claim,
  event,
  index,
  digest,
}: {
  claim: ClaimAccounts;
  event: TimelineEvent;
  index: EventIndex;
  digest?: ClaimDigestProps;
}) {
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const brief = expanded ? undefined : digest;
  const contested = isContested(claim);
  const id = claim.claim.id;
  const outletOf = (i: number) => index.sourceById.get(event.excerpts[i]!.source)?.outlet ?? event.excerpts[i]!.source;
  const renderAccount = (i: number) => (
    <ExcerptCard excerpt={event.excerpts[i]!} index={index} showStance={false}>
      <OtherClaimsNote excerpt={event.excerpts[i]!} event={event} except={id} />
    </ExcerptCard>
  );
  const renderLead = (i: number | null) => {
    if (i === null || !brief) return null;
    const shownUnder = brief.firstShownUnder.get(i)!;
    if (shownUnder !== id) {
      const number = brief.numbers.get(shownUnder)!;
      return <AccountReference excerptIndex={i} shownUnder={number} event={event} index={index} />;
    }
    return (
      <ExcerptCard excerpt={event.excerpts[i]!} index={index} showStance={false} compact id={accountAnchorId(i)}>
        <OtherClaimsNote excerpt={event.excerpts[i]!} event={event} except={id} numbers={brief.numbers} />
      </ExcerptCard>
    );
  };
  const more = digest ? moreThanLeads(claim, digest.leads) : 0;
  // In the digest a claim nobody disputes is one column wide: its tally says "disputed by none".
  const oneSide = brief !== undefined && claim.disputing.length === 0;
  return (
    <article
      id={claimAnchorId(id)}
      className={`sl-claim${contested ? ' sl-claim--contested' : ''}`}
      aria-labelledby={headingId}
    >
      <h4 id={headingId} className="sl-claim__heading" tabIndex={-1}>
        {/* The hidden words keep the heading's spoken name a sentence: "Claim 1: Contested: …". */}
        {digest && (
          <span className="sl-claim__number">
            <span className="sl-visually-hidden">Claim </span>
            {digest.numbers.get(id)}
            <span className="sl-visually-hidden">: </span>
          </span>
        )}
        {contested && (
          <>
            <span className="sl-claim__tag">Contested</span>
            <span className="sl-visually-hidden">: </span>
          </>
        )}
        <LongText as="span" className="sl-claim__text" text={claim.claim.text} limit={400} noun="claim" />
      </h4>
      <p className="sl-claim__tally">
        {describeClaimTally(tally(claim.asserting, outletOf), tally(claim.disputing, outletOf))}
        {brief && more > 0 && (
          <>
            {' '}
            <button
              type="button"
              className="sl-button sl-button--link sl-claim__more"
              onClick={() => setExpanded(true)}
            >
              +{more.toLocaleString('en-US')} more<span className="sl-visually-hidden"> accounts of this claim</span>
            </button>
          </>
        )}
      </p>
      <div className={`sl-claim__columns${brief ? ' sl-claim__columns--digest' : ''}`}>
        {(oneSide ? (['asserts'] as const) : (['asserts', 'disputes'] as const)).map((stance) => (
          <ClaimColumn
            key={stance}
            stance={stance}
            items={stance === 'asserts' ? claim.asserting : claim.disputing}
            render={renderAccount}
            lead={brief && renderLead(stance === 'asserts' ? brief.leads.asserting : brief.leads.disputing)}
          />
        ))}
      </div>
    </article>
  );
}

function ClaimColumn({
  stance,
  items,
  render,
  lead,
}: {
  stance: 'asserts' | 'disputes';
  items: readonly number[];
  render: (excerptIndex: number) => React.ReactNode;
  /** In the digest, what the column shows (its lead account, or null); undefined: the full list. */
  lead?: React.ReactNode;
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
      ) : lead !== undefined ? (
        lead
      ) : (
        <AccountList items={items} initial={INITIAL_PER_COLUMN} renderItem={render} />
      )}
    </section>
  );
}
