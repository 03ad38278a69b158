/// <reference lib="webworker" />
/** The article worker: one search per worker (see articleContextJob.ts, and articleContext.ts for the page's side). */
import { findInArticle, type ContextRequest } from './articleContextJob';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = ({ data }: MessageEvent<ContextRequest>) => scope.postMessage(findInArticle(data));
