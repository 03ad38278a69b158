/**
 * Work cut into tasks: each piece runs in a task of its own, so that the browser can paint, move a
 * progress bar and answer input between them, and no piece holds the page for long. A message on a
 * channel of our own starts the next task at once; setTimeout would not (browsers hold nested
 * timeouts back by 4 ms, and those of a background tab by a second or more).
 */

/** Runs `work` in a task of its own, after the current one; returns a function that cancels it. */
export function inNextTask(work: () => void): () => void {
  const channel = new MessageChannel();
  let cancelled = false;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) work();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}
