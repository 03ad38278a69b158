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

const MAX_SLUG_LENGTH = 60;

/**
 * "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan". Accents are dropped rather than the letters
 * (NFKD splits "ğ" into "g" + a combining mark). A name with no Latin letters or digits at all
 * (e.g. Cyrillic) gives `fallback`; the allocator then numbers such ids apart.
 */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    // "Ukraine's" → "ukraines", not "ukraine-s".
    .replace(/['\u2019]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return fallback;
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  // Cut at a word boundary where there is one, so ids stay readable.
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

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
