/** What a build reports: its progress and its summary (apart, so that the worker pool and the build share them). */
import type { InputProblem } from '../model/types.js';

export type BuildPhase = 'scan' | 'load' | 'extract' | 'speakers' | 'statements' | 'search' | 'write';

export interface BuildProgress {
  phase: BuildPhase;
  done: number;
  total: number;
  /** In the extract phase: quotes found so far. */
  quotes?: number;
}

export interface BuildSummary {
  articles: number;
  quotes: number;
  speakers: number;
  /** Inputs (files, records, articles) that were reported and skipped. */
  skipped: number;
  problems: InputProblem[];
  seconds: number;
  /** Articles whose extraction came from the previous index's cache. */
  reusedArticles: number;
}
