/**
 * Manual mode: the engine drives the batches itself with updateInstances, one write per batch.
 * Batch size from the inputs (or the scale set's policy); before each batch the unhealthy budget is
 * checked; after it, the batch must settle Healthy on the new image AND the verify probes must pass
 * (our edge over Azure's own policy: the gate is the user's real health check); the analysis gates
 * (Azure Monitor) judge the release before the next batch starts; the pause is held between
 * batches. Instances already on the target image are skipped. Also used to finish a rollout Azure
 * did not run, and to replace instances during a rollback (no gates, no budgets).
 */
import { analyseBatch } from '../../analysis/batches.js';
import type { InstanceInfo } from '../../azure/scale-set-port.js';
import { EngineError } from '../../errors.js';
import { StepFailedError } from '../../rollout/executor.js';
import { formatProbeResult, runProbes } from '../../verify/http-probe.js';
import type { ProbeSpec } from '../../verify/probe-types.js';
import { idList, stop, type RollingTarget } from './context.js';
import { monitoredScaleSet } from './monitored.js';
import type { Knobs } from './policy.js';
import { onImage, staleInstances, versionOfId, type ResolvedImage } from './target.js';

export interface BatchOptions {
  readonly knobs: Knobs;
  /** Probes every batch must pass (empty: instance health only). */
  readonly probes: readonly ProbeSpec[];
  /** A deploy: budgets and gates. A rollback: neither, every batch is replaced. */
  readonly rollback: boolean;
  /** A canary step's one batch: named by the step ('canary 1/4: 10%') in its write, gate and messages. */
  readonly step?: string;
}

const isBad = (i: InstanceInfo) =>
  i.health === 'unhealthy' ||
  i.provisioningState === 'failed' ||
  (i.power !== undefined && i.power !== 'running' && i.power !== 'starting');
const isSettling = (i: InstanceInfo) =>
  i.health === 'unknown' || ['creating', 'updating'].includes(i.provisioningState ?? '') || i.power === 'starting';
const pct = (part: number, whole: number) => (whole === 0 ? 0 : (part * 100) / whole);

export interface Batches {
  /** The instances as observed before the rollout. */
  readonly instances: readonly InstanceInfo[];
  readonly total: number;
  /** Instances not on the image yet, in the order they are replaced (unhealthy first when asked). */
  readonly stale: readonly InstanceInfo[];
  readonly size: number;
  readonly batches: readonly (readonly string[])[];
}

/** The batches a rollout to `imageId` takes, from the instances observed before it (and whether it moves the model). */
export function planBatches(
  instances: readonly InstanceInfo[],
  imageId: string,
  modelMoves: boolean,
  knobs: Pick<Knobs, 'batchPercent' | 'prioritizeUnhealthy'>,
): Batches {
  const total = instances.length;
  let stale = staleInstances(instances, imageId, modelMoves);
  if (knobs.prioritizeUnhealthy) stale = [...stale.filter(isBad), ...stale.filter((i) => !isBad(i))];
  const size = Math.max(1, Math.floor((total * knobs.batchPercent) / 100));
  const batches: string[][] = [];
  for (let k = 0; k < stale.length; k += size) batches.push(stale.slice(k, k + size).map((i) => i.instanceId));
  return { instances, total, stale, size, batches };
}

