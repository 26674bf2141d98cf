/**
 * slot-swap's 'promote' and 'abort' of a canary stopped at an open pause (canary/control.ts). The
 * paused canary is read back from the production site's release record; the slot must still hold
 * its release. Promote continues the same steps from the one after the pause (the last is the
 * swap, as a canary without pauses ends); abort removes the ramp-up rule (all traffic back on
 * production) and records 'aborted'. Both run on the rollout executor, for real or planned.
 */
import { PRODUCTION_SLOT, type SlotArtifact } from '../../azure/app-service-port.js';
import { CancelledError, EngineError } from '../../errors.js';
import { liveWrite } from '../../plan/record.js';
import { executorFor } from '../../rollout/for-stage.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { StageContext } from '../../stages/stage.js';
import type { CanaryControl, CanaryRun } from '../canary/control.js';
import { describePaused, pausedCanary, resumePoint, WHAT_NEXT } from '../canary/pause.js';
import { CanaryAborted, shareLeft, stepName, type CanaryProgress } from '../canary/walk.js';
import { recordLive } from '../record.js';
import { RolloutError } from '../rollout-error.js';
import type { ReleaseArtifact } from '../strategy.js';
import { artifactOf, describe, sameArtifact, versionOf } from './artifact.js';
import { removeCanaryRule, resumeCanary } from './canary.js';
import { canaryOutputs, recordAborted } from './canary-record.js';
import { iso, observe, planFor, recordOf, rolloutReads, siteResource, slotResource, slotUrl } from './shared.js';
import type { Target } from './shared.js';

export const slotSwapCanary: CanaryControl = {
  async executor(ctx, planning) {
    const { appService } = await ctx.azure();
    return executorFor(ctx, { retryBaseMs: appService.pollIntervalMs, planning });
  },
  promote: runPromote,
  abort: runAbort,
};

/** The artifact the inputs name, if any (a promote may name none: whatever is paused). */
function requested(ctx: StageContext, artifact: ReleaseArtifact | undefined): SlotArtifact | undefined {
  const image = artifact?.containerImage ?? ctx.settings.deploy.containerImage;
  const pkg = artifact?.packageUrl ?? ctx.settings.deploy.packageUrl;
  return image ? { containerImage: image } : pkg ? { packageUrl: pkg } : undefined;
}

const common = (ctx: StageContext, t: Target) => ({
  activeSlot: PRODUCTION_SLOT,
  previousSlot: t.slotRef.slot,
  previewUrl: slotUrl(ctx, 'preview', t.slot),
});

async function runPromote(
  ctx: StageContext,
  ex: RolloutExecutor,
  artifact: ReleaseArtifact | undefined,
): Promise<CanaryRun> {
  const t = await observe(ctx, rolloutReads(ex));
  const record = recordOf(t);
  const steps = ctx.settings.deploy.canary;
  const want = requested(ctx, artifact);
  const live = artifactOf(t.production);
  if (!pausedCanary(record) && want && sameArtifact(live, want) && record.state === 'live') {
    // Promoted already (a CI job run again): nothing to write, and the outputs say what is true.
    const message = `nothing to promote: ${describe(want)} is already live on web app ${t.prodRef.site}`;
    ex.note({ kind: 'fact', label: siteResource(t), value: message });
    const outputs = { ...common(ctx, t), imageVersion: versionOf(want), swapped: false, canaryWeight: 100 };
    return { outputs: { ...outputs, canaryResult: 'promoted' }, message };
  }
  const paused = resumePoint(record, steps, want ? versionOf(want) : undefined, slotResource(t));
  const now = describePaused(paused, steps, slotResource(t));
  const inSlot = artifactOf(t.slot);
  if (!inSlot || versionOf(inSlot) !== paused.version)
    throw new EngineError(
      'input',
      `the ${now}, but the slot now holds ${describe(inSlot)}; run 'abort', then deploy again`,
    );
  const outputs = { ...common(ctx, t), imageVersion: paused.version, previousImageVersion: live && versionOf(live) };
  const rollback = live ? planFor(t, live, inSlot, { previous: record.previous, failed: paused.version }) : undefined;
  ex.note({ kind: 'fact', label: siteResource(t), value: `${now}: promoting from step ${paused.index + 2}` });
  const progress: CanaryProgress = { weight: paused.weight, step: stepName(steps!, paused.index) };
  try {
    const end = await resumeCanary(ctx, ex, t, inSlot, steps!, progress, paused.index + 1);
    if (end === 'paused') {
      const again = describePaused(
        { ...paused, index: progress.pausedAt!, weight: progress.weight },
        steps,
        slotResource(t),
      );
      const message = `${again}; ${describe(live)} serves the rest from web app ${t.prodRef.site}; ${WHAT_NEXT}`;
      return { outputs: { ...outputs, swapped: false, ...canaryOutputs(progress) }, message, rollback };
    }
    const previous = live ? versionOf(live) : record.current;
    const done = { current: paused.version, previous, deployedAt: iso(ctx), runUrl: ctx.deps.run?.runUrl };
    const planned = liveWrite(siteResource(t), record, { current: paused.version, previous });
    await ex.write({ write: planned }, (call) => recordLive(t.tags, t.production.id, done, call));
  } catch (err) {
    throw await promoteFailed(ctx, ex, t, { record, version: paused.version, live, progress }, err, outputs);
  }
  const swapped = `swapped from slot ${t.slotRef.slot}; ${describe(live)} waits there for a swap back`;
  const message = `canary promoted: ${describe(inSlot)} is live on web app ${t.prodRef.site} (${swapped})`;
  return { outputs: { ...outputs, swapped: true, ...canaryOutputs(progress) }, message, rollback };
}

