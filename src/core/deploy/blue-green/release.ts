/**
 * The steps of a blue-green release, run on the rollout executor (src/core/rollout): bring the idle
 * colour to the image, wait until it is healthy, pass its preview, switch the live rule(s) in ONE
 * ETag-guarded load-balancer write, check production, record. The same code plans (no write made)
 * and executes; every write re-reads what it guards, so a retry or a re-run acts on the target as
 * it is.
 */
import type { AzurePorts } from '../../azure/ports.js';
import { EngineError } from '../../errors.js';
import type { PlannedWrite } from '../../plan/action.js';
import { intentWrite, liveWrite } from '../../plan/record.js';
import type { RolloutExecutor } from '../../rollout/executor.js';
import type { Look, StepCall, WaitResult } from '../../rollout/types.js';
import type { StageContext } from '../../stages/stage.js';
import { httpGate } from '../http-gate.js';
import { judgeInstances, NO_HEALTH_SOURCE, noHealthSource } from '../instance-health.js';
import { RECORD_TAGS, recordIntent, tagsForRecord } from '../record.js';
import { onImage, sameId, type ResolvedImage } from '../gallery-image.js';
import type { ReleaseRecord } from '../strategy.js';
import {
  COLOUR_TAG,
  observePair,
  SCALE_DOWN_AFTER_TAG,
  type Colour,
  type ColourState,
  type PairState,
} from './colours.js';
import { isFailed, iso, UNHEALTHY_LOOKS, urls, versionOf } from './shared.js';

/** What every step of a release needs. */
export interface BlueGreenRun {
  readonly ctx: StageContext;
  readonly ports: AzurePorts;
  readonly ex: RolloutExecutor;
}

export const lbResource = (pair: PairState) => `load balancer ${pair.lb.name}`;

/**
 * Brings `colour` to `image` at `capacity` instances, each booted on the new model: created from
 * the live model, or scaled in, re-pointed and scaled out (whatever the upgrade mode, no rolling
 * upgrade of an idle colour follows), or its stale instances brought to the model.
 */
