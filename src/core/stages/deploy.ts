/**
 * deploy: replaces instances with the artifact through the chosen strategy. The artifact comes
 * from this run's publish (imageId / imageVersion outputs) or the inputs (image-id, or an explicit
 * image-version in gallery-name/image-definition). Everything is read and checked (strategy.inspect,
 * then planDeploy) before the first write, the deploy lock's lease included. A rollout that stops part-way is rolled back at once when auto-rollback
 * is on, and the step fails saying what failed, what was rolled back and what is live.
 * Plan mode (dry-run): the same reads, then the strategy describes its writes (planDeploy); none is made.
 */
import { preflightAnalysis } from '../analysis/preflight.js';
import { EngineError } from '../errors.js';
import { planItem } from '../plan/action.js';
import { RolloutError } from '../deploy/rollout-error.js';
import { revertContext } from '../rollout/for-stage.js';
import { descriptorOf, strategyFor } from '../deploy/registry.js';
import type { PlanOutcome, ReleaseArtifact, Strategy } from '../deploy/strategy.js';
import type { SummaryItem } from '../run/result.js';
import type { Stage, StageContext, StepResult } from './stage.js';

export const deployStage: Stage = {
  name: 'deploy',
  async run(ctx: StageContext): Promise<StepResult> {
    const strategy = await strategyFor(ctx.settings.deploy.strategy);
    const artifact = artifactOf(ctx);
    const record = await strategy.inspect(ctx);
    // Plan first (every read and check, no write): bad input fails here, before the lease is
    // written. Dry-run stops at the plan; a real run takes the deploy lock, then applies.
    const planned = await strategy.planDeploy(ctx, artifact, record);
    if (ctx.settings.dryRun) return planResult(ctx, planned);
    if (planned.writes.length > 0) {
      // A gate Azure would refuse fails here, with nothing written, not after the rollout.
      await preflightAnalysis(ctx, artifact.imageVersion);
      await ctx.takeDeployLock?.();
    }
    // A paused canary is no unfinished run: the strategy keeps it paused or refuses another release.
    if (record.target && record.state !== 'paused' && record.target !== artifact.imageVersion) {
      ctx.warn(
        `the target's record says an earlier run set out to deploy ${record.target} and did not finish; this deploy replaces it with ${artifact.imageVersion ?? 'the new artifact'}`,
      );
    }
    try {
      const outcome = await strategy.deploy(ctx, artifact, record);
      ctx.deps.host.info(outcome.message);
      return {
        status: 'succeeded',
        outputs: {
          ...outcome.outputs,
          rollbackPlan: outcome.rollback,
          deployUnchanged: outcome.rollback === undefined,
        },
        items: outcome.items,
        message: outcome.message,
        journal: outcome.journal,
      };
    } catch (err) {
      if (!(err instanceof RolloutError) || ctx.signal.aborted) throw err;
      return rollBackFailedRollout(ctx, strategy, err);
    }
  },
};

export async function rollBackFailedRollout(
  ctx: StageContext,
  strategy: Strategy,
  err: RolloutError,
): Promise<StepResult> {
  const { plan, items, outputs, liveUntouched, journal = [] } = err.details;
  const failedItems: SummaryItem[] = [...items, { kind: 'check', label: 'rollout', value: err.message, ok: false }];
  if (!plan) {
    return {
      status: 'failed',
      outputs: { ...outputs, rolledBack: false },
      items: failedItems,
      message: `${err.message}; not rolled back: no previous version is known for this target`,
    };
  }
  if (liveUntouched) return confirmUntouched(ctx, strategy, err, plan, failedItems);
  if (!ctx.settings.verify.autoRollback) {
    return {
      status: 'failed',
      outputs: { ...outputs, rolledBack: false, rollbackPlan: plan },
      items: failedItems,
      message: `${err.message}; not rolled back ('auto-rollback' is false): run the 'rollback' stage to return to ${plan.to.imageVersion ?? 'the previous release'}`,
    };
  }
  ctx.warn(`the deploy failed: ${err.message}; rolling back (${plan.description})`);
  try {
    const rb = await strategy.rollback(revertContext(ctx), plan);
    return {
      status: 'failed',
      outputs: { ...outputs, rolledBack: true },
      items: [...failedItems, ...rb.items],
      message: `${err.message}; rolled back: ${rb.message}`,
      journal: [...journal, ...(rb.journal ?? [])],
    };
  } catch (rbErr) {
    if (ctx.signal.aborted) throw rbErr;
    const why = rbErr instanceof Error ? rbErr.message : String(rbErr);
    const live = await liveNow(ctx, strategy);
    const next = `re-run this step to finish the rollback, or run the 'rollback' stage (to-version ${plan.to.imageVersion ?? 'the previous release'})`;
    return {
      status: 'failed',
      outputs: { ...outputs, rolledBack: false },
      items: failedItems,
      message: `${err.message}; the rollback failed too: ${why}; ${live}; ${next}`,
      journal,
    };
  }
}

