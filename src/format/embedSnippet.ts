/**
 * The HTML a publisher pastes into a page to embed a view. The dataset's title goes into an
 * attribute of that HTML, so it is escaped: a title can never close the attribute or the tag.
 */

/** Tall enough for the timeline and an open event; the embedded layout scrolls within it. */
export const EMBED_HEIGHT = 640;

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet(src: string, datasetTitle: string): string {
  const title = `${datasetTitle} (Sourceline timeline)`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${EMBED_HEIGHT}" style="border: 0; max-width: 100%" loading="lazy"></iframe>`
  );
}
