/**
 * What a strategy offers the 'promote' and 'abort' stages for a canary stopped at an open pause
 * (`Strategy.canary`): both run on a rollout executor, for real or planned (plan mode: the same
 * reads, the writes journalled). `promote` continues the paused steps from the one after the
 * pause (canary/pause.ts `resumePoint`, then `walkCanary(..., { from })`); `abort` returns all
 * production traffic to the stable release (weight 0) and records 'aborted'. A strategy whose
 * CanaryTarget implements `pause` provides this.
 */
import type { ReleaseArtifact, RollbackPlan } from '../../model.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { RunOutputs } from '../../run/outputs.js';
import type { StageContext } from '../../stages/stage.js';

export interface CanaryRun {
  readonly outputs: Partial<RunOutputs>;
  /** One sentence: what is live now, and what to run next when something is still paused. */
  readonly message: string;
  /** After a promote that completed: what undoes it (for a failed verify later in the run). */
  readonly rollback?: RollbackPlan;
}

export type CanaryAction = 'promote' | 'abort';

export interface CanaryControl {
  /** The executor for one promote or abort (the strategy's retry base; planning: no write made). */
  executor(ctx: StageContext, planning: boolean): Promise<RolloutExecutor>;
  /**
   * Continues the paused canary of `artifact` (undefined: whatever is paused) from the step after
   * its pause. Refuses (an 'input' error, nothing written) when nothing is paused, another version
   * is, or the steps no longer fit. Throws a RolloutError (outputs, what is live) when it fails.
   */
  promote(ctx: StageContext, ex: RolloutExecutor, artifact: ReleaseArtifact | undefined): Promise<CanaryRun>;
  /** Returns all production traffic to the stable release and records 'aborted'; nothing to do: no write. */
  abort(ctx: StageContext, ex: RolloutExecutor): Promise<CanaryRun>;
}
