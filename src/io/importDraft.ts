/**
 * What both importers (CSV, TimelineJS) build before ids exist: events that name their actors,
 * sources and sides by name. `settleImport` turns a draft into a dataset, gives everything an id,
 * and checks the result with the same validator that guards every other dataset, so an import
 * can never hand the app something the app would refuse from a file.
 */
import type {
  Actor,
  Claim,
  ClaimReference,
  Dataset,
  Era,
  Excerpt,
  Side,
  Source,
  TimelineEvent,
} from '../dataset/types';
import type { EventStatus, EventType, SourceKind } from '../dataset/vocabulary';
import { formatProblem, type PathProblem } from '../dataset/problems';
import { validateDataset } from '../dataset/validate';
import { IdAllocator, isDatasetId, slugify } from './ids';

/**
 * One part of the input that was left out: a row (or TimelineJS event) that could not be turned
 * into an event, or, on row 1 of a CSV, a header column that was ignored.
 */
export interface RowProblem {
  /**
   * Where, as a number: the 1-based row of a CSV file (its header is row 1), or the 1-based
   * position of a TimelineJS event. 0 stands for the whole file.
   */
  row: number;
  /** A display-ready sentence that starts with the place, e.g. `row 7: date "2022-02-30" is not a real date`. */
  message: string;
  /**
   * Set on what was converted, but not quite as written: a link given "https://", a second link of
   * one source, media that cannot be shown. Such rows are not counted as left out.
   */
  note?: true;
}

/** What the import needs to know from the user before it can go on (a file's dates that read two ways). */
export interface ImportQuestion {
  /** Which option of the import the answer sets. */
  option: 'dateOrder';
  message: string;
  choices: { value: string; label: string }[];
}

export interface ImportResult {
  /** A dataset that passes `validateDataset`, or null when nothing could be converted (or a question is asked). */
  dataset: Dataset | null;
  rowProblems: RowProblem[];
  /** Asked instead of guessing; the import is tried again with the answer. */
  question?: ImportQuestion;
}

/** Where a draft came from, for messages: `row` as in RowProblem, `label` e.g. "row 7 (line 9)". */
export interface Origin {
  row: number;
  label: string;
}

export interface SourceDraft {
  outlet: string;
  url?: string;
  title?: string;
  published?: string;
  kind: SourceKind;
  note?: string;
}

export interface ExcerptDraft {
  origin: Origin;
  /** Key into `DatasetDraft.sources`. */
  source: string;
  quote: string;
  /** An actor's name. */
  speaker?: string;
  attribution?: string;
  stance?: Excerpt['stance'];
  /** The event's claims (by id) this excerpt asserts or disputes. */
  claims?: ClaimReference[];
}

export interface EventDraft {
  origin: Origin;
  /** An id the file gives; kept when it is a valid id and the first to claim it. */
  givenId?: string;
  /** What a derived id is built from, e.g. "2022-01-27-biden-zelensky-call". */
  idBase: string;
  title: string;
  type: EventType;
  status: EventStatus;
  start: string;
  end?: string;
  timeZone?: string;
  dateNote?: string;
  summary?: string;
  /** Actors' names. */
  actors: string[];
  /** Sides (by name) the event belongs to without an actor, e.g. its TimelineJS group. */
  sides?: string[];
  /** How the file wrote the date (TimelineJS's Display Date). */
  displayDate?: string;
  /** What the excerpts assert or dispute; ids are unique within the event. */
  claims?: Claim[];
  excerpts: ExcerptDraft[];
}

export interface DatasetDraft {
  title: string;
  description?: string;
  sources: ReadonlyMap<string, SourceDraft>;
  /** The side (by name) of each actor that the file gives one for; others go to UNASSIGNED_SIDE. */
  actorSides: ReadonlyMap<string, string>;
  /** Sides (by name) that exist even without actors, e.g. TimelineJS groups. */
  extraSides?: readonly string[];
  /** Named periods, already checked (their dates parse, end not before start). */
  eras?: readonly Era[];
  events: readonly EventDraft[];
  /** How the file names an event's fields in messages, e.g. { start: 'date', timeZone: 'time_zone' }. */
  fieldNames: Readonly<Record<string, string>>;
}

/** The side of actors for whom the file names none. */
export const UNASSIGNED_SIDE = 'Unassigned';

