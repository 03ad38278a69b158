/**
 * "Share": the system's share sheet where the browser has one (phones, mostly), a link to the view
 * on screen (filters, open event, lanes, window, zone), the HTML to embed that view in another page
 * (made to measure in EmbedGenerator), and printing it. A dataset opened from a file has no
 * address, so it offers no link, and says why.
 */
import { useState } from 'react';
import { canLink, pageBase, seenView, viewLink } from '../../store/links';
import { useViewport } from '../../store/viewport';
import { useAppStore } from '../../store/store';
import { CopyFeedback } from '../common/CopyFeedback';
import { useCopy } from '../common/useCopy';
import { useMenu } from '../common/useMenu';
import type { RovingItemProps } from '../common/useRovingFocus';
import { EmbedGenerator } from './EmbedGenerator';

/** The link to the view on screen, or null where there can be none. */
const currentLink = () =>
  viewLink(seenView(useAppStore.getState(), useViewport.getState().shown), pageBase(window.location.href));

/** `toolbarItem`: its place in the header's toolbar (one tab stop, the arrow keys inside). */
export function ShareMenu({ toolbarItem }: { toolbarItem?: RovingItemProps }) {
  const hasDataset = useAppStore((s) => s.index !== null);
  const linkable = useAppStore(canLink);
  const { open, setOpen, menuId, rootProps, buttonProps } = useMenu();
  const { outcome, copy } = useCopy();
  const [embedding, setEmbedding] = useState(false);
  if (!hasDataset) return null;
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const share = () => {
    setOpen(false);
    const url = currentLink();
    const title = useAppStore.getState().index?.meta.title ?? 'Sourceline';
    // A reader who closes the sheet has not failed at anything: nothing to say.
    if (url) navigator.share({ title, url }).catch(() => {});
  };
  const copyLink = () => {
    setOpen(false);
    const link = currentLink();
    if (link) void copy(link, 'Link');
  };
  const print = () => {
    setOpen(false);
    window.print();
  };

  return (
    <div className="sl-menu sl-share" {...rootProps}>
      <button {...buttonProps} {...toolbarItem}>
        Share
      </button>
      {open && (
        <ul id={menuId} className="sl-menu__list" aria-label="Share">
          {canShare && (
            <li>
              <button type="button" className="sl-button sl-button--quiet" disabled={!linkable} onClick={share}>
                Share…
              </button>
            </li>
          )}
          <li>
            <button type="button" className="sl-button sl-button--quiet" disabled={!linkable} onClick={copyLink}>
              Copy link to this view
            </button>
          </li>
          <li>
            <button
              type="button"
              className="sl-button sl-button--quiet"
              disabled={!linkable}
              onClick={() => {
                setOpen(false);
                setEmbedding(true);
              }}
            >
              Embed…
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
      {embedding && (
        <EmbedGenerator
          onClose={() => {
            setEmbedding(false);
            buttonProps.ref.current?.focus();
          }}
        />
      )}
    </div>
  );
}
