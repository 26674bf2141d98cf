/**
 * strategy: blue-green — two scale sets behind one load balancer. The idle colour is brought to
 * the new image at the live colour's capacity (created from a copy of the live model the first
 * time, else scaled in, re-pointed and scaled out, so every instance boots on the new model), the
 * engine waits until every instance is healthy and the preview endpoint answers, then moves the
 * live rule(s) to the idle pool — and the preview rule to the old pool — in ONE ETag-guarded write
 * of the load balancer. Production is checked on the live endpoint; if it does not answer, the
 * rules go back at once (one more write). The old colour keeps running for `scale-down-delay`
 * (instant rollback); the time that delay ends is tagged on it for clean-up (issue #6).
 *
 * The release record (current / previous version, live colour) is kept as tags on the load balancer.
 */
import type { AzurePorts } from '../../azure/ports.js';
import type { ScaleSetRef } from '../../azure/scale-set-port.js';
import { CancelledError, EngineError } from '../../errors.js';
import type { SummaryItem } from '../../run/result.js';
import type { StageContext } from '../../stages/stage.js';
import { deadlineOf, httpGate, type Deadline } from '../http-gate.js';
import { instanceHealthCheck, judgeInstances } from '../instance-health.js';
import { RECORD_TAGS, recordFromTags, recordIntent, tagsForRecord } from '../record.js';
import { remoteAccessCheck } from '../remote-access.js';
import { RolloutError } from '../rollout-error.js';
import { checkImageUsable, resolveImage, sameId, siblingVersionId, type ResolvedImage } from '../rolling/target.js';
import type { DeployOutcome, Endpoint, ReleaseRecord, RollbackOutcome, RollbackPlan, Strategy, TargetCheck } from '../strategy.js';
import { COLOUR_TAG, observePair, SCALE_DOWN_AFTER_TAG, type Colour, type ColourState, type PairState } from './colours.js';
import { isFailed, Opt, iso, versionOf, onImage, UNHEALTHY_LOOKS, checkGalleryImage, urls, rollbackTarget } from './shared.js';
import { planDeploy, planRollbackWrites } from './plan.js';

async function prepareColour(ctx: StageContext, ports: AzurePorts, pair: PairState, colour: ColourState, image: ResolvedImage, capacity: number, opt: Opt, items: SummaryItem[]): Promise<void> {
  const port = ports.scaleSets;
  const ref = colour.ref;
  const info = await port.get(ref, opt());
  if (!info) {
    ctx.deps.host.info(`Creating scale set ${ref.name} (${colour.colour}) from the model of ${pair.active.ref.name} with image ${image.version} and ${capacity} instance(s).`);
    await port.createFromModel(pair.active.ref, ref, { imageId: image.id, poolMap: { [pair.active.poolId]: colour.poolId }, capacity, tags: { [COLOUR_TAG]: colour.colour } }, opt());
    items.push({ kind: 'action', label: `${colour.colour} colour`, value: `created scale set ${ref.name} (copy of ${pair.active.ref.name}'s model) on ${image.version} with ${capacity} instance(s)` });
    return;
  }
  let current = info;
  if (!sameId(current.imageId, image.id)) {
    // Scale in first, then re-point the model: every instance then boots on the new model,
    // whatever the upgrade mode (no rolling upgrade of an idle colour to follow).
    if (current.capacity > 0) {
      current = await port.setCapacity(ref, 0, current.etag, opt());
      items.push({ kind: 'action', label: `${colour.colour} colour`, value: `${ref.name} scaled in to 0 (it ran ${versionOf(info) ?? info.imageDescription})` });
    }
    current = await port.setImage(ref, { imageId: image.id, etag: current.etag }, opt());
    items.push({ kind: 'action', label: `${colour.colour} colour`, value: `${ref.name} model → image ${image.version}` });
  }
  if (current.capacity !== capacity) {
    await port.setCapacity(ref, capacity, current.etag, opt());
    items.push({ kind: 'action', label: `${colour.colour} colour`, value: `${ref.name} scaled to ${capacity} instance(s)` });
  }
  const stale = (await port.listInstances(ref, opt())).filter((i) => !onImage(i, image.id));
  if (stale.length > 0) {
    await port.updateInstances(ref, stale.map((i) => i.instanceId), opt());
    items.push({ kind: 'action', label: `${colour.colour} colour`, value: `${stale.length} instance(s) of ${ref.name} brought to the latest model` });
  }
}

