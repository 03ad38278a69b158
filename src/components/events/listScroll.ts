/**
 * Where the events list scrolls: in a box of its own on a wide screen, and with the page on a phone,
 * where the list is the page (a box to scroll inside a page to scroll is what phones do worst). An
 * embed keeps the box, since its frame's page does not scroll. Options for the list's virtualizer.
 */
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  observeWindowOffset,
  observeWindowRect,
  windowScroll,
} from '@tanstack/react-virtual';
import { useAppStore } from '../../store/store';
import { useMediaQuery } from '../common/useMediaQuery';

/** The phone layout of components/page/responsive.css. */
const PAGE_LIST_MEDIA = '(max-width: 760px)';

/** Whether the list scrolls with the page. */
export function useListScrollsWithPage(): boolean {
  const embed = useAppStore((s) => s.embed);
  const phone = useMediaQuery(PAGE_LIST_MEDIA);
  return phone && !embed;
}

/**
 * The virtualizer's scrolling options: the box, or the window with the list's distance from the top
 * of the page (`scrollMargin`). The window is handed over as the virtualizer's scroll element, as
 * its own window mode does; its element type is only nominal there.
 */
export function listScrollOptions(withPage: boolean, box: () => HTMLDivElement | null, scrollMargin: number) {
  if (!withPage) {
    return {
      getScrollElement: box,
      observeElementRect,
      observeElementOffset,
      scrollToFn: elementScroll,
      scrollMargin: 0,
    };
  }
  return {
    getScrollElement: () => window as unknown as HTMLDivElement,
    observeElementRect: observeWindowRect as unknown as typeof observeElementRect<HTMLDivElement>,
    observeElementOffset: observeWindowOffset as unknown as typeof observeElementOffset<HTMLDivElement>,
    scrollToFn: windowScroll as unknown as typeof elementScroll<HTMLDivElement>,
    scrollMargin,
  };
}
