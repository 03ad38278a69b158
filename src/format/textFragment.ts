/**
 * Links that open an article at a quote: a URL text fragment (WICG "Scroll to Text Fragment",
 * `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`), which supporting browsers scroll to and
 * highlight; others simply open the article.
 *
 * Browsers match each term only at word boundaries and only as contiguous text, so terms are made
 * of whole words, and a quote that marks omissions ("...", "…") is matched from the first words
 * before the first omission to the last words after the last one. Long quotes use a few words at
 * each end (textStart,textEnd): the link stays short, and small differences in the middle of a
 * long passage cannot stop the match.
 */

/** A quote up to this many words is matched whole. */
const WHOLE_QUOTE_WORDS = 10;
/** Otherwise this many words at its start and at its end. */
const EDGE_WORDS = 5;
/** A single "word" longer than this (no spaces in sight) is cut: the link must stay a link. */
const MAX_TERM_LENGTH = 120;

/** Omission marks inside a quote: "...", "…", and either one in square brackets. */
const OMISSION = /\[\s*(?:\.{3}|…)\s*\]|\.{3,}|…/;
/**
 * Direction and zero-width controls are never part of the visible text a browser matches against;
 * a lone surrogate is not text at all (and `encodeURIComponent` throws on one).
 */
const INVISIBLE =
  /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Percent-encodes one term of a text directive. `encodeURIComponent` covers everything a URL
 * fragment cannot hold and also `&` and `,`; the spec also reserves `-` (prefix/suffix markers).
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The text directive for a quote, e.g. `text=Biden%20told%20Zelensky,would%20happen`, or null for no words. */
export function textDirective(quote: string): string | null {
  const segments = quote
    .replace(INVISIBLE, '')
    .split(OMISSION)
    .map((segment) => words(segment))
    .filter((segment) => segment.length > 0);
  if (segments.length === 0) return null;
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  if (segments.length === 1 && first.length <= WHOLE_QUOTE_WORDS) {
    return `text=${encodeFragmentTerm(term(first))}`;
  }
  // One segment has more than 2 × EDGE_WORDS words here, so its two ends never overlap.
  const start = first.slice(0, EDGE_WORDS);
  const end = last.slice(-EDGE_WORDS);
  return `text=${encodeFragmentTerm(term(start))},${encodeFragmentTerm(term(end))}`;
}

/**
 * The article's URL with a text fragment for the quote. A fragment the URL already has is kept
 * (the directive follows it, as the spec allows); a text directive it already has is replaced.
 */
export function quoteUrl(articleUrl: string, quote: string): string {
  const directive = textDirective(quote);
  if (directive === null) return articleUrl;
  const hash = articleUrl.indexOf('#');
  if (hash < 0) return `${articleUrl}#:~:${directive}`;
  const delimiter = articleUrl.indexOf(':~:', hash);
  const base = delimiter < 0 ? articleUrl : articleUrl.slice(0, delimiter);
  return `${base}:~:${directive}`;
}

/** The host a link leads to, as the address bar would show it (international names in punycode). */
export function linkHost(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

function term(wordList: string[]): string {
  const text = wordList.join(' ');
  if (text.length <= MAX_TERM_LENGTH) return text;
  // Never end on the first half of a surrogate pair.
  return text.slice(0, MAX_TERM_LENGTH).replace(/[\ud800-\udbff]$/, '');
}
