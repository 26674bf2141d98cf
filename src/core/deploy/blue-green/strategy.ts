/**
 * strategy: blue-green — two scale sets behind one load balancer. The idle colour is brought to
 * the new image at the live colour's capacity (created from a copy of the live model the first
 * time, else scaled in, re-pointed and scaled out, so every instance boots on the new model), the
 * engine waits until every instance is healthy and the preview endpoint answers, then moves the
 * live rule(s) to the idle pool — and the preview rule to the old pool — in ONE ETag-guarded write
 * of the load balancer. Production is checked on the live endpoint; if it does not pass, the
 * deploy stage rolls back (with 'auto-rollback': one more write). The old colour keeps running for
 * `scale-down-delay` (instant rollback); the time that delay ends is tagged on it for clean-up.
 *
 * Every write, wait and gate runs on the rollout executor (release.ts); plan mode is the same code
 * on a planning executor. The release record (current / previous version, live colour) is kept as
 * tags on the load balancer.
 */
import { EngineError } from '../../errors.js';
import { countWrites } from '../../plan/action.js';
import { catchUpWrite } from '../../plan/record.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import { executorFor } from '../../rollout/for-stage.js';
import type { StageContext } from '../../stages/stage.js';
import { instanceHealthCheck } from '../instance-health.js';
import { imageForPlan, plannedNote } from '../planned-image.js';
import { afterRollback, defaultRollback, RECORD_TAGS, recordFromTags, rollbackRecord } from '../record.js';
import { remoteAccessCheck } from '../remote-access.js';
import { RolloutError } from '../rollout-error.js';
import { checkImageUsable, onImage, resolveImage, sameId, siblingVersionId } from '../gallery-image.js';
import type {
  DeployOutcome,
  Endpoint,
  PlanOutcome,
  ReleaseArtifact,
  ReleaseRecord,
  RollbackOutcome,
  RollbackPlan,
  Strategy,
  TargetCheck,
} from '../strategy.js';
import { observePair } from './colours.js';
import { closePreviewOrigin, readCanaryDoor, releaseByCanary } from './canary.js';
import { canaryFailed, canaryOutputs } from './canary-record.js';
import { blueGreenCanary, pausedMessage } from './canary-control.js';
import { pausedCanary } from '../canary/pause.js';
import { stepName, type CanaryEnd, type CanaryProgress } from '../canary/walk.js';
import {
  confirmSwitch,
  lbResource,
  markIntent,
  recordLivePair,
  release,
  repairFailed,
  switchTo,
  waitHealthy,
  type BlueGreenRun,
} from './release.js';
import { checkGalleryImage, isFailed, iso, rollbackTarget, urls, versionOf } from './shared.js';

async function runFor(ctx: StageContext, planning?: boolean): Promise<BlueGreenRun> {
  const ports = await ctx.azure();
  return { ctx, ports, ex: executorFor(ctx, { retryBaseMs: ports.scaleSets.pollIntervalMs, planning }) };
}

const plan = (ex: RolloutExecutor, outcome: { outputs: PlanOutcome['outputs']; message: string }): PlanOutcome => ({
  journal: ex.journal,
  writes: ex.plannedWrites,
  items: ex.facts,
  outputs: outcome.outputs,
  message: outcome.message,
});

