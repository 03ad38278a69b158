/**
 * Eras (named periods: `eras` in the dataset, TimelineJS's eras) as bands behind the timeline: where
 * each begins and ends on the axis, what it is called and how its span reads. Plain data, no
 * vis-timeline: the timeline draws the bands, the legend lists them.
 */
import { axisEndMs, axisStartMs, parsePartialDate, utcOffset, type ZoneOffsetFn } from '../dataset/dates';
import type { Era } from '../dataset/types';
import { formatWhen } from '../format/dates';
import type { EraBand } from '../timeline/types';

export type { EraBand };

export const ERA_TINTS = 3;

/** The bands of a dataset's eras, in the order of the list. Eras were validated, so their dates parse. */
export function eraBands(eras: readonly Era[] | undefined, axisOffset: ZoneOffsetFn = utcOffset): EraBand[] {
  return (eras ?? []).map((era, i) => {
    const start = mustParse(era.start);
    const end = mustParse(era.end);
    return {
      id: `era-${i}`,
      title: era.title,
      when: formatWhen(start, end, 'UTC'),
      start: axisStartMs(start, axisOffset),
      end: Math.max(axisEndMs(end, axisOffset), axisStartMs(start, axisOffset) + 1),
      tint: i % ERA_TINTS,
    };
  });
}

function mustParse(text: string) {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(`eras: unvalidated date ${text}`);
  return parsed.value;
}
