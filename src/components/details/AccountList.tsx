/**
 * A list of accounts that stays quick however many there are: the first few show at once, "Show
 * all" shows the rest, and beyond a page's worth the list is read a page at a time ("Accounts
 * 101–200 of 10,000", with Previous and Next). The page never holds more than a page of accounts,
 * so an event with 10,000 quotes opens, and pages, in a fraction of a second.
 */
import { useId, useState, type ReactNode } from 'react';

/** The most accounts on the page at once. */
const PAGE = 100;

export function AccountList({
  items,
  initial,
  renderItem,
  noun = 'accounts',
  className = 'sl-accounts',
}: {
  /** Excerpt indexes (or claim positions), in the order shown. */
  items: readonly number[];
  /** How many show before "Show all". */
  initial: number;
  renderItem: (item: number) => ReactNode;
  /** What the items are, in the plural ("accounts"). */
  noun?: string;
  className?: string;
}) {
  const [expanded, setExpanded] = useState(false);
  const [page, setPage] = useState(0);
  const statusId = useId();
  const total = items.length;
  const paged = expanded && total > PAGE;
  const from = paged ? page * PAGE : 0;
  const to = !expanded ? Math.min(initial, total) : paged ? Math.min(from + PAGE, total) : total;
  const count = (n: number) => n.toLocaleString('en-US');
  const turn = (to: number) => {
    setPage(to);
    // The new page starts above the buttons: bring its start into view.
    requestAnimationFrame(() => document.getElementById(statusId)?.scrollIntoView({ block: 'nearest' }));
  };
  return (
    <>
      {paged && (
        <p id={statusId} className="sl-hint sl-page-status" aria-live="polite">
          {noun.charAt(0).toUpperCase() + noun.slice(1)} {count(from + 1)}–{count(to)} of {count(total)}
        </p>
      )}
      <ol className={className} start={from + 1} aria-describedby={paged ? statusId : undefined}>
        {items.slice(from, to).map((item) => (
          <li key={item}>{renderItem(item)}</li>
        ))}
      </ol>
      {!expanded && total > to && (
        <button type="button" className="sl-button sl-show-more" onClick={() => setExpanded(true)}>
          {total === 1 ? `Show the ${noun.replace(/s$/, '')}` : `Show all ${count(total)} ${noun}`}
          <span className="sl-visually-hidden"> ({count(total - to)} more)</span>
        </button>
      )}
      {paged && (
        <div className="sl-pager" role="group" aria-label={`Pages of ${noun}`}>
          <button type="button" className="sl-button" disabled={from === 0} onClick={() => turn(page - 1)}>
            Previous {PAGE}
          </button>
          <button type="button" className="sl-button" disabled={to >= total} onClick={() => turn(page + 1)}>
            Next {Math.min(PAGE, total - to) || PAGE}
          </button>
        </div>
      )}
    </>
  );
}
