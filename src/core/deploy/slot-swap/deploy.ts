/**
 * A slot-swap deploy as rollout steps, written once: `deploy` runs it on a real executor,
 * `planDeploy` on a planning one (the same reads; writes journalled, none made). Decisions come
 * from the target as observed at the start, never from what a write returns.
 */
import { PRODUCTION_SLOT, type SlotArtifact } from '../../azure/app-service-port.js';
import { CancelledError, EngineError } from '../../errors.js';
import { catchUpWrite, intentWrite, liveWrite } from '../../plan/record.js';
import type { RunOutputs } from '../../run/outputs.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { StageContext } from '../../stages/stage.js';
import { recordIntent, recordLive } from '../record.js';
import { RolloutError } from '../rollout-error.js';
import type { ReleaseArtifact, ReleaseRecord, RollbackPlan } from '../strategy.js';
import { artifactOf, describe, sameArtifact, versionOf } from './artifact.js';
import { release } from './release.js';
import { canaryOutputs, recordAborted } from './canary-record.js';
import { releaseByCanary } from './canary.js';
import { CanaryAborted, shareLeft, stepName, type CanaryProgress } from '../canary/walk.js';
import { describePaused, pausedCanary, WHAT_NEXT } from '../canary/pause.js';
import {
  iso,
  observe,
  planFor,
  recordOf,
  rolloutReads,
  siteResource,
  slotResource,
  slotUrl,
  wanted,
} from './shared.js';
import type { Target } from './shared.js';

export interface DeployRun {
  readonly t: Target;
  readonly want: SlotArtifact;
  readonly live: SlotArtifact | undefined;
  /** Production already ran the artifact: nothing was swapped (the record may have been caught up). */
  readonly unchanged: boolean;
  /** The canary stopped at an open pause (this run, or an earlier one left it paused): what is live, what next. */
  readonly paused?: string;
  readonly outputs: Partial<RunOutputs>;
  readonly rollback?: RollbackPlan;
}

export async function runDeploy(ctx: StageContext, ex: RolloutExecutor, artifact: ReleaseArtifact): Promise<DeployRun> {
  const want = wanted(ctx, artifact);
  const t = await observe(ctx, rolloutReads(ex));
  const live = artifactOf(t.production);
  const record = recordOf(t);
  const version = versionOf(want);
  const previewUrl = slotUrl(ctx, 'preview', t.slot);
  const common = { activeSlot: PRODUCTION_SLOT, previousSlot: t.slotRef.slot, previewUrl, imageVersion: version };
  if (sameArtifact(live, want)) {
    await catchUp(ctx, ex, t, record, version);
    ex.note({ kind: 'fact', label: siteResource(t), value: `already runs ${describe(want)}: nothing to swap` });
    return { t, want, live, unchanged: true, outputs: { ...common, swapped: false, previousImageVersion: version } };
  }
  const through = ex.planning ? `${describe(want)} would go through` : `deploying ${describe(want)} through`;
  ex.note({
    kind: 'fact',
    label: siteResource(t),
    value: `production runs ${describe(live)}; ${through} slot ${t.slotRef.slot}`,
  });
  // The record after a rollback of this deploy: the version before the one returned to stays previous.
  const rollback = live ? planFor(t, live, want, { previous: record.previous, failed: version }) : undefined;
  const outputs = { ...common, swapped: true, previousImageVersion: live ? versionOf(live) : undefined };
  const canary = ctx.settings.deploy.canary;
  const paused = pausedCanary(record);
  if (paused) return stayPaused(ctx, ex, { t, want, live, rollback }, { ...outputs, swapped: false }, paused);
  const progress: CanaryProgress = { weight: 0, step: '' };
  try {
    const intent = { target: version, runUrl: ctx.deps.run?.runUrl };
    await ex.write({ write: intentWrite(siteResource(t), version) }, (call) =>
      recordIntent(t.tags, t.production.id, intent, call),
    );
    if (canary && (await releaseByCanary(ctx, ex, t, want, canary, progress)) === 'paused') {
      const message = pausedMessage(
        t,
        live,
        describePaused({ version, index: progress.pausedAt!, weight: progress.weight }, canary, slotResource(t)),
      );
      const now = { ...outputs, swapped: false, ...canaryOutputs(progress) };
      return { t, want, live, unchanged: false, paused: message, outputs: now, rollback };
    }
    if (!canary) await release(ctx, ex, t, want);
    const previous = live ? versionOf(live) : record.current;
    const done = { current: version, previous, deployedAt: iso(ctx), runUrl: ctx.deps.run?.runUrl };
    const planned = liveWrite(siteResource(t), record, { current: version, previous });
    await ex.write({ write: planned }, (call) => recordLive(t.tags, t.production.id, done, call));
  } catch (err) {
    const left = canary ? shareLeft(progress, `slot ${t.slotRef.slot} of web app ${t.prodRef.site}`) : undefined;
    // Cancelled part-way (the run reports only that it was cancelled): a warning says what share is where.
    if (left && (ctx.signal.aborted || err instanceof CancelledError)) ctx.warn(`canary stopped: ${left}`);
    if (ctx.signal.aborted || err instanceof CancelledError || !(err instanceof EngineError)) throw err;
    if (err instanceof CanaryAborted) {
      // Traffic is already back on production: a record that cannot say so is a warning, not the failure.
      await recordAborted(ctx, ex, t, record, version, live).catch((e: unknown) =>
        ctx.warn(`the release record could not be marked aborted: ${(e as Error).message}`),
      );
    }
    // Before the swap production never changed: the plan then only confirms the old app is live.
    const failed = { ...outputs, swapped: false, ...(canary ? canaryOutputs(progress, err) : {}) };
    const details = { plan: rollback, items: ex.items, outputs: failed, liveUntouched: !ex.productionTouched };
    throw new RolloutError(err.message, details, err.kind);
  }
  const done = canary ? { ...outputs, ...canaryOutputs(progress) } : outputs;
  return { t, want, live, unchanged: false, outputs: done, rollback };
}

