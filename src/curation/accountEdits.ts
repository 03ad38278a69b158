/**
 * Edits of an event's accounts and claims. A quote changes only through a selection in its
 * article (quoteSelection.ts): no edit here takes a quote's words from anywhere else.
 */
import type { ClaimReference, Excerpt } from '../dataset/types';
import type { ClaimStance } from '../dataset/vocabulary';
import { articleOf, uniqueId, type DraftData } from './draft';
import { patched, replaced, withEvent, withExcerpt, type Patch } from './editHelpers';
import { addPiece, quoteFromSpans, type Span } from './quoteSelection';

// Accounts (excerpts) ------------------------------------------------------------------------

/** A new account on an event, its quote the selected stretches of the source's article text. */
export function addAccount(data: DraftData, eventIndex: number, sourceId: string, spans: readonly Span[]): DraftData {
  const source = data.dataset.sources.find((s) => s.id === sourceId);
  const article = articleOf(data, source?.article);
  if (!article) return data;
  const quote = quoteFromSpans(article.text, spans);
  if (!quote) return data;
  return withEvent(data, eventIndex, (event) => ({
    ...event,
    excerpts: [...event.excerpts, { source: sourceId, quote }],
  }));
}

/** The account's quote with one more piece from its article (an omission between them); unchanged if the quote is no longer in the text. */
export function addAccountPiece(data: DraftData, e: number, x: number, span: Span): DraftData {
  return withExcerpt(data, e, x, (excerpt) => {
    const article = articleOf(data, data.dataset.sources.find((s) => s.id === excerpt.source)?.article);
    const quote = article ? addPiece(article.text, excerpt.quote, span) : null;
    return quote ? { ...excerpt, quote } : excerpt;
  });
}

/** The account's quote selected anew (the only way to change a quote's words). */
export function reselectAccount(
  data: DraftData,
  e: number,
  x: number,
  sourceId: string,
  spans: readonly Span[],
): DraftData {
  const article = articleOf(data, data.dataset.sources.find((s) => s.id === sourceId)?.article);
  const quote = article ? quoteFromSpans(article.text, spans) : '';
  if (!quote) return data;
  return withExcerpt(data, e, x, (excerpt) => ({ ...excerpt, source: sourceId, quote }));
}

export function updateAccount(
  data: DraftData,
  e: number,
  x: number,
  patch: Patch<Pick<Excerpt, 'speaker' | 'attribution'>>,
): DraftData {
  return withExcerpt(data, e, x, (excerpt) => patched(excerpt, patch));
}

export function removeAccount(data: DraftData, e: number, x: number): DraftData {
  return withEvent(data, e, (event) => ({ ...event, excerpts: event.excerpts.filter((_, i) => i !== x) }));
}

// Claims -------------------------------------------------------------------------------------

export function addClaim(data: DraftData, e: number, text: string): [DraftData, string] {
  const event = data.dataset.events[e];
  const id = uniqueId(
    text,
    (event?.claims ?? []).map((c) => c.id),
    'claim',
  );
  return [withEvent(data, e, (ev) => ({ ...ev, claims: [...(ev.claims ?? []), { id, text }] })), id];
}

export function updateClaim(data: DraftData, e: number, c: number, text: string): DraftData {
  return withEvent(data, e, (event) => ({
    ...event,
    claims: replaced(event.claims ?? [], c, (claim) => ({ ...claim, text })),
  }));
}

/** Removes a claim and every account's stance on it. */
export function removeClaim(data: DraftData, e: number, c: number): DraftData {
  return withEvent(data, e, (event) => {
    const removed = event.claims?.[c];
    if (!removed) return event;
    const excerpts = event.excerpts.map((x) =>
      x.claims?.some((r) => r.claim === removed.id)
        ? patched(x, { claims: x.claims.filter((r) => r.claim !== removed.id) })
        : x,
    );
    return patched({ ...event, excerpts }, { claims: event.claims!.filter((_, i) => i !== c) });
  });
}

/** Whether an account asserts or disputes a claim, or neither (null). */
export function setStance(data: DraftData, e: number, x: number, claim: string, stance: ClaimStance | null): DraftData {
  return withExcerpt(data, e, x, (excerpt) => {
    const current: ClaimReference[] = excerpt.claims ?? [];
    // A changed stance keeps its place; a new one goes last.
    const claims = !stance
      ? current.filter((r) => r.claim !== claim)
      : current.some((r) => r.claim === claim)
        ? current.map((r) => (r.claim === claim ? { claim, stance } : r))
        : [...current, { claim, stance }];
    return patched(excerpt, { claims });
  });
}
