/**
 * cleanup: retires superseded gallery image versions by the retention policy (per image
 * definition; never one in use: see cleanup/scan.ts for what "in use" reads across the
 * subscription), deletes what bakes left behind (managed images, Image Builder templates found by
 * tag) and scales in the idle blue-green colour after its scale-down delay.
 *
 * Plan, then apply: every read first (cleanup/observe.ts), then a list of actions with a reason
 * each from pure functions (cleanup/retention.ts, cleanup/leftovers.ts), at most `maxDeletes`
 * version writes (the oldest first), then the writes in parallel with bounded concurrency, each
 * version delete preceded by a fresh re-check (cleanup/apply.ts, cleanup/recheck.ts) and sent
 * without following its operation, then every delete confirmed by listing the definition's
 * versions (cleanup/confirm.ts) — or, in plan mode, the list alone. One failed action does not stop the others; the stage then reports
 * 'failed' with its outputs, and the runner makes that a warning unless 'fail-on-cleanup-error'.
 */
import type { CleanupAction } from '../cleanup/actions.js';
import { describeAction } from '../cleanup/actions.js';
import { applyActions } from '../cleanup/apply.js';
import { confirmAccepted } from '../cleanup/confirm.js';
import { planIdleColour, planLeftovers } from '../cleanup/leftovers.js';
import { confirmReserveMs, limitsOf, type CleanupLimits } from '../cleanup/limits.js';
import { observeCleanup, type Observed } from '../cleanup/observe.js';
import { pruneDeploymentHistory } from '../cleanup/deployments.js';
import { recheckUsage } from '../cleanup/recheck.js';
import { decisionLines, reportApplied, type CleanupPlan } from '../cleanup/report.js';
import { planRetention } from '../cleanup/retention.js';
import type { ScanOptions } from '../cleanup/scan.js';
import { countWrites, Plan } from '../plan/action.js';
import type { SummaryItem } from '../run/result.js';
import type { Stage, StageContext, StepResult } from './stage.js';
import { descriptorOf } from '../deploy/registry.js';

export const cleanupStage: Stage = {
  name: 'cleanup',
  async run(ctx: StageContext): Promise<StepResult> {
    const result = await imageCleanup.run(ctx);
    // A template's resource group also keeps a deployment history: this engine's old ones are pruned.
    return ctx.settings.deploy.template ? pruneDeploymentHistory(ctx, result) : result;
  },
};

/** Image versions, bake leftovers and the idle colour. */
const imageCleanup: Stage = {
  name: 'cleanup',
  async run(ctx: StageContext): Promise<StepResult> {
    const ports = await ctx.azure();
    const limits = limitsOf(ctx.settings.cleanup);
    const { clock, sleep, host } = ctx.deps;
    const deadline = clock.now() + limits.timeoutMs;
    const scan = (): ScanOptions => ({
      signal: ctx.signal,
      parallelism: limits.parallelism,
      timeoutMs: Math.max(1, deadline - clock.now()),
    });
    // Scaling in the idle colour writes to the deploy target: observe it under the deploy lock, so a
    // concurrent deploy that is bringing that colour up is waited for, never undercut.
    if (descriptorOf(ctx.settings.deploy.strategy).cleanupWritesTarget(ctx.settings.deploy))
      await ctx.takeDeployLock?.();
    const observed = await observeCleanup(ctx, ports, scan);
    const plan = planCleanup(ctx, observed, limits);
    for (const line of decisionLines(plan, limits.summaryNames)) host.info(line);
    if (ctx.settings.dryRun) return describePlan(ctx, plan);
    const shown = plan.actions.slice(0, limits.summaryNames);
    for (const a of shown) host.info(`Clean-up: ${describeAction(a)}.`);
    if (plan.actions.length > shown.length)
      host.info(`Clean-up: … and ${plan.actions.length - shown.length} more action(s).`);
    let throttles = 0;
    const check = recheckUsage(ports, observed.index, observed.watch, scan);
    const sent = await applyActions(ports, plan.actions, {
      retryBaseMs: Math.min(ports.scaleSets.pollIntervalMs, 5_000),
      signal: ctx.signal,
      concurrency: limits.parallelism,
      clock,
      sleep,
      deadline: deadline - confirmReserveMs(limits.timeoutMs),
      callDeadline: deadline,
      check,
      onThrottle: () => void (throttles += 1),
    });
    let listings = 0;
    const results = await confirmAccepted(ports, observed.definition, sent, {
      signal: ctx.signal,
      clock,
      sleep,
      deadline,
      onListing: () => void (listings += 1),
    });
    return reportApplied(plan, results, { ...limits, throttles, rechecks: check.reads, listings });
  },
};

/** The actions by the retention policy (capped), for the leftovers and for the idle colour; the facts behind them. */
function planCleanup(ctx: StageContext, observed: Observed, limits: CleanupLimits): CleanupPlan {
  const now = ctx.deps.clock.now();
  const { settings } = ctx;
  const retention = planRetention({
    definition: observed.definition,
    versions: observed.versions,
    inUse: observed.inUse,
    policy: settings.cleanup,
    now,
  });
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
  // Retention lists versions newest first: the cap keeps the oldest, the rest wait for the next run.
  const versionWrites = retention.actions.slice(-limits.maxDeletes);
  const deferred = retention.actions.length - versionWrites.length;
  const inUse = retention.kept.filter((k) => k.inUse);
  const facts: SummaryItem[] = [
    {
      kind: 'fact',
      label: 'retention',
      value: `${where}: ${observed.versions.length} version(s); keep the newest ${settings.cleanup.keepVersions}${settings.cleanup.keepDays > 0 ? ` and any younger than ${settings.cleanup.keepDays} days` : ''}; retire: ${settings.cleanup.retire}; ${observed.scaleSets.length} scale set(s) in the subscription checked`,
    },
    ...inUse
      .slice(0, limits.summaryNames)
      .map((k): SummaryItem => ({ kind: 'fact', label: `kept ${k.version}`, value: k.reason })),
    ...(inUse.length > limits.summaryNames
      ? [
          {
            kind: 'fact',
            label: 'kept in use',
            value: `… and ${inUse.length - limits.summaryNames} more (output kept-in-use has them all)`,
          } satisfies SummaryItem,
        ]
      : []),
    ...(deferred > 0
      ? [
          {
            kind: 'fact',
            label: 'deferred',
            value: `${deferred} superseded version(s) left for the next run: at most ${limits.maxDeletes} per run (cleanup-max-deletes)`,
          } satisfies SummaryItem,
        ]
      : []),
    ...leftovers.skipped.map((s): SummaryItem => ({ kind: 'fact', label: `kept ${s.resource}`, value: s.reason })),
    ...(idle.note ? [{ kind: 'fact', label: 'idle colour', value: idle.note } satisfies SummaryItem] : []),
  ];
  const actions: CleanupAction[] = [...versionWrites, ...leftovers.actions, ...(idle.action ? [idle.action] : [])];
  return {
    actions,
    where,
    keptInUse: inUse.map((k) => k.version),
    facts,
    deferred,
    kept: retention.kept,
    deferredNames: retention.actions.slice(0, deferred).flatMap((a) => ('version' in a ? [a.version.version] : [])),
    versionCount: observed.versions.length,
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