/** A deploy, executed or planned: the same reads, the same decisions, the same steps. */
async function deployOn(r: BlueGreenRun, artifact: ReleaseArtifact, record: ReleaseRecord): Promise<DeployOutcome> {
  const { ctx, ports, ex } = r;
  const pair = await ex.read(`reading load balancer ${ctx.settings.deploy.loadBalancer ?? ''}`, (call) =>
    observePair(ctx, ports, call),
  );
  checkGalleryImage(pair.active.info);
  const image = ex.planning
    ? await imageForPlan(ctx, ports.scaleSets, pair.active.info, artifact, ex.call())
    : { ...(await resolveImage(ports.scaleSets, ctx.settings, pair.active.info, artifact, ex.call())), planned: false };
  const from = pair.active;
  const previous = versionOf(from.info);
  const links = await urls(ctx, ports, pair);
  const base = { imageId: image.id, imageVersion: image.version };
  const would = ex.planning ? 'would get' : 'gets';
  const paused = pausedCanary(record);
  if (paused) return stayPaused(r, pair, paused, image.version, { ...base, previewUrl: links.preview });

  if (sameId(from.info.imageId, image.id)) {
    if (isFailed(pair)) await repairFailed(r, pair);
    const stale = (
      await ex.read(`listing the instances of ${from.ref.name}`, (call) =>
        ports.scaleSets.listInstances(from.ref, call),
      )
    ).filter((i) => !onImage(i, image.id));
    if (stale.length === 0) {
      if (record.current !== image.version || record.target) {
        // An earlier run that switched and then stopped left the record half-written: finish it,
        // including the retired colour's scale-down time.
        const retired = record.target === image.version ? pair.idle : undefined;
        const prev = record.current !== image.version ? record.current : record.previous;
        await recordLivePair(
          r,
          pair,
          record,
          { current: image.version, previous: prev, colour: from.colour },
          retired,
          catchUpWrite(lbResource(pair), record, image.version, prev),
        );
      }
      ex.note({
        kind: 'fact',
        label: 'blue-green',
        value: `${from.colour} (${from.ref.name}) already serves ${image.version}: nothing ${ex.planning ? 'to switch' : 'to do'}`,
      });
      const unchanged = ex.planning ? ex.plannedWrites.length === 0 : undefined;
      return {
        outputs: {
          ...base,
          activeSlot: from.colour,
          previousSlot: from.colour,
          previewUrl: links.preview,
          previousImageVersion: record.current === image.version ? record.previous : record.current,
          upgradedInstances: 0,
          ...(unchanged === undefined ? {} : { deployUnchanged: unchanged }),
        },
        items: ex.items,
        message: ex.planning
          ? `plan: the ${from.colour} colour already serves ${image.version} (${countWrites(ex.plannedWrites.length)})`
          : `the ${from.colour} colour (${from.ref.name}) already serves ${image.version}: no change`,
      };
    }
  }

  const to = pair.idle;
  ex.note({
    kind: 'fact',
    label: 'blue-green',
    value: `${from.colour} (${from.ref.name}, ${previous ?? from.info.imageDescription}) is live on load balancer ${pair.lb.name}; ${to.colour} (${to.ref.name}) ${would} ${image.version}`,
  });
  if (pair.adopting && !ex.planning)
    ex.note({
      kind: 'fact',
      label: 'adoption',
      value: `scale set ${from.ref.name} is adopted as the ${from.colour} colour; ${to.ref.name} is created next to it`,
    });
  const rollback: RollbackPlan = {
    strategy: 'blue-green',
    to: { slot: from.colour, imageId: from.info.imageId, imageVersion: previous },
    description: `load balancer ${pair.lb.name}: live rule(s) back to ${from.colour} (${from.ref.name}, ${previous ?? 'previous image'}) from ${to.colour} (${image.version})`,
    record: { previous: record.current === previous ? record.previous : record.current, failed: image.version },
  };
  // A failed release: the old colour served production before and serves it still.
  const outputs = { ...base, activeSlot: from.colour, previousSlot: from.colour, previousImageVersion: previous };
  // A canary's Front Door origin group is read and checked before the first write.
  const canary = ctx.settings.deploy.canary;
  const door = canary ? await readCanaryDoor(r, pair, canary) : undefined;
  const progress: CanaryProgress = { weight: 0, step: '' };
  await markIntent(r, pair, image.version);
  let end: CanaryEnd = 'completed';
  try {
    if (canary && door) end = await releaseByCanary(r, pair, to, image, canary, door, progress, plannedNote(image));
    else await release(r, pair, to, image, plannedNote(image));
    if (end === 'paused') {
      const at = { version: image.version, index: progress.pausedAt!, weight: progress.weight };
      const message = pausedMessage(pair, at, canary);
      const now = { ...outputs, previewUrl: links.preview, ...canaryOutputs(progress) };
      if (ex.planning)
        return {
          outputs: now,
          items: ex.items,
          message: `plan: ${image.version} would go to the ${to.colour} colour (${to.ref.name}) as far as the canary's open pause (${countWrites(ex.plannedWrites.length)}, none made)`,
        };
      return { outputs: now, items: ex.items, message, rollback };
    }
    // Part of the release: a record that cannot say what is live fails it (and rolls it back).
    await recordLivePair(r, pair, record, { current: image.version, previous, colour: to.colour }, from);
  } catch (err) {
    const failed = canary
      ? { ...outputs, ...(await canaryFailed(r, pair, record, image.version, progress, err)) }
      : outputs;
    if (ctx.signal.aborted || !(err instanceof EngineError) || err.kind === 'cancelled') throw err;
    // Before the switch write, live traffic never moved: the plan then only confirms the old colour is live.
    throw new RolloutError(
      err.message,
      { plan: rollback, items: ex.items, outputs: failed, liveUntouched: !ex.productionTouched, journal: ex.journal },
      err.kind === 'input' ? 'terminal' : err.kind,
    );
  }
  const scaleDownAt = iso(ctx, ctx.settings.deploy.scaleDownDelayMs);
  const upgraded = Math.max(1, from.info.capacity);
  const canaryEnd = canary ? canaryOutputs(progress) : {};
  if (ex.planning) {
    return {
      outputs: {
        ...base,
        activeSlot: to.colour,
        previousSlot: from.colour,
        previewUrl: links.preview,
        previousImageVersion: previous,
        upgradedInstances: upgraded,
        ...canaryEnd,
      },
      items: ex.items,
      message: `plan: ${image.version} would go live on the ${to.colour} colour (${to.ref.name}) (${countWrites(ex.plannedWrites.length)}, none made)`,
    };
  }
  ex.note({
    kind: 'fact',
    label: `${from.colour} colour`,
    value: `${from.ref.name} keeps running ${previous ?? 'the previous image'} for instant rollback until ${scaleDownAt} (scale-down-delay)`,
  });
  const after = await urls(
    ctx,
    ports,
    await ex.read(`reading load balancer ${pair.lb.name}`, (call) => observePair(ctx, ports, call)),
  );
  return {
    outputs: {
      ...base,
      activeSlot: to.colour,
      previousSlot: from.colour,
      previewUrl: after.preview,
      previousImageVersion: previous,
      upgradedInstances: upgraded,
      ...canaryEnd,
    },
    items: ex.items,
    message: `${image.version} is live on the ${to.colour} colour (${to.ref.name}); ${from.colour} (${previous ?? 'previous image'}) stays up until ${scaleDownAt}`,
    rollback,
  };
}

