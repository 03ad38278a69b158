/**
 * HTML (as TimelineJS stores its text) to plain text, without a DOM: importers run in Node tests
 * and may run in a worker, where there is no DOMParser. The result is only ever shown as text,
 * so the goal is readable words, not faithful rendering: markup is removed, never kept.
 *
 * A single forward scan, never a regular expression over tags: a pattern that may retry from
 * every "<" takes polynomial time on a few kilobytes of "<a<a<a…" (a file could freeze the page).
 * Every step below moves forward, and nothing is read twice except by one `indexOf`/search that
 * either succeeds (and is then skipped past) or ends the scan; so the time is linear in the length.
 */

/** Elements whose content is not text for a reader: dropped with everything up to their end tag. */
const DROPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);

/** Tags that separate words when rendered (a line break, a new paragraph or cell). */
const BREAKING_ELEMENTS = new Set(
  'br p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr td th table thead tbody blockquote hr section article header footer figure figcaption pre address img'.split(
    ' ',
  ),
);

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

export interface HtmlToTextOptions {
  /**
   * Keep each link's address, in brackets after its words: `<a href="https://x.org/a">the report</a>`
   * becomes "the report (https://x.org/a)". Only http(s) addresses are kept, and none whose words
   * are the address itself.
   */
  links?: boolean;
}

export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  // Entities are decoded after the tags are gone, so "&lt;b&gt;" becomes the text "<b>", not a tag.
  return decodeEntities(stripMarkup(html, options.links === true))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The http(s) address of an `<a>` start tag's href (entities decoded), from its attributes' text. */
function linkTarget(attributes: string): string | null {
  const m = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
  if (!m) return null;
  const href = decodeEntities((m[1] ?? m[2] ?? m[3] ?? '').trim());
  return /^https?:\/\/[^\s]+$/i.test(href) ? href : null;
}

/**
 * Removes tags, comments and the content of script-like elements. Inline tags join their
 * neighbours ("Bi<b>den</b>" is one word); block tags separate them. A "<" that does not start a
 * tag ("a < b") is text. A tag that never closes (no ">" before the end) is left as text, with
 * everything after it: a browser would hide it all, and showing characters is the safer mistake.
 */
function stripMarkup(html: string, keepLinks: boolean): string {
  const parts: string[] = [];
  let textStart = 0;
  // The open link, if any: its address and where its words begin in `parts`.
  let link: { href: string; from: number } | null = null;
  let i = html.indexOf('<');
  while (i !== -1) {
    const skipped = skipMarkupAt(html, i);
    if (skipped === null) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    if (skipped.end === -1) break; // Never closes: the rest is text.
    parts.push(html.slice(textStart, i));
    if (keepLinks && skipped.link !== undefined) {
      if (skipped.link === 'end' && link) {
        const words = decodeEntities(parts.slice(link.from).join('')).trim();
        // Escaped so that the decoding of the whole text leaves the address as it is.
        if (words !== link.href) parts.push(` (${link.href.replace(/&/g, '&amp;')})`);
        link = null;
      } else if (skipped.link !== 'end') link = { href: skipped.link, from: parts.length };
    }
    parts.push(skipped.replacement);
    textStart = skipped.end;
    i = html.indexOf('<', textStart);
  }
  parts.push(html.slice(textStart));
  // A link never closed still keeps its address, after everything it holds.
  if (link) parts.push(` (${link.href.replace(/&/g, '&amp;')})`);
  return parts.join('');
}

/**
 * What to put in place of the markup that starts at `<`, and where it ends; null if it is text.
 * `link` is set for `<a>` tags: the address a start tag links to, or 'end' for `</a>`.
 */
function skipMarkupAt(html: string, at: number): { end: number; replacement: string; link?: string | 'end' } | null {
  if (html.startsWith('<!--', at)) {
    const close = html.indexOf('-->', at + 4);
    // An unclosed comment hides the rest, as in a browser (it was never meant to be read).
    return { end: close === -1 ? html.length : close + 3, replacement: ' ' };
  }
  const closing = html[at + 1] === '/';
  const nameStart = at + (closing ? 2 : 1);
  if (!isAsciiLetter(html.charCodeAt(nameStart))) return null;
  let nameEnd = nameStart + 1;
  while (nameEnd < html.length && !/[\s/>]/.test(html[nameEnd]!)) nameEnd++;
  const end = tagEnd(html, nameEnd);
  if (end === -1) return { end: -1, replacement: '' };
  const name = html.slice(nameStart, nameEnd).toLowerCase();
  if (!closing && DROPPED_ELEMENTS.has(name)) return { end: endOfElement(html, name, end), replacement: ' ' };
  const replacement = BREAKING_ELEMENTS.has(name) ? ' ' : '';
  if (name !== 'a') return { end, replacement };
  if (closing) return { end, replacement, link: 'end' };
  const href = linkTarget(html.slice(nameEnd, end - 1));
  return href === null ? { end, replacement } : { end, replacement, link: href };
}

/** Just past the ">" that ends a tag whose attributes start at `from` (a quoted value may hold ">"); -1 if none. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (c === '>') return i + 1;
    if (c === '"' || c === "'") {
      const close = html.indexOf(c, i + 1);
      if (close === -1) return -1;
      i = close;
    }
  }
  return -1;
}

/** Just past the end tag of a dropped element (its content is not text), or the end of the input. */
function endOfElement(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}\\s*>`, 'gi');
  endTag.lastIndex = from;
  const found = endTag.exec(html);
  return found ? found.index + found[0].length : html.length;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
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
