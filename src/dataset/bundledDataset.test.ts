/**
 * The facts a reader of the bundled dataset relies on, pinned: if a curation change moves one of
 * these, it must be on purpose (and the test changed with a reason).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountsByClaim, isContested, isEventDisputed } from './claims';
import { parsePartialDate } from './dates';
import { validateDataset } from './validate';
import { ACLED_EVENT_TYPES, EVENT_STATUSES, EVENT_TYPES, SOURCE_KINDS } from './vocabulary';
import type { Dataset, TimelineEvent } from './types';

const text = readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8');
const result = validateDataset(JSON.parse(text));
if (!result.ok) throw new Error(`data/events.json is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
const dataset: Dataset = result.dataset;
const event = (id: string): TimelineEvent => {
  const found = dataset.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

describe('the bundled dataset', () => {
  it('has the Biden–Putin call at 15:30 America/New_York on 30 December 2021, as announced before it happened', () => {
    const call = event('2021-12-30-biden-putin-call');
    expect(call.start).toBe('2021-12-30T15:30:00-05:00');
    expect(call.timeZone).toBe('America/New_York');
    expect(call.type).toBe('call');
    // The only source is an article written the day before: it was scheduled, not yet reported as held.
    expect(call.status).toBe('scheduled');
  });

  it('dates the Biden–Zelensky call to Thursday 27 January 2022 and gathers its competing accounts', () => {
    const call = event('2022-01-27-biden-zelensky-call');
    expect(call.start).toBe('2022-01-27');
    expect(call.end).toBeUndefined();
    expect(call.actors).toEqual(expect.arrayContaining(['biden', 'zelensky']));
    // Every article written after the call tells it (the fifth was written a month before).
    const sources = new Set(call.excerpts.map((x) => x.source));
    expect([...sources].sort()).toEqual(
      dataset.sources
        .filter((s) => s.published! >= '2022-01')
        .map((s) => s.id)
        .sort(),
    );
    expect(sources.size).toBe(4);
    // Every account says who gives it.
    for (const excerpt of call.excerpts) expect(excerpt.speaker ?? excerpt.attribution).toBeTruthy();
  });

  it('sets the accounts of the 27 January call side by side, claim by claim', () => {
    const call = event('2022-01-27-biden-zelensky-call');
    const { claims, other } = accountsByClaim(call);
    const claim = (id: string) => {
      const found = claims.find((c) => c.claim.id === id);
      if (!found) throw new Error(`no claim ${id}`);
      return found;
    };
    const who = (indexes: number[]) => indexes.map((i) => call.excerpts[i]!.speaker ?? call.excerpts[i]!.attribution);
    const outlets = (indexes: number[]) => new Set(indexes.map((i) => call.excerpts[i]!.source));
    const horne = call.excerpts.findIndex(
      (x) => x.speaker === 'horne' && x.quote.includes("Anonymous sources are 'leaking' falsehoods"),
    );

    expect(isEventDisputed(call)).toBe(true);
    // Contested claims, in the order the details show them.
    expect(claims.filter(isContested).map((c) => c.claim.id)).toEqual([
      'did-not-go-well',
      'invasion-certain',
      'prepare-for-impact',
    ]);
    // "could be imminent" is confirmed by the White House in the same articles: asserted, disputed by none. Sputnik's
    // headline ("White House Denies It") denies the flat "Imminent", which is the certainty, not the possibility.
    expect(claim('warned-imminent').disputing).toEqual([]);
    expect(who(claim('warned-imminent').asserting)).toContain('white-house');
    const headline = call.excerpts.findIndex((x) => x.quote.endsWith('White House Denies It'));
    expect(call.excerpts[headline]!.claims).toEqual([{ claim: 'invasion-certain', stance: 'disputes' }]);
    // "Did not go well": the senior Ukrainian official (told by CNN, relayed by Sputnik) against the US national
    // security official, the White House and Zelensky's spokesman.
    const badly = claim('did-not-go-well');
    expect(who(badly.asserting)).toContain('a senior Ukrainian official, speaking anonymously, via CNN');
    expect(who(badly.disputing)).toEqual(
      expect.arrayContaining([
        'a US national security official, via CNN',
        'white-house',
        'an unnamed spokesman for Zelensky, via Sputnik International',
      ]),
    );
    expect(outlets(badly.asserting).size).toBeGreaterThanOrEqual(3);
    // Horne's own words, as the news site and Sputnik print them, dispute the account as a whole, as the paraphrases
    // of her reply do; the news site's plain relay of "did not go well" asserts it (its "perfect" jab is on no claim).
    const horneVerbatim = call.excerpts.flatMap((x, i) =>
      x.speaker === 'horne' && x.quote.includes("Anonymous sources are 'leaking' falsehoods") ? [i] : [],
    );
    expect(new Set(horneVerbatim.map((i) => call.excerpts[i]!.source))).toEqual(
      new Set(['us-news-site-2022-01-28', 'sputnik-2022-01-28']),
    );
    for (const i of horneVerbatim) expect(badly.disputing).toContain(i);
    expect(
      badly.asserting.some((i) => call.excerpts[i]!.quote.startsWith('CNN reported Thursday, citing an unnamed')),
    ).toBe(true);
    expect(badly.asserting.some((i) => call.excerpts[i]!.quote.includes('"perfect,"'))).toBe(false);
    // Horne confirms the possibility and disputes only the certainty; no account disputes the possibility.
    expect(claim('invasion-certain').disputing).toContain(horne);
    expect(claim('invasion-certain').asserting).not.toContain(horne);
    expect(claim('invasion-possible').asserting).toContain(horne);
    expect(claim('invasion-possible').disputing).toEqual([]);
    // CNN's "did not say that it definitely would" and Sputnik's "stopped short" dispute the certainty too.
    const certaintyDoubts = claim('invasion-certain').disputing.map((i) => call.excerpts[i]!.quote);
    expect(certaintyDoubts.some((q) => q.includes('did not say that it definitely would'))).toBe(true);
    expect(certaintyDoubts.some((q) => q.includes('stopped short of definitely saying'))).toBe(true);
    // Refused military help: told by the Ukrainian official, disputed by no account that names it.
    expect(outlets(claim('no-more-military-help').asserting)).toEqual(
      new Set(['us-news-site-2022-01-28', 'sputnik-2022-01-28']),
    );
    expect(claim('no-more-military-help').disputing).toEqual([]);
    // Accounts of the call that bear on none of these (announcements, readout, tweet) are kept, not forced into a claim.
    expect(other.length).toBeGreaterThan(0);
    // Claims replace the legacy stance here.
    for (const excerpt of call.excerpts) expect(excerpt.stance).toBeUndefined();
  });

  it('reads Horne as confirming the February possibility and disputing only its certainty', () => {
    const forecast = event('2022-02-russian-invasion-forecast');
    const { claims } = accountsByClaim(forecast);
    const claim = (id: string) => claims.find((c) => c.claim.id === id)!;
    const horne = forecast.excerpts.findIndex((x) => x.speaker === 'horne');
    expect(claim('invasion-possible').asserting).toContain(horne);
    expect(claim('invasion-certain').disputing).toContain(horne);
    // The qualifying accounts now say what they qualify.
    const quotesDisputingCertainty = claim('invasion-certain').disputing.map((i) => forecast.excerpts[i]!.quote);
    expect(quotesDisputingCertainty.some((q) => q.includes('did not say that it definitely would'))).toBe(true);
    expect(claim('invasion-possible').asserting.map((i) => forecast.excerpts[i]!.quote)).toEqual(
      expect.arrayContaining([expect.stringContaining('could potentially happen once the ground had frozen')]),
    );
    // Sputnik's framing and the Kremlin dispute the Western warning, each under its own name.
    const prelude = claim('build-up-prelude');
    expect(prelude.asserting.map((i) => forecast.excerpts[i]!.speaker)).toContain('white-house');
    const disputers = prelude.disputing.map((i) => forecast.excerpts[i]!);
    expect(disputers.filter((x) => x.speaker === 'kremlin').map((x) => x.quote)).toEqual([
      expect.stringMatching(/^The Kremlin has vehemently rejected this/),
    ]);
    expect(disputers.filter((x) => x.speaker === undefined).map((x) => x.attribution)).toEqual([
      "Sputnik International's framing",
      "Sputnik International's framing",
    ]);
    expect(isEventDisputed(forecast)).toBe(true);
    // What Biden said, as on the call: no account disputes that he said it (Sputnik and the Kremlin dispute the
    // warning itself, under build-up-prelude).
    expect(claim('invasion-possible').claim.text).toBe(
      'Biden told Zelensky that Russia could invade Ukraine in February',
    );
    expect(claim('invasion-possible').disputing).toEqual([]);
    // The Ukrainian doubts about the forecast are on it, in each outlet that gives them.
    const doubts = claim('zelensky-disagreed-on-risk');
    expect(new Set(doubts.asserting.map((i) => forecast.excerpts[i]!.source))).toEqual(
      new Set(['cnn-live-2022-01-27', 'us-news-site-2022-01-28', 'sputnik-2022-01-28']),
    );
    // The would-be invader is among the actors.
    expect(forecast.actors).toContain('russia');
  });

  it('lets rebuttals assert their own claims: the dispute with CNN is the related link, not their own accounts', () => {
    for (const id of ['2022-01-27-horne-disputes-ukrainian-account', '2022-01-27-horne-tweet']) {
      const rebuttal = event(id);
      expect(rebuttal.claims?.length, id).toBeGreaterThan(0);
      expect(isEventDisputed(rebuttal), id).toBe(false);
      for (const excerpt of rebuttal.excerpts) {
        expect(
          excerpt.claims?.every((c) => c.stance === 'asserts'),
          id,
        ).toBe(true);
      }
      expect(rebuttal.related).toContainEqual({
        event: '2022-01-27-cnn-reports-call-did-not-go-well',
        relation: 'disputes',
      });
    }
  });

  it('states disagreement only through claims: no legacy stance is left', () => {
    const withStance = dataset.events.filter((e) => e.excerpts.some((x) => x.stance !== undefined)).map((e) => e.id);
    expect(withStance).toEqual([]);
    // Every claim reference resolves and every claim is asserted (the validator's rule, seen from the data).
    for (const e of dataset.events) {
      for (const c of accountsByClaim(e).claims) expect(c.asserting.length, `${e.id} ${c.claim.id}`).toBeGreaterThan(0);
    }
  });

  it('has events for the rebuttal, the remark and the expectations that were only excerpts before', () => {
    const spokesman = event('2022-01-27-zelensky-spokesman-disputes-account');
    expect([spokesman.start, spokesman.end]).toEqual(['2022-01-27', '2022-01-28']);
    expect(spokesman.related).toContainEqual({
      event: '2022-01-27-cnn-reports-call-did-not-go-well',
      relation: 'disputes',
    });
    const audiences = event('2022-01-27-us-source-zelensky-multiple-audiences');
    expect(new Set(audiences.excerpts.map((x) => x.source))).toEqual(
      new Set(['cnn-live-2022-01-27', 'sputnik-2022-01-28']),
    );
    // Future events known only to come after a date are recorded at year precision, as expectations.
    for (const id of ['2022-next-biden-zelensky-conversation', '2022-putin-response-to-us-proposals']) {
      expect([event(id).start, event(id).status], id).toEqual(['2022', 'expected']);
    }
  });

  it('keeps one event for one happening: the Pentagon statement and Kirby’s briefing are merged', () => {
    expect(dataset.events.some((e) => e.id === '2022-01-27-kirby-pentagon-briefing')).toBe(false);
    const buildup = event('2022-01-27-pentagon-reports-24h-buildup');
    expect(buildup.excerpts.map((x) => x.speaker)).toEqual(['pentagon', 'pentagon', 'kirby', 'kirby']);
  });

  it('names the speaker of every paraphrase that names one, and no city or region as an actor alias', () => {
    const visit = event('2022-putin-visit-to-turkey');
    expect(visit.excerpts.find((x) => x.quote.includes('Peskov told reporters'))?.speaker).toBe('peskov');
    expect(event('2021-12-polyanskiy-geneva-remarks').excerpts.map((x) => x.speaker)).toEqual([
      'polyanskiy',
      'polyanskiy',
    ]);
    expect(event('2022-01-26-erdogan-ntv-interview').excerpts.every((x) => x.speaker === 'erdogan')).toBe(true);
    const places = ['Kyiv', 'Kiev', 'Berlin', 'Washington', 'Washington, D.C.', 'Europe'];
    for (const actor of dataset.actors) {
      expect(actor.aliases?.filter((alias) => places.includes(alias)) ?? [], actor.id).toEqual([]);
    }
  });

  it('titles the dataset by its reporting period, since its events reach back to 2014', () => {
    expect(dataset.title).toContain('as reported from December 2021 to January 2022');
    expect(dataset.events.map((e) => e.start).sort()[0]).toBe('2014');
  });

  it('keeps month-only facts at month precision and predictions as forecasts', () => {
    const forecast = event('2022-02-russian-invasion-forecast');
    expect(forecast.start).toBe('2022-02');
    expect(forecast.status).toBe('forecast');
  });

  it('resolves relative dates as the data README records', () => {
    expect(event('2021-12-09-biden-zelensky-call').start).toBe('2021-12-09');
    expect([event('2022-01-24-paris-talks').start, event('2022-01-24-paris-talks').end]).toEqual([
      '2022-01-24',
      '2022-01-27',
    ]);
    const pressConference = event('2021-12-20-putin-annual-press-conference');
    expect([pressConference.start, pressConference.end]).toEqual(['2021-12-20', '2021-12-26']);
    expect(event('2022-01-28-zelensky-press-conference').start).toBe('2022-01-28');
    expect(event('2022-02-04-beijing-olympics-open').start).toBe('2022-02-04');
    expect(event('2022-01-07-nato-battlegroups-combat-ready').start).toBe('2022-01-07');
    expect(event('2021-12-25-territorial-defense-exercise-near-kyiv').start).toBe('2021-12-25');
    // "in recent weeks": the month before the article's month to the article's month, everywhere.
    const span = (id: string) => [event(id).start, event(id).end];
    expect(span('2021-11-biden-putin-earlier-conversation')).toEqual(['2021-11', '2021-12']);
    expect(span('2021-12-nato-boosts-eastern-presence')).toEqual(['2021-12', '2022-01']);
    expect(span('2021-12-uk-us-send-military-equipment')).toEqual(['2021-12', '2022-01']);
    // Reported as past with no day of their own: not put on the blog's day.
    expect(event('2022-01-von-der-leyen-amanpour-interview').start).toBe('2022-01');
    expect(event('2022-01-nikiforov-facebook-post').start).toBe('2022-01');
    // Still only "possible" on Thursday 27 January: a forecast from that day to the end of the week.
    const meeting = event('2022-01-27-possible-further-senators-meeting');
    expect([meeting.start, meeting.end, meeting.status]).toEqual(['2022-01-27', '2022-01-30', 'forecast']);
  });

  it('records how every date was derived, and gives every event a summary and a quote', () => {
    for (const e of dataset.events) {
      expect(e.dateNote, e.id).toMatch(/\S/);
      expect(e.summary, e.id).toMatch(/\S/);
      expect(e.excerpts.length, e.id).toBeGreaterThan(0);
    }
  });

  it('uses every actor in at least one event', () => {
    const used = new Set(
      dataset.events.flatMap((e) => [...e.actors, ...e.excerpts.flatMap((x) => (x.speaker ? [x.speaker] : []))]),
    );
    expect(dataset.actors.filter((actor) => !used.has(actor.id)).map((actor) => actor.id)).toEqual([]);
  });

  it('uses every event type and status but ACLED’s (for conflict-event exports, not news reports)', () => {
    expect(EVENT_TYPES.filter((type) => !dataset.events.some((e) => e.type === type))).toEqual([...ACLED_EVENT_TYPES]);
    expect(EVENT_STATUSES.filter((status) => !dataset.events.some((e) => e.status === status))).toEqual([]);
  });

  it('uses the source kinds the five articles have, and deliberately not the others', () => {
    const used = new Set(dataset.sources.map((s) => s.kind));
    // No article is partisan commentary or a press release; nothing needed "other".
    expect(SOURCE_KINDS.filter((kind) => !used.has(kind))).toEqual(['partisan-commentary', 'press-release', 'other']);
  });

  it('has one source per article, a URL only where the article gives one, and dates derived from the text', () => {
    expect(dataset.sources).toHaveLength(5);
    expect(dataset.sources.filter((s) => s.url).map((s) => s.url)).toEqual([
      'https://edition.cnn.com/europe/live-news/ukraine-russia-news-01-27-22/',
    ]);
    for (const source of dataset.sources) {
      expect(source.note, source.id).toMatch(/\S/);
      expect(parsePartialDate(source.published ?? '').ok, source.id).toBe(true);
    }
    // Outlets not named in their own text are described, not guessed.
    expect(dataset.sources.filter((s) => /not named in the text/.test(s.outlet))).toHaveLength(2);
  });

  it('gives one claim id one proposition: an id used on several events has the same text on each', () => {
    const texts = new Map<string, Set<string>>();
    for (const e of dataset.events) {
      for (const c of e.claims ?? []) texts.set(c.id, (texts.get(c.id) ?? new Set()).add(c.text));
    }
    const shared = [...texts].filter(([, t]) => t.size > 1).map(([id, t]) => `${id}: ${[...t].join(' | ')}`);
    expect(shared).toEqual([]);
    // The ids that travel between the call, CNN's report, the forecast and Horne's two rebuttals do travel.
    const eventsWith = (id: string) => dataset.events.filter((e) => e.claims?.some((c) => c.id === id)).length;
    for (const id of ['invasion-possible', 'invasion-certain', 'did-not-go-well', 'only-a-possibility']) {
      expect(eventsWith(id), id).toBeGreaterThan(1);
    }
  });

  it('words a claim that accounts report someone saying as what that person said, not as a fact about the world', () => {
    // Claims whose accounts report what a person said in the call or at the press conference: the text names the teller.
    const told: Record<string, string> = {
      'invasion-possible': 'Biden told Zelensky',
      'invasion-certain': 'Biden told Zelensky',
      'warned-imminent': 'Biden warned Zelensky',
      'prepare-for-impact': 'Biden told Zelensky',
      'no-more-military-help': 'Biden said',
      'only-a-possibility': 'Biden told Zelensky',
      'zelensky-disagreed-on-risk': 'Zelensky told Biden',
      'calm-down-messaging': 'Zelensky urged Biden',
      'knows-details-better': 'Zelensky said',
    };
    // Claims that are a judgement of those who hold them: every asserting account is in a holder's voice.
    const heldBy: Record<string, RegExp> = {
      'did-not-go-well': /senior Ukrainian official/,
      'account-false': /^(horne|white-house)\b/,
      'account-not-accurate': /spokesman for Zelensky/,
      'build-up-prelude': /^white-house\b/,
      'biden-misreads': /^posobiec\b|^the news site of 28 Jan/,
    };
    for (const e of dataset.events) {
      const { claims } = accountsByClaim(e);
      for (const { claim, asserting } of claims) {
        const where = `${e.id} ${claim.id}`;
        if (told[claim.id]) {
          expect(claim.text.startsWith(told[claim.id]!), where).toBe(true);
        } else {
          expect(heldBy[claim.id], `${where}: a new claim; say whose words or whose judgement it is`).toBeDefined();
          for (const i of asserting) {
            const x = e.excerpts[i]!;
            expect(`${x.speaker ?? ''} ${x.attribution ?? ''}`.trim(), where).toMatch(heldBy[claim.id]!);
          }
        }
      }
    }
  });

  it('marks a claim contested only where an account disputes it in substance, in words that contradict it', () => {
    // The words that contradict each claim, as the December 2026 review established them. A claim missing here has no
    // account that contradicts it: linking one as disputing (as Sputnik's "White House Denies It" once was, against
    // "could be imminent", which the White House confirmed) fails here.
    const contradicting: Record<string, RegExp> = {
      'did-not-go-well': /disput|falsehoods|"productive,"/,
      'invasion-certain':
        /did not say that it definitely would|stopped short of definitely saying|distinct possibility|Denies It/,
      'prepare-for-impact': /pushed back on/,
      'build-up-prelude': /pushing claims|unproven claims|vehemently rejected/,
      'biden-misreads': /question is not about the U\.S\. president/,
    };
    const contested: string[] = [];
    for (const e of dataset.events) {
      for (const { claim, disputing, asserting } of accountsByClaim(e).claims) {
        for (const i of disputing) {
          const where = `${e.id} ${claim.id}: ${e.excerpts[i]!.quote}`;
          expect(contradicting[claim.id], where).toBeDefined();
          expect(e.excerpts[i]!.quote, where).toMatch(contradicting[claim.id]!);
          // No account takes both sides of one claim.
          expect(asserting, where).not.toContain(i);
        }
        if (disputing.length > 0) contested.push(`${e.id} ${claim.id}`);
      }
    }
    expect(contested).toEqual([
      '2022-01-27-biden-zelensky-call did-not-go-well',
      '2022-01-27-biden-zelensky-call invasion-certain',
      '2022-01-27-biden-zelensky-call prepare-for-impact',
      '2022-01-27-cnn-reports-call-did-not-go-well did-not-go-well',
      '2022-01-27-cnn-reports-call-did-not-go-well invasion-certain',
      '2022-01-27-cnn-reports-call-did-not-go-well prepare-for-impact',
      '2022-01-28-zelensky-press-conference biden-misreads',
      '2022-02-russian-invasion-forecast invasion-certain',
      '2022-02-russian-invasion-forecast prepare-for-impact',
      '2022-02-russian-invasion-forecast build-up-prelude',
    ]);
  });

  it('names the hops of every account of an anonymous person in one form: who, via whom, as relayed by whom', () => {
    // How each article is named in attributions.
    const outlet: Record<string, string> = {
      'cnn-live-2022-01-27': 'CNN',
      'sputnik-2022-01-28': 'Sputnik International',
      'us-news-site-2022-01-28': 'the news site of 28 Jan',
      'unilad-2022-01': 'UNILAD',
      'news-site-2021-12-29': 'the news site of 29 Dec',
    };
    const chain = /^(?<who>.+?), via (?<first>[^,(]+?)(?:, as relayed by (?<last>[^,(]+?))?(?: \((?<note>.+)\))?$/;
    const anonymous = /\b(official|source|sources|spokesman|spokesperson|member|speaker)\b/;
    let checked = 0;
    for (const e of dataset.events) {
      for (const x of e.excerpts) {
        if (x.speaker !== undefined || !anonymous.test(x.attribution ?? '')) continue;
        const where = `${e.id}: ${x.attribution}`;
        const parts = chain.exec(x.attribution!)?.groups;
        expect(parts, where).toBeDefined();
        // The last hop named is the article the excerpt is quoted from.
        expect(parts!.last ?? parts!.first, where).toBe(outlet[x.source]);
        if (x.attribution!.includes('senior Ukrainian official')) {
          expect(parts!.who, where).toBe('a senior Ukrainian official, speaking anonymously');
          expect(parts!.first, where).toBe('CNN');
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('disputes CNN’s report where its answers say what they dispute, and Zelensky’s press remarks by his own words', () => {
    const report = event('2022-01-27-cnn-reports-call-did-not-go-well');
    const { claims, other } = accountsByClaim(report);
    // Every answer on the report is linked to what it answers; only Sputnik's relay of the report is on no claim.
    expect(other.map((i) => report.excerpts[i]!.quote)).toEqual([expect.stringContaining('reportedly disagreed')]);
    expect(claims.filter(isContested).map((c) => c.claim.id)).toEqual([
      'did-not-go-well',
      'invasion-certain',
      'prepare-for-impact',
    ]);
    const press = event('2022-01-28-zelensky-press-conference');
    const misreads = accountsByClaim(press).claims.find((c) => c.claim.id === 'biden-misreads')!;
    expect(misreads.disputing.map((i) => press.excerpts[i]!.speaker)).toEqual(['zelensky']);
    expect(isEventDisputed(press)).toBe(true);
  });

  it('has the happenings the review found missing, and no event resting on another’s one sentence', () => {
    const briefing = event('2022-01-27-source-previews-zelensky-concerns');
    expect(briefing.start).toBe('2022-01-27');
    expect(
      briefing.excerpts.every((x) => x.attribution === "a source familiar with Zelensky's thinking, via CNN"),
    ).toBe(true);
    expect(briefing.related).toContainEqual({ event: '2022-01-27-biden-zelensky-call', relation: 'precedes' });
    // The expectations before the call moved here from the call.
    const call = event('2022-01-27-biden-zelensky-call');
    expect(call.excerpts.filter((x) => x.attribution?.startsWith('a source familiar'))).toEqual([]);
    // A state in the present tense in UNILAD, dated to its report, known only to 27–31 January.
    const talks = event('2022-01-27-us-russia-talks-fail-to-make-progress');
    expect([talks.start, talks.end, talks.status]).toEqual(['2022-01-27', '2022-01-31', 'occurred']);
    expect(talks.excerpts.map((x) => x.source)).toEqual(['unilad-2022-01']);
    // Raju's report was the Menendez meeting's one sentence: one event, Raju its speaker.
    expect(dataset.events.some((e) => e.id === '2022-01-24-raju-reports-sanctions-negotiations')).toBe(false);
    expect(event('2022-01-24-menendez-senators-meeting').excerpts.map((x) => x.speaker)).toEqual(['raju']);
  });

  it('keeps the review’s leftovers fixed: the gloss, the demand’s day, the linked answers to Russia', () => {
    // "which begin Feb. 4" is CNN's gloss, not what Çavuşoğlu was told.
    const gloss = event('2022-02-04-beijing-olympics-open').excerpts[0]!;
    expect(gloss.speaker).toBeUndefined();
    expect(gloss.attribution).toMatch(/^CNN\b/);
    // A present-tense state is dated to the day of its report, as the troop levels of the same paragraph are.
    expect(event('2021-12-29-putin-demands-nato-guarantees').start).toBe(
      event('2021-12-29-russian-troops-along-ukraine-borders').start,
    );
    expect(event('2022-01-us-rejects-russia-main-demand').related).toContainEqual({
      event: '2022-01-26-us-written-proposals-to-moscow',
      relation: 'context-for',
    });
    // "the Thursday call" is Sputnik's phrase, not the readout's.
    expect(event('2022-01-27-biden-zelensky-call').dateNote).not.toMatch(/the readout "the Thursday call"/);
  });

  it('has the counts that data/README.md states', () => {
    const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const stated =
      /Contents: (\d+) events, (\d+) actors, (\d+) sources, (\d+) sides and (\d+) excerpts; (\d+) claims on (\d+) events, with (\d+) links from excerpts to claims; (\d+) of the claims are contested .*?, which makes (\d+) events disputed\./.exec(
        readme,
      );
    expect(stated, 'the Contents line of data/README.md').not.toBeNull();
    const withClaims = dataset.events.filter((e) => (e.claims?.length ?? 0) > 0);
    const actual = [
      dataset.events.length,
      dataset.actors.length,
      dataset.sources.length,
      dataset.sides.length,
      dataset.events.reduce((n, e) => n + e.excerpts.length, 0),
      withClaims.reduce((n, e) => n + e.claims!.length, 0),
      withClaims.length,
      dataset.events.reduce((n, e) => n + e.excerpts.reduce((m, x) => m + (x.claims?.length ?? 0), 0), 0),
      dataset.events.reduce((n, e) => n + accountsByClaim(e).claims.filter(isContested).length, 0),
      dataset.events.filter(isEventDisputed).length,
    ];
    expect(stated!.slice(1).map(Number)).toEqual(actual);
  });

  it('keeps the sources’ own spellings in quotes, and aliases that find them', () => {
    const erdogan = dataset.actors.find((a) => a.id === 'erdogan')!;
    expect(erdogan.aliases).toEqual(expect.arrayContaining(['Erdoan', 'Erdogan']));
    expect(dataset.events.some((e) => e.excerpts.some((x) => x.quote.includes('Erdoan')))).toBe(true);
    const zelensky = dataset.actors.find((a) => a.id === 'zelensky')!;
    expect(zelensky.aliases).toEqual(expect.arrayContaining(['Zelensky', 'Zelenskyy']));
  });
});
