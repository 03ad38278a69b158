/** The keyboard support vis-timeline lacks: moving through events, opening one, zooming. */
import { stepSelection } from '../../store/navigation';
import { useAppStore } from '../../store/store';
import { fitAll, zoomBy } from '../../store/viewActions';
import { focusEventDetails } from '../common/focus';

/** Acts on `key` pressed in the timeline; returns whether it was one of the timeline's keys. */
export function handleTimelineKey(key: string, hasSelection: boolean): boolean {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      stepSelection('next');
      return true;
    case 'ArrowLeft':
    case 'ArrowUp':
      stepSelection('previous');
      return true;
    case 'Home':
      stepSelection('first');
      return true;
    case 'End':
      stepSelection('last');
      return true;
    case 'Enter':
      if (hasSelection) focusEventDetails();
      return hasSelection;
    case 'Escape':
      useAppStore.getState().select(null);
      return hasSelection;
    case '+':
    case '=':
      zoomBy(0.5);
      return true;
    case '-':
    case '_':
      zoomBy(2);
      return true;
    case '0':
      fitAll();
      return true;
    default:
      return false;
  }
}
