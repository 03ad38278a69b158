/// <reference lib="webworker" />
/** The curation checks' worker: see checkJob.ts. */
import { runChecks, type CheckRequest } from './checkJob';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = ({ data }: MessageEvent<CheckRequest>) => scope.postMessage(runChecks(data));