/** Runs the batches; returns the ids replaced. A deploy's batch that fails its gate stops the rollout. */
export async function driveBatches(
  t: RollingTarget,
  image: ResolvedImage,
  plan: Batches,
  opts: BatchOptions,
): Promise<string[]> {
  const { knobs } = opts;
  const { total, stale, size, batches } = plan;
  const skipped = total - stale.length;
  // A plan replaces nothing: its writes are listed as planned, never logged as under way.
  const say = (message: string) => {
    if (!t.ex.planning) t.ctx.deps.host.info(message);
  };
  // A canary step's one batch says itself below (its share is the step's, not a batch plan's).
  if (!opts.step)
    say(
      `Replacing ${stale.length} of ${total} instance(s) of ${t.resource} with ${image.version} in ${batches.length} batch(es) of up to ${size}` +
        `${skipped > 0 ? ` (${skipped} already on it)` : ''}${knobs.pauseMs > 0 ? `, pausing ${knobs.pauseMs / 1000} s between batches` : ''}.`,
    );
  const state: RunState = { current: plan.instances, upgraded: [], failedUpgraded: new Set() };
  for (const [index, ids] of batches.entries()) {
    const n = index + 1;
    const of = opts.step ?? `batch ${n} of ${batches.length}`;
    if (index > 0) await t.ex.hold(`${of} (pause ${knobs.pauseMs / 1000} s)`, knobs.pauseMs);
    if (!opts.rollback) checkBudget(state.current, knobs, of);
    say(
      `${opts.step ?? `Batch ${n} of ${batches.length}`}: replacing instance(s) ${ids.join(', ')} with ${image.version}.`,
    );
    const lroError = await replace(t, image, ids, { n, of }, opts.rollback);
    state.upgraded.push(...ids);
    state.current = await settle(t, image, ids, state.current);
    const label = opts.step ?? `batch ${n}`;
    if (!opts.rollback) await gate(t, image, ids, { label, of }, state, { ...opts, lroError });
    if (!opts.rollback && n < batches.length) await judge(t, image, plan, n, batches.length);
  }
  return state.upgraded;
}

interface RunState {
  current: readonly InstanceInfo[];
  readonly upgraded: string[];
  readonly failedUpgraded: Set<string>;
}

/** Before a batch: the instances unhealthy now stay within max-unhealthy-percent. */
function checkBudget(current: readonly InstanceInfo[], knobs: Knobs, of: string): void {
  const unhealthy = current.filter(isBad).length;
  if (pct(unhealthy, current.length) > knobs.maxUnhealthyPercent) {
    stop(
      `stopped before ${of}: ${unhealthy} of ${current.length} instance(s) unhealthy (${Math.round(pct(unhealthy, current.length))}%), more than max-unhealthy-percent ${knobs.maxUnhealthyPercent}%`,
    );
  }
}

/**
 * One batch: ONE updateInstances of the instances not yet on the image (re-read, so a retry after
 * a write that landed replaces nothing twice). Returns Azure's error when the operation ended
 * Failed (the gate judges the batch), throws on anything else.
 */
async function replace(
  t: RollingTarget,
  image: ResolvedImage,
  ids: readonly string[],
  { n, of }: { n: number; of: string },
  rollback: boolean,
): Promise<string | undefined> {
  const write = {
    resource: `instance(s) ${idList(ids)} of ${t.resource}`,
    operation: 'replace' as const,
    after: `image ${image.version}`,
    why: of,
  };
  const item = rollback
    ? { kind: 'action' as const, label: `batch ${n}`, value: `instance(s) ${ids.join(', ')} → ${image.version}` }
    : undefined;
  try {
    await t.ex.write(
      { write, touchesProduction: true },
      async (call) => {
        const now = await t.port.listInstances(t.ref, call);
        const todo = ids.filter((id) => now.some((i) => i.instanceId === id && !onImage(i, image.id)));
        if (todo.length > 0) await t.port.updateInstances(t.ref, todo, call);
      },
      item,
    );
    return undefined;
  } catch (err) {
    const cause = err instanceof StepFailedError ? err.cause : undefined;
    if (!(cause instanceof EngineError) || cause.kind !== 'terminal') throw err;
    return cause.message;
  }
}

