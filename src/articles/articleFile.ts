/**
 * An article file (`data/articles/*.txt`): a short header written by the curators, then a line
 * `---`, then the article's text exactly as it was received. Quotes are checked against the text
 * only, never the header, so a URL or a title the curators wrote cannot prove itself.
 *
 *   Outlet: CNN (live blog)
 *   Title: Tensions simmer in UkraineRussia border crisis
 *   Date: 2022-01-27 (printed as "20220127")
 *   URL: https://edition.cnn.com/europe/live-news/ukraine-russia-news-01-27-22/
 *   ---
 *   (the article text)
 *
 * The header is optional: a file whose first lines are not `Key: value` lines closed by `---` is
 * all article text.
 */

/** Article texts are a few kilobytes; anything far larger is not one (the app and the proof both stop there). */
export const MAX_ARTICLE_BYTES = 5_000_000;

export interface ArticleFile {
  /** Header fields in file order, e.g. [["Outlet", "CNN"], ["Date", "2022-01-27"]]. */
  header: [key: string, value: string][];
  /** The article text as received (everything after the `---` line). */
  text: string;
}

const HEADER_LINE = /^([A-Za-z][A-Za-z0-9 -]*):[ \t]*(.*)$/;
/** A header is short; a `---` further down is part of the article. */
const MAX_HEADER_LINES = 20;

export function parseArticleFile(content: string): ArticleFile {
  // A byte-order mark is an artefact of the editor, not part of the article.
  const source = content.startsWith('\ufeff') ? content.slice(1) : content;
  const header: [string, string][] = [];
  let at = 0;
  for (let line = 0; line <= MAX_HEADER_LINES; line++) {
    const end = source.indexOf('\n', at);
    if (end < 0) break;
    const text = source.slice(at, end).replace(/\r$/, '');
    if (text === '---') return { header, text: source.slice(end + 1) };
    const field = HEADER_LINE.exec(text);
    if (!field) break;
    header.push([field[1]!, field[2]!]);
    at = end + 1;
  }
  return { header: [], text: source };
}

export function headerField(file: ArticleFile, key: string): string | undefined {
  const wanted = key.toLowerCase();
  return file.header.find(([name]) => name.toLowerCase() === wanted)?.[1];
}
