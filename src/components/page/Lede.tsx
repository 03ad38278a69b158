/**
 * The lede a reader meets first, when the dataset has an intro, under the title in the header: the
 * dek, the byline and date, and the key moments (buttons that open those events). Dataset text, so text.
 */
import { parsePartialDate } from '../../dataset/dates';
import { clipText } from '../../format/clip';
import { formatPartialDate } from '../../format/dates';
import { useAppStore } from '../../store/store';
import { LongText } from '../common/LongText';
import { KeyMoments } from './KeyMoments';

export function Lede() {
  const intro = useAppStore((s) => s.index?.meta.intro);
  if (!intro) return null;
  const published = intro.published ? parsePartialDate(intro.published) : null;
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
      <KeyMoments />
    </section>
  );
}
