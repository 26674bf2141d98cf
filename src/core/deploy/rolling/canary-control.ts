/**
 * rolling's 'promote' and 'abort' of a canary stopped at an open pause (canary/control.ts). The
 * paused canary is read back from the release record (the scale set's tags, or the resource
 * group's with a template); before any write a promote re-checks what the pause left:
 * - the model still points at the paused release (else: 'abort', then deploy again);
 * - the scale set is still in Manual mode with 2 or more instances (checkCanary);
 * - which instances run which model NOW: instances added while paused (autoscale) come up on the
 *   model, i.e. on the new release, and count as on it (the pause's share can have grown); the
 *   next step's count is recomputed from the live instance count (ceil(N% × instances)).
 * Promote then walks on from the step after the pause (the same walk as the deploy, `from`), and
 * the record says live at 100% (or paused again at a later open pause). Abort is the abort a
 * failed check makes: the model back on the stable image, every instance not on it replaced (no
 * gates), confirmed, and the record says 'aborted'. Both run on the rollout executor, real or planned.
 */
import { CancelledError, EngineError } from '../../errors.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import { executorFor } from '../../rollout/for-stage.js';
import type { StageContext } from '../../stages/stage.js';
import type { CanaryControl, CanaryRun } from '../canary/control.js';
import { describePaused, pausedCanary, resumePoint, type PausedCanary } from '../canary/pause.js';
import { CanaryAborted, stepName, type CanaryProgress } from '../canary/walk.js';
import { RolloutError } from '../rollout-error.js';
import type { ReleaseArtifact, ReleaseRecord } from '../strategy.js';
import { canaryReplacement, instancesLeft, shareOf, type InstanceShare } from './canary.js';
import { pausedMessage } from './canary-paused.js';
import { canaryOutputs, checkCanary, recordAborted } from './canary-record.js';
import type { RollingTarget } from './context.js';
import { effectiveMode } from './policy.js';
import { writeLive } from './record-writes.js';
import { readRecord, recordIdOf } from './record-home.js';
import { rollOut } from './roll-out.js';
import { confirmBack } from './rollback.js';
import {
  onImage,
  previousImage,
  readTarget,
  sameId,
  scaleSetRef,
  siblingVersionId,
  versionOfId,
  type ResolvedImage,
} from './target.js';

export const rollingCanary: CanaryControl = {
  async executor(ctx, planning) {
    const { scaleSets } = await ctx.azure();
    return executorFor(ctx, { retryBaseMs: scaleSets.pollIntervalMs, planning });
  },
  promote: runPromote,
  abort: runAbort,
};

/** The scale set of the inputs on the executor the stage made. */
async function on(ctx: StageContext, ex: RolloutExecutor): Promise<RollingTarget> {
  const ports = await ctx.azure();
  const ref = scaleSetRef(ctx.settings);
  return { ctx, ex, ports, port: ports.scaleSets, ref, resource: `scale set ${ref.name}` };
}

/** What promote and abort read first: the scale set, its record, its instances. */
async function observe(t: RollingTarget) {
  const info = await t.ex.read(`reading ${t.resource}`, (call) => readTarget(t.port, t.ref, call));
  const record = await t.ex.read('reading the release record', (call) => readRecord(t.ctx, t.ports, info, call));
  const instances = await t.ex.read(`listing the instances of ${t.resource}`, (call) =>
    t.port.listInstances(t.ref, call),
  );
  return { info, record, instances };
}

const where = (t: RollingTarget) => `the new instances of ${t.resource}`;

/** The version the inputs name ('image-id' or 'image-version'), if any. */
const requested = (a: ReleaseArtifact | undefined) => a?.imageVersion ?? (a?.imageId && versionOfId(a.imageId));

