/// <reference lib="webworker" />
/** Reads one file for curation: see fileImport.ts. */
import { importFile, type ImportRequest } from './fileImport';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = ({ data }: MessageEvent<ImportRequest>) => scope.postMessage(importFile(data));
