/**
 * cleanup (issue #6): retires superseded gallery image versions by the retention policy (per image
 * definition; never one that is live, previous, in flight or referenced by any scale set of the
 * subscription), deletes what bakes left behind (managed images, Image Builder templates found by
 * tag) and scales in the idle blue-green colour after its scale-down delay.
 *
 * Plan, then apply: every read first (cleanup/observe.ts), then a list of actions with a reason
 * each from pure functions (cleanup/retention.ts, cleanup/leftovers.ts), then the writes in
 * parallel with bounded concurrency (cleanup/apply.ts) — or, in plan mode, the list alone. One
 * failed action does not stop the others; the stage then reports 'failed' with its outputs, and
 * the runner makes that a warning unless 'fail-on-cleanup-error'.
 */
import type { CleanupAction } from '../cleanup/actions.js';
import { describeAction } from '../cleanup/actions.js';
import { applyActions, type ActionResult } from '../cleanup/apply.js';
import { planIdleColour, planLeftovers } from '../cleanup/leftovers.js';
import { observeCleanup, type Observed } from '../cleanup/observe.js';
import { planRetention } from '../cleanup/retention.js';
import { countWrites, Plan } from '../plan/action.js';
import type { RunOutputs } from '../run/outputs.js';
import type { SummaryItem } from '../run/result.js';
import type { Stage, StageContext, StepResult } from './stage.js';

/** The clean-up plan: the actions, and what the summary says about what was kept and why. */
interface CleanupPlan {
  readonly actions: readonly CleanupAction[];
  /** Gallery and definition, for the messages. */
  readonly where: string;
  /** Old versions kept because something uses them. */
  readonly keptInUse: string[];
  readonly facts: readonly SummaryItem[];
}

export const cleanupStage: Stage = {
  name: 'cleanup',
  async run(ctx: StageContext): Promise<StepResult> {
    const ports = await ctx.azure();
    // Scaling in the idle colour writes to the deploy target: observe it under the deploy lock, so a
    // concurrent deploy that is bringing that colour up is waited for, never undercut.
    if (ctx.settings.deploy.strategy === 'blue-green' && ctx.settings.deploy.scaleSet && ctx.settings.deploy.loadBalancer) await ctx.takeDeployLock?.();
    const plan = planCleanup(ctx, await observeCleanup(ctx, ports));
    if (ctx.settings.dryRun) return describePlan(ctx, plan);
    for (const a of plan.actions) ctx.deps.host.info(`Clean-up: ${describeAction(a)}.`);
    return reportApplied(plan, await applyActions(ports, plan.actions, ctx.signal));
  },
};

/** The actions by the retention policy, for the leftovers and for the idle colour; the facts behind them. */
function planCleanup(ctx: StageContext, observed: Observed): CleanupPlan {
  const now = ctx.deps.clock.now();
  const { settings } = ctx;
  const retention = planRetention({ definition: observed.definition, versions: observed.versions, inUse: observed.inUse, policy: settings.cleanup, now });
  const leftovers = planLeftovers({
    managedImages: observed.managedImages,
    templates: observed.templates,
    scaleSetImageIds: observed.scaleSets.flatMap((s) => (s.imageId ? [s.imageId] : [])),
    versions: observed.versions,
    pendingManagedImageId: ctx.outputs.managedImageId && !ctx.outputs.imageId ? ctx.outputs.managedImageId : undefined,
    keepManagedImage: settings.publish.keepManagedImage,
    keepTemplate: settings.bake.imageBuilder?.keepTemplate ?? false,
  });
  const idle = planIdleColour(observed.idle, now);
  const where = `${observed.definition.gallery}/${observed.definition.definition}`;
  const facts: SummaryItem[] = [
    { kind: 'fact', label: 'retention', value: `${where}: ${observed.versions.length} version(s); keep the newest ${settings.cleanup.keepVersions}${settings.cleanup.keepDays > 0 ? ` and any younger than ${settings.cleanup.keepDays} days` : ''}; retire: ${settings.cleanup.retire}; ${observed.scaleSets.length} scale set(s) in the subscription checked` },
    ...retention.kept.filter((k) => k.inUse).map((k): SummaryItem => ({ kind: 'fact', label: `kept ${k.version}`, value: k.reason })),
    ...leftovers.skipped.map((s): SummaryItem => ({ kind: 'fact', label: `kept ${s.resource}`, value: s.reason })),
    ...(idle.note ? [{ kind: 'fact', label: 'idle colour', value: idle.note } satisfies SummaryItem] : []),
  ];
  return {
    actions: [...retention.actions, ...leftovers.actions, ...(idle.action ? [idle.action] : [])],
    where,
    keptInUse: retention.kept.filter((k) => k.inUse).map((k) => k.version),
    facts,
  };
}

/** Plan mode: the actions as planned writes. */
function describePlan(ctx: StageContext, p: CleanupPlan): StepResult {
  const plan = new Plan();
  for (const a of p.actions) plan.add(a.write);
  return {
    status: 'succeeded',
    outputs: { keptInUse: p.keptInUse, cleanedVersions: [], retiredVersions: [], cleanupFailures: 0 },
    items: [...p.facts, ...plan.items(ctx.deps.host)],
    message: `plan: ${countWrites(plan.size)}, none made`,
  };
}

/** The outcome of the applied actions: 'failed' (with its outputs) when any failed. */
function reportApplied(p: CleanupPlan, results: readonly ActionResult[]): StepResult {
  const { actions, keptInUse } = p;
  const done = results.filter((r) => !r.error);
  const failed = results.filter((r) => r.error);
  const outputs: Partial<RunOutputs> = {
    cleanedVersions: done.flatMap((r) => (r.action.kind === 'delete-version' ? [r.action.version.version] : [])),
    retiredVersions: done.flatMap((r) => (r.action.kind === 'retire-version' ? [r.action.version.version] : [])),
    keptInUse,
    cleanupFailures: failed.length,
  };
  const items: SummaryItem[] = [
    ...p.facts,
    ...done.map((r): SummaryItem => ({ kind: 'action', label: r.action.write.operation, value: `${r.action.write.resource}: ${r.action.write.why}` })),
    ...failed.map((r): SummaryItem => ({ kind: 'check', label: `${r.action.write.operation} ${r.action.write.resource}`, value: r.error!, ok: false })),
  ];
  const summary = `${done.length} of ${actions.length} clean-up action(s) done (${outputs.cleanedVersions!.length} version(s) deleted, ${outputs.retiredVersions!.length} retired${keptInUse.length > 0 ? `, ${keptInUse.length} old version(s) kept in use` : ''})`;
  if (failed.length > 0) {
    return { status: 'failed', outputs, items, message: `${failed.length} clean-up action(s) failed: ${failed.map((r) => `${r.action.write.resource} (${r.error})`).join('; ')}; ${summary}` };
  }
  return { status: actions.length === 0 ? 'skipped' : 'succeeded', outputs, items, message: actions.length === 0 ? `nothing to clean up in ${p.where}` : summary };
}
