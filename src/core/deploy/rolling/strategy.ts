/**
 * strategy: rolling — one scale set replaced in place. The model's imageReference.id goes to the
 * new gallery image version in ONE ETag-guarded write; then the instances are replaced:
 * - rolling: Azure's rolling upgrade (policy overridable for this deploy), followed and reported;
 * - manual: the engine's own batches gated by instance health and the verify probes (manual.ts);
 * - automatic: Azure updates every instance; the engine follows and reports.
 * Instances already on the version are skipped; a scale set fully on it is a no-op. The release
 * record (tags) says what was intended before the first write and what is live after the last.
 */
import { CancelledError, EngineError } from '../../errors.js';
import type { AzurePorts } from '../../azure/ports.js';
import type { DeployCallOptions, InstanceInfo, ScaleSetInfo, ScaleSetRef } from '../../azure/scale-set-port.js';
import type { SummaryItem } from '../../run/result.js';
import type { StageContext } from '../../stages/stage.js';
import { batchGateProbes } from '../endpoint-probes.js';
import { deadlineOf, type Deadline } from '../http-gate.js';
import { instanceHealthCheck } from '../instance-health.js';
import { recordFromTags, recordIntent, recordLive } from '../record.js';
import { remoteAccessCheck } from '../remote-access.js';
import { RolloutError } from '../rollout-error.js';
import type { Endpoint, RollbackOutcome, RollbackPlan, Strategy, TargetCheck } from '../strategy.js';
import { followRollingUpgrade } from './azure-rolling.js';
import { driveBatches } from './manual.js';
import { planRollingDeploy, planRollingRollback } from './plan.js';
import { effectiveMode, knobs, policyOverride, type EffectiveMode } from './policy.js';
import { checkImageUsable, previousImage, readTarget, resolveImage, sameId, scaleSetRef, siblingVersionId, versionOfId, type ResolvedImage } from './target.js';

const onImage = (i: InstanceInfo, id: string) => sameId(i.imageId, id) && i.latestModelApplied;

