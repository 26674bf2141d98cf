/**
 * rollback: returns the target to an earlier release. After a failed verify in the same run it
 * undoes that run's deploy (the plan the deploy left in the outputs); on its own (and
 * `immutable-deploy rollback`) it returns to 'to-version', by default the previous version
 * recorded on the target's tags. Works for every strategy through Strategy.planRollback/rollback.
 */
import { NotImplementedError } from '../errors.js';
import { strategyFor } from '../deploy/strategies.js';
import type { Stage, StageContext, StepResult } from './stage.js';

export const rollbackStage: Stage = {
  name: 'rollback',
  async run(ctx: StageContext): Promise<StepResult> {
    if (ctx.settings.dryRun) throw new NotImplementedError("rollback with 'dry-run' (the plan of writes)", 'issue #6');
    const strategy = strategyFor(ctx.settings.deploy.strategy);
    const toVersion = ctx.settings.verify.toVersion;
    let plan = toVersion ? undefined : ctx.outputs.rollbackPlan;
    if (!plan && !toVersion && ctx.outputs.deployUnchanged) {
      return { status: 'skipped', outputs: { rolledBack: false }, message: 'the deploy changed nothing, so there is nothing to roll back' };
    }
    if (!plan) {
      const record = await strategy.inspect(ctx);
      plan = await strategy.planRollback(ctx, record, toVersion);
    }
    ctx.deps.host.info(`Rolling back: ${plan.description}.`);
    const outcome = await strategy.rollback(ctx, plan);
    return { status: 'succeeded', outputs: { ...outcome.outputs, rolledBack: true }, items: outcome.items, message: outcome.message };
  },
};
