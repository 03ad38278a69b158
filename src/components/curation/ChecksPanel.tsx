/**
 * The live checks: the same validator and quote proof as `npm run validate` and
 * `npm run check-quotes`, run in a worker after every change. Each problem names its JSON path
 * and says what is wrong; choosing it opens its field.
 */
import { useStore } from 'zustand';
import { formatPath } from '../../dataset/problems';
import { draftStore } from '../../curation/draftStore';
import { curationSession } from '../../curation/session';
import { goToPath } from './editorState';

const SHOWN = 100;

export function ChecksPanel() {
  const data = useStore(draftStore, (s) => s.data);
  const checks = useStore(curationSession().checker.state);
  const stale = checks.checked !== data;
  const count = checks.problems.length;
  return (
    <section className="cu-checks" aria-labelledby="cu-checks-title">
      <h2 id="cu-checks-title">Checks</h2>
      <p role="status" className="cu-hint">
        {checks.failure
          ? checks.failure
          : checks.checked === null
            ? 'Checking…'
            : `${count === 0 ? 'No problems' : `${count} problem${count === 1 ? '' : 's'}`}${stale ? ' (checking the latest change…)' : ''}: the dataset against the contract, ${checks.counts.quotes} quote${checks.counts.quotes === 1 ? '' : 's'} against ${checks.counts.articles} article text${checks.counts.articles === 1 ? '' : 's'}.`}
      </p>
      {count > 0 && (
        <ol className="cu-problems">
          {checks.problems.slice(0, SHOWN).map((problem, i) => (
            <li key={i}>
              <button
                type="button"
                className="sl-button sl-button--link cu-problem"
                onClick={() => goToPath(problem.path)}
              >
                <code>{formatPath(problem.path)}</code> <span dir="auto">{problem.message}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {count > SHOWN && <p className="cu-hint">…and {count - SHOWN} more: fix these first.</p>}
    </section>
  );
}
