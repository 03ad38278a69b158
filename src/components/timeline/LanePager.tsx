/** Moves through the lanes when there are more than the timeline draws at once. */
import type { LanePage } from '../../engine/aggregate';

export function LanePager({ page, onShow }: { page: LanePage; onShow: (first: number) => void }) {
  if (!page.others) return null;
  const size = page.lanes.length;
  const last = page.first + size;
  const n = (value: number) => value.toLocaleString('en-US');
  return (
    <nav className="sl-lane-pager" aria-label="Lanes">
      <p className="sl-hint">
        Lanes {n(page.first + 1)}–{n(last)} of {n(page.total)}; the events of the other {n(page.others.count)} are in
        the last row.
      </p>
      <button type="button" className="sl-button" disabled={page.first === 0} onClick={() => onShow(page.first - size)}>
        Previous {size} lanes
      </button>
      <button type="button" className="sl-button" disabled={last >= page.total} onClick={() => onShow(last)}>
        Next {Math.min(size, page.total - last)} lanes
      </button>
    </nav>
  );
}
