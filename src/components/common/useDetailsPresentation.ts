/**
 * How the open event's details are shown, which the layout's stylesheets decide by width and the
 * components need to know only for what CSS cannot do (the page behind made inert, "Back" for
 * "Close"): a drawer over the timeline's edge on a wide screen, a full-screen sheet on a narrow one,
 * and an overlay inside the frame of an embed, at any width.
 */
import { useSyncExternalStore } from 'react';
import { useAppStore } from '../../store/store';

export type DetailsPresentation = 'drawer' | 'sheet' | 'overlay';

/** Below this width the details are a sheet (the same breakpoint as components/page/responsive.css). */
export const SHEET_MEDIA = '(max-width: 1023.98px)';

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(SHEET_MEDIA);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isNarrow = () => typeof matchMedia === 'function' && matchMedia(SHEET_MEDIA).matches;

export function useDetailsPresentation(): DetailsPresentation {
  const embed = useAppStore((s) => s.embed);
  const narrow = useSyncExternalStore(subscribe, isNarrow, () => false);
  if (embed) return 'overlay';
  return narrow ? 'sheet' : 'drawer';
}