export async function prepareColour(
  r: BlueGreenRun,
  pair: PairState,
  colour: ColourState,
  image: ResolvedImage,
  capacity: number,
  note: string,
): Promise<void> {
  const { ctx, ports, ex } = r;
  const port = ports.scaleSets;
  const ref = colour.ref;
  const resource = `scale set ${ref.name}`;
  const label = `${colour.colour} colour`;
  const info = colour.info;
  if (!info) {
    const after = `copy of ${pair.active.ref.name}'s model in pool ${colour.poolName}, image ${image.version}, ${capacity} instance(s)`;
    const spec = {
      imageId: image.id,
      poolMap: { [pair.active.poolId]: colour.poolId },
      capacity,
      tags: { [COLOUR_TAG]: colour.colour },
    };
    if (!ex.planning)
      ctx.deps.host.info(
        `Creating scale set ${ref.name} (${colour.colour}) from the model of ${pair.active.ref.name} with image ${image.version} and ${capacity} instance(s).`,
      );
    // A create is a PUT of the whole model: repeating it after a failure in flight is safe.
    await ex.write(
      { write: { resource, operation: 'create', after, why: `the ${colour.colour} colour does not exist yet${note}` } },
      (call) => port.createFromModel(pair.active.ref, ref, spec, call).then(() => undefined),
      {
        kind: 'action',
        label,
        value: `created scale set ${ref.name} (copy of ${pair.active.ref.name}'s model) on ${image.version} with ${capacity} instance(s)`,
      },
    );
    return;
  }
  if (failed(info.provisioningState)) await repairColour(r, colour);
  let now = info.capacity;
  const repoint = !sameId(info.imageId, image.id);
  if (repoint) {
    if (now > 0) {
      await ex.write(
        {
          write: {
            resource,
            operation: 'scale',
            before: `${now}`,
            after: '0 instance(s)',
            why: `scale in before re-pointing the model, so every instance boots on ${image.version}`,
          },
        },
        (call) => setCapacity(r, colour, 0, call),
        {
          kind: 'action',
          label,
          value: `${ref.name} scaled in to 0 (it ran ${versionOf(info) ?? info.imageDescription})`,
        },
      );
    }
    await ex.write(
      {
        write: {
          resource,
          operation: 'update',
          before: `image ${versionOf(info) ?? info.imageDescription}`,
          after: image.version,
          why: `the idle ${colour.colour} colour gets the release${note}`,
        },
      },
      async (call) => {
        const fresh = await port.get(ref, call);
        if (fresh && sameId(fresh.imageId, image.id) && !failed(fresh.provisioningState)) return;
        await port.setImage(ref, { imageId: image.id, etag: fresh?.etag }, call);
      },
      { kind: 'action', label, value: `${ref.name} model → image ${image.version}` },
    );
    now = 0;
  }
  if (now !== capacity) {
    await ex.write(
      {
        write: {
          resource,
          operation: 'scale',
          before: `${now}`,
          after: `${capacity} instance(s)`,
          why: `the live colour's capacity (${pair.active.ref.name})`,
        },
      },
      (call) => setCapacity(r, colour, capacity, call),
      { kind: 'action', label, value: `${ref.name} scaled to ${capacity} instance(s)` },
    );
  }
  if (!repoint) {
    // New instances boot on the model; only those that were there before can be stale.
    const stale = (
      await ex.read(`listing the instances of ${ref.name}`, (call) => port.listInstances(ref, call))
    ).filter((i) => !onImage(i, image.id));
    if (stale.length === 0) return;
    const ids = stale.map((i) => i.instanceId);
    await ex.write(
      {
        write: {
          resource: `${stale.length} instance(s) of ${resource}`,
          operation: 'replace',
          after: `image ${image.version}`,
          why: 'they do not run the latest model',
        },
      },
      (call) => port.updateInstances(ref, ids, call),
      { kind: 'action', label, value: `${stale.length} instance(s) of ${ref.name} brought to the latest model` },
    );
  }
}

/**
 * A colour whose last write ended Failed (a create or scale that did not complete) is written again
 * as a whole — Azure's way out of provisioning state Failed — before anything else is done with it:
 * traffic is never switched to a scale set in that state.
 */
async function repairColour(r: BlueGreenRun, colour: ColourState): Promise<void> {
  const { ports, ex } = r;
  await ex.write(
    {
      write: {
        resource: `scale set ${colour.ref.name}`,
        operation: 'update',
        after: 'its model written again as it stands',
        why: 'its last write ended in provisioning state Failed',
      },
    },
    async (call) => {
      const fresh = await ports.scaleSets.get(colour.ref, call);
      if (!fresh || !failed(fresh.provisioningState)) return;
      await ports.scaleSets.rewriteModel(colour.ref, fresh.etag, call);
    },
    {
      kind: 'action',
      label: `${colour.colour} colour`,
      value: `${colour.ref.name} was in provisioning state Failed: its model was written again`,
    },
  );
}

async function setCapacity(r: BlueGreenRun, colour: ColourState, capacity: number, call: StepCall): Promise<void> {
  const fresh = await r.ports.scaleSets.get(colour.ref, call);
  if (!fresh) throw new EngineError('terminal', `scale set ${colour.ref.name} disappeared during the release`);
  if (fresh.capacity === capacity && !failed(fresh.provisioningState)) return;
  await r.ports.scaleSets.setCapacity(colour.ref, capacity, fresh.etag, call);
}

const failed = (state: string | undefined) => (state ?? '').toLowerCase() === 'failed';

