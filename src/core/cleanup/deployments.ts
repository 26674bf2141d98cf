/**
 * Clean-up of the deployment history of a template's resource group: this engine's deployments
 * (named `immutable-deploy-…`) beyond the newest KEEP_DEPLOYMENTS are deleted from the history —
 * the record of a deployment, never the resources it deployed — and one still running never is.
 * Azure keeps at most 800 deployments per resource group and, since 2020, deletes the oldest
 * itself as a group nears that limit ("Automatic deletions from deployment history",
 * https://learn.microsoft.com/azure/azure-resource-manager/templates/deployment-history-deletions):
 * pruning our own keeps the history short well before that, and leaves other tools' deployments
 * alone. Plan, then apply, on the rollout executor: plan mode lists the deletes and makes none; a
 * delete that fails is counted (a clean-up failure, a warning unless 'fail-on-cleanup-error').
 */
import type { DeploymentInfo } from '../azure/deployment-port.js';
import { isOurs } from '../deploy/template/deployment-name.js';
import { EngineError } from '../errors.js';
import type { PlannedWrite, SummaryItem } from '../model.js';
import { executorFor } from '../rollout/for-stage.js';
import type { StageContext, StepResult } from '../stages/stage.js';

/** This engine's newest deployments kept per resource group (each run makes one, a rollback one more). */
export const KEEP_DEPLOYMENTS = 20;

/** Not running: finished, or a delete that did not complete (it is sent again). */
const FINISHED = /^(succeeded|failed|canceled|deleting)$/i;

/** The deployments to delete: ours, finished, beyond the newest `keep` of ours (running ones count toward it). */
export function planPrune(history: readonly DeploymentInfo[], keep = KEEP_DEPLOYMENTS): DeploymentInfo[] {
  const ours = history
    .filter((d) => isOurs(d.name))
    .sort((a, b) => (b.timestamp ?? '').localeCompare(a.timestamp ?? '') || b.name.localeCompare(a.name));
  return ours.slice(keep).filter((d) => FINISHED.test(d.provisioningState));
}

/** Prunes the group's history (or, in plan mode, lists the deletes); the stage's result with its items added. */
export async function pruneDeploymentHistory(ctx: StageContext, result: StepResult): Promise<StepResult> {
  const ports = await ctx.azure();
  const resourceGroup = ctx.settings.deploy.resourceGroup ?? ctx.settings.resourceGroup;
  if (!resourceGroup) return result;
  const ex = executorFor(ctx, {
    retryBaseMs: ports.deployments.pollIntervalMs,
    timeoutMs: ctx.settings.cleanup.timeoutMs,
    budgetName: 'cleanup-timeout',
  });
  const history = await ex.read(`listing the deployments of resource group ${resourceGroup}`, (call) =>
    ports.deployments.list(resourceGroup, call),
  );
  const prune = planPrune(history);
  const ours = history.filter((d) => isOurs(d.name)).length;
  const fact: SummaryItem = {
    kind: 'fact',
    label: 'deployment history',
    value:
      `resource group ${resourceGroup}: ${history.length} deployment(s), ${ours} of them this engine's; ` +
      `keep its newest ${KEEP_DEPLOYMENTS}; ${prune.length} to delete`,
  };
  let failures = 0;
  for (const d of prune) {
    const write: PlannedWrite = {
      resource: `template deployment ${d.name}`,
      operation: 'delete',
      why:
        `older than this engine's newest ${KEEP_DEPLOYMENTS} in resource group ${resourceGroup} ` +
        '(the record of a deployment only, not its resources)',
    };
    const ref = { resourceGroup, name: d.name };
    try {
      await ex.write({ write }, async (call) => {
        // Re-read: a deployment that started again under this name (it cannot, but) is never deleted.
        const now = await ports.deployments.get(ref, call);
        if (now && FINISHED.test(now.provisioningState)) await ports.deployments.delete(ref, call);
      });
    } catch (err) {
      if (ctx.signal.aborted || (err instanceof EngineError && err.kind === 'cancelled')) throw err;
      failures += 1;
      ctx.warn(`clean-up: could not delete deployment ${d.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const done = prune.length - failures;
  const items = [...(result.items ?? []), fact, ...ex.items];
  if (!ex.planning && done > 0)
    ctx.deps.host.info(`Clean-up: ${done} old deployment(s) deleted from the history of ${resourceGroup}.`);
  const cleanupFailures = (result.outputs?.cleanupFailures ?? 0) + failures;
  return {
    ...result,
    status: failures > 0 ? 'failed' : result.status,
    outputs: { ...result.outputs, cleanupFailures },
    items,
    ...(failures > 0 ? { message: `${result.message ?? 'clean-up'}; ${failures} deployment delete(s) failed` } : {}),
  };
}