/** Looks (one paged list each) until the batch is out of transitional states, within the deadline. */
async function settle(
  t: RollingTarget,
  image: ResolvedImage,
  ids: readonly string[],
  current: readonly InstanceInfo[],
): Promise<readonly InstanceInfo[]> {
  let last = current;
  const label = `instance(s) ${idList(ids)} on ${image.version}`;
  await t.ex.wait(
    label,
    `${label}: provisioned, running, health reported`,
    async (call) => {
      last = await t.port.listInstances(t.ref, call);
      const settling = last.filter((i) => ids.includes(i.instanceId) && isSettling(i));
      if (settling.length === 0) return { state: 'done', detail: 'settled' };
      return { state: 'pending', detail: settling.map((i) => `instance ${i.instanceId} ${describe(i)}`).join(', ') };
    },
    { intervalMs: t.port.pollIntervalMs, until: 'settled' },
  );
  return last;
}

/**
 * After a deploy's batch: the upgraded instances stay within max-unhealthy-upgraded-percent and
 * the probes pass. ONE gate per batch (its summary line 'batch n'); failing it stops the rollout.
 */
async function gate(
  t: RollingTarget,
  image: ResolvedImage,
  ids: readonly string[],
  at: { label: string; of: string },
  state: RunState,
  opts: BatchOptions & { lroError?: string },
): Promise<void> {
  const { knobs, probes, lroError } = opts;
  const { label, of } = at;
  let failure = '';
  const would = `${label}: instance(s) ${idList(ids)} healthy on ${image.version}${probes.length > 0 ? `, ${probes.length} probe(s) pass` : ''}`;
  const result = await t.ex.gate(label, would, async (call) => {
    const batch = state.current.filter((i) => ids.includes(i.instanceId));
    const bad = batch.filter((i) => isBad(i) || !onImage(i, image.id) || i.health === 'unknown');
    for (const i of bad) state.failedUpgraded.add(i.instanceId);
    const healthNote =
      bad.length === 0 ? 'healthy' : bad.map((i) => `instance ${i.instanceId} ${describe(i)}`).join(', ');
    const line = `instance(s) ${ids.join(', ')} → ${image.version}: ${healthNote}`;
    if (lroError || pct(state.failedUpgraded.size, state.upgraded.length) > knobs.maxUnhealthyUpgradedPercent) {
      failure = `${of} failed: ${lroError ? `Azure: ${lroError}; ` : ''}${state.failedUpgraded.size} of ${state.upgraded.length} upgraded instance(s) not healthy (${healthNote}); max-unhealthy-upgraded-percent is ${knobs.maxUnhealthyUpgradedPercent}%`;
      return { passed: false, detail: line };
    }
    if (probes.length === 0) return { passed: true, detail: line };
    const { ctx } = t;
    const results = await runProbes(probes, {
      http: ctx.deps.http,
      clock: ctx.deps.clock,
      sleep: ctx.deps.sleep,
      log: ctx.deps.host,
      signal: call.signal,
    });
    const failed = results.filter((r) => !r.passed);
    if (failed.length === 0) return { passed: true, detail: `${line}, ${results.length} probe(s) passed` };
    failure = `${of} failed its gate: ${failed.map(formatProbeResult).join('; ')}`;
    return { passed: false, detail: `${line}, probe(s) failed: ${failed.map(formatProbeResult).join('; ')}` };
  });
  if (!result.ok) stop(failure);
}

/** The analysis gates before the next batch; failing them stops the rollout like a failed batch. */
async function judge(t: RollingTarget, image: ResolvedImage, plan: Batches, n: number, count: number): Promise<void> {
  const previous = plan.stale.find((i) => i.imageId)?.imageId;
  const { settings } = t.ctx;
  const failure = await analyseBatch(t.ctx, t.ex, t.ports.monitor, {
    target: monitoredScaleSet(settings.deploy, t.ref.resourceGroup),
    n,
    count,
    version: image.version,
    ...(previous ? { previousVersion: versionOfId(previous) } : {}),
  });
  if (failure) stop(failure);
}

function describe(i: InstanceInfo): string {
  const parts = [
    i.health !== 'none' ? i.health : undefined,
    i.provisioningState !== 'succeeded' ? i.provisioningState : undefined,
    i.power !== 'running' ? i.power : undefined,
  ].filter(Boolean);
  return parts.join('/') || 'not on the new image';
}
