/**
 * The contract's rules for an event's field values, for an event whose shape is already known to
 * be right: its fields are strings and lists of the right kinds because they come from typed
 * columns (the columnar form, io/columnarCheck.ts), so what zod would check beyond the types is
 * left: ids, non-empty text, the vocabularies, dates and zones, at least one excerpt. The same
 * patterns and functions as the zod schema (schema.ts); a test holds the verdicts equal to
 * `validateDataset` on every rule. It answers only whether all hold: a file that fails is checked
 * again whole, by `validateDataset`, for its problems.
 */
import { parsePartialDate } from './dates';
import { ID_PATTERN, TEXT_PATTERN } from './schema';
import type { TimelineEvent } from './types';
import { CLAIM_STANCES, EVENT_STATUSES, EVENT_TYPES, RELATIONS, STANCES } from './vocabulary';
import { isValidTimeZone } from './zones';

const isId = (value: string) => ID_PATTERN.test(value);
const isText = (value: string) => TEXT_PATTERN.test(value);
const oneOf = (values: readonly string[]) => {
  const set = new Set(values);
  return (value: string) => set.has(value);
};
const isType = oneOf(EVENT_TYPES);
const isStatus = oneOf(EVENT_STATUSES);
const isStance = oneOf(STANCES);
const isClaimStance = oneOf(CLAIM_STANCES);
const isRelation = oneOf(RELATIONS);
const isDate = (value: string) => parsePartialDate(value).ok;

/** Whether every field value of `event` is one the contract allows. */
export function eventFieldsAllowed(event: TimelineEvent): boolean {
  if (!isId(event.id) || !isText(event.title) || !isType(event.type) || !isStatus(event.status)) return false;
  if (!isDate(event.start) || (event.end !== undefined && !isDate(event.end))) return false;
  if (event.timeZone !== undefined && !isValidTimeZone(event.timeZone)) return false;
  if (!event.actors.every(isId) || (event.sides !== undefined && !event.sides.every(isId))) return false;
  if (event.excerpts.length === 0) return false;
  for (const excerpt of event.excerpts) {
    if (!isId(excerpt.source) || !isText(excerpt.quote)) return false;
    if (excerpt.speaker !== undefined && !isId(excerpt.speaker)) return false;
    if (excerpt.stance !== undefined && !isStance(excerpt.stance)) return false;
    for (const reference of excerpt.claims ?? []) {
      if (!isId(reference.claim) || !isClaimStance(reference.stance)) return false;
    }
  }
  for (const claim of event.claims ?? []) if (!isId(claim.id) || !isText(claim.text)) return false;
  for (const link of event.related ?? []) if (!isId(link.event) || !isRelation(link.relation)) return false;
  return true;
}
