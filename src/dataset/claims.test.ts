import { describe, expect, it } from 'vitest';
import { accountsByClaim, isEventDisputed } from './claims';
import { formatPath } from './problems';
import { validateDataset } from './validate';
import type { TimelineEvent } from './schema';
import { claimsOf, excerpt } from './testing.test-utils';

/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are deliberately mutated into invalid shapes */

/** A valid dataset with one event whose four accounts bear on two claims (one of them contested). */
function withClaims(): any {
  return {
    title: 'Claims',
    sides: [{ id: 'us', name: 'United States' }],
    sources: [
      { id: 'cnn', outlet: 'CNN', kind: 'live-blog' },
      { id: 'sputnik', outlet: 'Sputnik', kind: 'state-media' },
    ],
    actors: [{ id: 'horne', name: 'Emily Horne', side: 'us' }],
    events: [
      {
        id: 'call',
        title: 'A call',
        type: 'call',
        status: 'occurred',
        start: '2022-01-27',
        actors: [],
        claims: claimsOf({
          'went-badly': 'The call did not go well',
          certain: 'An invasion was called virtually certain',
        }),
        excerpts: [
          excerpt('cnn', 'It did not go well', { 'went-badly': 'asserts' }),
          excerpt(
            'cnn',
            'Long and serious, but productive',
            { 'went-badly': 'disputes', certain: 'disputes' },
            { speaker: 'horne' },
          ),
          excerpt('sputnik', 'Virtually certain', { certain: 'asserts' }),
          excerpt('sputnik', 'They spoke.'),
        ],
      },
    ],
  };
}

/** The problems of the fixture changed by `mutate`, each as its path written out and its message. */
function problemsAfter(mutate: (d: any) => void): { path: string; message: string }[] {
  const d = withClaims();
  mutate(d);
  const result = validateDataset(d);
  return result.ok ? [] : result.problems.map((p) => ({ path: formatPath(p.path), message: p.message }));
}

describe('validateDataset: claims', () => {
  it('accepts claims that resolve and are each asserted, and keeps them', () => {
    const result = validateDataset(withClaims());
    expect(result.ok).toBe(true);
    expect(result.ok && result.dataset.events[0]!.claims).toHaveLength(2);
    expect(result.ok && result.dataset.events[0]!.excerpts[1]!.claims).toHaveLength(2);
  });

  it('reports a reference to a claim the event does not have, with its JSON path', () => {
    // In document order: the fixture writes the claims before the excerpts.
    expect(problemsAfter((d) => (d.events[0].excerpts[2].claims[0].claim = 'ghost'))).toEqual([
      {
        path: 'events[0].claims[1]',
        message:
          'claim "certain" has no asserting account: at least one excerpt needs claims: [{ "claim": "certain", "stance": "asserts" }]',
      },
      { path: 'events[0].excerpts[2].claims[0].claim', message: 'no claim with id "ghost" in this event' },
    ]);
  });

  it('does not resolve a claim of another event', () => {
    const problems = problemsAfter((d) => {
      d.events.push({ ...structuredClone(d.events[0]), id: 'other', claims: [] });
    });
    expect(problems.map((p) => p.path)).toEqual([
      'events[1].excerpts[0].claims[0].claim',
      'events[1].excerpts[1].claims[0].claim',
      'events[1].excerpts[1].claims[1].claim',
      'events[1].excerpts[2].claims[0].claim',
    ]);
  });

  it('reports a claim that no account asserts', () => {
    expect(problemsAfter((d) => (d.events[0].excerpts[0].claims[0].stance = 'disputes'))).toEqual([
      {
        path: 'events[0].claims[0]',
        message:
          'claim "went-badly" has no asserting account: at least one excerpt needs claims: [{ "claim": "went-badly", "stance": "asserts" }]',
      },
    ]);
  });

  it('reports duplicate claim ids within an event, and an excerpt naming one claim twice', () => {
    expect(
      problemsAfter((d) => {
        d.events[0].claims[1].id = 'went-badly';
        d.events[0].excerpts[2].claims = [];
      }),
    ).toEqual([
      { path: 'events[0].claims[1].id', message: 'duplicate id "went-badly" (also claims[0])' },
      { path: 'events[0].excerpts[1].claims[1].claim', message: 'no claim with id "certain" in this event' },
    ]);
    expect(
      problemsAfter((d) => d.events[0].excerpts[0].claims.push({ claim: 'went-badly', stance: 'disputes' })),
    ).toEqual([
      { path: 'events[0].excerpts[0].claims[1].claim', message: 'claim "went-badly" is already named by this excerpt' },
    ]);
  });

  it('checks the shape of claims and references, without also calling a claim unasserted for a bad stance', () => {
    const problems = problemsAfter((d) => {
      d.events[0].claims[0].text = ' ';
      d.events[0].excerpts[0].claims[0].stance = 'supports';
    });
    expect(problems.map((p) => p.path)).toEqual(['events[0].claims[0].text', 'events[0].excerpts[0].claims[0].stance']);
  });

  it('still accepts datasets with the legacy stance and no claims', () => {
    const d = withClaims();
    delete d.events[0].claims;
    for (const excerpt of d.events[0].excerpts) delete excerpt.claims;
    d.events[0].excerpts[1].stance = 'disputes';
    expect(validateDataset(d).ok).toBe(true);
  });
});

describe('accountsByClaim', () => {
  it('groups accounts by claim and stance, contested claims first, the rest as other accounts', () => {
    const event = withClaims().events[0] as TimelineEvent;
    event.claims!.push({ id: 'uncontested', text: 'They spoke' });
    event.excerpts[3]!.claims = [{ claim: 'uncontested', stance: 'asserts' }];
    event.excerpts.push({ source: 'cnn', quote: 'Unrelated' });
    const grouped = accountsByClaim(event);
    expect(grouped.claims.map((c) => [c.claim.id, c.asserting, c.disputing])).toEqual([
      ['went-badly', [0], [1]],
      ['certain', [2], [1]],
      ['uncontested', [3], []],
    ]);
    expect(grouped.other).toEqual([4]);
  });

  it('lists an uncontested claim after contested ones even when it comes first in the file', () => {
    const event = withClaims().events[0] as TimelineEvent;
    event.excerpts[1]!.claims = [{ claim: 'certain', stance: 'disputes' }];
    expect(accountsByClaim(event).claims.map((c) => c.claim.id)).toEqual(['certain', 'went-badly']);
  });
});

describe('isEventDisputed: the one definition', () => {
  const event = () => withClaims().events[0] as TimelineEvent;

  it('is true when a claim has both asserting and disputing accounts', () => {
    expect(isEventDisputed(event())).toBe(true);
  });

  it('is false when every claim is only asserted, even if an excerpt carries the legacy disputes stance', () => {
    const e = event();
    e.excerpts[1]!.claims = [];
    e.excerpts[1]!.stance = 'disputes';
    expect(isEventDisputed(e)).toBe(false);
  });

  it('falls back to the legacy stance for an event without claims', () => {
    const e = event();
    delete e.claims;
    expect(isEventDisputed(e)).toBe(false);
    e.excerpts[0]!.stance = 'disputes';
    expect(isEventDisputed(e)).toBe(true);
    e.claims = [];
    expect(isEventDisputed(e)).toBe(true);
  });
});
