/**
 * The rolling deploy, written once: run on a real executor it deploys, on a planning one it is
 * plan mode (same reads, writes journalled, waits and gates described). The release record says
 * what was intended before the first write and what is live after the last.
 */
import { CancelledError, EngineError } from '../../errors.js';
import type { RunOutputs } from '../../run/outputs.js';
import type { StageContext } from '../../stages/stage.js';
import { imageForPlan, plannedNote } from '../planned-image.js';
import { RolloutError } from '../rollout-error.js';
import type { ReleaseArtifact, ReleaseRecord, RollbackPlan } from '../strategy.js';
import { pausedCanary } from '../canary/pause.js';
import { CanaryAborted, type CanaryProgress } from '../canary/walk.js';
import { canaryReplacement, instancesLeft, type InstanceShare } from './canary.js';
import { pausedMessage, stayPaused } from './canary-paused.js';
import { canaryOutputs, checkCanary, recordAborted } from './canary-record.js';
import type { RollingTarget } from './context.js';
import { effectiveMode } from './policy.js';
import { recordIdOf } from './record-home.js';
import { writeCatchUp, writeIntent, writeLive } from './record-writes.js';
import { rollOut } from './roll-out.js';
import { onImage, previousImage, readTarget, sameId, versionOfId } from './target.js';

export interface DeployRun {
  readonly outputs: Partial<RunOutputs>;
  /** The scale set already ran the version on every instance. */
  readonly unchanged: boolean;
  readonly total: number;
  /** Instances replaced (or, planned, to replace). */
  readonly upgraded: number;
  readonly from?: string;
  readonly version: string;
  readonly rollback?: RollbackPlan;
  /** The canary stopped at an open pause (this run, or an earlier one left it paused): what is live, what next. */
  readonly paused?: string;
}

export async function runDeploy(
  t: RollingTarget,
  artifact: ReleaseArtifact,
  record: ReleaseRecord,
): Promise<DeployRun> {
  const { ctx, ex, port, ref } = t;
  const info = await ex.read(`reading ${t.resource}`, (call) => readTarget(port, ref, call));
  const mode = effectiveMode(ctx.settings.deploy.rolloutMode, info);
  const target = await ex.read('reading the image version', (call) => imageForPlan(ctx, port, info, artifact, call));
  const instances = await ex.read(`listing the instances of ${t.resource}`, (call) => port.listInstances(ref, call));
  const stale = instances.filter((i) => !onImage(i, target.id));
  const previous = previousImage(info, instances, target, record);
  const base = { imageId: target.id, imageVersion: target.version, previousImageVersion: previous?.version };
  const common = { total: instances.length, version: target.version };
  const paused = pausedCanary(record);
  if (paused) {
    const stay = stayPaused(t, paused, { target, instances, stable: record.current });
    const outputs = { ...base, previousImageVersion: record.current, upgradedInstances: 0, ...stay.outputs };
    return { ...common, outputs, unchanged: false, upgraded: 0, from: record.current, paused: stay.message };
  }

  if (sameId(info.imageId, target.id) && stale.length === 0) {
    const before = record.current !== target.version ? record.current : record.previous;
    if (record.current !== target.version || record.target) await writeCatchUp(t, info, record, target.version, before);
    ex.note({
      kind: 'fact',
      label: 'scale set',
      value: `${ref.name}: all ${instances.length} instance(s) already run ${target.version}; nothing to replace`,
    });
    return {
      ...common,
      outputs: {
        ...base,
        previousImageVersion: record.current === target.version ? record.previous : record.current,
        upgradedInstances: 0,
      },
      unchanged: true,
      upgraded: 0,
    };
  }

  const steps = ctx.settings.deploy.canary;
  // Checked before any write, so plan mode (which runs first) refuses a canary the scale set cannot take.
  if (steps) checkCanary(t, info, mode, instances.length);
  const progress: CanaryProgress = { weight: 0, step: '' };
  const share: InstanceShare = { onNew: instances.length - stale.length, total: instances.length };
  const stable = previous?.version ?? record.current;
  const canary = steps && {
    steps,
    image: target,
    previous,
    progress,
    share,
    record: { id: recordIdOf(ctx, info), ...(stable ? { current: stable } : {}) },
  };
  const from = previous?.version ?? versionOfId(info.imageId ?? '');
  const plan: RollbackPlan | undefined = previous && {
    strategy: 'rolling',
    to: { imageId: previous.id, imageVersion: previous.version },
    description: `${t.resource}: image ${target.version} → ${previous.version}`,
    record: { previous: record.current === previous.version ? record.previous : undefined, failed: target.version },
  };
  ex.note({
    kind: 'fact',
    label: 'scale set',
    value: `${ref.name} (${info.upgradeMode} upgrade mode, ${mode} rollout, ${instances.length} instance(s))`,
  });
  try {
    await writeIntent(t, info, target.version);
    const item = { kind: 'action' as const, label: 'image', value: `${from} → ${target.version}` };
    const upgraded = await rollOut(t, {
      info,
      instances,
      mode,
      image: target,
      from,
      planned: plannedNote(target),
      item,
      ...(canary ? { replaceBy: canaryReplacement(t, canary) } : {}),
    });
    const outputs = { ...base, upgradedInstances: upgraded, ...(canary ? canaryOutputs(progress, share) : {}) };
    const run = { ...common, outputs, unchanged: false, upgraded, from: previous?.version, rollback: plan };
    if (progress.pausedAt !== undefined) {
      // Stopped at an open pause: the record says 'paused' (the walk wrote it), nothing is live yet.
      const at = { version: target.version, index: progress.pausedAt, weight: progress.weight };
      return { ...run, paused: pausedMessage(t, at, steps, share, stable) };
    }
    await writeLive(t, info, record, { current: target.version, previous: stable });
    return run;
  } catch (err) {
    const left = canary && instancesLeft(share, t.resource, target.version);
    // Cancelled part-way (the run reports only that it was cancelled): a warning says what share is where.
    if (left && (ctx.signal.aborted || err instanceof CancelledError)) ctx.warn(`canary stopped: ${left}`);
    if (ctx.signal.aborted || err instanceof CancelledError || ex.planning) throw err;
    const aborted = err instanceof CanaryAborted && previous !== undefined;
    if (aborted) {
      // Every instance is back on the stable release: a record that cannot say so is a warning, not the failure.
      await recordAborted(t, info, record, previous.version, target.version).catch((e: unknown) =>
        ctx.warn(`the release record could not be marked aborted: ${(e as Error).message}`),
      );
    }
    const e =
      err instanceof EngineError
        ? err
        : new EngineError('terminal', err instanceof Error ? err.message : String(err), { cause: err });
    throw new RolloutError(
      e.message,
      {
        plan,
        items: [...ex.items],
        outputs: { ...base, ...(canary ? canaryOutputs(progress, share, err) : {}) },
        // After an abort nothing is left to roll back: the stage only confirms the stable release is live.
        liveUntouched: aborted || !ex.productionTouched,
      },
      e.kind,
    );
  }
}

/** Kept for messages: the deploy's summary sentence. */
export function deployMessage(ctx: StageContext, run: DeployRun): string {
  const ref = ctx.settings.deploy.scaleSet;
  if (run.paused) return run.paused;
  if (run.unchanged) return `scale set ${ref} already runs ${run.version} on every instance: no change`;
  const already = run.total - run.upgraded;
  return `scale set ${ref}: ${run.from ?? 'previous image'} → ${run.version} on ${run.upgraded} instance(s)${already > 0 ? ` (${already} already on it)` : ''}`;
}