/** Waits until the colour has `capacity` instances, all on the image, provisioned, running and healthy. */
export async function waitHealthy(r: BlueGreenRun, colour: ColourState, image: ResolvedImage, capacity: number) {
  const { ctx, ports, ex } = r;
  let unhealthyLooks = 0;
  const look = async (call: StepCall): Promise<Look> => {
    const instances = await ports.scaleSets.listInstances(colour.ref, call);
    const seen = judgeInstances(instances, image.id);
    const countOk = instances.length === capacity;
    if (seen.ok && countOk) {
      const state = noHealthSource(instances) ? `provisioned and running (${NO_HEALTH_SOURCE})` : 'running and healthy';
      return { state: 'done', detail: `${instances.length} of ${capacity} instance(s) on the new image, ${state}` };
    }
    const detail = [!countOk ? `${instances.length} of ${capacity} instance(s)` : '', ...seen.problems]
      .filter(Boolean)
      .join('; ');
    const broken = instances.filter((i) => i.provisioningState === 'failed');
    if (broken.length > 0)
      return {
        state: 'failed',
        detail: `instance(s) ${broken.map((i) => i.instanceId).join(', ')} failed to provision; ${detail}`,
      };
    const upButSick = instances.some(
      (i) =>
        onImage(i, image.id) &&
        i.provisioningState === 'succeeded' &&
        i.power === 'running' &&
        i.health === 'unhealthy',
    );
    unhealthyLooks = upButSick ? unhealthyLooks + 1 : 0;
    if (unhealthyLooks >= UNHEALTHY_LOOKS)
      return { state: 'failed', detail: `unhealthy in ${UNHEALTHY_LOOKS} looks in a row: ${detail}` };
    return { state: 'pending', detail };
  };
  const would = `${colour.colour} colour (${colour.ref.name}): ${capacity} instance(s) on ${image.version}, running and healthy`;
  return ex.wait(`${colour.colour} colour healthy`, would, look, {
    intervalMs: ctx.settings.verify.gate.intervalMs,
    until: 'healthy',
  });
}

/** Live rule(s) → `to`'s pool, the preview rule → `from`'s: the planned line of the switch. */
export function switchWrite(pair: PairState, to: ColourState, from: ColourState, why: string): PlannedWrite {
  const live = pair.liveRules.map((x) => x.name).join(', ');
  const preview = pair.previewRule;
  return {
    resource: lbResource(pair),
    operation: 'switch',
    before: `live rule(s) ${live} → pool ${from.poolName} (${from.colour})${preview ? `, preview rule ${preview.name} → pool ${to.poolName}` : ''}`,
    after: `live rule(s) ${live} → pool ${to.poolName} (${to.colour})${preview ? `, preview rule ${preview.name} → pool ${from.poolName}` : ''}`,
    why,
  };
}

/**
 * ONE write of the load balancer, guarded by the ETag read right before it. A load balancer already
 * switched is left alone — unless its last write ended Failed: then its rules are written again.
 */
export async function switchTo(
  r: BlueGreenRun,
  pair: PairState,
  to: ColourState,
  from: ColourState,
  why: string,
  itemValue: string,
): Promise<void> {
  const { ctx, ports, ex } = r;
  await ex.write(
    { write: switchWrite(pair, to, from, why), touchesProduction: true },
    async (call) => {
      const fresh = await observePair(ctx, ports, call);
      if (fresh.active.colour === to.colour && !isFailed(fresh)) return;
      if (isFailed(fresh))
        ctx.warn(
          `load balancer '${fresh.lb.name}' is in provisioning state Failed (an earlier write did not complete): writing its rules again`,
        );
      const switches: Record<string, string> = Object.fromEntries(fresh.liveRules.map((x) => [x.name, to.poolId]));
      if (fresh.previewRule) switches[fresh.previewRule.name] = from.poolId;
      await ports.loadBalancers.switchRules(fresh.lb, switches, fresh.lb.etag, call);
    },
    { kind: 'action', label: 'switch', value: itemValue },
  );
}

