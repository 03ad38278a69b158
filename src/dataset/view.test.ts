import { describe, expect, it } from 'vitest';
import { formatPath } from './problems';
import { validateDataset } from './validate';

/** A minimal valid dataset with an opening window. */
const withView = (view: unknown) => ({
  title: 'T',
  sides: [],
  sources: [{ id: 's', outlet: 'O', kind: 'other' }],
  actors: [],
  events: [
    {
      id: 'e',
      title: 'E',
      type: 'call',
      status: 'occurred',
      start: '2022-01-27',
      actors: [],
      excerpts: [{ source: 's', quote: 'Q' }],
    },
  ],
  view,
});
const problems = (view: unknown) => {
  const result = validateDataset(withView(view));
  return result.ok ? [] : result.problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
};

describe('the dataset’s opening window (`view`)', () => {
  it('takes partial dates of any precision, and keeps them', () => {
    expect(problems({ start: '2022-01-20', end: '2022-02' })).toEqual([]);
    const result = validateDataset(withView({ start: '2021-12', end: '2022-01-31' }));
    expect(result.ok && result.dataset.view).toEqual({ start: '2021-12', end: '2022-01-31' });
  });

  it('is optional', () => {
    const { view: _, ...without } = withView(undefined);
    expect(validateDataset(without).ok).toBe(true);
  });

  it('says what is wrong, with its path', () => {
    expect(problems({ start: '2022-01-31', end: '2022-01-20' })).toEqual([
      'view.end: "2022-01-20" is before start "2022-01-31"',
    ]);
    expect(problems({ start: '2022-02-30', end: '2022-03' })).toEqual([
      'view.start: "2022-02-30" is not a real date: February 2022 has 28 days',
    ]);
    expect(problems({ start: '2022-01-20' }).map((p) => p.split(':')[0])).toEqual(['view.end']);
  });
});
