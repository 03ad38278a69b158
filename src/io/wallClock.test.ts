import { describe, expect, test } from 'vitest';
import { wallClockInZone } from './wallClock';

describe('wallClockInZone', () => {
  test('gives the zone’s offset at that time, winter and summer', () => {
    expect(wallClockInZone('2021-12-30', 15, 30, undefined, 'America/New_York')).toEqual({
      ok: true,
      text: '2021-12-30T15:30-05:00',
      ambiguous: false,
    });
    expect(wallClockInZone('2022-07-01', 9, 0, 5, 'Europe/Kyiv')).toEqual({
      ok: true,
      text: '2022-07-01T09:00:05+03:00',
      ambiguous: false,
    });
    expect(wallClockInZone('2022-01-27', 23, 45, undefined, 'Asia/Kolkata')).toMatchObject({
      text: '2022-01-27T23:45+05:30',
    });
    expect(wallClockInZone('2022-01-27', 0, 0, undefined, 'UTC')).toMatchObject({ text: '2022-01-27T00:00+00:00' });
  });

  test('a time skipped when the clocks go forward is an error', () => {
    const result = wallClockInZone('2022-03-13', 2, 30, undefined, 'America/New_York');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('did not happen in America/New_York');
  });

  test('a time that happens twice when the clocks go back takes the earlier, and says so', () => {
    expect(wallClockInZone('2022-11-06', 1, 30, undefined, 'America/New_York')).toEqual({
      ok: true,
      text: '2022-11-06T01:30-04:00',
      ambiguous: true,
    });
  });

  test('a time in local mean time (an offset with seconds) is refused with a clean message', () => {
    const result = wallClockInZone('1890-01-01', 10, 0, undefined, 'Europe/Kyiv');
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^1890-01-01 10:00 in Europe\/Kyiv was at \+02:02:04; that is local mean time/),
    });
  });

  test('does not depend on the machine’s own zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(wallClockInZone('2021-12-30', 15, 30, undefined, 'America/New_York')).toMatchObject({
        text: '2021-12-30T15:30-05:00',
      });
    } finally {
      process.env.TZ = before;
    }
  });
});