/**
 * A load balancer whose last write ended Failed is written again as it stands (same rules, fresh ETag).
 * The rules it had then may never have taken effect: the step ends once the live endpoint no longer
 * answers from the other colour.
 */
export async function repairFailed(r: BlueGreenRun, pair: PairState): Promise<void> {
  let repaired: PairState | undefined;
  await r.ex.write(
    {
      write: {
        resource: lbResource(pair),
        operation: 'update',
        after: 'its rules as they stand',
        why: 'its last write ended in provisioning state Failed',
      },
    },
    async (call) => {
      const fresh = await observePair(r.ctx, r.ports, call);
      if (!isFailed(fresh)) return;
      r.ctx.warn(
        `load balancer '${fresh.lb.name}' is in provisioning state Failed (an earlier write did not complete): writing its rules again`,
      );
      const switches: Record<string, string> = Object.fromEntries(
        fresh.liveRules.map((x) => [x.name, fresh.active.poolId]),
      );
      if (fresh.previewRule) switches[fresh.previewRule.name] = fresh.idle.poolId;
      await r.ports.loadBalancers.switchRules(fresh.lb, switches, fresh.lb.etag, call);
      repaired = fresh;
    },
  );
  if (repaired) {
    const { active, idle } = repaired;
    await confirmSwitch(r, repaired, active, versionOf(active.info) ?? '', versionOf(idle.info));
  }
}

/** The intent tag: the release record names the version in flight before the first write. */
export async function markIntent(
  r: BlueGreenRun,
  pair: PairState,
  version: string,
  state: 'deploying' | 'rolling-back' = 'deploying',
): Promise<void> {
  await r.ex.write({ write: intentWrite(lbResource(pair), version, state) }, (call) =>
    recordIntent(r.ports.tags, pair.lb.id, { target: version, runUrl: r.ctx.deps.run?.runUrl, state }, call),
  );
}

export interface LivePair {
  readonly current: string;
  readonly previous?: string;
  readonly colour: Colour;
  readonly state?: 'live' | 'rolled-back';
  readonly failed?: string;
}

/** The record of what is live (it also clears target-version), then the retired colour's scale-down time. */
export async function recordLivePair(
  r: BlueGreenRun,
  pair: PairState,
  record: ReleaseRecord,
  live: LivePair,
  retired: ColourState | undefined,
  why?: PlannedWrite,
): Promise<void> {
  const { ctx, ports, ex } = r;
  const planned =
    why ??
    liveWrite(lbResource(pair), record, {
      current: live.current,
      previous: live.previous,
      state: live.state,
      extra: [`active-slot ${live.colour}`, live.failed ? `failed-version ${live.failed}` : '']
        .filter(Boolean)
        .join(', '),
    });
  const tags = tagsForRecord({
    current: live.current,
    previous: live.previous,
    deployedAt: iso(ctx),
    runUrl: ctx.deps.run?.runUrl,
    state: live.state ?? 'live',
    activeSlot: live.colour,
    failed: live.failed,
  });
  await ex.write({ write: planned }, async (call) => {
    await ports.tags.merge(pair.lb.id, tags, call);
    const stale = [
      RECORD_TAGS.target,
      // A canary promoted (or rolled back) past its open pause: its progress goes with the target.
      RECORD_TAGS.canaryStep,
      RECORD_TAGS.canaryWeight,
      ...(live.state === 'rolled-back' && !live.previous ? [RECORD_TAGS.previous] : []),
    ];
    await ports.tags.remove(pair.lb.id, stale, call);
  });
  if (retired?.info) await markRetired(r, retired);
}

/** The retired colour keeps running for scale-down-delay; clean-up scales it in after this time. */
async function markRetired(r: BlueGreenRun, retired: ColourState): Promise<void> {
  const at = iso(r.ctx, r.ctx.settings.deploy.scaleDownDelayMs);
  await r.ex.write(
    {
      write: {
        resource: `scale set ${retired.ref.name}`,
        operation: 'tag',
        after: `${SCALE_DOWN_AFTER_TAG} ${at}`,
        why: `the ${retired.colour} colour keeps running for 'scale-down-delay' (instant rollback); clean-up scales it in after that`,
      },
    },
    (call) => r.ports.tags.merge(retired.info!.id, { [SCALE_DOWN_AFTER_TAG]: at }, call),
  );
}

