/**
 * The intro's "key moments": buttons that open those events, in the dataset's order. In the lede of
 * the full page, and on their own in an embed, where a reader's first click can open one.
 */
import { endDateOf, startDateOf, timeZoneOf, titleOf } from '../../engine/eventIndex';
import { clipText } from '../../format/clip';
import { displayZone, formatWhen } from '../../format/dates';
import { useAppStore } from '../../store/store';
import { showEvent } from '../../store/viewActions';
import { focusEventDetails } from '../common/focus';
import { useRovingFocus } from '../common/useRovingFocus';
import { useId } from 'react';

export function KeyMoments({ className = '' }: { className?: string }) {
  const index = useAppStore((s) => s.index);
  const zone = useAppStore((s) => s.zone);
  const ids = index?.meta.intro?.keyEvents ?? [];
  const moments = ids.flatMap((id) => {
    const ordinal = index?.eventOrdinal.get(id);
    return ordinal === undefined ? [] : [{ id, ordinal }];
  });
  // One tab stop for all of them on the way to the timeline; the arrow keys move between them.
  const roving = useRovingFocus(moments.map((moment) => moment.id));
  const titleId = useId();
  if (!index || moments.length === 0) return null;
  const open = (id: string) => {
    showEvent(id);
    focusEventDetails();
  };
  return (
    <nav className={`sl-moments ${className}`.trim()} aria-labelledby={titleId}>
      <h3 id={titleId} className="sl-moments__title">
        Key moments
      </h3>
      <ul onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
        {moments.map(({ id, ordinal }) => (
          <li key={id}>
            <button
              type="button"
              className="sl-button sl-moments__moment"
              {...roving.itemProps(id)}
              onClick={() => open(id)}
            >
              <bdi className="sl-moments__name" title={clipText(titleOf(index, ordinal), 300).text}>
                {clipText(titleOf(index, ordinal), 120).text}
              </bdi>
              <span className="sl-moments__when">
                {formatWhen(
                  startDateOf(index, ordinal),
                  endDateOf(index, ordinal),
                  displayZone(zone, timeZoneOf(index, ordinal)),
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
