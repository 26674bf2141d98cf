/**
 * blue-green's 'promote' and 'abort' of a canary stopped at an open pause (canary/control.ts). The
 * paused canary is read back from the release record on the load balancer. Before promote writes
 * anything it re-checks what the pause left: the idle colour still runs the paused release (and is
 * scaled out), the load balancer still sends live traffic to the other colour, and the Front Door
 * origins still hold the canary's weights (a share set outside the engine since is refused, with
 * what they hold). Promote then continues the same steps from the one after the pause (the last is
 * the load balancer switch, as a canary without pauses ends); abort disables the preview origin
 * (all traffic back on the stable colour) and records 'aborted'. Both run on the rollout executor,
 * for real or planned.
 */
import { CancelledError, EngineError } from '../../errors.js';
import { executorFor } from '../../rollout/for-stage.js';
import type { RunOutputs } from '../../run/outputs.js';
import type { CanaryStep } from '../../settings/types.js';
import type { StageContext } from '../../stages/stage.js';
import type { CanaryControl, CanaryRun } from '../canary/control.js';
import { describePaused, pausedCanary, resumePoint, WHAT_NEXT, type PausedCanary } from '../canary/pause.js';
import { stepName, type CanaryProgress } from '../canary/walk.js';
import { versionOfId } from '../gallery-image.js';
import { recordFromTags } from '../record.js';
import { RolloutError } from '../rollout-error.js';
import type { ReleaseArtifact, ReleaseRecord, RollbackPlan } from '../strategy.js';
import { closeCanaryDoor, doorDiffers, readCanaryDoor, resumeByCanary, shareNow } from './canary.js';
import { canaryFailed, canaryOutputs, recordAborted } from './canary-record.js';
import { observePair, type ColourState, type PairState } from './colours.js';
import { recordLivePair, type BlueGreenRun } from './release.js';
import { checkGalleryImage, versionOf } from './shared.js';

export const blueGreenCanary: CanaryControl = {
  async executor(ctx, planning) {
    const ports = await ctx.azure();
    return executorFor(ctx, { retryBaseMs: ports.scaleSets.pollIntervalMs, planning });
  },
  promote: async (ctx, ex, artifact) => runPromote({ ctx, ports: await ctx.azure(), ex }, artifact),
  abort: async (ctx, ex) => runAbort({ ctx, ports: await ctx.azure(), ex }),
};

/** A colour in words: "the green colour (web-green)". */
const named = (c: ColourState) => `the ${c.colour} colour (${c.ref.name})`;

/** Where a paused canary's share goes, in words (the record and the summary name it so). */
export const pausedWhere = (c: ColourState) => `${named(c)} through Front Door`;

/** A paused canary in words: the share, and what serves the rest. */
export function pausedMessage(
  pair: PairState,
  paused: PausedCanary,
  steps: StageContext['settings']['deploy']['canary'],
) {
  const now = describePaused(paused, steps, pausedWhere(pair.idle));
  const rest = `${versionOf(pair.active.info) ?? 'the previous image'} serves the rest from ${named(pair.active)}`;
  return `${now}; ${rest}; ${WHAT_NEXT}`;
}

/** The version the inputs name, if any (a promote may name none: whatever is paused). */
function requested(artifact: ReleaseArtifact | undefined): string | undefined {
  const id = artifact?.imageId;
  return artifact?.imageVersion ?? (id ? versionOfId(id) : undefined);
}

async function observe(r: BlueGreenRun): Promise<{ pair: PairState; record: ReleaseRecord }> {
  const { ctx, ports, ex } = r;
  const pair = await ex.read(`reading load balancer ${ctx.settings.deploy.loadBalancer ?? ''}`, (call) =>
    observePair(ctx, ports, call),
  );
  checkGalleryImage(pair.active.info);
  return { pair, record: recordFromTags(pair.lb.tags) };
}

/** The load balancer already sends live traffic to the paused release: neither promote nor abort applies. */
function switchedAlready(pair: PairState, paused: PausedCanary): EngineError {
  return new EngineError(
    'terminal',
    `load balancer ${pair.lb.name} already sends live traffic to ${named(pair.active)}, which runs ${paused.version}, the canary's release; run the 'rollback' stage to return to the stable release`,
  );
}

