/**
 * The messages between the page and the loading worker (prepare.ts ↔ prepareJob.ts). Kept apart
 * from the worker's code so that the page does not bundle the validator and importers.
 */
import type { Problem } from '../dataset/problems';
import type { ImportQuestion } from '../io/importDraft';
import type { IndexColumns } from '../engine/eventIndex';
import type { SearchIndexData } from '../engine/searchIndex';

/** The steps after the bytes are in, in order (checking parses and validates); the page shows which one runs. */
export const PREPARE_STEPS = ['checking', 'indexing'] as const;
export type PrepareStep = (typeof PREPARE_STEPS)[number];

/** Answers to an import's questions (see ImportQuestion): how to read what the file leaves open. */
export interface ImportAnswers {
  dateOrder?: 'day-first' | 'month-first';
}

/** Something worth knowing about a dataset just opened, e.g. import rows that were left out. */
export interface ImportNotice {
  message: string;
  details: string[];
}

export type PrepareRequest =
  /** The file's bytes, in order, as they arrive (each chunk's buffer is transferred), and its size if known. */
  | { type: 'chunk'; bytes: Uint8Array; total?: number }
  /** All bytes are in: check the file (its name tells a CSV from a dataset). */
  | { type: 'open'; name: string; answers?: ImportAnswers }
  /** Builds the search index of the dataset just opened. */
  | { type: 'index-search' };

export type PrepareReply =
  | { type: 'step'; step: PrepareStep }
  | { type: 'rejected'; message: string; problems: Problem[]; total: number }
  /** The import needs an answer before it can go on (the file is read again with it). */
  | { type: 'ask'; question: ImportQuestion }
  | { type: 'ready'; columns: IndexColumns; notice: ImportNotice | null }
  | { type: 'search'; search: SearchIndexData; count: number };
