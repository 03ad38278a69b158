/** One thing wrong with a dataset, located by its JSON path (e.g. `events[3].excerpts[0].source`). */
export interface Problem {
  path: string;
  message: string;
}

/** The one-line form used by `npm run validate` and the app's "Copy the problems". */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}
