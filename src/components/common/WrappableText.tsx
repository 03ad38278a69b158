import { Fragment } from 'react';
import { splitLongRuns } from '../../format/longRuns';

/** Dataset text that can always wrap, in linear layout time: see format/longRuns.ts. */
export function WrappableText({ text }: { text: string }) {
  const pieces = splitLongRuns(text);
  if (pieces.length === 1) return text;
  return pieces.map((piece, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {piece}
    </Fragment>
  ));
}
