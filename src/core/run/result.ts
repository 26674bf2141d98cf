/** What a run returns: outputs, per-stage status and duration, warnings, and the summary model. */
import type { ErrorKind } from '../errors.js';
import type { JournalEntry } from '../rollout/types.js';
import type { StageName } from '../settings/types.js';
import type { RunOutputs } from './outputs.js';
export type { SummaryItem } from '../model.js';
import type { PlannedWrite, SummaryItem } from '../model.js';

export type StageStatus = 'succeeded' | 'failed' | 'skipped' | 'cancelled' | 'not-run';
export type RunStatus = 'succeeded' | 'failed' | 'cancelled';

export interface StageReport {
  readonly name: StageName;
  readonly status: StageStatus;
  readonly durationMs: number;
  /** One sentence: what happened, or why it failed or was skipped. */
  readonly message?: string;
  readonly items: readonly SummaryItem[];
  /** What the rollout executor did, step by step (deploy, rollback). */
  readonly journal?: readonly JournalEntry[];
}

export interface RunResult {
  readonly status: RunStatus;
  readonly outputs: RunOutputs;
  readonly stages: readonly StageReport[];
  readonly warnings: readonly string[];
  readonly error?: { readonly kind: ErrorKind; readonly message: string };
  readonly startedAt: number;
  readonly durationMs: number;
  readonly dryRun: boolean;
  /** Plan mode: every write the run would have made, in order, by stage (none was made). */
  readonly plan?: readonly PlannedStageWrite[];
}

export interface PlannedStageWrite extends PlannedWrite {
  readonly stage: StageName;
}
