/**
 * rollback: returns the target to an earlier release. After a failed verify in the same run it
 * undoes that run's deploy (the plan the deploy left in the outputs); on its own (and
 * `immutable-deploy rollback`) it returns to 'to-version', by default the previous version
 * recorded on the target's tags. Works for every strategy through Strategy.planRollback/rollback.
 * Plan mode (dry-run): the same reads, then the writes the rollback would make (planRollbackWrites).
 */
import { strategyFor } from '../deploy/registry.js';
import { revertContext } from '../rollout/for-stage.js';
import { planResult } from './deploy.js';
import type { Stage, StageContext, StepResult } from './stage.js';

export const rollbackStage: Stage = {
  name: 'rollback',
  async run(ctx: StageContext): Promise<StepResult> {
    const strategy = await strategyFor(ctx.settings.deploy.strategy);
    const toVersion = ctx.settings.verify.toVersion;
    let plan = toVersion ? undefined : ctx.outputs.rollbackPlan;
    if (!plan && !toVersion && ctx.outputs.deployUnchanged) {
      return {
        status: 'skipped',
        outputs: { rolledBack: false },
        message: 'the deploy changed nothing, so there is nothing to roll back',
      };
    }
    if (!plan) {
      const record = await strategy.inspect(ctx);
      plan = await strategy.planRollback(ctx, record, toVersion);
    }
    // Plan first (reads only), as deploy does: then the lease, then the writes.
    const planned = await strategy.planRollbackWrites(ctx, plan);
    if (ctx.settings.dryRun) return planResult(ctx, planned);
    if (planned.writes.length === 0) {
      return {
        status: 'succeeded',
        outputs: { ...planned.outputs, rolledBack: false },
        items: planned.items,
        message: `nothing to roll back: ${planned.message}`,
      };
    }
    await ctx.takeDeployLock?.();
    ctx.deps.host.info(`Rolling back: ${plan.description}.`);
    const outcome = await strategy.rollback(revertContext(ctx), plan);
    return {
      status: 'succeeded',
      outputs: { ...outcome.outputs, rolledBack: true },
      items: outcome.items,
      message: outcome.message,
      journal: outcome.journal,
    };
  },
};
