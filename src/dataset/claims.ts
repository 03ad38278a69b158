/**
 * Claims: what an event's accounts assert or contest (docs/dataset.md, "Disputed"). This
 * module holds the one definition of a disputed event, which the index, the filters, the "Disputed"
 * mark and the exports all follow, and the grouping of accounts by claim that the details show.
 */
import type { ClaimStance } from './vocabulary';
import type { Claim, Excerpt, TimelineEvent } from './schema';

/** The accounts (excerpt indexes, in dataset order) that bear on one claim, by stance. */
export interface ClaimAccounts {
  claim: Claim;
  asserting: number[];
  disputing: number[];
}

export interface AccountsByClaim {
  /** Contested claims (asserted and disputed) first, then the others, each group in dataset order. */
  claims: ClaimAccounts[];
  /** Excerpts that bear on no claim of the event. */
  other: number[];
}

export function isContested(claim: ClaimAccounts): boolean {
  return claim.asserting.length > 0 && claim.disputing.length > 0;
}

/** Groups an event's excerpts by the claims they bear on. References to unknown claims are ignored. */
export function accountsByClaim(event: Pick<TimelineEvent, 'claims' | 'excerpts'>): AccountsByClaim {
  const byId = new Map<string, ClaimAccounts>();
  for (const claim of event.claims ?? []) {
    if (!byId.has(claim.id)) byId.set(claim.id, { claim, asserting: [], disputing: [] });
  }
  const other: number[] = [];
  event.excerpts.forEach((excerpt, index) => {
    let bears = false;
    for (const reference of excerpt.claims ?? []) {
      const accounts = byId.get(reference.claim);
      if (!accounts) continue;
      const side = reference.stance === 'asserts' ? accounts.asserting : accounts.disputing;
      // Excerpts come in order, so a repeat can only be the last one added (no scan: events may
      // have thousands of accounts).
      if (side[side.length - 1] !== index) side.push(index);
      bears = true;
    }
    if (!bears) other.push(index);
  });
  const claims = [...byId.values()];
  return { claims: [...claims.filter(isContested), ...claims.filter((c) => !isContested(c))], other };
}

/**
 * Whether the sources disagree about an event: one of its claims has both asserting and disputing
 * accounts. An event without claims (an older dataset) is disputed when an excerpt has the legacy
 * `stance: "disputes"`.
 */
export function isEventDisputed(event: Pick<TimelineEvent, 'claims' | 'excerpts'>): boolean {
  if (event.claims !== undefined && event.claims.length > 0) {
    return accountsByClaim(event).claims.some(isContested);
  }
  return event.excerpts.some((excerpt) => excerpt.stance === 'disputes');
}

/** The stance an excerpt takes on a claim, if it names it. */
export function stanceOn(excerpt: Excerpt, claimId: string): ClaimStance | undefined {
  return excerpt.claims?.find((reference) => reference.claim === claimId)?.stance;
}
