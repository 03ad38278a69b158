/**
 * Letters without their accents, and ids made from names. One place for both, because search
 * (engine/fold.ts), imported ids (io/), export file names and the synthetic generator must agree
 * on what "Erdoğan" is without its accents.
 */

/** Letters that carry no combining mark to drop: Unicode has no decomposition for them. */
const UNDECOMPOSABLE: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  þ: 'th',
  Þ: 'TH',
  ð: 'd',
  Ð: 'D',
};
const UNDECOMPOSABLE_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'g');
const MARKS = /\p{M}+/gu;

/**
 * "Yıldıroğlu" → "Yildiroglu", "Łukaszenka" → "Lukaszenka", "ﬁnal" → "final": accents dropped
 * (NFKD splits "ğ" into "g" and a combining mark), compatibility forms expanded, case kept. Letters
 * of other scripts stay as they are.
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(UNDECOMPOSABLE_LETTER, (c) => UNDECOMPOSABLE[c] ?? c);
}

const MAX_SLUG_LENGTH = 60;

/**
 * "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan": lower-case ASCII letters, digits and dashes,
 * the dataset's form of an id (ids travel in URLs, `?actor=joe-biden`). A name with no Latin
 * letters or digits at all (e.g. Cyrillic) gives `fallback`; callers number such ids apart.
 */
export function slugify(text: string, fallback: string): string {
  const slug = foldAccents(text)
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
