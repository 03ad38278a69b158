import { describe, expect, it } from 'vitest';
import { describeClaimTally, tally } from './claimCounts';

describe('claim tallies', () => {
  const outlets = ['CNN', 'CNN', 'Sputnik', 'UNILAD', 'Sputnik'];
  const outletOf = (i: number) => outlets[i]!;

  it('counts accounts, and outlets by name (two quotes of one outlet are one outlet)', () => {
    expect(tally([0, 1, 2], outletOf)).toEqual({ accounts: 3, outlets: 2 });
    expect(tally([], outletOf)).toEqual({ accounts: 0, outlets: 0 });
  });

  it('reads as the issue describes it', () => {
    expect(describeClaimTally({ accounts: 3, outlets: 3 }, { accounts: 2, outlets: 2 })).toBe(
      'asserted by 3 accounts in 3 outlets · disputed by 2 in 2',
    );
  });

  it('uses the singular for one, and says when nobody disputes', () => {
    expect(describeClaimTally({ accounts: 1, outlets: 1 }, { accounts: 0, outlets: 0 })).toBe(
      'asserted by 1 account in 1 outlet · disputed by none',
    );
    expect(describeClaimTally({ accounts: 10_000, outlets: 1 }, { accounts: 1_200, outlets: 1 })).toBe(
      'asserted by 10,000 accounts in 1 outlet · disputed by 1,200 in 1',
    );
  });
});
