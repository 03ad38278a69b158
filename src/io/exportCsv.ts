/**
 * Export of the events on screen as CSV, in the very layout `importCsv` reads (csvLayout.ts), so a
 * spreadsheet round trip gives the same events back. One row per excerpt, so that every quote is
 * kept (and one per claim it bears on: a quote asserting one claim and disputing another takes two
 * rows); the event's cells are repeated on each of its rows, so any row read alone is complete.
 *
 * What the layout has no column for is not exported: actors' roles and aliases, sources' notes,
 * `related` links. Use the JSON export to keep everything.
 */
import type { Dataset } from '../dataset/types';
import { CSV_COLUMNS, guardFormula, LIST_SEPARATOR, type CsvColumn } from './csvLayout';
import { selectEvents, type EventIds } from './subset';

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark; without it "Erdoğan" turns to mojibake. */
const BOM = '\ufeff';
/** RFC 4180 line ending. */
const EOL = '\r\n';

export function exportCsv(dataset: Dataset, eventIds: EventIds): string {
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const sides = new Map(dataset.sides.map((side) => [side.id, side.name]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const actorName = (actorId: string) => actors.get(actorId)?.name ?? actorId;
  const sideName = (actorId: string) => {
    const sideId = actors.get(actorId)?.side;
    return sideId === undefined ? '' : (sides.get(sideId) ?? sideId);
  };

  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const event of selectEvents(dataset, eventIds)) {
    const actorSides = event.actors.map(sideName);
    // One side for all the actors when they share it; otherwise one per actor, in the same order.
    const side = actorSides.every((name) => name === actorSides[0])
      ? (actorSides[0] ?? '')
      : actorSides.join(`${LIST_SEPARATOR} `);
    const claimText = new Map((event.claims ?? []).map((claim) => [claim.id, claim.text]));
    for (const excerpt of event.excerpts) {
      const source = sources.get(excerpt.source);
      const row: Omit<Record<CsvColumn, string | undefined>, 'claim' | 'claim_stance'> = {
        event_id: event.id,
        date: event.start,
        end: event.end,
        time_zone: event.timeZone,
        title: event.title,
        type: event.type,
        status: event.status,
        actors: event.actors.map(actorName).join(`${LIST_SEPARATOR} `),
        side,
        summary: event.summary,
        date_note: event.dateNote,
        source: source?.outlet ?? excerpt.source,
        source_kind: source?.kind,
        url: source?.url,
        source_title: source?.title,
        published: source?.published,
        quote: excerpt.quote,
        speaker: excerpt.speaker === undefined ? undefined : actorName(excerpt.speaker),
        attribution: excerpt.attribution,
        stance: excerpt.stance,
      };
      const references = (excerpt.claims ?? []).filter((reference) => claimText.has(reference.claim));
      const claimCells = references.length
        ? references.map((reference) => ({ claim: claimText.get(reference.claim), claim_stance: reference.stance }))
        : [{ claim: undefined, claim_stance: undefined }];
      for (const cells of claimCells) {
        const full: Record<CsvColumn, string | undefined> = { ...row, ...cells };
        lines.push(CSV_COLUMNS.map((column) => csvCell(full[column] ?? '')).join(','));
      }
    }
  }
  return BOM + lines.join(EOL) + EOL;
}

/**
 * One cell: guarded against formula injection (see `guardFormula`), then quoted per RFC 4180
 * when it holds a comma, a quote or a line break, or starts or ends with a space that a
 * spreadsheet would otherwise drop.
 */
export function csvCell(value: string): string {
  const guarded = guardFormula(value);
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
