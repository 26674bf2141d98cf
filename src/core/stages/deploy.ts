/**
 * deploy: replaces instances with the artifact through the chosen strategy. The artifact comes
 * from this run's publish (imageId / imageVersion outputs) or the inputs (image-id, or an explicit
 * image-version in gallery-name/image-definition). Everything is read and checked (strategy.inspect)
 * before the first write. A rollout that stops part-way is rolled back at once when auto-rollback
 * is on, and the step fails saying what failed, what was rolled back and what is live.
 */
import { EngineError, NotImplementedError } from '../errors.js';
import { RolloutError } from '../deploy/rollout-error.js';
import { strategyFor } from '../deploy/strategies.js';
import type { ReleaseArtifact } from '../deploy/strategy.js';
import type { SummaryItem } from '../run/result.js';
import type { Stage, StageContext, StepResult } from './stage.js';

export const deployStage: Stage = {
  name: 'deploy',
  async run(ctx: StageContext): Promise<StepResult> {
    if (ctx.settings.dryRun) throw new NotImplementedError("deploy with 'dry-run' (the plan of writes)", 'issue #6');
    const strategy = strategyFor(ctx.settings.deploy.strategy);
    const artifact = artifactOf(ctx);
    const record = await strategy.inspect(ctx);
    if (record.target && record.target !== artifact.imageVersion) {
      ctx.warn(`the target's record says an earlier run set out to deploy ${record.target} and did not finish; this deploy replaces it with ${artifact.imageVersion ?? 'the new artifact'}`);
    }
    try {
      const outcome = await strategy.deploy(ctx, artifact, record);
      ctx.deps.host.info(outcome.message);
      return {
        status: 'succeeded',
        outputs: { ...outcome.outputs, rollbackPlan: outcome.rollback, deployUnchanged: outcome.rollback === undefined },
        items: outcome.items,
        message: outcome.message,
      };
    } catch (err) {
      if (!(err instanceof RolloutError) || ctx.signal.aborted) throw err;
      return rollBackFailedRollout(ctx, strategy, err);
    }
  },
};

async function rollBackFailedRollout(ctx: StageContext, strategy: ReturnType<typeof strategyFor>, err: RolloutError): Promise<StepResult> {
  const { plan, items, outputs, liveUntouched } = err.details;
  const failedItems: SummaryItem[] = [...items, { kind: 'check', label: 'rollout', value: err.message, ok: false }];
  if (!plan) {
    return { status: 'failed', outputs: { ...outputs, rolledBack: false }, items: failedItems, message: `${err.message}; not rolled back: no previous version is known for this target` };
  }
  if (liveUntouched) return confirmUntouched(ctx, strategy, err, plan, failedItems);
  if (!ctx.settings.verify.autoRollback) {
    return { status: 'failed', outputs: { ...outputs, rolledBack: false, rollbackPlan: plan }, items: failedItems, message: `${err.message}; not rolled back ('auto-rollback' is false): run the 'rollback' stage to return to ${plan.to.imageVersion ?? 'the previous release'}` };
  }
  ctx.warn(`the deploy failed: ${err.message}; rolling back (${plan.description})`);
  try {
    const rb = await strategy.rollback(ctx, plan);
    return { status: 'failed', outputs: { ...outputs, rolledBack: true }, items: [...failedItems, ...rb.items], message: `${err.message}; rolled back: ${rb.message}` };
  } catch (rbErr) {
    if (ctx.signal.aborted) throw rbErr;
    const why = rbErr instanceof Error ? rbErr.message : String(rbErr);
    return { status: 'failed', outputs: { ...outputs, rolledBack: false }, items: failedItems, message: `${err.message}; the rollback failed too: ${why}` };
  }
}

/**
 * Production never took the new version: nothing is rolled back. The strategy still confirms the
 * old release is live and clears this run's intent from the record.
 */
async function confirmUntouched(ctx: StageContext, strategy: ReturnType<typeof strategyFor>, err: RolloutError, plan: NonNullable<RolloutError['details']['plan']>, items: SummaryItem[]): Promise<StepResult> {
  const outputs = { ...err.details.outputs, rolledBack: false };
  const live = plan.to.imageVersion ?? plan.to.containerImage ?? 'the previous release';
  try {
    const confirmed = await strategy.rollback(ctx, plan);
    return { status: 'failed', outputs, items: [...items, ...confirmed.items], message: `${err.message}; production never took the new version: ${live} is still live` };
  } catch (confirmErr) {
    if (ctx.signal.aborted) throw confirmErr;
    const why = confirmErr instanceof Error ? confirmErr.message : String(confirmErr);
    return { status: 'failed', outputs, items, message: `${err.message}; production never took the new version, but confirming ${live} is live failed: ${why}` };
  }
}

/** What to deploy: this run's publish output, else image-id, else an explicit image-version. */
export function artifactOf(ctx: StageContext): ReleaseArtifact {
  const { outputs, settings } = ctx;
  if (settings.deploy.strategy === 'slot-swap') return { containerImage: settings.deploy.containerImage, packageUrl: settings.deploy.packageUrl };
  if (outputs.imageId) return { imageId: outputs.imageId, imageVersion: outputs.imageVersion };
  if (settings.publish.imageId) return { imageId: settings.publish.imageId };
  if (settings.publish.version.kind === 'explicit') return { imageVersion: settings.publish.version.version };
  throw new EngineError('input', "input 'image-id': is required to deploy without a publish stage in this run; expected a gallery image version resource id (or an explicit 'image-version' with 'gallery-name' and 'image-definition')");
}