/** Waits until the colour has `capacity` instances, all on `imageId`, provisioned, running and healthy. */
async function waitHealthy(ctx: StageContext, ports: AzurePorts, ref: ScaleSetRef, imageId: string, capacity: number, deadline: Deadline, opt: Opt): Promise<{ ok: boolean; detail: string }> {
  const gate = ctx.settings.verify.gate;
  let unhealthyLooks = 0;
  for (;;) {
    if (ctx.signal.aborted) throw new CancelledError(`the run was cancelled while waiting for scale set ${ref.name} to be healthy`);
    const instances = await ports.scaleSets.listInstances(ref, opt());
    const look = judgeInstances(instances, imageId);
    const countOk = instances.length === capacity;
    if (look.ok && countOk) return { ok: true, detail: `${instances.length} of ${capacity} instance(s) on the new image, running and healthy` };
    const detail = [!countOk ? `${instances.length} of ${capacity} instance(s)` : '', ...look.problems].filter(Boolean).join('; ');
    const failed = instances.filter((i) => i.provisioningState === 'failed');
    if (failed.length > 0) return { ok: false, detail: `instance(s) ${failed.map((i) => i.instanceId).join(', ')} failed to provision; ${detail}` };
    const upButSick = instances.some((i) => onImage(i, imageId) && i.provisioningState === 'succeeded' && i.power === 'running' && i.health === 'unhealthy');
    unhealthyLooks = upButSick ? unhealthyLooks + 1 : 0;
    if (unhealthyLooks >= UNHEALTHY_LOOKS) return { ok: false, detail: `unhealthy in ${UNHEALTHY_LOOKS} looks in a row: ${detail}` };
    if (deadline.left() <= 0) return { ok: false, detail: `still not healthy when 'deploy-timeout' ran out: ${detail}` };
    try {
      await ctx.deps.sleep(Math.min(gate.intervalMs, Math.max(1, deadline.left())), ctx.signal);
    } catch (err) {
      if (ctx.signal.aborted) throw new CancelledError(`the run was cancelled while waiting for scale set ${ref.name} to be healthy`);
      throw err;
    }
  }
}

/** Live rule(s) → `to`'s pool, preview rule → the other colour's pool: ONE write, guarded by a fresh ETag. */
async function switchTo(ctx: StageContext, ports: AzurePorts, to: ColourState, from: ColourState, opt: Opt): Promise<PairState> {
  const fresh = await observePair(ctx, ports, opt());
  if (fresh.active.colour === to.colour) {
    // Already switched (a re-run after a cancel) — unless that write ended Failed: apply it again.
    if (!isFailed(fresh)) return fresh;
    await reapply(ctx, ports, fresh, opt);
    return observePair(ctx, ports, opt());
  }
  const switches: Record<string, string> = Object.fromEntries(fresh.liveRules.map((r) => [r.name, to.poolId]));
  if (fresh.previewRule) switches[fresh.previewRule.name] = from.poolId;
  await ports.loadBalancers.switchRules(fresh.lb, switches, fresh.lb.etag, opt());
  return observePair(ctx, ports, opt());
}


/** A load balancer whose last write ended Failed is written again as it stands (same rules, fresh ETag). */
async function reapply(ctx: StageContext, ports: AzurePorts, pair: PairState, opt: Opt): Promise<void> {
  ctx.warn(`load balancer '${pair.lb.name}' is in provisioning state Failed (an earlier write did not complete): writing its rules again`);
  const switches: Record<string, string> = Object.fromEntries(pair.liveRules.map((r) => [r.name, pair.active.poolId]));
  if (pair.previewRule) switches[pair.previewRule.name] = pair.idle.poolId;
  await ports.loadBalancers.switchRules(pair.lb, switches, pair.lb.etag, opt());
}

async function recordLivePair(ctx: StageContext, ports: AzurePorts, pair: PairState, live: { current: string; previous?: string; colour: Colour; state?: 'live' | 'rolled-back' }, retired: ColourState | undefined, opt: Opt): Promise<void> {
  const runUrl = ctx.deps.run?.runUrl;
  await ports.tags.merge(
    pair.lb.id,
    tagsForRecord({ current: live.current, previous: live.previous, deployedAt: iso(ctx), runUrl, state: live.state ?? 'live', activeSlot: live.colour }),
    opt(),
  );
  await ports.tags.remove(pair.lb.id, [RECORD_TAGS.target], opt());
  // The retired colour keeps running for scale-down-delay; clean-up (issue #6) acts after this time.
  if (retired?.info) await ports.tags.merge(retired.info.id, { [SCALE_DOWN_AFTER_TAG]: iso(ctx, ctx.settings.deploy.scaleDownDelayMs) }, opt());
}

