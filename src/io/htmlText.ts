/**
 * HTML (as TimelineJS stores its text) to plain text, without a DOM: importers run in Node tests
 * and may run in a worker, where there is no DOMParser. The result is only ever shown as text,
 * so the goal is readable words, not faithful rendering: markup is removed, never kept.
 */

/** Elements whose content is not text for a reader. */
const DROPPED_ELEMENTS = /<(script|style|template|noscript|iframe|object|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * A tag: "<" then a name (or "/" and a name), attributes whose quoted values may hold ">", then ">".
 * A "<" that does not start a tag ("a < b") is text and stays.
 */
const TAG = /<\/?[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** Tags that separate words when rendered (a line break, a new paragraph or cell). */
const BREAKING_TAG =
  /^<\/?(?:br|p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|thead|tbody|blockquote|hr|section|article|header|footer|figure|figcaption|pre|address|img)\b/i;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  deg: '\u00b0',
  euro: '\u20ac',
  pound: '\u00a3',
  middot: '\u00b7',
  bull: '\u2022',
  shy: '',
};

export function htmlToText(html: string): string {
  const withoutMarkup = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(DROPPED_ELEMENTS, ' ')
    // Inline tags join their neighbours ("Bi<b>den</b>" is one word); block tags separate them.
    .replace(TAG, (tag) => (BREAKING_TAG.test(tag) ? ' ' : ''));
  // Entities are decoded after the tags are gone, so "&lt;b&gt;" becomes the text "<b>", not a tag.
  return decodeEntities(withoutMarkup).replace(/\s+/g, ' ').trim();
}

/** One pass, so "&amp;lt;" is the text "&lt;" (decoded once, as a browser would), not "<". */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g,
    (whole, dec, hex, name) => {
      if (dec !== undefined || hex !== undefined)
        return fromCodePoint(dec !== undefined ? Number(dec) : parseInt(hex, 16));
      const named = NAMED_ENTITIES[name as string] ?? NAMED_ENTITIES[(name as string).toLowerCase()];
      // An unknown name ("AT&T;" or "&foo;") is left as written: it is text, not an entity we know.
      return named ?? whole;
    },
  );
}

function fromCodePoint(code: number): string {
  // NUL, surrogates and numbers past Unicode are not characters: the replacement character, as browsers do.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}
