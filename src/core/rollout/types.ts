/** The closed set of steps the rollout executor runs, and its journal. */
import type { PlannedWrite } from '../model.js';

/** What every Azure call of a step gets: the run's signal and what is left of the step's deadline. */
export interface StepCall {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
}

/** A write: one change to one resource, from the closed set of plan operations, with its reason. */
export interface WriteStep {
  readonly write: PlannedWrite;
  /**
   * The write changes what production serves (model of a live scale set, a batch of its
   * instances, the live rules, a slot swap): once it has been sent, a failure needs a revert.
   */
  readonly touchesProduction?: boolean;
}

/** One look of a wait: finished well, finished badly, or not yet (look again after `retryAfterMs`). */
export type Look =
  | { readonly state: 'done'; readonly detail: string }
  | { readonly state: 'failed'; readonly detail: string }
  | { readonly state: 'pending'; readonly detail: string; readonly retryAfterMs?: number };

export interface GateResult {
  readonly passed: boolean;
  readonly detail: string;
}

export interface WaitResult {
  readonly ok: boolean;
  /** Plan mode: nothing was looked at; the step is described and taken as passed. */
  readonly planned: boolean;
  readonly detail: string;
}

/** One line of what happened: what step, why, how many attempts, how it ended, how long it took. */
export interface JournalEntry {
  readonly kind: 'write' | 'wait' | 'gate';
  readonly label: string;
  readonly why: string;
  readonly write?: PlannedWrite;
  readonly result: 'done' | 'failed' | 'planned';
  readonly attempts: number;
  readonly durationMs: number;
  readonly detail?: string;
}