/** While paused: what is live, and what to run next. */
function pausedMessage(t: Target, live: SlotArtifact | undefined, paused: string): string {
  return `${paused}; ${describe(live)} serves the rest from web app ${t.prodRef.site}; ${WHAT_NEXT}`;
}

/**
 * A deploy while a canary is paused moves no traffic: the same release stays paused (no write; the
 * outputs say so), another release is refused until the paused one is promoted or aborted.
 */
function stayPaused(
  ctx: StageContext,
  ex: RolloutExecutor,
  run: Pick<DeployRun, 't' | 'want' | 'live' | 'rollback'>,
  outputs: Partial<RunOutputs>,
  paused: ReturnType<typeof pausedCanary> & object,
): DeployRun {
  const { t, want, live } = run;
  const steps = ctx.settings.deploy.canary;
  const now = describePaused(paused, steps, slotResource(t));
  if (paused.version !== versionOf(want))
    throw new EngineError('input', `the ${now}; ${WHAT_NEXT}, before deploying ${versionOf(want)}`);
  const message = `${pausedMessage(t, live, now)} (this deploy changed nothing)`;
  ex.note({ kind: 'fact', label: siteResource(t), value: message });
  const step = steps && paused.index < steps.length ? stepName(steps, paused.index) : `${paused.index + 1}: pause`;
  const canary = { canaryWeight: paused.weight, canaryStep: step, canaryResult: 'paused' as const };
  return { ...run, unchanged: false, paused: message, outputs: { ...outputs, ...canary } };
}

/** Production already runs the artifact: a record that lags it (an earlier run stopped) is completed. */
async function catchUp(
  ctx: StageContext,
  ex: RolloutExecutor,
  t: Target,
  record: ReleaseRecord,
  version: string,
): Promise<void> {
  if (record.current === version && !record.target) return;
  const previous = record.current !== version ? record.current : record.previous;
  const live = { current: version, previous, deployedAt: iso(ctx), runUrl: ctx.deps.run?.runUrl };
  const planned = catchUpWrite(siteResource(t), record, version, previous);
  await ex.write({ write: planned }, (call) => recordLive(t.tags, t.production.id, live, call));
}
