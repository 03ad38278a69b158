/** "Copy citation" for the open event: the event, its sources and the Sourceline link, as plain text. */
import { endDateOf, eventAt, startDateOf, type EventIndex } from '../../engine/eventIndex';
import { eventCitation, sourcesOf } from '../../format/citation';
import { eventLink, pageBase } from '../../store/links';
import { useAppStore } from '../../store/store';
import { CopyFeedback } from '../common/CopyFeedback';
import { useCopy } from '../common/useCopy';

export function CopyCitation({ index, ordinal }: { index: EventIndex; ordinal: number }) {
  const { outcome, copy } = useCopy();
  const copyCitation = () => {
    const event = eventAt(index, ordinal);
    const text = eventCitation({
      event,
      start: startDateOf(index, ordinal),
      end: endDateOf(index, ordinal),
      sources: sourcesOf(event, index.sourceById),
      datasetTitle: index.meta.title,
      link: eventLink(useAppStore.getState(), pageBase(window.location.href), event.id),
    });
    void copy(text, 'Citation');
  };
  return (
    <div className="sl-cite">
      <button type="button" className="sl-button" onClick={copyCitation}>
        Copy citation
      </button>
      <CopyFeedback outcome={outcome} label="Citation to copy" />
    </div>
  );
}
