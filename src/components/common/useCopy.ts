/**
 * Copying text to the clipboard with a visible outcome: "copied" for a few seconds, or, where the
 * browser refuses (no permission, not a secure page), the text itself to select and copy by hand.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyOutcome =
  { status: 'idle' } | { status: 'copied'; message: string } | { status: 'failed'; message: string; text: string };

const SHOWN_FOR_MS = 5000;

export function useCopy(): { outcome: CopyOutcome; copy: (text: string, what: string) => Promise<void> } {
  const [outcome, setOutcome] = useState<CopyOutcome>({ status: 'idle' });
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = useCallback(async (text: string, what: string) => {
    window.clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text);
      setOutcome({ status: 'copied', message: `${what} copied to the clipboard.` });
      timer.current = window.setTimeout(() => setOutcome({ status: 'idle' }), SHOWN_FOR_MS);
    } catch {
      setOutcome({
        status: 'failed',
        message: `The browser did not allow copying. Select the ${what.toLowerCase()} below and copy it:`,
        text,
      });
    }
  }, []);
  return { outcome, copy };
}
