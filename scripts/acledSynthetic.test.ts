import { describe, expect, test } from 'vitest';
import { importCsv } from '../src/io/csvImport';
import { generateAcledCsv } from './acledSynthetic';

describe('the synthetic ACLED export', () => {
  test('is deterministic from its seed', () => {
    expect(generateAcledCsv({ rows: 50, seed: 3 })).toBe(generateAcledCsv({ rows: 50, seed: 3 }));
    expect(generateAcledCsv({ rows: 50, seed: 3 })).not.toBe(generateAcledCsv({ rows: 50, seed: 4 }));
  });

  test('50,000 rows open as 50,000 events, none left out', () => {
    const result = importCsv(generateAcledCsv({ rows: 50_000, seed: 7 }), { fileName: 'acled-50k.csv' });
    expect(result.rowProblems).toEqual([]);
    expect(result.dataset!.events).toHaveLength(50_000);
    expect(new Set(result.dataset!.events.map((event) => event.type))).toEqual(
      new Set(['battle', 'remote-violence', 'violence-against-civilians', 'protest', 'riot', 'strategic-development']),
    );
    expect(result.dataset!.sides.map((side) => side.name).sort()).toEqual(
      ['External/Other forces', 'Political militia', 'Protesters', 'Rioters', 'State forces', 'Civilians'].sort(),
    );
  });
});
