/**
 * A slot-swap rollback as rollout steps, written once: `rollback` runs it on an executor of its
 * own (its own 'deploy-timeout', every write retried), `planRollbackWrites` on a planning one.
 * One swap back when the slot still holds the version to return to; otherwise that version goes
 * through the slot as a deploy would.
 */
import { PRODUCTION_SLOT, type SlotArtifact } from '../../azure/app-service-port.js';
import { catchUpWrite, intentWrite, liveWrite } from '../../plan/record.js';
import type { RunOutputs } from '../../run/outputs.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { StageContext } from '../../stages/stage.js';
import { afterRollback, recordIntent, recordLive } from '../record.js';
import { removeCanaryRule } from './canary.js';
import type { ReleaseRecord, RollbackPlan } from '../strategy.js';
import { artifactOf, describe, sameArtifact, versionOf } from './artifact.js';
import { release, swapBack } from './release.js';
import { iso, observe, recordOf, rolloutReads, siteResource, toArtifact, type Target } from './shared.js';

export interface RollbackRun {
  readonly t: Target;
  readonly to: SlotArtifact;
  /** Production already ran `to`: nothing was swapped. */
  readonly unchanged: boolean;
  readonly outputs: Partial<RunOutputs>;
}

export async function runRollback(ctx: StageContext, ex: RolloutExecutor, plan: RollbackPlan): Promise<RollbackRun> {
  const t = await observe(ctx, rolloutReads(ex));
  if (ctx.settings.deploy.canary) await removeCanaryRule(ex, t);
  const to = toArtifact(plan);
  const version = versionOf(to);
  const live = artifactOf(t.production);
  const record = recordOf(t);
  const common = { activeSlot: PRODUCTION_SLOT, previousSlot: t.slotRef.slot, imageVersion: version };
  if (sameArtifact(live, to)) {
    await confirmLive(ctx, ex, t, record, version);
    ex.note({ kind: 'fact', label: siteResource(t), value: `production runs ${describe(to)}: nothing to swap` });
    return { t, to, unchanged: true, outputs: { ...common, swapped: false, rolledBack: false } };
  }
  ex.note({ kind: 'fact', label: 'rollback', value: plan.description });
  const intent = { target: version, runUrl: ctx.deps.run?.runUrl, state: 'rolling-back' };
  const planned = intentWrite(siteResource(t), version, 'rolling-back');
  await ex.write({ write: planned }, (call) => recordIntent(t.tags, t.production.id, intent, call));
  await returnTo(ctx, ex, t, to);
  const { previous, failed } = afterRollback(plan, version, live ? versionOf(live) : record.current);
  const extra = failed ? `failed-version ${failed}` : undefined;
  const recorded = liveWrite(siteResource(t), record, { current: version, previous, state: 'rolled-back', extra });
  const done = {
    current: version,
    previous,
    failed,
    deployedAt: iso(ctx),
    runUrl: ctx.deps.run?.runUrl,
    state: 'rolled-back' as const,
  };
  await ex.write({ write: recorded }, (call) => recordLive(t.tags, t.production.id, done, call));
  const previousImageVersion = live ? versionOf(live) : undefined;
  return { t, to, unchanged: false, outputs: { ...common, swapped: true, rolledBack: true, previousImageVersion } };
}

/** Production already runs `to`: an unfinished record (this run's or an earlier one's intent) is completed. */
async function confirmLive(
  ctx: StageContext,
  ex: RolloutExecutor,
  t: Target,
  record: ReleaseRecord,
  version: string,
): Promise<void> {
  if (!record.target) return;
  const state = record.current === version ? ('live' as const) : ('rolled-back' as const);
  const live = {
    current: version,
    previous: record.previous,
    deployedAt: iso(ctx),
    runUrl: ctx.deps.run?.runUrl,
    state,
  };
  const planned = catchUpWrite(siteResource(t), record, version, record.previous);
  await ex.write({ write: planned }, (call) => recordLive(t.tags, t.production.id, live, call));
}

/** One swap when the slot holds `to`, else the deploy path through the slot. */
async function returnTo(ctx: StageContext, ex: RolloutExecutor, t: Target, to: SlotArtifact): Promise<void> {
  if (sameArtifact(artifactOf(t.slot), to)) return swapBack(ctx, ex, t, to);
  const how = ex.planning ? 'it would be deployed through the slot' : 'deploying it through the slot';
  ex.note({
    kind: 'fact',
    label: `slot ${t.slotRef.slot}`,
    value: `holds ${describe(artifactOf(t.slot))}, not ${describe(to)}: ${how}`,
  });
  await release(ctx, ex, t, to);
}