async function runPromote(
  ctx: StageContext,
  ex: RolloutExecutor,
  artifact: ReleaseArtifact | undefined,
): Promise<CanaryRun> {
  const t = await on(ctx, ex);
  const { info, record, instances } = await observe(t);
  const steps = ctx.settings.deploy.canary;
  const want = requested(artifact);
  const modelOn = versionOfId(info.imageId!);
  const allOn = instances.every((i) => onImage(i, info.imageId!));
  if (
    !pausedCanary(record) &&
    want &&
    record.state === 'live' &&
    record.current === want &&
    modelOn === want &&
    allOn
  ) {
    // Promoted already (a CI job run again): nothing to write, and the outputs say what is true.
    const message = `nothing to promote: ${want} is already live on every instance of ${t.resource}`;
    ex.note({ kind: 'fact', label: t.resource, value: message });
    const outputs = { imageVersion: want, previousImageVersion: record.previous, upgradedInstances: 0 };
    return { outputs: { ...outputs, canaryWeight: 100, canaryResult: 'promoted' }, message };
  }
  const paused = resumePoint(record, steps, want, where(t));
  const now = describePaused(paused, steps, where(t));
  if (modelOn !== paused.version)
    throw new EngineError(
      'input',
      `the ${now}, but the model of ${t.resource} now points at ${modelOn}; run 'abort', then deploy again`,
    );
  checkCanary(t, info, effectiveMode(ctx.settings.deploy.rolloutMode, info), instances.length);
  const image: ResolvedImage = { id: info.imageId!, version: paused.version };
  const previous = previousImage(info, instances, image, record);
  const share: InstanceShare = { onNew: instances.filter((i) => onImage(i, image.id)).length, total: instances.length };
  noteInstances(t, paused, share);
  const progress: CanaryProgress = { weight: paused.weight, step: stepName(steps!, paused.index) };
  const stable = record.current ?? previous?.version;
  const canary = {
    steps: steps!,
    image,
    previous,
    progress,
    share,
    from: paused.index + 1,
    record: { id: recordIdOf(ctx, info), ...(stable ? { current: stable } : {}) },
  };
  const outputs = { imageId: image.id, imageVersion: image.version, previousImageVersion: stable };
  const rollback = previous && {
    strategy: 'rolling' as const,
    to: { imageId: previous.id, imageVersion: previous.version },
    description: `${t.resource}: image ${image.version} → ${previous.version}`,
    record: { previous: record.previous, failed: image.version },
  };
  try {
    const upgraded = await rollOut(t, {
      info,
      instances,
      mode: 'manual',
      image,
      from: paused.version,
      replaceBy: canaryReplacement(t, canary),
    });
    const done = { ...outputs, upgradedInstances: upgraded, ...canaryOutputs(progress, share) };
    if (progress.pausedAt !== undefined) {
      const again = { ...paused, index: progress.pausedAt, weight: progress.weight };
      return { outputs: done, message: pausedMessage(t, again, steps, share, stable), rollback };
    }
    await writeLive(t, info, record, { current: image.version, ...(stable ? { previous: stable } : {}) });
    const message = `canary promoted: ${image.version} is live on all ${share.total} instance(s) of ${t.resource}`;
    return { outputs: done, message, rollback };
  } catch (err) {
    throw await promoteFailed(t, { info, record, stable, version: image.version }, { progress, share }, err, outputs);
  }
}

/** Which instances run which model now, against what the pause left (autoscale may have added some). */
function noteInstances(t: RollingTarget, paused: PausedCanary, share: InstanceShare): void {
  const now = `${share.onNew} of ${share.total} instance(s) on ${paused.version} (about ${shareOf(share)}%)`;
  const grown = shareOf(share) > paused.weight ? '; instances added while paused come up on the new model' : '';
  t.ex.note({ kind: 'fact', label: 'canary', value: `paused at ${paused.weight}%; now ${now}${grown}` });
}

/** A promote that stopped: the error the stage reports (with outputs); a failed check's abort is recorded. */
async function promoteFailed(
  t: RollingTarget,
  at: { info: Parameters<typeof recordAborted>[1]; record: ReleaseRecord; stable?: string; version: string },
  c: { progress: CanaryProgress; share: InstanceShare },
  err: unknown,
  outputs: Record<string, unknown>,
): Promise<unknown> {
  const { ctx, ex } = t;
  const left = instancesLeft(c.share, t.resource, at.version);
  if (left && (ctx.signal.aborted || err instanceof CancelledError)) ctx.warn(`canary stopped: ${left}`);
  if (ctx.signal.aborted || err instanceof CancelledError || ex.planning || !(err instanceof EngineError)) return err;
  if (err instanceof CanaryAborted && at.stable) {
    await recordAborted(t, at.info, at.record, at.stable, at.version).catch((e: unknown) =>
      ctx.warn(`the release record could not be marked aborted: ${(e as Error).message}`),
    );
  }
  const failed = { ...outputs, ...canaryOutputs(c.progress, c.share, err) };
  const message = left ? `${err.message}; ${left.replace(/; re-run.*$/, '')}` : err.message;
  return new RolloutError(
    message,
    { items: [...ex.items], outputs: failed, liveUntouched: !ex.productionTouched },
    err.kind,
  );
}