/**
 * A deploy while a canary is paused moves no traffic: the same release stays paused (no write; the
 * outputs say so), another release is refused until the paused one is promoted or aborted.
 */
function stayPaused(
  r: BlueGreenRun,
  pair: Awaited<ReturnType<typeof observePair>>,
  paused: NonNullable<ReturnType<typeof pausedCanary>>,
  version: string,
  base: DeployOutcome['outputs'],
): DeployOutcome {
  const { ctx, ex } = r;
  const steps = ctx.settings.deploy.canary;
  const message = pausedMessage(pair, paused, steps);
  if (paused.version !== version)
    throw new EngineError('input', `${message.replace(/^canary/, 'the canary')}, before deploying ${version}`);
  ex.note({ kind: 'fact', label: 'blue-green', value: `${message} (this deploy changed nothing)` });
  const step = steps && paused.index < steps.length ? stepName(steps, paused.index) : `${paused.index + 1}: pause`;
  const canary = { canaryWeight: paused.weight, canaryStep: step, canaryResult: 'paused' as const };
  const outputs = { ...base, activeSlot: pair.active.colour, previousSlot: pair.active.colour, ...canary };
  return {
    outputs: { ...outputs, ...(ex.planning ? { deployUnchanged: true } : {}) },
    items: ex.items,
    message: `${ex.planning ? 'plan: ' : ''}${message} (this deploy changed nothing)`,
  };
}

