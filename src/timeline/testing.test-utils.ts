/** Shared by the wrapper's tests only. */
import type { ItemSpec } from './types';

/** A spec as itemSpecs.ts would make it: only the fields the sync reads vary here. */
export function spec(id: string, fields: Partial<ItemSpec> = {}): ItemSpec {
  const base = {
    id,
    lane: 0,
    shape: 'range' as const,
    start: 1000,
    end: 2000,
    classNames: ['sl-cluster'],
    title: `${id} title`,
    tags: [],
    description: `${id} description`,
    eventId: null,
    cluster: { start: 1000, end: 2000, count: 5 },
    ...fields,
  };
  const placement = `${base.lane}|${base.shape}|${base.start}|${base.end}|${base.classNames.join(' ')}`;
  const text = `${base.title}|${base.tags.join(',')}`;
  return {
    ...base,
    layoutKey: fields.layoutKey ?? (base.shape === 'box' ? `${placement}|${text}` : placement),
    contentKey: fields.contentKey ?? `${text}|${base.description}`,
  };
}
