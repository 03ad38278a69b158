/**
 * The address of the view on screen in Sourceline's full layout, for an embed's "Open full view":
 * recomputed on every change of view, so that it always opens what the reader sees.
 */
import { pageBase, seenView, viewLink } from '../../store/links';
import { useAppStore } from '../../store/store';
import { useViewport } from '../../store/viewport';

export function useFullViewLink(): string | null {
  const shown = useViewport((s) => s.shown);
  return useAppStore((s) => viewLink(seenView(s, shown), pageBase(window.location.href)));
}
