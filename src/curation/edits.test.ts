import { describe, expect, it } from 'vitest';
import { addAccountPiece, removeClaim, reselectAccount, setStance } from './accountEdits';
import { setDatasetInfo, updateSource } from './datasetEdits';
import { removeEvent, setRelated, updateEvent } from './eventEdits';
import { ARTICLE_A, ARTICLE_B, spanOf, twoArticleDraft } from './testing.test-utils';

describe('edits of a draft', () => {
  it('change nothing in place: the draft before stays as it was', async () => {
    const data = await twoArticleDraft();
    const copy = structuredClone(data);
    updateEvent(data, 0, { title: 'Renamed' });
    setStance(data, 0, 0, 'the-call-went-badly', 'disputes');
    expect(data).toEqual(copy);
  });

  it('remove an optional field set to nothing, and keep a required one even when empty', async () => {
    const data = await twoArticleDraft();
    expect(setDatasetInfo(data, { description: '  ' }).dataset).not.toHaveProperty('description');
    expect(setDatasetInfo(data, { title: '' }).dataset.title).toBe('');
    expect(updateSource(data, 0, { url: '' }).dataset.sources[0]).not.toHaveProperty('url');
  });

  it('change a stance in its place, and remove it for "neither"', async () => {
    const data = await twoArticleDraft();
    const flipped = setStance(data, 0, 1, 'the-call-went-badly', 'disputes');
    expect(flipped.dataset.events[0]!.excerpts[1]!.claims).toEqual([
      { claim: 'the-call-went-badly', stance: 'disputes' },
    ]);
    expect(setStance(data, 0, 1, 'the-call-went-badly', null).dataset.events[0]!.excerpts[1]).not.toHaveProperty(
      'claims',
    );
  });

  it('remove a claim with every account\u2019s stance on it', async () => {
    const next = removeClaim(await twoArticleDraft(), 0, 0);
    expect(next.dataset.events[0]).not.toHaveProperty('claims');
    expect(next.dataset.events[0]!.excerpts.some((x) => x.claims)).toBe(false);
  });

  it('keep links when an event is renamed, and drop them when it is removed', async () => {
    let data = await twoArticleDraft();
    data = setRelated(data, 1, [{ event: data.dataset.events[0]!.id, relation: 'follows' }]);
    const renamed = updateEvent(data, 0, { id: 'the-call' });
    expect(renamed.dataset.events[1]!.related).toEqual([{ event: 'the-call', relation: 'follows' }]);
    expect(removeEvent(data, 0).dataset.events[0]).not.toHaveProperty('related');
  });

  it('make a quote only from the article: a piece added, or a new selection', async () => {
    const data = await twoArticleDraft();
    const withPiece = addAccountPiece(data, 0, 1, spanOf(ARTICLE_A, 'Leaders spoke by phone'));
    expect(withPiece.dataset.events[0]!.excerpts[1]!.quote).toBe(
      'Leaders spoke by phone \u2026 the call "did not go well" and ended early',
    );
    const reselected = reselectAccount(data, 0, 2, 'weekly-b-2022-01-28', [spanOf(ARTICLE_B, 'a spokesperson said')]);
    expect(reselected.dataset.events[0]!.excerpts[2]!.quote).toBe('a spokesperson said');
  });
});
