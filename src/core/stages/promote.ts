/**
 * promote: continues a canary that a deploy stopped at an open pause ('pause' without a duration
 * in 'canary-steps'), from the step after it, in a later run (`immutable-deploy promote`, or the CI
 * job behind an approval). The strategy reads the paused canary back from the target's release
 * record and refuses clearly, before any write, when nothing is paused, another version is, or the
 * steps no longer fit. As deploy does: plan first (every read, no write), then the deploy lock,
 * then the writes; plan mode stops at the plan. A promote that fails part-way returns the traffic
 * to the stable release ('abort') when 'auto-rollback' is on, and says what is live.
 */
import { CancelledError, EngineError } from '../errors.js';
import type { CanaryAction, CanaryControl, CanaryRun } from '../deploy/canary/control.js';
import { STRATEGY_NAMES } from '../deploy/names.js';
import { descriptorOf, strategyFor } from '../deploy/registry.js';
import { RolloutError } from '../deploy/rollout-error.js';
import type { ReleaseArtifact } from '../deploy/strategy.js';
import type { RolloutExecutor } from '../rollout/executor.js';
import { revertContext } from '../rollout/for-stage.js';
import { countWrites } from '../plan/action.js';
import type { SummaryItem } from '../run/result.js';
import { artifactOf, planResult, rollBackFailedRollout } from './deploy.js';
import type { Stage, StageContext, StepResult } from './stage.js';

export const promoteStage: Stage = {
  name: 'promote',
  run: (ctx) => runCanaryAction(ctx, 'promote'),
};

/** The strategy's canary control, or an 'input' error naming the strategies that have one. */
async function controlOf(ctx: StageContext, action: CanaryAction): Promise<CanaryControl> {
  const strategy = await strategyFor(ctx.settings.deploy.strategy);
  if (strategy.canary) return strategy.canary;
  const canaries = STRATEGY_NAMES.filter((s) => descriptorOf(s).canary);
  const strategies = await Promise.all(canaries.map((s) => strategyFor(s)));
  const able = strategies.filter((s) => s.canary).map((s) => `'${s.name}'`);
  throw new EngineError(
    'input',
    `stage '${action}': strategy '${strategy.name}' has no canary that can pause; expected strategy ${able.join(' or ')} with 'canary-steps'`,
  );
}

/** The release the inputs name, if they name one ('promote' then checks it is the paused one). */
function requestedArtifact(ctx: StageContext): ReleaseArtifact | undefined {
  try {
    return artifactOf(ctx);
  } catch {
    return undefined;
  }
}

/** 'promote' or 'abort' as a stage: plan, then the lock, then the writes (none: nothing to do). */
export async function runCanaryAction(ctx: StageContext, action: CanaryAction): Promise<StepResult> {
  const control = await controlOf(ctx, action);
  const artifact = action === 'promote' ? requestedArtifact(ctx) : undefined;
  const act = (c: StageContext, ex: RolloutExecutor): Promise<CanaryRun> =>
    action === 'promote' ? control.promote(c, ex, artifact) : control.abort(c, ex);
  const planning = await control.executor(ctx, true);
  const planned = await act(ctx, planning);
  const writes = planning.plannedWrites;
  if (ctx.settings.dryRun) {
    const message = `plan: ${action}, ${countWrites(writes.length)}, none made; afterwards: ${planned.message}`;
    return planResult(ctx, { writes, items: planning.facts, outputs: planned.outputs, message });
  }
  if (writes.length === 0) {
    // Nothing to do (already promoted or aborted): a failed verify after it has nothing of this run's to undo.
    ctx.deps.host.info(planned.message);
    const outputs = { ...planned.outputs, deployUnchanged: true };
    return { status: 'succeeded', outputs, items: planning.facts, message: planned.message };
  }
  await ctx.takeDeployLock?.();
  const ex = await control.executor(ctx, false);
  try {
    const run = await act(ctx, ex);
    ctx.deps.host.info(run.message);
    const outputs = { ...run.outputs, rollbackPlan: run.rollback, deployUnchanged: run.rollback === undefined };
    return { status: 'succeeded', outputs, items: ex.items, message: run.message, journal: ex.journal };
  } catch (err) {
    if (!(err instanceof RolloutError) || ctx.signal.aborted || err instanceof CancelledError) throw err;
    if (action === 'abort') return failed(err, err.message);
    // Past the switch (production moved to the new release): undo it as a failed deploy is undone.
    if (err.details.plan && !err.details.liveUntouched)
      return rollBackFailedRollout(ctx, await strategyFor(ctx.settings.deploy.strategy), err);
    return abortAfterFailedPromote(ctx, control, err);
  }
}

function failed(err: RolloutError, message: string, items: readonly SummaryItem[] = []): StepResult {
  const check: SummaryItem = { kind: 'check', label: 'canary', value: err.message, ok: false };
  const outputs = err.details.outputs;
  return {
    status: 'failed',
    outputs,
    items: [...err.details.items, check, ...items],
    message,
    journal: err.details.journal,
  };
}

/**
 * A promote that stopped part-way (a write failed for good, production never swapped): with
 * 'auto-rollback', all traffic returns to the stable release as 'abort' does; otherwise the step
 * says what share is left where and what to run.
 */
async function abortAfterFailedPromote(
  ctx: StageContext,
  control: CanaryControl,
  err: RolloutError,
): Promise<StepResult> {
  if (err.details.outputs.canaryResult === 'aborted') return failed(err, err.message);
  if (!ctx.settings.verify.autoRollback)
    return failed(err, `${err.message}; not aborted ('auto-rollback' is false): run 'promote' again, or 'abort'`);
  ctx.warn(`the promote failed: ${err.message}; aborting the canary`);
  try {
    const revert = revertContext(ctx);
    const ex = await control.executor(revert, false);
    const run = await control.abort(revert, ex);
    const result = failed(err, `${err.message}; ${run.message}`, ex.items);
    return { ...result, outputs: { ...err.details.outputs, ...run.outputs } };
  } catch (abortErr) {
    if (ctx.signal.aborted) throw abortErr;
    const why = abortErr instanceof Error ? abortErr.message : String(abortErr);
    return failed(err, `${err.message}; the abort failed too: ${why}; run 'abort' again`);
  }
}
