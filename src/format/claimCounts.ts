/**
 * The one-line tally under a claim: "asserted by 3 accounts in 3 outlets · disputed by 2 in 2".
 * Outlets are counted by name: two articles of one outlet are one outlet.
 */

export interface Tally {
  accounts: number;
  outlets: number;
}

/** Counts the accounts (excerpt indexes) and the distinct outlets they come from. */
export function tally(excerptIndexes: readonly number[], outletOf: (excerptIndex: number) => string): Tally {
  const outlets = new Set<string>();
  for (const i of excerptIndexes) outlets.add(outletOf(i));
  return { accounts: excerptIndexes.length, outlets: outlets.size };
}

export function describeClaimTally(asserting: Tally, disputing: Tally): string {
  const asserted = `asserted by ${plural(asserting.accounts, 'account')} in ${plural(asserting.outlets, 'outlet')}`;
  const disputed =
    disputing.accounts === 0
      ? 'disputed by none'
      : `disputed by ${disputing.accounts.toLocaleString('en-US')} in ${disputing.outlets.toLocaleString('en-US')}`;
  return `${asserted} · ${disputed}`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
