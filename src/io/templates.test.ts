/** The spreadsheet template and filled example offered in "Open dataset…" (public/templates/). */
import { describe, expect, test } from 'vitest';
import { importCsv } from './csvImport';
import { CSV_COLUMNS } from './csvLayout';
import { readRepoFile, realDataset } from './testHelpers';

describe('the CSV template and its filled example', () => {
  test('the template is the header row of the import layout, with the byte-order mark Excel needs', () => {
    expect(readRepoFile('public/templates/sourceline-template.csv')).toBe(`\ufeff${CSV_COLUMNS.join(',')}\r\n`);
  });

  test('the example opens with nothing left out, and every quote in it is one of the bundled dataset’s, verbatim', () => {
    const result = importCsv(readRepoFile('public/templates/sourceline-example.csv'), { fileName: 'example.csv' });
    expect(result.rowProblems).toEqual([]);
    const example = result.dataset!;
    expect(example.events.length).toBeGreaterThanOrEqual(3);
    expect(example.events.some((event) => event.claims?.length)).toBe(true);
    const bundledQuotes = new Set(
      realDataset().events.flatMap((event) => event.excerpts.map((excerpt) => excerpt.quote)),
    );
    for (const event of example.events)
      for (const excerpt of event.excerpts) expect(bundledQuotes).toContain(excerpt.quote);
  });
});