/** Makes `to` live with `image`: prepare, health, preview, switch, live check (switch back on failure). */
/** Whether production traffic was (or may have been) moved: set just before the switch write. */
interface ReleaseProgress {
  productionTouched: boolean;
}

async function release(ctx: StageContext, ports: AzurePorts, pair: PairState, to: ColourState, image: ResolvedImage, deadline: Deadline, opt: Opt, items: SummaryItem[], progress: ReleaseProgress = { productionTouched: false }): Promise<PairState> {
  const from = pair.active;
  const capacity = Math.max(1, from.info.capacity);
  await prepareColour(ctx, ports, pair, to, image, capacity, opt, items);
  const health = await waitHealthy(ctx, ports, to.ref, image.id, capacity, deadline, opt);
  items.push({ kind: 'check', label: `${to.colour} colour healthy`, value: health.detail, ok: health.ok });
  const untouched = `live traffic was not touched (${from.colour}, ${from.ref.name}, still serves ${versionOf(from.info) ?? 'the previous image'})`;
  if (!health.ok) throw new EngineError('verify', `the ${to.colour} colour (${to.ref.name}) did not become healthy on ${image.version}: ${health.detail}; ${untouched}`);

  const before = await urls(ctx, ports, pair);
  if (before.preview) {
    const preview = await httpGate(ctx, `preview (${to.colour})`, before.preview, deadline, { warmup: true });
    items.push({ kind: 'check', label: `preview ${before.preview}`, value: preview.reason, ok: preview.passed });
    if (!preview.passed) throw new EngineError('verify', `the preview endpoint of the ${to.colour} colour did not pass: ${preview.reason}; ${untouched}`);
  } else {
    ctx.warn(`blue-green: load balancer '${pair.lb.name}' has no preview rule (set 'preview-port' or 'preview-url'): the ${to.colour} colour was checked by instance health only before the switch`);
  }

  progress.productionTouched = true;
  const after = await switchTo(ctx, ports, to, from, opt);
  items.push({ kind: 'action', label: 'switch', value: `live rule(s) ${pair.liveRules.map((r) => r.name).join(', ')} → ${to.poolName} (${to.colour})${pair.previewRule ? `, preview rule ${pair.previewRule.name} → ${from.poolName}` : ''}: one load balancer write` });

  const liveUrl = before.live;
  if (liveUrl) {
    const live = await httpGate(ctx, `live (${to.colour})`, liveUrl, deadline);
    items.push({ kind: 'check', label: `live ${liveUrl}`, value: live.reason, ok: live.passed });
    if (!live.passed) {
      // Traffic has moved: the caller's rollback plan (one write back to the old colour) undoes it.
      throw new SwitchedError(`production did not pass on the ${to.colour} colour (${image.version}) after the switch: ${live.reason}`);
    }
  } else {
    ctx.warn(`blue-green: no live URL (set 'live-url'): production was not probed after the switch`);
  }
  return after;
}

/** A failure after the live rules moved: undoing it takes the rollback plan. */
class SwitchedError extends EngineError {
  constructor(message: string) {
    super('verify', message);
  }
}