/**
 * The shares the preview origin may hold while the record says paused: the pause's own, and those
 * a promote cancelled part-way may have set since (the weights up to the next open pause; 0 when
 * it reached the 100% step, whose first write disables the preview origin).
 */
function sharesSince(steps: readonly CanaryStep[], paused: PausedCanary): number[] {
  const shares = [paused.weight];
  for (const step of steps.slice(paused.index + 1)) {
    if (step.kind === 'stop') break;
    if (step.kind === 'weight') shares.push(step.percent === 100 ? 0 : step.percent);
  }
  return shares;
}

const stable = (pair: PairState) => ({
  activeSlot: pair.active.colour,
  previousSlot: pair.active.colour,
});

async function runPromote(r: BlueGreenRun, artifact: ReleaseArtifact | undefined): Promise<CanaryRun> {
  const { ctx, ex } = r;
  const { pair, record } = await observe(r);
  const steps = ctx.settings.deploy.canary;
  const want = requested(artifact);
  const live = versionOf(pair.active.info);
  if (!pausedCanary(record) && want && live === want && record.state === 'live') {
    // Promoted already (a CI job run again): nothing to write, and the outputs say what is true.
    const message = `nothing to promote: ${want} is already live on ${named(pair.active)}`;
    ex.note({ kind: 'fact', label: 'blue-green', value: message });
    return { outputs: { ...stable(pair), imageVersion: want, canaryWeight: 100, canaryResult: 'promoted' }, message };
  }
  const paused = resumePoint(record, steps, want, pausedWhere(pair.idle));
  if (live === paused.version) return caughtUp(r, pair, record, paused);
  const now = describePaused(paused, steps, pausedWhere(pair.idle));
  const idle = pair.idle;
  const held = versionOf(idle.info);
  if (!idle.info?.imageId || held !== paused.version || idle.info.capacity < 1)
    throw new EngineError(
      'input',
      `the ${now}, but ${named(idle)} now runs ${held ?? 'no gallery image'} on ${idle.info?.capacity ?? 0} instance(s); run 'abort', then deploy again`,
    );
  const door = await readCanaryDoor(r, pair, steps!);
  const differs = doorDiffers(door, sharesSince(steps!, paused));
  if (differs)
    throw new EngineError(
      'input',
      `the ${now}, but in origin group ${door.ref.originGroup} ${differs}: a share was set outside the canary since; set the origins back, or run 'abort' (it disables origin ${door.origins.preview.name}) and deploy again`,
    );
  const image = { id: idle.info.imageId, version: paused.version };
  const outputs = { ...stable(pair), imageId: image.id, imageVersion: image.version, previousImageVersion: live };
  const rollback: RollbackPlan = {
    strategy: 'blue-green',
    to: { slot: pair.active.colour, imageId: pair.active.info.imageId, imageVersion: live },
    description: `load balancer ${pair.lb.name}: live rule(s) back to ${pair.active.colour} (${pair.active.ref.name}, ${live ?? 'previous image'}) from ${idle.colour} (${image.version})`,
    record: { previous: record.current === live ? record.previous : record.current, failed: image.version },
  };
  ex.note({ kind: 'fact', label: 'blue-green', value: `${now}: promoting from step ${paused.index + 2}` });
  const progress: CanaryProgress = { weight: paused.weight, step: stepName(steps!, paused.index) };
  try {
    const end = await resumeByCanary(r, pair, image, steps!, door, progress, paused.index + 1);
    if (end === 'paused') {
      const again = { ...paused, index: progress.pausedAt!, weight: progress.weight };
      return {
        outputs: { ...outputs, ...canaryOutputs(progress) },
        message: pausedMessage(pair, again, steps),
        rollback,
      };
    }
    await recordLivePair(r, pair, record, { current: image.version, previous: live, colour: idle.colour }, pair.active);
  } catch (err) {
    const failed = { ...outputs, ...(await canaryFailed(r, pair, record, image.version, progress, err)) };
    if (ctx.signal.aborted || err instanceof CancelledError || !(err instanceof EngineError)) throw err;
    const details = { plan: rollback, items: ex.items, outputs: failed, liveUntouched: !ex.productionTouched };
    throw new RolloutError(
      err.message,
      { ...details, journal: ex.journal },
      err.kind === 'input' ? 'terminal' : err.kind,
    );
  }
  const message = `canary promoted: ${image.version} is live on ${named(idle)}; ${pair.active.colour} (${live ?? 'previous image'}) waits for a switch back`;
  const done: Partial<RunOutputs> = { ...outputs, activeSlot: idle.colour, ...canaryOutputs(progress) };
  return { outputs: done, message, rollback };
}