/**
 * Assembles and validates. Anything the validator still rejects (the importers check rows
 * themselves first, so this is a safety net) is dropped, event by event or excerpt by excerpt,
 * and reported against the rows it came from; then the rest is assembled again.
 */
export function settleImport(draft: DatasetDraft, problems: RowProblem[]): ImportResult {
  let events = [...draft.events];
  // Each pass drops at least one event or excerpt, so this ends; the bound is a backstop.
  for (let pass = 0; pass < 100 && events.length > 0; pass++) {
    const result = validateDataset(assemble(draft, events));
    if (result.ok) return { dataset: result.dataset, rowProblems: sortProblems(problems) };
    events = dropRejected(draft, events, result.problems, problems);
  }
  return { dataset: null, rowProblems: sortProblems(problems) };
}

function dropRejected(
  draft: DatasetDraft,
  events: EventDraft[],
  rejected: readonly PathProblem[],
  problems: RowProblem[],
): EventDraft[] {
  const eventReasons = new Map<number, string[]>();
  const excerptReasons = new Map<number, Map<number, string[]>>();
  for (const problem of rejected) {
    const at = draftPlace(problem);
    // Anything outside an event (an actor, a side, a source) is built by this module, not read
    // from the file: that would be a bug here, and hiding it would hand the user a broken dataset.
    if (!at) throw new Error(`import built an invalid dataset: ${formatProblem(problem)}`);
    const field = at.field === undefined ? 'event' : (draft.fieldNames[at.field] ?? at.field);
    const reason = `${field} ${problem.message}`;
    if (at.excerpt === undefined) push(eventReasons, at.event, reason);
    else {
      const perExcerpt = excerptReasons.get(at.event) ?? new Map<number, string[]>();
      push(perExcerpt, at.excerpt, reason);
      excerptReasons.set(at.event, perExcerpt);
    }
  }
  const kept: EventDraft[] = [];
  events.forEach((event, i) => {
    const badExcerpts = excerptReasons.get(i);
    const eventLevel = eventReasons.get(i);
    const goodExcerpts = event.excerpts.filter((_, j) => !badExcerpts?.has(j));
    if (eventLevel || goodExcerpts.length === 0) {
      const reasons = [...(eventLevel ?? []), ...[...(badExcerpts?.values() ?? [])].flat()];
      for (const origin of uniqueOrigins(event)) problems.push(problemAt(origin, reasons));
      return;
    }
    if (badExcerpts) {
      event.excerpts.forEach((excerpt, j) => {
        const reasons = badExcerpts.get(j);
        if (reasons) problems.push(problemAt(excerpt.origin, reasons));
      });
      kept.push({ ...event, excerpts: goodExcerpts });
    } else kept.push(event);
  });
  return kept;
}

/**
 * Which event (and excerpt) of the draft a problem is in, and the field of that event or excerpt
 * it names (`["events", 3, "excerpts", 0, "claims", 1, "claim"]` → event 3, excerpt 0, "claims"),
 * or null when it is not inside an event.
 */
export function draftPlace(problem: PathProblem): { event: number; excerpt?: number; field?: string } | null {
  const [root, event, ...inside] = problem.path;
  if (root !== 'events' || typeof event !== 'number') return null;
  const [key, index] = inside;
  const excerpt = key === 'excerpts' && typeof index === 'number' ? index : undefined;
  const field = excerpt === undefined ? key : inside[2];
  return { event, excerpt, field: typeof field === 'string' ? field : undefined };
}

function uniqueOrigins(event: EventDraft): Origin[] {
  const byRow = new Map<number, Origin>([[event.origin.row, event.origin]]);
  for (const excerpt of event.excerpts)
    if (!byRow.has(excerpt.origin.row)) byRow.set(excerpt.origin.row, excerpt.origin);
  return [...byRow.values()];
}

export function problemAt(origin: Origin, reasons: readonly string[]): RowProblem {
  return { row: origin.row, message: `${origin.label}: ${reasons.join('; ')}` };
}

/** What was converted but not quite as written (see `RowProblem.note`). */
export function noteAt(origin: Origin, note: string): RowProblem {
  return { row: origin.row, message: `${origin.label}: ${note}`, note: true };
}

/** How many rows (or TimelineJS events) could not be converted: those with a problem that is not a note. */
export function skippedRows(problems: readonly RowProblem[]): number {
  return new Set(problems.filter((p) => p.row > 1 && !p.note).map((p) => p.row)).size;
}

