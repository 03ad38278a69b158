/// <reference lib="webworker" />
/** The loading worker: see prepareJob.ts for what it does and prepare.ts for the page's side. */
import { createPrepareJob } from './prepareJob';
import type { PrepareRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createPrepareJob((reply, transfer = []) => scope.postMessage(reply, transfer));

scope.onmessage = ({ data }: MessageEvent<PrepareRequest>) => handle(data);