/** A promote that stopped: the error the stage reports (with outputs), after recording an abort. */
async function promoteFailed(
  ctx: StageContext,
  ex: RolloutExecutor,
  t: Target,
  at: {
    record: ReturnType<typeof recordOf>;
    version: string;
    live: SlotArtifact | undefined;
    progress: CanaryProgress;
  },
  err: unknown,
  outputs: Record<string, unknown>,
): Promise<unknown> {
  const left = shareLeft(at.progress, slotResource(t));
  if (left && (ctx.signal.aborted || err instanceof CancelledError)) ctx.warn(`canary stopped: ${left}`);
  if (ctx.signal.aborted || err instanceof CancelledError || !(err instanceof EngineError)) return err;
  if (err instanceof CanaryAborted) {
    // A failed check returned the traffic: the record says so (a warning if it cannot).
    await recordAborted(ctx, ex, t, at.record, at.version, at.live).catch((e: unknown) =>
      ctx.warn(`the release record could not be marked aborted: ${(e as Error).message}`),
    );
  }
  const failed = { ...outputs, swapped: false, ...canaryOutputs(at.progress, err) };
  const details = { items: ex.items, outputs: failed, liveUntouched: !ex.productionTouched };
  const message = left ? `${err.message}; ${left.replace(/; re-run.*$/, '')}` : err.message;
  return new RolloutError(message, details, err.kind);
}

/** Abort: the rule goes (weight 0), the record says 'aborted'; nothing paused and no share left: no write. */
async function runAbort(ctx: StageContext, ex: RolloutExecutor): Promise<CanaryRun> {
  const t = await observe(ctx, rolloutReads(ex));
  const record = recordOf(t);
  const paused = pausedCanary(record);
  const live = artifactOf(t.production);
  const where = slotResource(t);
  const share = t.production.rampUp?.find((r) => r.name === t.slotRef.slot && r.percent > 0)?.percent;
  const outputs = { ...common(ctx, t), imageVersion: live && versionOf(live) };
  if (!paused && share === undefined) {
    // Aborted already (a CI job run again) or nothing ever paused: nothing to write.
    const done = record.state === 'aborted' && record.failed ? ` (the canary of ${record.failed} was aborted)` : '';
    const none = `no canary is paused on ${where} and no production traffic goes to it${done}`;
    const message = `nothing to abort: ${none}; ${describe(live)} is live on web app ${t.prodRef.site}`;
    ex.note({ kind: 'fact', label: siteResource(t), value: message });
    const result = done ? { canaryResult: 'aborted' as const } : {};
    return { outputs: { ...outputs, canaryWeight: 0, ...result }, message };
  }
  const steps = ctx.settings.deploy.canary;
  const was = paused ? describePaused(paused, steps, where) : `${share}% of production traffic on ${where}`;
  ex.note({ kind: 'fact', label: siteResource(t), value: `${was}: aborting` });
  await removeCanaryRule(ex, t);
  const version = paused?.version ?? record.target;
  if (version && version !== record.current) await recordAborted(ctx, ex, t, record, version, live);
  const step = paused && steps && paused.index < steps.length ? stepName(steps, paused.index) : undefined;
  const message = `canary aborted (was ${was}): all production traffic is back on ${describe(live)}, web app ${t.prodRef.site}`;
  const canary = { canaryWeight: 0, ...(step ? { canaryStep: step } : {}), canaryResult: 'aborted' as const };
  return { outputs: { ...outputs, ...canary }, message };
}
