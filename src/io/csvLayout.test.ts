import { describe, expect, test } from 'vitest';
import { columnOf, guardFormula, unguardFormula, CSV_COLUMNS, EVENT_COLUMNS } from './csvLayout';

describe('formula guard', () => {
  test.each(['=SUM(A1:A2)', '+44 20 7946 0000', '-5 degrees', '@user', '\tindented', '\rCR first'])(
    'a cell starting like a formula gets an apostrophe: %j',
    (cell) => {
      expect(guardFormula(cell)).toBe(`'${cell}`);
    },
  );

  test.each(['plain', "'Tis the season", '1=1', 'a-b', ''])('other cells are left alone: %j', (cell) => {
    expect(guardFormula(cell)).toBe(cell);
    expect(unguardFormula(cell)).toBe(cell);
  });

  test.each(['=1', "'=1", "''=1", "'+x", "'", "'Tis", '@', '-', "'-"])('round trip is exact for %j', (cell) => {
    expect(unguardFormula(guardFormula(cell))).toBe(cell);
  });

  test('an apostrophe the guard could have added is taken off exactly once', () => {
    expect(unguardFormula("'=1")).toBe('=1');
    expect(unguardFormula("''=1")).toBe("'=1");
  });
});

describe('columnOf', () => {
  test.each([
    ['Date', 'date'],
    [' TIME ZONE ', 'time_zone'],
    ['time-zone', 'time_zone'],
    ['Source_Kind', 'source_kind'],
    ['Outlet', 'source'],
    ['start', 'date'],
    ['id', 'event_id'],
  ])('%j → %s', (header, column) => {
    expect(columnOf(header)).toBe(column);
  });

  test('unknown names are undefined', () => {
    expect(columnOf('qoute')).toBeUndefined();
  });
});

describe('the column lists', () => {
  test('the export order is event_id, the event cells, then the excerpt cells, each once', () => {
    expect(new Set(CSV_COLUMNS).size).toBe(CSV_COLUMNS.length);
    expect(CSV_COLUMNS.slice(0, EVENT_COLUMNS.length + 1)).toEqual(['event_id', ...EVENT_COLUMNS]);
    expect(EVENT_COLUMNS).toEqual([
      'date',
      'end',
      'time_zone',
      'title',
      'type',
      'status',
      'actors',
      'side',
      'summary',
      'date_note',
    ]);
    expect(CSV_COLUMNS.at(-1)).toBe('claim_stance');
  });

  test('every column is read back under its own name', () => {
    for (const column of CSV_COLUMNS) expect(columnOf(column)).toBe(column);
  });
});
