/** One thing wrong with a dataset, located by its JSON path (e.g. `events[3].excerpts[0].source`). */
export interface Problem {
  path: string;
  message: string;
}

/** The one-line form used by `npm run validate` and the app's "Copy the problems". */
export function formatProblem(problem: Problem): string {
  return escapeInvisible(`${problem.path}: ${problem.message}`);
}

/**
 * Messages quote what a file holds (`no actor with id "…"`), and a file can hold characters that
 * act rather than show: terminal commands (ESC), line breaks that start a fake line of output,
 * direction overrides that reorder the words around them, zero-width characters. Written as
 * escapes (`\u202e`) they are visible and inert, on screen, in a terminal and in a copied report.
 */
export function escapeInvisible(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