/** What deploy and rollback both start from: the ports, the deadline, and the scale set as it is now. */
async function openTarget(ctx: StageContext) {
  const ports = await ctx.azure();
  const port = ports.scaleSets;
  const deadline = deadlineOf(ctx);
  const opt = (): DeployCallOptions => ({ signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
  const ref = scaleSetRef(ctx.settings);
  const info = await readTarget(port, ref, opt());
  return { ports, port, deadline, opt, ref, info };
}

export const rollingStrategy: Strategy = {
  name: 'rolling',
  planDeploy: planRollingDeploy,
  planRollbackWrites: planRollingRollback,

  async inspect(ctx) {
    const ports = await ctx.azure();
    const ref = scaleSetRef(ctx.settings);
    const opt = { signal: ctx.signal };
    const info = await readTarget(ports.scaleSets, ref, opt);
    effectiveMode(ctx.settings.deploy.rolloutMode, info);
    const latest = info.upgradeMode === 'Rolling' || ctx.settings.deploy.rolloutMode === 'rolling' ? await ports.scaleSets.latestRollingUpgrade(ref, opt) : undefined;
    if (latest?.code === 'RollingForward' && ctx.settings.stages.includes('deploy')) {
      throw new EngineError('transient', `scale set '${ref.name}' has a rolling upgrade in progress (started ${latest.startTime ?? 'earlier'}); wait for it to end or cancel it, then re-run`);
    }
    if (ctx.settings.deploy.rolling.maxSurge && info.upgradeMode !== 'Rolling') {
      ctx.warn("input 'max-surge' applies to Azure's rolling upgrade only; this scale set's upgrade mode is " + info.upgradeMode + ', so it is ignored');
    }
    return recordFromTags(info.tags);
  },

  async deploy(ctx, artifact, record) {
    const { ports, port, deadline, opt, ref, info } = await openTarget(ctx);
    const mode = effectiveMode(ctx.settings.deploy.rolloutMode, info);
    const target = await resolveImage(port, ctx.settings, info, artifact, opt());
    const instances = await port.listInstances(ref, opt());
    const stale = instances.filter((i) => !onImage(i, target.id));
    const previous = previousImage(info, instances, target, record);
    const base = { imageId: target.id, imageVersion: target.version, previousImageVersion: previous?.version };

    if (sameId(info.imageId, target.id) && stale.length === 0) {
      if (record.current !== target.version || record.target) {
        await recordLive(ports.tags, info.id, { current: target.version, previous: record.current !== target.version ? record.current : record.previous, deployedAt: iso(ctx), runUrl: ctx.deps.run?.runUrl }, opt());
      }
      return {
        outputs: { ...base, previousImageVersion: record.current === target.version ? record.previous : record.current, upgradedInstances: 0 },
        items: [{ kind: 'fact', label: 'scale set', value: `${ref.name}: all ${instances.length} instance(s) already run ${target.version}; nothing to do` }],
        message: `scale set ${ref.name} already runs ${target.version} on every instance: no change`,
      };
    }

    const plan: RollbackPlan | undefined = previous
      ? { strategy: 'rolling', to: { imageId: previous.id, imageVersion: previous.version }, description: `scale set ${ref.name}: image ${target.version} → ${previous.version}` }
      : undefined;
    const items: SummaryItem[] = [
      { kind: 'fact', label: 'scale set', value: `${ref.name} (${info.upgradeMode} upgrade mode, ${mode} rollout, ${instances.length} instance(s))` },
      { kind: 'action', label: 'image', value: `${previous?.version ?? versionOfId(info.imageId ?? '')} → ${target.version}` },
    ];
    try {
      await recordIntent(ports.tags, info.id, { target: target.version, runUrl: ctx.deps.run?.runUrl }, opt());
      const result = await rollOut(ctx, ports, ref, mode, target, deadline, stale.length);
      items.push(...result.items);
      await recordLive(ports.tags, info.id, { current: target.version, previous: previous?.version ?? record.current, deployedAt: iso(ctx), runUrl: ctx.deps.run?.runUrl }, opt());
      return {
        outputs: { ...base, upgradedInstances: result.upgraded },
        items,
        message: `scale set ${ref.name}: ${previous?.version ?? 'previous image'} → ${target.version} on ${result.upgraded} instance(s)${instances.length - stale.length > 0 ? ` (${instances.length - stale.length} already on it)` : ''}`,
        rollback: plan,
      };
    } catch (err) {
      if (ctx.signal.aborted || err instanceof CancelledError) throw err;
      const e = err instanceof EngineError ? err : new EngineError('terminal', err instanceof Error ? err.message : String(err), { cause: err });
      const details = e instanceof RolloutError ? e.details : { items: [], outputs: {} };
      throw new RolloutError(e.message, { plan, items: [...items, ...details.items], outputs: { ...base, ...details.outputs } }, e.kind);
    }
  },

  async endpoints(): Promise<readonly Endpoint[]> {
    // Behind a load balancer Azure gives no URL this machine can reach: live-url / preview-url do.
    return [];
  },

  async checkTarget(ctx) {
    const ports = await ctx.azure();
    const ref = scaleSetRef(ctx.settings);
    const info = await readTarget(ports.scaleSets, ref, { signal: ctx.signal });
    const checks: TargetCheck[] = [];
    if (ctx.settings.verify.instanceHealth) checks.push(await instanceHealthCheck(ctx, ports.scaleSets, ref, ctx.settings.verify.gate, info.imageId));
    const remote = await remoteAccessCheck(ports.networkSecurity, info, ctx.settings.verify.remoteAccess, { signal: ctx.signal });
    if (remote) checks.push(remote);
    return checks;
  },

  async planRollback(ctx, record, toVersion) {
    const ports = await ctx.azure();
    const ref = scaleSetRef(ctx.settings);
    const opt = { signal: ctx.signal };
    const info = await readTarget(ports.scaleSets, ref, opt);
    const version = toVersion ?? record.previous;
    if (!version) {
      throw new EngineError('input', `input 'to-version': is required: scale set '${ref.name}' has no previous version recorded (tag immutable-deploy.previous-version); expected the image version to return to, e.g. '1.4.2'`);
    }
    const image = await checkImageUsable(ports.scaleSets, info, siblingVersionId(info.imageId!, version), toVersion ? "'to-version'" : "'to-version' (default: the recorded previous version)", opt);
    const from = record.current ?? versionOfId(info.imageId!);
    return { strategy: 'rolling', to: { imageId: image.id, imageVersion: image.version }, description: `scale set ${ref.name}: image ${from} → ${image.version}` };
  },

  async rollback(ctx, plan) {
    const { ports, port, deadline, opt, ref, info } = await openTarget(ctx);
    const toId = plan.to.imageId;
    if (!toId) throw new EngineError('input', `the rollback plan for scale set '${ref.name}' names no image version`);
    const to: ResolvedImage = { id: toId, version: plan.to.imageVersion ?? versionOfId(toId) };
    const record = recordFromTags(info.tags);
    const from = sameId(info.imageId, to.id) ? (record.target && record.target !== to.version ? record.target : record.current) : versionOfId(info.imageId!);
    const before = await port.listInstances(ref, opt());
    const stale = before.filter((i) => !onImage(i, to.id));
    // Instances that run another image (the model may point elsewhere, so latestModelApplied says little here).
    const replaced = before.filter((i) => !sameId(i.imageId, to.id)).length;
    const items: SummaryItem[] = [];
    if (!(sameId(info.imageId, to.id) && stale.length === 0)) {
      // A rolling upgrade still running (ours, cancelled mid-way) must stop before the model moves back.
      const latest = info.upgradeMode === 'Rolling' ? await port.latestRollingUpgrade(ref, opt()) : undefined;
      if (latest?.code === 'RollingForward') await stopRollingUpgrade(ctx, ports, ref, deadline);
      await recordIntent(ports.tags, info.id, { target: to.version, runUrl: ctx.deps.run?.runUrl, state: 'rolling-back' }, opt());
      const mode: EffectiveMode = info.upgradeMode === 'Rolling' ? 'rolling' : info.upgradeMode === 'Automatic' ? 'automatic' : 'manual';
      const result = await rollOut(ctx, ports, ref, mode, to, deadline, stale.length, { rollback: true });
      items.push(...result.items);
    }
    const after = await port.listInstances(ref, opt());
    const left = after.filter((i) => !onImage(i, to.id));
    if (left.length > 0) {
      throw new EngineError('terminal', `the rollback of scale set ${ref.name} to ${to.version} left ${left.length} instance(s) on another image: ${left.map((i) => i.instanceId).join(', ')}`);
    }
    await recordLive(ports.tags, info.id, { current: to.version, previous: from && from !== to.version ? from : record.previous, deployedAt: iso(ctx), runUrl: ctx.deps.run?.runUrl, state: 'rolled-back' }, opt());
    items.push({ kind: 'action', label: 'rolled back', value: `${plan.description} (${replaced} instance(s) replaced)` });
    return {
      outputs: { rolledBack: true, imageVersion: to.version, imageId: to.id, previousImageVersion: from },
      items,
      message: `image ${to.version} is live again on scale set ${ref.name} (${replaced} instance(s) replaced${from ? `, ${from} rolled back` : ''})`,
    } satisfies RollbackOutcome;
  },
};

interface RollResult {
  readonly upgraded: number;
  readonly items: readonly SummaryItem[];
}

/** Points the model at `image` (if it is not already) and replaces the stale instances per `mode`. */
async function rollOut(ctx: StageContext, ports: AzurePorts, ref: ScaleSetRef, mode: EffectiveMode, image: ResolvedImage, deadline: Deadline, staleCount: number, options: { rollback?: boolean } = {}): Promise<RollResult> {
  const port = ports.scaleSets;
  const opt = (): DeployCallOptions => ({ signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
  const purpose = options.rollback ? 'rollback' : 'deploy';
  // Re-observe right before the write: the ETag guards it against a change in between.
  const fresh = (await port.get(ref, opt())) as ScaleSetInfo;
  const k = knobs(ctx.settings, fresh.rollingPolicy);
  const override = mode === 'rolling' && !options.rollback ? policyOverride(ctx.settings, fresh.rollingPolicy) : undefined;
  const before = mode === 'rolling' ? await port.latestRollingUpgrade(ref, opt()) : undefined;
  let written = fresh;
  if (!sameId(fresh.imageId, image.id) || override) {
    ctx.deps.host.info(`Scale set ${ref.name}: imageReference → ${image.version}${override ? ' with the rolling upgrade policy from the inputs' : ''}.`);
    written = await port.setImage(ref, { imageId: image.id, etag: fresh.etag, ...(override ? { rollingPolicy: override } : {}) }, opt());
  }
  try {
    if (mode === 'automatic') {
      // The update operation ended when Azure had updated every instance; report what it did.
      const after = await port.listInstances(ref, opt());
      const done = after.filter((i) => onImage(i, image.id)).length;
      if (done < after.length) {
        // Automatic mode leaves no stale instance once the operation ends; finish any a re-run found.
        const report = await driveBatches(ctx, port, ref, image.id, { knobs: { ...k, batchPercent: 100 }, probes: [], enforceBudgets: !options.rollback, deadline, purpose });
        return { upgraded: staleCount, items: report.items };
      }
      return { upgraded: staleCount, items: [{ kind: 'action', label: 'automatic upgrade', value: `Azure updated ${staleCount} instance(s) to ${image.version} at once` }] };
    }
    if (mode === 'rolling') {
      const followed = await followRollingUpgrade(ctx, port, ref, before, deadline, image.version);
      if (followed.started) return { upgraded: staleCount, items: followed.items };
      // No upgrade started (the model already matched: a re-run after a cancelled rollout): finish the stale instances by batches.
      ctx.deps.host.info(`Scale set ${ref.name}: no rolling upgrade started; replacing the remaining instances in batches per the policy.`);
      const report = await driveBatches(ctx, port, ref, image.id, { knobs: k, probes: [], enforceBudgets: !options.rollback, deadline, purpose });
      return { upgraded: report.upgraded.length, items: report.items };
    }
    const report = await driveBatches(ctx, port, ref, image.id, { knobs: k, probes: options.rollback ? [] : batchGateProbes(ctx.settings), enforceBudgets: !options.rollback, deadline, purpose });
    return { upgraded: report.upgraded.length, items: report.items };
  } catch (err) {
    if (ctx.signal.aborted && mode === 'rolling') await stopRollingUpgradeAfterCancel(ports, ref);
    if (options.rollback && mode === 'rolling' && err instanceof RolloutError && !ctx.signal.aborted) {
      // Azure's upgrade refused to go on (e.g. the broken release counts against its budgets):
      // the rollback replaces what is left itself, without budgets.
      ctx.warn(`${err.message}; replacing the remaining instances directly`);
      const report = await driveBatches(ctx, port, ref, image.id, { knobs: { ...k, batchPercent: 100 }, probes: [], enforceBudgets: false, deadline, purpose });
      return { upgraded: staleCount, items: [...err.details.items, ...report.items] };
    }
    throw err;
  } finally {
    if (override && !ctx.signal.aborted) await restorePolicy(ctx, ports, ref, fresh, written, deadline);
  }
}

/** The override held for this deploy only: the scale set gets its own policy back. */
async function restorePolicy(ctx: StageContext, ports: AzurePorts, ref: ScaleSetRef, original: ScaleSetInfo, written: ScaleSetInfo, deadline: Deadline): Promise<void> {
  try {
    const now = await ports.scaleSets.get(ref, { signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
    await ports.scaleSets.setRollingPolicy(ref, original.rollingPolicy ?? {}, now?.etag ?? written.etag, { signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
  } catch (err) {
    ctx.warn(`could not restore the rolling upgrade policy of scale set ${ref.name} after this deploy's override: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Cancels the running upgrade and waits until it has stopped. */
async function stopRollingUpgrade(ctx: StageContext, ports: AzurePorts, ref: ScaleSetRef, deadline: Deadline): Promise<void> {
  const port = ports.scaleSets;
  ctx.deps.host.info(`Scale set ${ref.name}: cancelling the rolling upgrade in progress before rolling back.`);
  await port.cancelRollingUpgrade(ref, { signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
  while (deadline.left() > 0) {
    const latest = await port.latestRollingUpgrade(ref, { signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
    if (latest?.code !== 'RollingForward') return;
    await ctx.deps.sleep(Math.min(port.pollIntervalMs, deadline.left()), ctx.signal);
  }
}

/**
 * The step was cancelled while Azure rolled: ask Azure to stop before its next batch, so
 * cancelling the step stops the rollout. The record still names the target: a re-run completes it
 * (or `rollback` undoes it). Best effort, on its own short-lived signal.
 */
async function stopRollingUpgradeAfterCancel(ports: AzurePorts, ref: ScaleSetRef): Promise<void> {
  try {
    await ports.scaleSets.cancelRollingUpgrade(ref, { signal: new AbortController().signal, timeoutMs: 30_000 });
  } catch {
    // nothing running any more, or Azure unreachable: the record already says what was intended
  }
}

const iso = (ctx: StageContext) => new Date(ctx.deps.clock.now()).toISOString();
