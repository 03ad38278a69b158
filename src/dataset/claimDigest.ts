/**
 * The dispute of an event in brief, for a reader who has one screen: which source takes which side
 * on each claim (the grid), and for each claim the one account on each side to read first (the
 * leads), so that a quote is shown in full once and referred to, not repeated, under the other
 * claims it bears on. Built on `accountsByClaim` (claims.ts); pure, so the details only lay it out.
 */
import type { AccountsByClaim, ClaimAccounts } from './claims';
import type { Excerpt, TimelineEvent } from './types';

/** What one source's accounts say about one claim (excerpt indexes, in dataset order). */
export interface GridCell {
  asserting: number[];
  disputing: number[];
}

export interface ClaimGrid {
  /** The columns: the sources that quote the event at all, in the dataset's order of sources. */
  sources: string[];
  /** One row per claim, in the order of `accountsByClaim` (contested first); a cell per column. */
  rows: { claim: ClaimAccounts; cells: GridCell[] }[];
}

/** The grid of `grouped` (the event's accounts by claim); `sourceOrder` is the dataset's source ids. */
export function claimGrid(
  grouped: AccountsByClaim,
  event: Pick<TimelineEvent, 'excerpts'>,
  sourceOrder: readonly string[],
): ClaimGrid {
  const quoting = new Set(event.excerpts.map((excerpt) => excerpt.source));
  // Sources the dataset does not list (an invalid file) still get a column, after the others.
  const sources = [
    ...sourceOrder.filter((id) => quoting.has(id)),
    ...[...quoting].filter((id) => !sourceOrder.includes(id)),
  ];
  const column = new Map(sources.map((id, i) => [id, i]));
  const rows = grouped.claims.map((claim) => {
    const cells: GridCell[] = sources.map(() => ({ asserting: [], disputing: [] }));
    for (const i of claim.asserting) cells[column.get(event.excerpts[i]!.source)!]!.asserting.push(i);
    for (const i of claim.disputing) cells[column.get(event.excerpts[i]!.source)!]!.disputing.push(i);
    return { claim, cells };
  });
  return { sources, rows };
}

/** The account to read first on each side of a claim (excerpt index), or null where that side has none. */
export interface Leads {
  asserting: number | null;
  disputing: number | null;
}

export interface ClaimLeads {
  /** By claim, in the order of `grouped.claims`. */
  leads: Leads[];
  /** Where each lead is shown in full: the id of the first claim it leads. */
  firstShownUnder: Map<number, string>;
}

/**
 * The leads, claim by claim in reading order. On each side the first, by these rules in turn, of:
 * an account shown in full already under an earlier claim (it is then referred to, not repeated);
 * one that bears on more of the event's claims (the quote that states most of the dispute); one on
 * the record (a named speaker) before one attributed only; the dataset's order (the curators').
 */
export function leadAccounts(grouped: AccountsByClaim, event: Pick<TimelineEvent, 'excerpts'>): ClaimLeads {
  const firstShownUnder = new Map<number, string>();
  const rank = (excerpt: Excerpt, shown: boolean): number[] => [
    shown ? 0 : 1,
    -(excerpt.claims?.length ?? 0),
    excerpt.speaker !== undefined ? 0 : 1,
  ];
  const pick = (accounts: readonly number[]): number | null => {
    let best: number | null = null;
    let bestRank: number[] = [];
    for (const i of accounts) {
      const candidate = rank(event.excerpts[i]!, firstShownUnder.has(i));
      // Accounts come in dataset order: a later one wins only with a better rank.
      if (best === null || isBefore(candidate, bestRank)) [best, bestRank] = [i, candidate];
    }
    return best;
  };
  const leads = grouped.claims.map(({ claim, asserting, disputing }) => {
    const lead = { asserting: pick(asserting), disputing: pick(disputing) };
    for (const i of [lead.asserting, lead.disputing])
      if (i !== null && !firstShownUnder.has(i)) firstShownUnder.set(i, claim.id);
    return lead;
  });
  return { leads, firstShownUnder };
}

/** Whether rank `a` comes before rank `b` (compared element by element). */
function isBefore(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
  return false;
}

/** Each claim's number as the grid and the digest show it (1, 2, …, in the order of `grouped.claims`). */
export function claimNumbers(grouped: AccountsByClaim): Map<string, number> {
  return new Map(grouped.claims.map((claim, i) => [claim.claim.id, i + 1]));
}

/** How many of a claim's accounts its leads leave out: the "+N more". */
export function moreThanLeads(claim: ClaimAccounts, leads: Leads): number {
  const shown = (leads.asserting === null ? 0 : 1) + (leads.disputing === null ? 0 : 1);
  return claim.asserting.length + claim.disputing.length - shown;
}
