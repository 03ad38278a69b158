/**
 * Progress while a dataset opens, and, when one could not be opened, an alert that says why:
 * the cause, or every validation problem with its JSON path (the first 50, and how many more),
 * with a way to copy them. The dataset shown before stays shown; with none, the header offers the
 * way back to the bundled one (once, there: it stays when the alert is dismissed).
 */
import { useState } from 'react';
import { escapeInvisible, formatProblem, problemPlace, problemText, type Problem } from '../../dataset/problems';
import { useAppStore } from '../../store/store';
import { LoadingProgress } from './LoadingProgress';

const SHOWN_PROBLEMS = 50;

export function LoadStatus() {
  const loading = useAppStore((s) => s.loading);
  const failure = useAppStore((s) => s.failure);
  const notice = useAppStore((s) => s.notice);
  const question = useAppStore((s) => s.question);
  return (
    <>
      {loading && <LoadingProgress loading={loading} />}
      {failure && <FailureAlert />}
      {notice && <ImportNotice />}
      {question && <ImportQuestionPrompt />}
    </>
  );
}

/** What an import asks before it goes on; each choice opens the file again, read that way. */
function ImportQuestionPrompt() {
  const question = useAppStore((s) => s.question)!;
  const setQuestion = useAppStore((s) => s.setQuestion);
  return (
    <div className="sl-notice" role="group" aria-labelledby="sl-import-question" data-testid="import-question">
      <p className="sl-alert__title" id="sl-import-question">
        <strong>
          Opening <bdi>{question.label}</bdi>:
        </strong>{' '}
        {escapeInvisible(question.message)}
      </p>
      <div className="sl-alert__actions">
        {question.choices.map((choice) => (
          <button key={choice.value} type="button" className="sl-button" onClick={() => question.answer(choice.value)}>
            {choice.label}
          </button>
        ))}
        <button type="button" className="sl-button sl-button--quiet" onClick={() => setQuestion(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function FailureAlert() {
  const failure = useAppStore((s) => s.failure)!;
  const setFailure = useAppStore((s) => s.setFailure);
  const stillShown = useAppStore((s) => s.index !== null);
  const [copied, setCopied] = useState(false);
  const shown = failure.problems.slice(0, SHOWN_PROBLEMS);
  const more = failure.totalProblems - shown.length;
  const copy = async () => {
    const lines = [failure.message, ...failure.problems.map(formatProblem)];
    // Only so many problems are kept (see prepare.worker.ts); the copy says so rather than passing for all.
    if (failure.totalProblems > failure.problems.length)
      lines.push(
        `… and ${(failure.totalProblems - failure.problems.length).toLocaleString('en-US')} more, not listed: only the first ${failure.problems.length.toLocaleString('en-US')} are kept (npm run validate lists them all)`,
      );
    try {
      await navigator.clipboard.writeText(lines.join('\n'));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="sl-alert" role="alert" data-testid="load-error">
      <p className="sl-alert__title">
        <strong>
          Could not open <bdi>{failure.label}</bdi>.
        </strong>{' '}
        {escapeInvisible(failure.message)}
        {stillShown && ' The dataset shown before is still shown.'}
        {failure.totalProblems > 0 && (
          <>
            {' '}
            {failure.totalProblems === 1 ? '1 problem' : `${failure.totalProblems.toLocaleString('en-US')} problems`}:
          </>
        )}
      </p>
      {shown.length > 0 && (
        <ol className="sl-alert__problems">
          {shown.map((problem, i) => (
            <ProblemItem key={i} problem={problem} />
          ))}
        </ol>
      )}
      {more > 0 && <p>… and {more.toLocaleString('en-US')} more.</p>}
      <div className="sl-alert__actions">
        {failure.retry && (
          <button type="button" className="sl-button" onClick={() => failure.retry?.()}>
            Retry
          </button>
        )}
        {failure.problems.length > 0 && (
          <button type="button" className="sl-button" onClick={copy}>
            {copied ? 'Copied' : 'Copy the problems'}
          </button>
        )}
        <button type="button" className="sl-button sl-button--quiet" onClick={() => setFailure(null)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

/** A problem as a list item: its place (JSON path, or line and column) as code, then what is wrong. */
function ProblemItem({ problem }: { problem: Problem }) {
  const place = problemPlace(problem);
  return (
    <li>
      {place !== null && (
        <>
          <code>{escapeInvisible(place)}</code>:{' '}
        </>
      )}
      {escapeInvisible(problemText(problem))}
    </li>
  );
}

const SHOWN_DETAILS = 50;

function ImportNotice() {
  const notice = useAppStore((s) => s.notice)!;
  const setNotice = useAppStore((s) => s.setNotice);
  const shown = notice.details.slice(0, SHOWN_DETAILS);
  return (
    <div className="sl-notice" role="status" data-testid="import-notice">
      <p className="sl-alert__title">{escapeInvisible(notice.message)}</p>
      {shown.length > 0 && (
        <ul className="sl-alert__problems">
          {shown.map((detail, i) => (
            <li key={i}>{escapeInvisible(detail)}</li>
          ))}
        </ul>
      )}
      {notice.details.length > shown.length && <p>… and {notice.details.length - shown.length} more.</p>}
      <button type="button" className="sl-button sl-button--quiet" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </div>
  );
}
