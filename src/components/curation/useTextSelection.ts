/**
 * The passage selected in an article shown as text: read from the page's selection (a mouse
 * drag, or the browser's own keys) as offsets in the article's text, and set from offsets (Find,
 * Shift+arrow keys), so that the quote made from it is exactly the article's characters.
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { moveEnd, type Span } from '../../curation/quoteSelection';
import { setEditor } from './editorState';

/** The offset in the container's text of a point (node, offset) inside it. */
function offsetIn(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The DOM point of a text offset inside the container. */
function pointAt(container: Node, offset: number): [Node, number] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.length) return [node, remaining];
    remaining -= node.length;
    last = node;
  }
  return last ? [last, last.length] : [container, 0];
}

export function useTextSelection(container: RefObject<HTMLElement | null>, text: string) {
  // The end that does not move (anchor) and the one that does (focus), as the keyboard extends it.
  const ends = useRef<{ anchor: number; focus: number } | null>(null);

  useEffect(() => {
    const onChange = () => {
      const element = container.current;
      const selection = document.getSelection();
      if (!element || !selection || selection.rangeCount === 0) return;
      const { anchorNode, focusNode } = selection;
      if (!anchorNode || !focusNode || !element.contains(anchorNode) || !element.contains(focusNode)) return;
      const anchor = offsetIn(element, anchorNode, selection.anchorOffset);
      const focus = offsetIn(element, focusNode, selection.focusOffset);
      ends.current = { anchor, focus };
      setEditor({
        selection: anchor === focus ? null : { start: Math.min(anchor, focus), end: Math.max(anchor, focus) },
      });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container]);

  const select = (span: Span, focus = span.end) => {
    const element = container.current;
    const selection = document.getSelection();
    if (!element || !selection) return;
    const anchor = focus === span.end ? span.start : span.end;
    const [anchorNode, anchorOffset] = pointAt(element, anchor);
    const [focusNode, focusOffset] = pointAt(element, focus);
    selection.setBaseAndExtent(anchorNode, anchorOffset, focusNode, focusOffset);
    ends.current = { anchor, focus };
    setEditor({
      selection: anchor === focus ? null : { start: Math.min(anchor, focus), end: Math.max(anchor, focus) },
    });
    const rect = focusNode.parentElement?.getBoundingClientRect();
    if (rect && (rect.top < 0 || rect.bottom > window.innerHeight))
      focusNode.parentElement?.scrollIntoView({ block: 'center' });
  };

  /** Shift+Left/Right move the selection's moving end by a character, with Ctrl (or Alt on a Mac) by a word. */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.shiftKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    const current = ends.current;
    if (!current) return;
    event.preventDefault();
    const direction = event.key === 'ArrowRight' ? 1 : -1;
    const focus = moveEnd(text, current.focus, direction, event.ctrlKey || event.altKey || event.metaKey);
    select({ start: Math.min(current.anchor, focus), end: Math.max(current.anchor, focus) }, focus);
  };

  return { select, onKeyDown };
}