export const blueGreenStrategy: Strategy = {
  name: 'blue-green',
  planDeploy,
  planRollbackWrites,

  async inspect(ctx) {
    const ports = await ctx.azure();
    const pair = await observePair(ctx, ports, { signal: ctx.signal });
    checkGalleryImage(pair.active.info);
    const record = recordFromTags(pair.lb.tags);
    return { ...record, current: record.current ?? versionOf(pair.active.info), activeSlot: pair.active.colour } satisfies ReleaseRecord;
  },

  async deploy(ctx, artifact, record) {
    const ports = await ctx.azure();
    const deadline = deadlineOf(ctx);
    const opt: Opt = () => ({ signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
    const pair = await observePair(ctx, ports, opt());
    checkGalleryImage(pair.active.info);
    const image = await resolveImage(ports.scaleSets, ctx.settings, pair.active.info, artifact, opt());
    const from = pair.active;
    const previous = versionOf(from.info);
    const links = await urls(ctx, ports, pair);
    const base = { imageId: image.id, imageVersion: image.version };

    if (sameId(from.info.imageId, image.id)) {
      if (isFailed(pair)) await reapply(ctx, ports, pair, opt);
      const stale = (await ports.scaleSets.listInstances(from.ref, opt())).filter((i) => !onImage(i, image.id));
      if (stale.length === 0) {
        if (record.current !== image.version || record.target) {
          // An earlier run that switched and then stopped (cancelled) left the record half-written:
          // finish it, including the retired colour's scale-down time.
          const retired = record.target === image.version ? pair.idle : undefined;
          await recordLivePair(ctx, ports, pair, { current: image.version, previous: record.current !== image.version ? record.current : record.previous, colour: from.colour }, retired, opt);
        }
        return {
          outputs: { ...base, activeSlot: from.colour, previousSlot: pair.idle.colour, previewUrl: links.preview, previousImageVersion: record.current === image.version ? record.previous : record.current, upgradedInstances: 0 },
          items: [{ kind: 'fact', label: 'blue-green', value: `${from.colour} (${from.ref.name}) already serves ${image.version}: nothing to do` }],
          message: `the ${from.colour} colour (${from.ref.name}) already serves ${image.version}: no change`,
        } satisfies DeployOutcome;
      }
    }

    const to = pair.idle;
    const items: SummaryItem[] = [
      { kind: 'fact', label: 'blue-green', value: `${from.colour} (${from.ref.name}, ${previous ?? from.info.imageDescription}) is live on load balancer ${pair.lb.name}; ${to.colour} (${to.ref.name}) gets ${image.version}` },
    ];
    if (pair.adopting) items.push({ kind: 'fact', label: 'adoption', value: `scale set ${from.ref.name} is adopted as the ${from.colour} colour; ${to.ref.name} is created next to it` });
    const plan: RollbackPlan = {
      strategy: 'blue-green',
      to: { slot: from.colour, imageId: from.info.imageId, imageVersion: previous },
      description: `load balancer ${pair.lb.name}: live rule(s) back to ${from.colour} (${from.ref.name}, ${previous ?? 'previous image'}) from ${to.colour} (${image.version})`,
    };
    await recordIntent(ports.tags, pair.lb.id, { target: image.version, runUrl: ctx.deps.run?.runUrl }, opt());
    const progress: ReleaseProgress = { productionTouched: false };
    try {
      await release(ctx, ports, pair, to, image, deadline, opt, items, progress);
    } catch (err) {
      if (ctx.signal.aborted || err instanceof CancelledError || !(err instanceof EngineError)) throw err;
      // Before the switch write, live traffic never moved: the plan then only confirms the old colour is live.
      const outputs = { ...base, activeSlot: from.colour, previousSlot: to.colour, previousImageVersion: previous };
      throw new RolloutError(err.message, { plan, items, outputs, liveUntouched: !progress.productionTouched }, err.kind);
    }
    await recordLivePair(ctx, ports, pair, { current: image.version, previous, colour: to.colour }, from, opt);
    const scaleDownAt = iso(ctx, ctx.settings.deploy.scaleDownDelayMs);
    items.push({ kind: 'fact', label: `${from.colour} colour`, value: `${from.ref.name} keeps running ${previous ?? 'the previous image'} for instant rollback until ${scaleDownAt} (scale-down-delay)` });
    const after = await urls(ctx, ports, await observePair(ctx, ports, opt()));
    return {
      outputs: { ...base, activeSlot: to.colour, previousSlot: from.colour, previewUrl: after.preview, previousImageVersion: previous, upgradedInstances: Math.max(1, from.info.capacity) },
      items,
      message: `${image.version} is live on the ${to.colour} colour (${to.ref.name}); ${from.colour} (${previous ?? 'previous image'}) stays up until ${scaleDownAt}`,
      rollback: plan,
    } satisfies DeployOutcome;
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
      const check = await instanceHealthCheck(ctx, ports.scaleSets, pair.active.ref, ctx.settings.verify.gate, pair.active.info.imageId);
      checks.push({ ...check, name: `instance health (${pair.active.colour}, ${pair.active.ref.name})` });
    }
    const remote = await remoteAccessCheck(ports.networkSecurity, pair.active.info, ctx.settings.verify.remoteAccess, { signal: ctx.signal });
    if (remote) checks.push(remote);
    return checks;
  },

  async planRollback(ctx, record, toVersion) {
    const ports = await ctx.azure();
    const pair = await observePair(ctx, ports, { signal: ctx.signal });
    checkGalleryImage(pair.active.info);
    const idleVersion = versionOf(pair.idle.info);
    const version = toVersion ?? record.previous ?? (pair.idle.info && (pair.idle.info.capacity > 0) ? idleVersion : undefined);
    const from = versionOf(pair.active.info) ?? 'the live image';
    if (!version) {
      throw new EngineError('input', `input 'to-version': is required: load balancer '${pair.lb.name}' has no previous version recorded (tag ${RECORD_TAGS.previous}) and the ${pair.idle.colour} colour holds nothing to return to; expected the image version to return to, e.g. '1.4.2'`);
    }
    if (version === versionOf(pair.active.info)) {
      return { strategy: 'blue-green', to: { slot: pair.active.colour, imageId: pair.active.info.imageId, imageVersion: version }, description: `${version} is already live on ${pair.active.colour}` };
    }
    const what = toVersion ? "'to-version'" : "'to-version' (default: the recorded previous version)";
    const image = pair.idle.info && versionOf(pair.idle.info) === version
      ? { id: pair.idle.info.imageId!, version }
      : await checkImageUsable(ports.scaleSets, pair.active.info, siblingVersionId(pair.active.info.imageId!, version), what, { signal: ctx.signal });
    return {
      strategy: 'blue-green',
      to: { slot: pair.idle.colour, imageId: image.id, imageVersion: image.version },
      description: `load balancer ${pair.lb.name}: live rule(s) to ${pair.idle.colour} (${pair.idle.ref.name}, ${image.version}) from ${pair.active.colour} (${from})`,
    };
  },

  async rollback(ctx, plan: RollbackPlan) {
    const ports = await ctx.azure();
    const deadline = deadlineOf(ctx);
    const opt: Opt = () => ({ signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
    const pair = await observePair(ctx, ports, opt());
    const { toColour, image } = rollbackTarget(plan);
    const record = recordFromTags(pair.lb.tags);
    const fromVersion = versionOf(pair.active.info);
    const items: SummaryItem[] = [];
    if (pair.active.colour === toColour && sameId(pair.active.info.imageId, image.id)) {
      if (record.target) await recordLivePair(ctx, ports, pair, { current: image.version, previous: record.previous, colour: toColour, state: record.current === image.version ? 'live' : 'rolled-back' }, undefined, opt);
      return {
        outputs: { activeSlot: toColour, previousSlot: pair.idle.colour, imageVersion: image.version, imageId: image.id },
        items: [{ kind: 'fact', label: 'blue-green', value: `${toColour} (${pair.active.ref.name}) serves ${image.version}: live traffic is there, nothing to switch` }],
        message: `${image.version} is live on the ${toColour} colour (${pair.active.ref.name}); live traffic is there, nothing to switch`,
      } satisfies RollbackOutcome;
    }
    if (pair.active.colour === toColour) {
      throw new EngineError('terminal', `the rollback plan returns to the ${toColour} colour, which is live already but runs ${fromVersion ?? pair.active.info.imageDescription}, not ${image.version}; roll back with 'to-version' instead`);
    }
    await recordIntent(ports.tags, pair.lb.id, { target: image.version, runUrl: ctx.deps.run?.runUrl, state: 'rolling-back' }, opt());
    const target = pair.idle;
    const ready = target.info && sameId(target.info.imageId, image.id) && target.info.capacity > 0;
    if (ready) {
      // The usual case: the old colour is still up (scale-down-delay) — check it, then one write.
      const health = await waitHealthy(ctx, ports, target.ref, image.id, target.info!.capacity, deadline, opt);
      items.push({ kind: 'check', label: `${target.colour} colour healthy`, value: health.detail, ok: health.ok });
      if (!health.ok) throw new EngineError('terminal', `cannot roll back to the ${target.colour} colour (${target.ref.name}): ${health.detail}; ${pair.active.colour} stays live`);
      await switchTo(ctx, ports, target, pair.active, opt);
      items.push({ kind: 'action', label: 'switch', value: `live rule(s) → ${target.poolName} (${target.colour}, ${image.version}): one load balancer write` });
    } else {
      items.push({ kind: 'fact', label: `${target.colour} colour`, value: `${target.ref.name} does not run ${image.version} (any more): bringing it up first` });
      await release(ctx, ports, pair, target, image, deadline, opt, items);
    }
    await recordLivePair(ctx, ports, pair, { current: image.version, previous: fromVersion ?? record.current, colour: target.colour, state: 'rolled-back' }, pair.active, opt);
    return {
      outputs: { rolledBack: true, activeSlot: target.colour, previousSlot: pair.active.colour, imageVersion: image.version, imageId: image.id, previousImageVersion: fromVersion },
      items,
      message: `${image.version} is live again on the ${target.colour} colour (${target.ref.name}); ${pair.active.colour} (${fromVersion ?? 'newer image'}) is idle`,
    } satisfies RollbackOutcome;
  },
};
