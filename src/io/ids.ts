/**
 * Ids for imported data. Imported files name things ("Joe Biden", "CNN") but the dataset refers
 * to them by id, and ids travel in URLs (`?actor=joe-biden`), so they are slugs: lower-case
 * ASCII letters, digits and dashes. They are derived from names only, never from row order or
 * randomness, so importing the same file twice gives the same ids (and the same shared links).
 */
import { sideSchema } from '../dataset/schema';

/** The id rule of the dataset contract, taken from the schema itself so the two cannot drift. */
export function isDatasetId(value: string): boolean {
  return sideSchema.shape.id.safeParse(value).success;
}

// importDraft.ts takes slugify from here; the one definition is in dataset/slugs.ts.
export { slugify } from '../dataset/slugs';

/**
 * Hands out unique ids: the first taker of a base gets it as is, later ones "-2", "-3", …
 * `reserve` claims ids that must stay exactly as written (ids given in the file) before any
 * derived id is handed out, so a derived id can never take an id the file itself uses.
 */
export class IdAllocator {
  private readonly taken = new Set<string>();

  reserve(id: string): void {
    this.taken.add(id);
  }

  take(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/**
 * The date part of a derived event id: the calendar day as written ("2022-01-27"), or for a year
 * before 0 its reading ("44bc-03-15" for -000043-03-15): an id starts with a letter or digit, and a
 * reader of the link should see the year they know. Years after 9999 lose their "+".
 */
export function idDatePart(partialDate: string): string {
  const day = partialDate.split('T')[0]!;
  const expanded = /^([+-])(\d{6})(.*)$/.exec(day);
  if (!expanded) return day;
  const [, sign, digits, rest] = expanded as unknown as [string, string, string, string];
  const year = Number(digits);
  return sign === '-' ? `${year + 1}bc${rest}` : `${year}${rest}`;
}
