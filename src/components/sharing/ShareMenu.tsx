/**
 * "Share": a link to the view on screen (filters, open event, lanes, window, zone), the HTML to embed
 * that view in another page, and printing it. A dataset opened from a file has no address, so it
 * offers no link, and says why.
 */
import { embedSnippet } from '../../format/embedSnippet';
import { canLink, pageBase, seenView, viewLink } from '../../store/links';
import { useViewport } from '../../store/viewport';
import { useAppStore } from '../../store/store';
import { CopyFeedback } from '../common/CopyFeedback';
import { useCopy } from '../common/useCopy';
import { useMenu } from '../common/useMenu';

export function ShareMenu() {
  const hasDataset = useAppStore((s) => s.index !== null);
  const linkable = useAppStore(canLink);
  const { open, setOpen, menuId, rootProps, buttonProps } = useMenu();
  const { outcome, copy } = useCopy();
  if (!hasDataset) return null;

  const copyLink = () => {
    setOpen(false);
    const link = viewLink(
      seenView(useAppStore.getState(), useViewport.getState().shown),
      pageBase(window.location.href),
    );
    if (link) void copy(link, 'Link');
  };
  const copyEmbed = () => {
    setOpen(false);
    const state = useAppStore.getState();
    const src = viewLink(seenView(state, useViewport.getState().shown), pageBase(window.location.href), true);
    if (src) void copy(embedSnippet(src, state.index?.meta.title ?? 'Sourceline'), 'Embed code');
  };
  const print = () => {
    setOpen(false);
    window.print();
  };

  return (
    <div className="sl-menu sl-share" {...rootProps}>
      <button {...buttonProps}>Share</button>
      {open && (
        <ul id={menuId} className="sl-menu__list" aria-label="Share">
          <li>
            <button type="button" className="sl-button sl-button--quiet" disabled={!linkable} onClick={copyLink}>
              Copy link to this view
            </button>
          </li>
          <li>
            <button type="button" className="sl-button sl-button--quiet" disabled={!linkable} onClick={copyEmbed}>
              Copy embed code
            </button>
          </li>
          <li>
            <button type="button" className="sl-button sl-button--quiet" onClick={print}>
              Print or save as PDF…
            </button>
          </li>
          {!linkable && (
            <li className="sl-menu__note">
              This dataset was opened from a file on your computer, so no link can open it. Put it on a web site and
              open it with <code>?data=</code> to share it.
            </li>
          )}
        </ul>
      )}
      <CopyFeedback outcome={outcome} label="Text to copy" />
    </div>
  );
}
