/**
 * The lede a reader meets first, when the dataset has an intro, under the title in the header: the
 * dek, the byline and date, and "key moments", buttons that open those events. Dataset text, so text.
 */
import { parsePartialDate } from '../../dataset/dates';
import { endDateOf, startDateOf, timeZoneOf, titleOf } from '../../engine/eventIndex';
import { clipText } from '../../format/clip';
import { displayZone, formatPartialDate, formatWhen } from '../../format/dates';
import { useAppStore } from '../../store/store';
import { showEvent } from '../../store/viewActions';
import { focusEventDetails } from '../common/focus';
import { LongText } from '../common/LongText';

export function Lede() {
  const index = useAppStore((s) => s.index);
  const zone = useAppStore((s) => s.zone);
  const intro = index?.meta.intro;
  if (!index || !intro) return null;
  const published = intro.published ? parsePartialDate(intro.published) : null;
  const moments = (intro.keyEvents ?? []).flatMap((id) => {
    const ordinal = index.eventOrdinal.get(id);
    return ordinal === undefined ? [] : [{ id, ordinal }];
  });
  const open = (id: string) => {
    showEvent(id);
    focusEventDetails();
  };
  return (
    <section className="sl-lede" aria-label="Introduction">
      <LongText className="sl-lede__dek" text={intro.dek} limit={1_000} noun="introduction" />
      {(intro.byline || published?.ok) && (
        <p className="sl-lede__byline">
          {intro.byline && <bdi>{clipText(intro.byline, 200).text}</bdi>}
          {intro.byline && published?.ok && ' · '}
          {published?.ok && (
            <time dateTime={published.value.text}>{formatPartialDate(published.value, 'UTC', 'long')}</time>
          )}
        </p>
      )}
      {moments.length > 0 && (
        <nav className="sl-lede__moments" aria-labelledby="sl-lede-moments">
          <h3 id="sl-lede-moments" className="sl-lede__moments-title">
            Key moments
          </h3>
          <ul>
            {moments.map(({ id, ordinal }) => (
              <li key={id}>
                <button type="button" className="sl-button sl-lede__moment" onClick={() => open(id)}>
                  <bdi className="sl-lede__moment-title">{clipText(titleOf(index, ordinal), 120).text}</bdi>
                  <span className="sl-lede__moment-when">
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
      )}
    </section>
  );
}
