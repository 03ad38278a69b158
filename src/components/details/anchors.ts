/**
 * In-page places of the open event's details that the digest links to: a claim, and the account
 * where a quote is shown in full. Links to them move the reader there without a history entry
 * (the address holds the view, not a place on the page) and move focus along, as a skip link does.
 */

/** Claim ids are unique within their event and need no escaping (the contract's id pattern). */
export const claimAnchorId = (claimId: string) => `sl-claim-${claimId}`;
export const accountAnchorId = (excerptIndex: number) => `sl-account-${excerptIndex}`;

/** Scrolls to the element with this id (inside the details' own scroll area too) and focuses it. */
export function jumpTo(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const focusable = target.matches('[tabindex]') ? target : target.querySelector<HTMLElement>('[tabindex="-1"]');
  target.scrollIntoView({ block: 'start' });
  (focusable ?? target).focus({ preventScroll: true });
}