/**
 * An earlier promote switched the load balancer and stopped before the record said so (cancelled):
 * the preview origin is made sure to be off (the preview rule now reaches the old colour) and the
 * record completed, as deploy catches up a record that lags a switch.
 */
async function caughtUp(r: BlueGreenRun, pair: PairState, record: ReleaseRecord, paused: PausedCanary) {
  const steps = r.ctx.settings.deploy.canary!;
  const door = await readCanaryDoor(r, pair, steps);
  await closeCanaryDoor(r, door);
  const { active, idle } = pair;
  const live = { current: paused.version, previous: record.current, colour: active.colour };
  await recordLivePair(r, pair, record, live, idle);
  const message = `canary promoted: ${paused.version} is live on ${named(active)}; an earlier promote switched the load balancer, the record is caught up`;
  const canary = {
    canaryWeight: 100,
    canaryStep: stepName(steps, steps.length - 1),
    canaryResult: 'promoted' as const,
  };
  const outputs = { activeSlot: active.colour, previousSlot: idle.colour, imageVersion: paused.version, ...canary };
  return { outputs: { ...outputs, previousImageVersion: record.current }, message } satisfies CanaryRun;
}

/** Abort: the preview origin disabled, the record says 'aborted'; nothing paused and no share left: no write. */
async function runAbort(r: BlueGreenRun): Promise<CanaryRun> {
  const { ctx, ex } = r;
  const { pair, record } = await observe(r);
  const paused = pausedCanary(record);
  const live = versionOf(pair.active.info);
  if (paused && live === paused.version) throw switchedAlready(pair, paused);
  const steps = ctx.settings.deploy.canary;
  const door = await readCanaryDoor(r, pair, steps ?? []);
  const share = Math.round(shareNow(door) * 10) / 10;
  const outputs = { ...stable(pair), imageVersion: live };
  const where = pausedWhere(pair.idle);
  if (!paused && share === 0 && !door.state.previewFailed) {
    // Aborted already (a CI job run again) or nothing ever paused: nothing to write.
    const done = record.state === 'aborted' && record.failed ? ` (the canary of ${record.failed} was aborted)` : '';
    const message = `nothing to abort: no canary is paused on ${where} and no production traffic goes to it${done}; ${live ?? 'the previous image'} is live on the ${pair.active.colour} colour`;
    ex.note({ kind: 'fact', label: 'blue-green', value: message });
    return { outputs: { ...outputs, canaryWeight: 0, ...(done ? { canaryResult: 'aborted' as const } : {}) }, message };
  }
  const was = paused ? describePaused(paused, steps, where) : `${share}% of production traffic on ${where}`;
  ex.note({ kind: 'fact', label: 'blue-green', value: `${was}: aborting` });
  await closeCanaryDoor(r, door);
  const version = paused?.version ?? record.target;
  if (version && version !== record.current) await recordAborted(r, pair, record, version, live);
  const step = paused && steps && paused.index < steps.length ? stepName(steps, paused.index) : undefined;
  const message = `canary aborted (was ${was}): all production traffic is back on ${live ?? 'the previous image'}, ${named(pair.active)}`;
  const canary = { canaryWeight: 0, ...(step ? { canaryStep: step } : {}), canaryResult: 'aborted' as const };
  return { outputs: { ...outputs, ...canary }, message };
}
