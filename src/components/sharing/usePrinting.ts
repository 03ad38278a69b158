/**
 * Whether the page is being printed (or saved as PDF, or shown with print media emulated). The
 * printed chronology is built only then: at 100,000 events it is far too large to keep in the page.
 * `beforeprint` is answered synchronously, so the browser lays out the chronology it prints.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const listeners = new Set<() => void>();
const printMedia = typeof window === 'undefined' ? null : window.matchMedia('print');

function update(next: boolean): void {
  if (next === printing) return;
  printing = next;
  flushSync(() => listeners.forEach((listener) => listener()));
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    printMedia?.addEventListener('change', onMediaChange);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('beforeprint', onBeforePrint);
    window.removeEventListener('afterprint', onAfterPrint);
    printMedia?.removeEventListener('change', onMediaChange);
  };
}

const onBeforePrint = () => update(true);
const onAfterPrint = () => update(printMedia?.matches ?? false);
const onMediaChange = () => update(printMedia?.matches ?? false);

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing || (printMedia?.matches ?? false),
    () => false,
  );
}
