/**
 * The bundled dataset, already validated and indexed at build time, in a module of its own that
 * is fetched only when it is shown (a `?data=` link never loads it).
 */
import { fromPreparedJson, type Prepared, type PreparedJson } from './preparedForm';

let pending: Promise<Prepared> | null = null;

export function loadBundledDataset(): Promise<Prepared> {
  pending ??= import('virtual:sourceline/bundled-dataset').then((module) =>
    fromPreparedJson(module.default as PreparedJson),
  );
  // A failed download may be retried.
  pending.catch(() => (pending = null));
  return pending;
}
