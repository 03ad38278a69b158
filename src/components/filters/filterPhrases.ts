/**
 * The filters in force as words, one phrase per criterion, for sentences such as "0 events with
 * Vladimir Putin and “sanctions”", and the action that drops each criterion.
 */
import type { EventIndex } from '../../engine/eventIndex';
import type { Criterion, Filters } from '../../engine/filter';
import { typeLabel } from '../../engine/lanes';
import { sourceNames } from '../../engine/sources';
import { clipText } from '../../format/clip';
import type { AppActions } from '../../store/store';
import { KIND_LABELS, STATUS_LABELS } from '../common/labels';

const or = (values: readonly string[]) => values.join(' or ');

/** What `criterion` asks for, in a few words (dataset names cut to a readable length). */
export function criterionPhrase(criterion: Criterion, filters: Filters, index: EventIndex): string {
  const short = (text: string) => clipText(text, 60).text;
  switch (criterion) {
    case 'actors': {
      const names = filters.actors.map((id) => short(index.actors[index.actorOrdinal.get(id) ?? -1]?.name ?? id));
      return filters.actorMatch === 'all' && names.length > 1
        ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} together`
        : or(names);
    }
    case 'types':
      return `type ${or(filters.types.map(typeLabel))}`;
    case 'statuses':
      return `status ${or(filters.statuses.map((status) => STATUS_LABELS[status].toLowerCase()))}`;
    case 'kinds':
      return `a ${or(filters.kinds.map((kind) => KIND_LABELS[kind].toLowerCase()))} source`;
    case 'sources': {
      const names = sourceNames(index.sources);
      return `reported by ${or(filters.sources.map((id) => short(names[index.sourceOrdinal.get(id) ?? -1] ?? id)))}`;
    }
    case 'disputed':
      return 'disputed accounts';
    case 'single':
      return 'a single source';
    case 'dates':
      if (filters.from && filters.to) return `dates from ${filters.from} to ${filters.to}`;
      return filters.from ? `dates from ${filters.from}` : `dates up to ${filters.to}`;
    case 'query':
      return `“${short(filters.query.trim())}”`;
  }
}

/** Drops `criterion` from the filters, leaving the others as they are. */
export function dropCriterion(criterion: Criterion, actions: AppActions): void {
  switch (criterion) {
    case 'actors':
    case 'types':
    case 'statuses':
    case 'kinds':
    case 'sources':
      return actions.setFacet(criterion, []);
    case 'disputed':
      return actions.setDisputedOnly(false);
    case 'single':
      return actions.setSingleSourceOnly(false);
    case 'dates':
      return actions.setDateRange(null, null);
    case 'query':
      return actions.setQuery('');
  }
}