/** What production serves now, read fresh after a failed revert; never throws. */
async function liveNow(ctx: StageContext, strategy: Strategy): Promise<string> {
  if (!strategy.describeLive) return 'what is live could not be read';
  try {
    return `live now: ${await strategy.describeLive(ctx)}`;
  } catch (e) {
    return `what is live could not be read (${e instanceof Error ? e.message : String(e)})`;
  }
}

/**
 * Production never took the new version: nothing is rolled back. The strategy still confirms the
 * old release is live and clears this run's intent from the record.
 */
async function confirmUntouched(
  ctx: StageContext,
  strategy: Strategy,
  err: RolloutError,
  plan: NonNullable<RolloutError['details']['plan']>,
  items: SummaryItem[],
): Promise<StepResult> {
  const outputs = { ...err.details.outputs, rolledBack: false };
  const live = plan.to.imageVersion ?? plan.to.containerImage ?? 'the previous release';
  // An aborted canary did serve a share of production traffic before it was returned.
  const untouched =
    err.details.outputs.canaryResult === 'aborted'
      ? 'the canary share is back on the stable release'
      : 'production never took the new version';
  try {
    const confirmed = await strategy.rollback(revertContext(ctx), plan);
    return {
      status: 'failed',
      outputs,
      items: [...items, ...confirmed.items],
      message: `${err.message}; ${untouched}: ${live} is still live`,
    };
  } catch (confirmErr) {
    if (ctx.signal.aborted) throw confirmErr;
    const why = confirmErr instanceof Error ? confirmErr.message : String(confirmErr);
    return {
      status: 'failed',
      outputs,
      items,
      message: `${err.message}; ${untouched}, but confirming ${live} is live failed: ${why}`,
    };
  }
}

/** What to deploy: this run's publish output, else image-id, else an explicit image-version. */
export function artifactOf(ctx: StageContext): ReleaseArtifact {
  const { outputs, settings } = ctx;
  if (descriptorOf(settings.deploy.strategy).artifact === 'web-artifact')
    return { containerImage: settings.deploy.containerImage, packageUrl: settings.deploy.packageUrl };
  if (outputs.imageId) return { imageId: outputs.imageId, imageVersion: outputs.imageVersion };
  if (settings.publish.imageId) return { imageId: settings.publish.imageId };
  if (settings.publish.version.kind === 'explicit') return { imageVersion: settings.publish.version.version };
  throw new EngineError(
    'input',
    "input 'image-id': is required to deploy without a publish stage in this run; expected a gallery image version resource id (or an explicit 'image-version' with 'gallery-name' and 'image-definition')",
  );
}

/** Plan mode: a strategy's planned writes as the step's result (logged, in the summary), succeeded. */
export function planResult(ctx: StageContext, plan: PlanOutcome): StepResult {
  for (const item of plan.items) ctx.deps.host.info(`plan: ${item.label}: ${item.value}`);
  const items: SummaryItem[] = [...plan.items, ...plan.writes.map(planItem)];
  for (const w of items.filter((i) => i.write)) ctx.deps.host.info(`plan: ${w.value}`);
  ctx.deps.host.info(plan.message);
  return { status: 'succeeded', outputs: plan.outputs, items, message: plan.message, journal: plan.journal };
}