/**
 * Makes `to` live with `image`: prepare, health, preview, ONE switch, live check. A failure before
 * the switch leaves live traffic untouched (`ex.productionTouched` stays false); after it, the
 * caller's rollback plan (one write back) undoes it.
 */
export async function release(
  r: BlueGreenRun,
  pair: PairState,
  to: ColourState,
  image: ResolvedImage,
  note = '',
): Promise<void> {
  const links = await prepareAndPreview(r, pair, to, image, note);
  await switchAndCheck(r, pair, to, image, links);
}

type Links = Awaited<ReturnType<typeof urls>>;

/** The idle colour brought to `image`, healthy, its preview passed: live traffic not touched yet. */
export async function prepareAndPreview(
  r: BlueGreenRun,
  pair: PairState,
  to: ColourState,
  image: ResolvedImage,
  note = '',
): Promise<Links> {
  const { ctx, ports, ex } = r;
  const from = pair.active;
  const capacity = Math.max(1, from.info.capacity);
  await prepareColour(r, pair, to, image, capacity, note);
  const health = await waitHealthy(r, to, image, capacity);
  const untouched = `live traffic was not touched (${from.colour}, ${from.ref.name}, still serves ${versionOf(from.info) ?? 'the previous image'})`;
  if (!health.ok)
    throw new EngineError(
      'verify',
      `the ${to.colour} colour (${to.ref.name}) did not become healthy on ${image.version}: ${health.detail}; ${untouched}`,
    );

  const links = await urls(ctx, ports, pair);
  if (links.preview) {
    const url = links.preview;
    const preview = await ex.gate(`preview ${url}`, `preview ${url} (${to.colour}) before the switch`, async () => {
      const result = await httpGate(ctx, `preview (${to.colour})`, url, ex.deadline, { warmup: true });
      return { passed: result.passed, detail: result.reason };
    });
    if (!preview.ok)
      throw new EngineError(
        'verify',
        `the preview endpoint of the ${to.colour} colour did not pass: ${preview.detail}; ${untouched}`,
      );
  } else if (!ex.planning) {
    ctx.warn(
      `blue-green: load balancer '${pair.lb.name}' has no preview rule (set 'preview-port' or 'preview-url'): the ${to.colour} colour was checked by instance health only before the switch`,
    );
  }
  return links;
}

/** ONE switch of the live rule(s) to `to`, then production checked on the live endpoint. */
export async function switchAndCheck(
  r: BlueGreenRun,
  pair: PairState,
  to: ColourState,
  image: ResolvedImage,
  links: Links,
): Promise<void> {
  const { ctx, ex } = r;
  const from = pair.active;
  const gates = `once ${to.ref.name} is healthy${links.preview ? ' and its preview answers' : ''}`;
  const moved = `live rule(s) ${pair.liveRules.map((x) => x.name).join(', ')} → ${to.poolName} (${to.colour})${pair.previewRule ? `, preview rule ${pair.previewRule.name} → ${from.poolName}` : ''}: one load balancer write`;
  await switchTo(r, pair, to, from, `one write, ${gates}`, moved);

  if (links.live) {
    const url = links.live;
    const rollsBack = ctx.settings.verify.autoRollback
      ? "switched back when it fails ('auto-rollback')"
      : "not switched back automatically ('auto-rollback' is false)";
    const switched = await awaitSwitched(r, url, to.colour, image.version, versionOf(from.info));
    if (!switched.ok)
      throw new EngineError(
        'verify',
        `production did not move to the ${to.colour} colour (${image.version}) after the switch: ${switched.detail}`,
      );
    const live = await ex.gate(`live ${url}`, `live ${url} after the switch (${rollsBack})`, async () => {
      const result = await httpGate(ctx, `live (${to.colour})`, url, ex.deadline);
      return { passed: result.passed, detail: result.reason };
    });
    if (!live.ok)
      throw new EngineError(
        'verify',
        `production did not pass on the ${to.colour} colour (${image.version}) after the switch: ${live.detail}`,
      );
  } else if (!ex.planning) {
    ctx.warn(`blue-green: no live URL (set 'live-url'): production was not probed after the switch`);
  }
}

