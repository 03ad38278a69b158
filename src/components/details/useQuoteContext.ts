/**
 * The state of one "Read in context" panel: closed, loading (with the bytes so far), failed (why),
 * or ready. A load belongs to one quote of one article: closing the panel cancels it, and so do
 * moving the panel to another quote and leaving the page.
 */
import { useEffect, useRef, useState } from 'react';
import { articleKey, type ArticleHome } from '../../articles/articleHome';
import type { QuoteInContext } from '../../articles/quoteContext';
import { readQuoteInContext, type ContextOptions } from '../../loading/articleContext';
import type { Progress } from '../../loading/download';

export type ContextPanel =
  | { key: string; status: 'loading'; progress: Progress | null }
  /** `context` is null when the article does not hold the quote word for word. */
  | { key: string; status: 'ready'; context: QuoteInContext | null }
  | { key: string; status: 'failed'; message: string };

export function useQuoteContext(
  home: ArticleHome | null,
  file: string | undefined,
  quote: string,
  options: Pick<ContextOptions, 'createWorker'> = {},
) {
  const [shown, setShown] = useState<ContextPanel | null>(null);
  const load = useRef<AbortController | null>(null);
  const key = home && file ? `${articleKey(home, file)}|${quote}` : null;
  useEffect(() => () => load.current?.abort(), [key]);

  const close = () => {
    load.current?.abort();
    load.current = null;
    setShown(null);
  };
  const open = () => {
    if (!home || !file || key === null) return;
    load.current?.abort();
    const controller = new AbortController();
    load.current = controller;
    // Only the latest load may change the panel.
    const update = (next: ContextPanel) => setShown((now) => (load.current === controller ? next : now));
    setShown({ key, status: 'loading', progress: null });
    void readQuoteInContext(home, file, quote, {
      ...options,
      signal: controller.signal,
      onProgress: (progress) => update({ key, status: 'loading', progress }),
    }).then((outcome) => {
      if (outcome.kind === 'cancelled') return;
      if (outcome.kind === 'found') update({ key, status: 'ready', context: outcome.context });
      else if (outcome.kind === 'absent') update({ key, status: 'ready', context: null });
      else update({ key, status: 'failed', message: outcome.message });
    });
  };
  return { panel: shown !== null && shown.key === key ? shown : null, open, close };
}