function push<K>(map: Map<K, string[]>, key: K, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sortProblems(problems: RowProblem[]): RowProblem[] {
  // Stable: problems of the same row keep the order they were found in.
  return [...problems].sort((a, b) => a.row - b.row);
}

/**
 * Ids for things a file names by text (a side, an actor, a source key): each distinct key gets an id
 * made from its name the first time it is asked for, numbered apart from any earlier clash, and
 * `onFirstUse` records the thing then, so that lists come out in the order of first appearance.
 */
function firstUseIds(
  fallback: string,
  onFirstUse: (id: string, key: string) => void,
  nameOf: (key: string) => string = (key) => key,
): (key: string) => string {
  const ids = new Map<string, string>();
  const allocator = new IdAllocator();
  return (key) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = allocator.take(slugify(nameOf(key), fallback));
      ids.set(key, id);
      onFirstUse(id, key);
    }
    return id;
  };
}

/**
 * Gives everything an id and lays the dataset out in the order things first appear in the file.
 * Only what the kept events use is included, so a dropped row leaves no orphan actor behind.
 */
export function assemble(draft: DatasetDraft, events: readonly EventDraft[]): Dataset {
  const sides: Side[] = [];
  const sideOf = firstUseIds('side', (id, name) => sides.push({ id, name }));
  for (const name of draft.extraSides ?? []) sideOf(name);

  const actors: Actor[] = [];
  const actorOf = firstUseIds('actor', (id, name) =>
    actors.push({ id, name, side: sideOf(draft.actorSides.get(name) ?? UNASSIGNED_SIDE) }),
  );

  const sources: Source[] = [];
  const sourceDraft = (key: string) => {
    const source = draft.sources.get(key);
    if (!source) throw new Error(`import draft names an unknown source key ${JSON.stringify(key)}`);
    return source;
  };
  const sourceOf = firstUseIds(
    'source',
    (id, key) => sources.push(defined({ id, ...sourceDraft(key) })),
    (key) => sourceDraft(key).outlet,
  );

  // Ids the file gives are claimed first (by the first event that gives each), so that no
  // derived id can take one of them.
  const eventAllocator = new IdAllocator();
  const owner = new Map<string, EventDraft>();
  for (const event of events) {
    if (event.givenId !== undefined && isDatasetId(event.givenId) && !owner.has(event.givenId)) {
      owner.set(event.givenId, event);
      eventAllocator.reserve(event.givenId);
    }
  }

  const built: TimelineEvent[] = events.map((event) => {
    // A given id that is not a valid id ("my event #1") is made one ("my-event-1"); a given id that
    // an earlier event claimed is numbered apart like any other repeat.
    const given = event.givenId;
    const eventId =
      given !== undefined && owner.get(given) === event
        ? given
        : eventAllocator.take(
            given === undefined ? event.idBase : isDatasetId(given) ? given : slugify(given, event.idBase),
          );
    return defined({
      id: eventId,
      title: event.title,
      type: event.type,
      status: event.status,
      start: event.start,
      end: event.end,
      timeZone: event.timeZone,
      dateNote: event.dateNote,
      actors: event.actors.map(actorOf),
      sides: event.sides?.length ? event.sides.map(sideOf) : undefined,
      summary: event.summary,
      displayDate: event.displayDate,
      claims: event.claims?.length ? event.claims : undefined,
      excerpts: event.excerpts.map((excerpt) =>
        defined({
          source: sourceOf(excerpt.source),
          quote: excerpt.quote,
          speaker: excerpt.speaker === undefined ? undefined : actorOf(excerpt.speaker),
          attribution: excerpt.attribution,
          stance: excerpt.stance,
          claims: excerpt.claims?.length ? excerpt.claims : undefined,
        }),
      ),
    });
  });

  return defined({
    title: draft.title,
    description: draft.description,
    sides,
    sources,
    actors,
    events: built,
    eras: draft.eras?.length ? [...draft.eras] : undefined,
  });
}

/**
 * Drops keys whose value is undefined, so the dataset (and any JSON made of it) has no empty keys.
 * A plain loop: this runs for every event and excerpt of an import 100,000 rows long.
 */
function defined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const field = value[key];
    if (field !== undefined) out[key] = field;
  }
  return out as T;
}
