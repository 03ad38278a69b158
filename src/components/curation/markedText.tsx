/** An article's text with the quotes already taken from it marked. */
import type { JSX } from 'react';
import type { Span } from '../../curation/quoteSelection';

/** The text in stretches, the marked ones (quotes already taken) in <mark>: text nodes only, so offsets are the text's. */
export function markedText(text: string, marks: Span[]) {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const out: (string | JSX.Element)[] = [];
  let at = 0;
  sorted.forEach((mark, i) => {
    if (mark.start < at) return;
    out.push(text.slice(at, mark.start));
    out.push(<mark key={i}>{text.slice(mark.start, mark.end)}</mark>);
    at = mark.end;
  });
  out.push(text.slice(at));
  return out;
}