/** The version an answer names: a JSON body's `version` field (how the app reports what it runs). */
function servedVersion(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as unknown;
    const version = (parsed as { version?: unknown } | null)?.version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * After a switch write, new flows reach the new colour only once the load balancer has applied it:
 * Azure answers the write before every host has the change, and a backend takes flows only once its
 * probe passed. So the live check does not start while the colour left behind still answers: it
 * waits for `probe-successes` answers in a row on `url` that do not name `leaving` (the version
 * that colour runs), within 'probe-timeout'. Answers that name no version cannot tell the colours
 * apart: they do not hold the check (the live gate that follows judges them), and the step says so.
 */
export async function awaitSwitched(
  r: BlueGreenRun,
  url: string,
  colour: Colour,
  version: string,
  leaving: string | undefined,
): Promise<WaitResult> {
  const { ctx, ex } = r;
  const gate = ctx.settings.verify.gate;
  const started = ctx.deps.clock.now();
  let streak = 0;
  let named = 0;
  const look = async (): Promise<Look> => {
    const answer = await ctx.deps.http
      .get(url, { timeoutMs: gate.requestTimeoutMs, signal: ctx.signal, headers: gate.headers })
      .catch(() => undefined);
    const served = answer ? servedVersion(answer.body) : undefined;
    if (served !== undefined) named++;
    const old = leaving !== undefined && leaving !== version && served === leaving;
    streak = old ? 0 : streak + 1;
    const seen = served ? `${served} answered` : answer ? `HTTP ${answer.status}, no version named` : 'no answer';
    if (streak >= gate.successes) {
      const how = named > 0 ? `no answer from ${leaving ?? 'the previous colour'}` : 'the answers name no version';
      return { state: 'done', detail: `${gate.successes} answer(s) in a row after the switch: ${how}` };
    }
    if (ctx.deps.clock.now() - started >= gate.timeoutMs)
      return { state: 'failed', detail: `${leaving} still answered on ${url} after 'probe-timeout' (last: ${seen})` };
    return { state: 'pending', detail: `${seen}: waiting for the load balancer to send new flows to ${colour}` };
  };
  const result = await ex.wait(
    `${colour} colour takes the live flows`,
    `${url} answers from ${colour} (${version})`,
    look,
    {
      intervalMs: gate.intervalMs,
      until: `answering from ${colour}`,
    },
  );
  if (result.ok && !ex.planning && named === 0)
    ctx.warn(
      `blue-green: the answers of ${url} name no version (a JSON 'version' field): the switch to ${colour} could not be told from the previous colour still answering`,
    );
  return result;
}

/**
 * A switch back (rollback) that is done: the live endpoint is watched until the colour left behind
 * no longer answers, so the step ends with production where it says it is. It does not fail the
 * rollback (the load balancer has the rules): it warns when the old colour still answers.
 */
export async function confirmSwitch(
  r: BlueGreenRun,
  pair: PairState,
  to: ColourState,
  version: string,
  leaving: string | undefined,
): Promise<void> {
  const { live } = await urls(r.ctx, r.ports, pair);
  if (!live) return;
  const moved = await awaitSwitched(r, live, to.colour, version, leaving);
  if (!moved.ok && !r.ex.planning) r.ctx.warn(`blue-green: after the switch to ${to.colour}: ${moved.detail}`);
}
