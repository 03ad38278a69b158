/**
 * Dataset text with the search's matches marked, so that a reader sees why an event matched. The
 * text stays text: the marks are elements around slices of it, never markup read from it.
 */
import { useMemo, type ReactNode } from 'react';
import { searchTerms } from '../../engine/fold';
import { matchRanges } from '../../engine/highlight';
import { useAppStore } from '../../store/store';
import { WrappableText } from './WrappableText';

const NO_TERMS: readonly string[] = [];

/** The words of the search in force, folded (the same array while the query stays the same). */
export function useSearchTerms(): readonly string[] {
  const query = useAppStore((s) => s.filters.query);
  return useMemo(() => (query.trim() ? searchTerms(query) : NO_TERMS), [query]);
}

export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  const ranges = useMemo(() => matchRanges(text, terms), [text, terms]);
  if (ranges.length === 0) return <WrappableText text={text} />;
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(<WrappableText key={`t${i}`} text={text.slice(at, start)} />);
    parts.push(
      <mark key={`m${i}`} className="sl-match">
        <WrappableText text={text.slice(start, end)} />
      </mark>,
    );
    at = end;
  });
  if (at < text.length) parts.push(<WrappableText key="end" text={text.slice(at)} />);
  return parts;
}
