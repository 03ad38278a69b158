import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountsByClaim } from './claims';
import { claimGrid, leadAccounts, moreThanLeads } from './claimDigest';
import { claimsOf, excerpt } from './testing.test-utils';
import type { Dataset } from './types';

/** Three sources on two claims: the White House (on the record) disputes both, in one quote. */
const event = {
  claims: claimsOf({ badly: 'The call did not go well', certain: 'An invasion was called certain' }),
  excerpts: [
    excerpt('cnn', 'It did not go well', { badly: 'asserts' }),
    excerpt('cnn', 'Certain, said an official', { certain: 'asserts' }),
    excerpt('sputnik', 'It purportedly did not go well', { badly: 'asserts' }),
    excerpt('cnn', 'An official called it productive', { badly: 'disputes' }),
    excerpt('cnn', 'Leaking falsehoods', { badly: 'disputes', certain: 'disputes' }, { speaker: 'white-house' }),
    excerpt('unilad', 'They spoke.'),
  ],
};

describe('claimGrid', () => {
  it('has a column per source quoting the event, in the dataset’s order, and a row per claim', () => {
    const grid = claimGrid(accountsByClaim(event), event, ['sputnik', 'other', 'unilad', 'cnn']);
    expect(grid.sources).toEqual(['sputnik', 'unilad', 'cnn']);
    expect(grid.rows.map((row) => row.claim.claim.id)).toEqual(['badly', 'certain']);
    expect(grid.rows[0]!.cells).toEqual([
      { asserting: [2], disputing: [] },
      // UNILAD quotes the event but says nothing on this claim: silent.
      { asserting: [], disputing: [] },
      { asserting: [0], disputing: [3, 4] },
    ]);
    expect(grid.rows[1]!.cells[2]).toEqual({ asserting: [1], disputing: [4] });
  });

  it('gives a source the dataset does not list a column after the others', () => {
    expect(claimGrid(accountsByClaim(event), event, ['cnn']).sources).toEqual(['cnn', 'sputnik', 'unilad']);
  });
});

describe('leadAccounts', () => {
  it('leads each side with the account on most claims, and shows each once', () => {
    const { leads, firstShownUnder } = leadAccounts(accountsByClaim(event), event);
    // "badly": the first of two equal assertions; the White House, on both claims, before the official who came first.
    expect(leads[0]).toEqual({ asserting: 0, disputing: 4 });
    // "certain": the White House again, already shown in full under "badly".
    expect(leads[1]).toEqual({ asserting: 1, disputing: 4 });
    expect(firstShownUnder).toEqual(
      new Map([
        [0, 'badly'],
        [4, 'badly'],
        [1, 'certain'],
      ]),
    );
  });

  it('ranks an account on more claims first, then one on the record, then the dataset’s order', () => {
    const ranked = {
      claims: claimsOf({ a: 'A', b: 'B' }),
      excerpts: [
        excerpt('cnn', 'Attributed, one claim', { a: 'asserts' }),
        excerpt('cnn', 'On the record, one claim', { a: 'asserts' }, { speaker: 'horne' }),
        excerpt('cnn', 'Attributed, two claims', { a: 'disputes', b: 'asserts' }),
        excerpt('cnn', 'On the record, one claim too', { a: 'disputes' }, { speaker: 'horne' }),
      ],
    };
    expect(leadAccounts(accountsByClaim(ranked), ranked).leads[0]).toEqual({ asserting: 1, disputing: 2 });
  });

  it('prefers an account shown already, so that the digest refers rather than repeats', () => {
    const twice = {
      claims: claimsOf({ a: 'A', b: 'B' }),
      excerpts: [excerpt('cnn', 'One', { a: 'asserts', b: 'asserts' }), excerpt('cnn', 'Two', { b: 'asserts' })],
    };
    expect(leadAccounts(accountsByClaim(twice), twice).leads).toEqual([
      { asserting: 0, disputing: null },
      { asserting: 0, disputing: null },
    ]);
  });

  it('counts what the leads leave out of each claim', () => {
    const grouped = accountsByClaim(event);
    const { leads } = leadAccounts(grouped, event);
    expect(grouped.claims.map((claim, i) => moreThanLeads(claim, leads[i]!))).toEqual([2, 0]);
  });

  it('on the bundled call, shows each quote once: the White House’s answer is referred to, not repeated', () => {
    const bundled: Dataset = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'));
    const call = bundled.events.find((e) => e.id === '2022-01-27-biden-zelensky-call')!;
    const grouped = accountsByClaim(call);
    const { leads, firstShownUnder } = leadAccounts(grouped, call);
    const shownInFull = new Set(firstShownUnder.keys());
    const references = leads.flatMap((lead, i) =>
      [lead.asserting, lead.disputing].filter(
        (x) => x !== null && firstShownUnder.get(x) !== grouped.claims[i]!.claim.id,
      ),
    );
    // Far fewer quotes than the 35 accounts under its 8 claims, and every repeat a reference.
    expect(shownInFull.size).toBeLessThanOrEqual(grouped.claims.length * 2);
    expect(references.length).toBeGreaterThan(0);
    const whiteHouse = call.excerpts.findIndex((x) => x.quote.startsWith('The White House, however, disputed'));
    expect(references).toContain(whiteHouse);
  });
});
