/**
 * One tab stop for a group of controls, the arrow keys moving between them: the "roving tabindex"
 * of the WAI-ARIA practices. Without it every checkbox of every filter was a Tab press on the way
 * to the timeline (130 of them for the bundled dataset).
 *
 * The group's controls take `itemProps(key)` (`data-roving-key`, a key unique in the group, and
 * their `tabIndex`); the group's element takes `onKeyDown` and `onFocus`. The tab stop
 * is the control last focused, or the first one while that one is not rendered (a long list
 * renders only the rows in view). Controls in a second column (the actors' "only" buttons) carry
 * `data-roving-column`: up and down keep to the column, left and right cross it.
 */
import { useState, type FocusEvent, type KeyboardEvent } from 'react';

const ITEM = '[data-roving-key]';

type Move = (all: HTMLElement[], column: HTMLElement[], current: HTMLElement) => HTMLElement | undefined;
const by = (list: HTMLElement[], current: HTMLElement, step: number) => list[list.indexOf(current) + step];
const MOVES: Record<string, Move> = {
  ArrowDown: (_, column, current) => by(column, current, 1),
  ArrowUp: (_, column, current) => by(column, current, -1),
  ArrowRight: (all, _, current) => by(all, current, 1),
  ArrowLeft: (all, _, current) => by(all, current, -1),
  Home: (_, column) => column[0],
  End: (_, column) => column[column.length - 1],
};

/** `preferred`, when rendered, is the tab stop whatever was focused last (the events list's selected row). */
export function useRovingFocus(renderedKeys: readonly string[], preferred: string | null = null) {
  const [active, setActive] = useState<string | null>(null);
  const rendered = (key: string | null): key is string => key !== null && renderedKeys.includes(key);
  const stop = rendered(preferred) ? preferred : rendered(active) ? active : (renderedKeys[0] ?? null);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    const current = (event.target as Element).closest<HTMLElement>(ITEM);
    if (!current || !event.currentTarget.contains(current)) return;
    const all = [...event.currentTarget.querySelectorAll<HTMLElement>(ITEM)];
    const column = all.filter((item) => item.dataset.rovingColumn === current.dataset.rovingColumn);
    event.preventDefault();
    move(all, column, current)?.focus();
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const key = (event.target as Element).closest<HTMLElement>(ITEM)?.dataset.rovingKey;
    if (key !== undefined && key !== active) setActive(key);
  };

  const tabIndexOf = (key: string) => (key === stop ? 0 : -1);
  /** What a control of the group carries: its key and its tab index. */
  const itemProps = (key: string): RovingItemProps => ({ 'data-roving-key': key, tabIndex: tabIndexOf(key) });
  return { itemProps, onKeyDown, onFocus };
}

export type RovingItemProps = { 'data-roving-key': string; tabIndex: number };
