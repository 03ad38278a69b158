/**
 * How the open event's details are shown, which the layout's stylesheets decide by width and the
 * components need to know only for what CSS cannot do (the page behind made inert, "Back" for
 * "Close"): a drawer over the timeline's edge on a wide screen, a full-screen sheet on a narrow one,
 * and an overlay inside the frame of an embed, at any width.
 */
import { useAppStore } from '../../store/store';
import { useMediaQuery } from './useMediaQuery';

export type DetailsPresentation = 'drawer' | 'sheet' | 'overlay';

/** Below this width the details are a sheet (the same breakpoint as components/page/responsive.css). */
export const SHEET_MEDIA = '(max-width: 1023.98px)';

export function useDetailsPresentation(): DetailsPresentation {
  const embed = useAppStore((s) => s.embed);
  const narrow = useMediaQuery(SHEET_MEDIA);
  if (embed) return 'overlay';
  return narrow ? 'sheet' : 'drawer';
}