/** A rollback, executed or planned: back to the colour and image the plan names. */
async function rollbackOn(r: BlueGreenRun, plan: RollbackPlan): Promise<RollbackOutcome> {
  const { ctx, ports, ex } = r;
  const pair = await ex.read(`reading load balancer ${ctx.settings.deploy.loadBalancer ?? ''}`, (call) =>
    observePair(ctx, ports, call),
  );
  const canary = ctx.settings.deploy.canary;
  if (canary && ctx.settings.deploy.frontDoorOriginGroup) await closePreviewOrigin(r, pair, canary);
  const { toColour, image } = rollbackTarget(plan);
  const record = recordFromTags(pair.lb.tags);
  const fromVersion = versionOf(pair.active.info);
  const lb = lbResource(pair);
  if (pair.active.colour === toColour && sameId(pair.active.info.imageId, image.id)) {
    if (isFailed(pair)) await repairFailed(r, pair);
    if (record.target) {
      const state = record.current === image.version ? 'live' : 'rolled-back';
      const after =
        state === 'rolled-back' ? afterRollback(plan, image.version, record.target) : { previous: record.previous };
      await recordLivePair(
        r,
        pair,
        record,
        {
          current: image.version,
          previous: after.previous,
          colour: toColour,
          state,
          failed: 'failed' in after ? after.failed : undefined,
        },
        undefined,
        catchUpWrite(lb, record, image.version, after.previous),
      );
    }
    ex.note({
      kind: 'fact',
      label: 'blue-green',
      value: `${toColour} (${pair.active.ref.name}) serves ${image.version}: live traffic is there, nothing to switch`,
    });
    return {
      outputs: {
        activeSlot: toColour,
        previousSlot: toColour,
        imageVersion: image.version,
        imageId: image.id,
        ...(ex.planning ? { rolledBack: false } : {}),
      },
      items: ex.items,
      message: ex.planning
        ? `plan: ${image.version} is live on the ${toColour} colour; nothing to switch (${countWrites(ex.plannedWrites.length)})`
        : `${image.version} is live on the ${toColour} colour (${pair.active.ref.name}); live traffic is there, nothing to switch`,
    };
  }
  if (pair.active.colour === toColour) {
    throw new EngineError(
      'terminal',
      `the rollback plan returns to the ${toColour} colour, which is live already but runs ${fromVersion ?? pair.active.info.imageDescription}, not ${image.version}; roll back with 'to-version' instead`,
    );
  }
  ex.note({ kind: 'fact', label: 'rollback', value: plan.description });
  await markIntent(r, pair, image.version, 'rolling-back');
  const target = pair.idle;
  if (target.info && sameId(target.info.imageId, image.id) && target.info.capacity > 0) {
    // The usual case: the old colour is still up (scale-down-delay) — check it, then one write.
    const health = await waitHealthy(r, target, image, target.info.capacity);
    if (!health.ok)
      throw new EngineError(
        'terminal',
        `cannot roll back to the ${target.colour} colour (${target.ref.name}): ${health.detail}; ${pair.active.colour} stays live`,
      );
    const value = `live rule(s) → ${target.poolName} (${target.colour}, ${image.version}): one load balancer write`;
    await switchTo(
      r,
      pair,
      target,
      pair.active,
      'one write back to the colour still up (scale-down-delay), once it is healthy',
      value,
    );
    await confirmSwitch(r, pair, target, image.version, fromVersion);
  } else {
    ex.note({
      kind: 'fact',
      label: `${target.colour} colour`,
      value: `${target.ref.name} does not run ${image.version} (any more): ${ex.planning ? 'it would be brought up first' : 'bringing it up first'}`,
    });
    await release(r, pair, target, image);
  }
  const after = afterRollback(plan, image.version, fromVersion);
  await recordLivePair(
    r,
    pair,
    record,
    {
      current: image.version,
      previous: after.previous,
      colour: target.colour,
      state: 'rolled-back',
      failed: after.failed,
    },
    pair.active,
  );
  return {
    outputs: {
      rolledBack: true,
      activeSlot: target.colour,
      previousSlot: pair.active.colour,
      imageVersion: image.version,
      imageId: image.id,
      previousImageVersion: fromVersion,
    },
    items: ex.items,
    message: ex.planning
      ? `plan: ${plan.description} (${countWrites(ex.plannedWrites.length)}, none made)`
      : `${image.version} is live again on the ${target.colour} colour (${target.ref.name}); ${pair.active.colour} (${fromVersion ?? 'newer image'}) is idle`,
  };
}

