/**
 * A saved web page reduced to its article's text, with Mozilla's Readability (the code of
 * Firefox's Reader View). The page is parsed with DOMParser into a document that has no browsing
 * context and never enters the live page: none of its scripts run, none of its images, styles or
 * frames are fetched, and its markup is never shown. Only the text is kept, as plain text, one
 * paragraph a line.
 */
import { Readability } from '@mozilla/readability';

export type PageText = { ok: true; text: string; title: string | null } | { ok: false; message: string };

/** Elements that end a line of text. */
const BLOCKS = new Set(
  'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tr ul'.split(
    ' ',
  ),
);

export function articleFromWebPage(html: string): PageText {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const title = page.title.trim() || null;
  defuse(page);
  // charThreshold: short news items (a few paragraphs) are articles too.
  const article = new Readability(page, { charThreshold: 200 }).parse();
  if (!article?.content) {
    return {
      ok: false,
      message:
        'No article text was found in this page. Copy the article from the page in your browser and paste it instead.',
    };
  }
  // The article's markup is read as another inert document, only for its text.
  const content = new DOMParser().parseFromString(article.content, 'text/html');
  const text = plainText(content.body);
  if (!text) return { ok: false, message: 'The article found in this page has no text.' };
  return { ok: true, text, title: article.title?.trim() || title };
}

/**
 * Takes out what could run or load before Readability moves elements around: scripts, frames,
 * embedded objects, links to stylesheets, refreshes, and every event-handler attribute. In this
 * inert document none of them would run anyway, but Readability re-creates some elements, and
 * copying an `onerror` attribute onto a new one is an attempt that the page's policy reports.
 */
function defuse(page: Document): void {
  for (const element of Array.from(
    page.querySelectorAll('script, iframe, frame, frameset, object, embed, link, meta[http-equiv], base'),
  )) {
    element.remove();
  }
  for (const element of Array.from(page.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) element.removeAttribute(attribute.name);
    }
  }
}

/** The text of an element as a reader sees it: a line per paragraph, white space collapsed outside <pre>. */
export function plainText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const trimmed = line.replace(/[ \t]+/g, ' ').trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const walk = (node: Node, preformatted: boolean) => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (preformatted) {
        const parts = text.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) endLine();
          line += part;
        });
      } else line += text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const name = element.localName;
    if (name === 'script' || name === 'style' || name === 'noscript' || name === 'template') return;
    if (name === 'br') return endLine();
    const block = BLOCKS.has(name);
    if (block) endLine();
    for (const child of Array.from(element.childNodes)) walk(child, preformatted || name === 'pre');
    if (block) endLine();
  };
  walk(root, false);
  endLine();
  return lines.join('\n');
}