/**
 * Abort: the model back on the stable image and every instance not on it replaced, confirmed; the
 * record says 'aborted'. Nothing paused and every instance on the recorded release: no write.
 */
async function runAbort(ctx: StageContext, ex: RolloutExecutor): Promise<CanaryRun> {
  const t = await on(ctx, ex);
  const { info, record, instances } = await observe(t);
  const paused = pausedCanary(record);
  const stable = stableImage(info, instances, record, paused);
  // Instances on another image (the model may point elsewhere, so latestModelApplied says little here).
  const left = stable ? instances.filter((i) => !sameId(i.imageId, stable.id)).length : 0;
  const moved = stable !== undefined && (!sameId(info.imageId, stable.id) || left > 0);
  const unfinished = record.state === 'deploying' && record.target !== undefined && record.target !== record.current;
  const base = { imageId: stable?.id, imageVersion: stable?.version ?? record.current };
  if (!paused && !(unfinished && moved)) {
    // Aborted already (a CI job run again) or nothing ever paused: nothing to write.
    const done = record.state === 'aborted' && record.failed ? ` (the canary of ${record.failed} was aborted)` : '';
    const live = record.current ? `; ${record.current} is live on ${t.resource}` : '';
    const message = `nothing to abort: no canary is paused on ${t.resource}${done}${live}`;
    ex.note({ kind: 'fact', label: t.resource, value: message });
    return { outputs: { ...base, canaryWeight: 0, ...(done ? { canaryResult: 'aborted' as const } : {}) }, message };
  }
  const steps = ctx.settings.deploy.canary;
  const failed = paused?.version ?? record.target!;
  if (!stable)
    throw new EngineError(
      'input',
      `no stable release is recorded for ${t.resource} (tag immutable-deploy.current-version): the instances on ${failed} cannot be returned; run the 'rollback' stage with 'to-version'`,
    );
  const was = paused ? describePaused(paused, steps, where(t)) : `the unfinished deploy of ${failed}`;
  ex.note({ kind: 'fact', label: 'canary', value: `${was}: aborting (${left} instance(s) back to ${stable.version})` });
  if (!ex.planning) ctx.deps.host.info(`Canary aborted: returning ${t.resource} to ${stable.version}.`);
  if (moved) {
    await rollOut(t, { info, instances, mode: 'manual', image: stable, from: failed, rollback: true });
    await confirmBack(t, stable);
  }
  await recordAborted(t, info, record, stable.version, failed);
  const step = paused && steps && paused.index < steps.length ? stepName(steps, paused.index) : undefined;
  const back = `every instance of ${t.resource} runs ${stable.version} again (${left} replaced)`;
  const message = `canary aborted (was ${was}): ${back}`;
  const canary = { canaryWeight: 0, ...(step ? { canaryStep: step } : {}), canaryResult: 'aborted' as const };
  return { outputs: { ...base, previousImageVersion: failed, ...canary }, message };
}

/** What an abort returns to: the recorded stable release (the record's current), as an image of the model's gallery. */
function stableImage(
  info: Parameters<typeof recordAborted>[1],
  instances: Parameters<typeof previousImage>[1],
  record: ReleaseRecord,
  paused: PausedCanary | undefined,
): ResolvedImage | undefined {
  const failed = paused?.version ?? record.target;
  if (record.current && record.current !== failed) {
    return { id: siblingVersionId(info.imageId!, record.current), version: record.current };
  }
  if (!failed) return undefined;
  const model = { id: siblingVersionId(info.imageId!, failed), version: failed };
  return previousImage(info, instances, model, { ...record, current: undefined });
}