export const blueGreenStrategy: Strategy = {
  name: 'blue-green',

  async inspect(ctx) {
    const ports = await ctx.azure();
    const pair = await observePair(ctx, ports, { signal: ctx.signal });
    checkGalleryImage(pair.active.info);
    const record = recordFromTags(pair.lb.tags);
    return {
      ...record,
      current: record.current ?? versionOf(pair.active.info),
      activeSlot: pair.active.colour,
    } satisfies ReleaseRecord;
  },

  async deploy(ctx, artifact, record) {
    const r = await runFor(ctx);
    return { ...(await deployOn(r, artifact, record)), journal: r.ex.journal };
  },

  async planDeploy(ctx, artifact, record) {
    const r = await runFor(ctx, true);
    return plan(r.ex, await deployOn(r, artifact, record));
  },

  async rollback(ctx, rollback) {
    const r = await runFor(ctx);
    return { ...(await rollbackOn(r, rollback)), journal: r.ex.journal };
  },

  async planRollbackWrites(ctx, rollback) {
    const r = await runFor(ctx, true);
    return plan(r.ex, await rollbackOn(r, rollback));
  },

  canary: blueGreenCanary,

  async describeLive(ctx) {
    const ports = await ctx.azure();
    const pair = await observePair(ctx, ports, { signal: ctx.signal, timeoutMs: 60_000 });
    const state = isFailed(pair) ? ' (its last write ended Failed)' : '';
    return `load balancer ${pair.lb.name}${state} sends live traffic to ${pair.active.colour} (${pair.active.ref.name}, ${versionOf(pair.active.info) ?? pair.active.info.imageDescription})`;
  },

  async endpoints(ctx) {
    const ports = await ctx.azure();
    const pair = await observePair(ctx, ports, { signal: ctx.signal });
    const { live, preview } = await urls(ctx, ports, pair);
    const out: Endpoint[] = [];
    if (live) out.push({ role: 'live', url: live });
    if (preview) out.push({ role: 'preview', url: preview });
    return out;
  },

  async checkTarget(ctx) {
    const ports = await ctx.azure();
    const pair = await observePair(ctx, ports, { signal: ctx.signal });
    const checks: TargetCheck[] = [];
    if (ctx.settings.verify.instanceHealth) {
      const check = await instanceHealthCheck(
        ctx,
        ports.scaleSets,
        pair.active.ref,
        ctx.settings.verify.gate,
        pair.active.info.imageId,
      );
      checks.push({ ...check, name: `instance health (${pair.active.colour}, ${pair.active.ref.name})` });
    }
    const remote = await remoteAccessCheck(ports.networkSecurity, pair.active.info, ctx.settings.verify.remoteAccess, {
      signal: ctx.signal,
    });
    if (remote) checks.push(remote);
    return checks;
  },

  async planRollback(ctx, record, toVersion) {
    const ports = await ctx.azure();
    const pair = await observePair(ctx, ports, { signal: ctx.signal });
    checkGalleryImage(pair.active.info);
    const idleVersion = versionOf(pair.idle.info);
    const live = versionOf(pair.active.info);
    const byDefault = defaultRollback(record).version;
    const version =
      toVersion ??
      byDefault ??
      (pair.idle.info && pair.idle.info.capacity > 0 && idleVersion !== record.failed ? idleVersion : undefined);
    const from = live ?? 'the live image';
    if (!version) {
      throw new EngineError(
        'input',
        `input 'to-version': is required: load balancer '${pair.lb.name}' has no previous version recorded (tag ${RECORD_TAGS.previous}) and the ${pair.idle.colour} colour holds nothing to return to; expected the image version to return to, e.g. '1.4.2'`,
      );
    }
    if (version === live) {
      return {
        strategy: 'blue-green',
        to: { slot: pair.active.colour, imageId: pair.active.info.imageId, imageVersion: version },
        description: `${version} is already live on ${pair.active.colour}`,
      };
    }
    const what = toVersion ? "'to-version'" : "'to-version' (default: the recorded previous version)";
    const image =
      pair.idle.info && versionOf(pair.idle.info) === version
        ? { id: pair.idle.info.imageId!, version }
        : await checkImageUsable(
            ports.scaleSets,
            pair.active.info,
            siblingVersionId(pair.active.info.imageId!, version),
            what,
            { signal: ctx.signal },
          );
    return {
      strategy: 'blue-green',
      to: { slot: pair.idle.colour, imageId: image.id, imageVersion: image.version },
      description: `load balancer ${pair.lb.name}: live rule(s) to ${pair.idle.colour} (${pair.idle.ref.name}, ${image.version}) from ${pair.active.colour} (${from})`,
      record: rollbackRecord(record, image.version, live),
    };
  },
};
