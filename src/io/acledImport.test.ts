/** ACLED-layout conflict-event exports, from a small fixture written for the tests (e2e/fixtures/acled-sample.csv). */
import { describe, expect, test } from 'vitest';
import { importCsv } from './csvImport';
import { expectValid, readRepoFile } from './testHelpers';

describe('an ACLED export (e2e/fixtures/acled-sample.csv)', () => {
  const result = importCsv(readRepoFile('e2e/fixtures/acled-sample.csv'), { fileName: 'acled-sample.csv' });
  const dataset = expectValid(result.dataset);
  const byId = (id: string) => dataset.events.find((event) => event.id === id)!;

  test('each row is an event, with ACLED’s event id, its type, its actors (sides from ACLED’s actor types)', () => {
    expect(dataset.events.map((event) => [event.id, event.type])).toEqual([
      ['UKR1001', 'remote-violence'],
      ['UKR1002', 'battle'],
      ['UKR1003', 'violence-against-civilians'],
      ['UKR1004', 'protest'],
    ]);
    expect(byId('UKR1001').actors).toEqual(['military-forces-of-russia-2000', 'military-forces-of-ukraine-2019']);
    expect(dataset.actors.map((actor) => [actor.name, actor.side])).toEqual([
      ['Military Forces of Russia (2000-)', 'state-forces'],
      ['Military Forces of Ukraine (2019-)', 'state-forces'],
      ['Civilians (Ukraine)', 'civilians'],
      ['Protesters (Ukraine)', 'protesters'],
      ['Women (Ukraine)', 'associated-actors'],
    ]);
  });

  test('time_precision 1 is the day, 2 the week around the coded date, 3 the month; each says so', () => {
    expect(byId('UKR1001')).toMatchObject({ start: '2022-02-24' });
    expect(byId('UKR1001').dateNote).toBeUndefined();
    expect(byId('UKR1003')).toMatchObject({ start: '2022-02-27', end: '2022-03-05' });
    expect(byId('UKR1003').dateNote).toMatch(/^ACLED time_precision 2: the sources give the week, not the day/);
    expect(byId('UKR1004')).toMatchObject({ start: '2022-03' });
    expect(byId('UKR1004').dateNote).toMatch(/^ACLED time_precision 3: the sources give only the month/);
  });

  test('each outlet in source is a source; notes are the summary and each account, marked as a paraphrase', () => {
    expect(dataset.sources.map((source) => source.outlet)).toEqual([
      'Ukrainska Pravda',
      'BBC',
      'Reuters',
      'Kyiv Independent',
    ]);
    const strike = byId('UKR1001');
    expect(strike.summary).toBe(
      'On 24 February 2022, Russian forces struck the airfield at Boryspil with missiles.\n\nLocation: Boryspil, Kyivska, Ukraine (50.3527, 30.9550). Fatalities reported: 0.',
    );
    expect(strike.excerpts.map((excerpt) => excerpt.source)).toEqual(['ukrainska-pravda', 'bbc']);
    expect(strike.excerpts[0]).toMatchObject({
      quote: 'On 24 February 2022, Russian forces struck the airfield at Boryspil with missiles.',
      attribution:
        "ACLED's notes: its coder's description of what the sources reported (a paraphrase, not a quote from this outlet)",
    });
    expect(strike.title).toBe('Air/drone strike in Boryspil');
    expect(dataset.description).toContain('a paraphrase, not quotes');
  });

  test('rows without a source or notes are reported by their row, and the others open', () => {
    expect(result.rowProblems).toEqual([
      { row: 6, message: 'row 6: source is empty (ACLED names the outlets an event was coded from)' },
      { row: 7, message: "row 7: notes is empty (ACLED's description of the event stands in as its accounts)" },
    ]);
  });
});

test('an unknown event type or time precision is named', () => {
  const header = 'event_id_cnty,event_date,time_precision,event_type,actor1,source,notes';
  const result = importCsv([header, 'X1,2022-03-01,4,Battles,A,BBC,N', 'X2,2022-03-01,1,Skirmish,A,BBC,N'].join('\n'), {
    fileName: 'x.csv',
  });
  expect(result.rowProblems.map((problem) => problem.message)).toEqual([
    'row 2: time_precision "4" is not 1 (day), 2 (week) or 3 (month)',
    'row 3: event_type "Skirmish" is not one of ACLED\'s (battles, explosions/remote violence, remote violence, violence against civilians, protests, riots, strategic developments)',
  ]);
});
