/**
 * The HTML a publisher pastes into a page to embed a view. The dataset's title goes into an
 * attribute of that HTML, so it is escaped: a title can never close the attribute or the tag.
 */

/** Tall enough for the timeline and an open event; the embedded layout fills it, and scrolls within its parts. */
export const EMBED_HEIGHT = 640;
/** The heights a publisher may choose (Share → Embed…): below this the timeline has no room. */
export const EMBED_HEIGHT_RANGE = { min: 360, max: 1600 } as const;

/** A height as typed, kept within the range (a non-number gives the default). */
export function embedHeight(value: number): number {
  if (!Number.isFinite(value)) return EMBED_HEIGHT;
  return Math.round(Math.min(EMBED_HEIGHT_RANGE.max, Math.max(EMBED_HEIGHT_RANGE.min, value)));
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippet(src: string, datasetTitle: string, height = EMBED_HEIGHT): string {
  const title = `${datasetTitle} (Sourceline timeline)`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${embedHeight(height)}" style="border: 0; max-width: 100%" loading="lazy"></iframe>`
  );
}
