/**
 * Manual mode: the engine drives the batches itself with updateInstances. Batch size from the
 * inputs (or the scale set's policy); before each batch the unhealthy budget is checked; after it,
 * the batch must come back Healthy on the new image AND the verify probes must pass (our edge over
 * Azure's own policy: the gate is the user's real health check); the pause is respected between
 * batches. Instances already on the target image are skipped. Also used to finish a rollout Azure
 * did not start, and to replace instances during a rollback (gates off, no budget).
 */
import { CancelledError, EngineError } from '../../errors.js';
import type { DeployCallOptions, InstanceInfo, ScaleSetPort, ScaleSetRef } from '../../azure/scale-set-port.js';
import type { SummaryItem } from '../../run/result.js';
import type { StageContext } from '../../stages/stage.js';
import { formatProbeResult, runProbes } from '../../verify/http-probe.js';
import type { ProbeSpec } from '../../verify/probe-types.js';
import type { Deadline } from '../http-gate.js';
import { versionOf } from '../instance-health.js';
import { RolloutError } from '../rollout-error.js';
import type { Knobs } from './policy.js';
import { sameId } from './target.js';

export interface BatchOptions {
  readonly knobs: Knobs;
  /** Probes every batch must pass (empty: instance health only). */
  readonly probes: readonly ProbeSpec[];
  /** Stop at the unhealthy budgets (deploy) or carry on regardless (rollback). */
  readonly enforceBudgets: boolean;
  readonly deadline: Deadline;
  /** 'deploy' | 'rollback', for messages. */
  readonly purpose: string;
}

export interface BatchReport {
  readonly upgraded: readonly string[];
  readonly batches: number;
  readonly items: readonly SummaryItem[];
}

const onImage = (i: InstanceInfo, imageId: string) => sameId(i.imageId, imageId) && i.latestModelApplied;
const isBad = (i: InstanceInfo) => i.health === 'unhealthy' || i.provisioningState === 'failed' || (i.power !== undefined && i.power !== 'running' && i.power !== 'starting');
const pct = (part: number, whole: number) => (whole === 0 ? 0 : (part * 100) / whole);

export interface Batches {
  readonly total: number;
  /** Instances not on the image yet, in the order they are replaced (unhealthy first when asked). */
  readonly stale: readonly InstanceInfo[];
  readonly size: number;
  readonly batches: readonly (readonly string[])[];
}

/** The batches a rollout to `imageId` takes: pure, shared by the rollout and its plan. */
export function planBatches(instances: readonly InstanceInfo[], imageId: string, knobs: Pick<Knobs, 'batchPercent' | 'prioritizeUnhealthy'>): Batches {
  const total = instances.length;
  let stale = instances.filter((i) => !onImage(i, imageId));
  if (knobs.prioritizeUnhealthy) stale = [...stale.filter(isBad), ...stale.filter((i) => !isBad(i))];
  const size = Math.max(1, Math.floor((total * knobs.batchPercent) / 100));
  const batches: string[][] = [];
  for (let k = 0; k < stale.length; k += size) batches.push(stale.slice(k, k + size).map((i) => i.instanceId));
  return { total, stale, size, batches };
}

export async function driveBatches(ctx: StageContext, port: ScaleSetPort, ref: ScaleSetRef, imageId: string, opts: BatchOptions): Promise<BatchReport> {
  const { knobs, deadline } = opts;
  const call = (): DeployCallOptions => ({ signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
  const version = versionOf(imageId);
  let current = await port.listInstances(ref, call());
  const { total, stale, size, batches } = planBatches(current, imageId, knobs);
  const items: SummaryItem[] = [];
  const upgraded: string[] = [];
  const failedUpgraded = new Set<string>();
  const skipped = total - stale.length;
  ctx.deps.host.info(
    `Replacing ${stale.length} of ${total} instance(s) of scale set ${ref.name} with ${version} in ${batches.length} batch(es) of up to ${size}` +
      `${skipped > 0 ? ` (${skipped} already on it)` : ''}${knobs.pauseMs > 0 ? `, pausing ${knobs.pauseMs / 1000} s between batches` : ''}.`,
  );
  const stop = (message: string): never => {
    throw new RolloutError(message, { items, outputs: { upgradedInstances: upgraded.length } });
  };

  for (const [index, ids] of batches.entries()) {
    const n = index + 1;
    if (index > 0 && knobs.pauseMs > 0) {
      if (knobs.pauseMs >= deadline.left()) stop(`the ${opts.purpose} ran out of 'deploy-timeout' before batch ${n} of ${batches.length} (pause ${knobs.pauseMs / 1000} s)`);
      await ctx.deps.sleep(knobs.pauseMs, ctx.signal);
    }
    if (ctx.signal.aborted) throw new CancelledError(`the run was cancelled before batch ${n} of ${batches.length}`);
    if (deadline.left() <= 0) stop(`the ${opts.purpose} ran out of 'deploy-timeout' before batch ${n} of ${batches.length}`);
    if (opts.enforceBudgets) {
      const unhealthy = current.filter(isBad).length;
      if (pct(unhealthy, total) > knobs.maxUnhealthyPercent) {
        stop(`stopped before batch ${n} of ${batches.length}: ${unhealthy} of ${total} instance(s) unhealthy (${Math.round(pct(unhealthy, total))}%), more than max-unhealthy-percent ${knobs.maxUnhealthyPercent}%`);
      }
    }
    ctx.deps.host.info(`Batch ${n} of ${batches.length}: replacing instance(s) ${ids.join(', ')} with ${version}.`);
    let lroError: string | undefined;
    try {
      await port.updateInstances(ref, ids, call());
    } catch (err) {
      if (ctx.signal.aborted || (err instanceof EngineError && err.kind !== 'terminal')) throw err;
      lroError = err instanceof Error ? err.message : String(err);
    }
    upgraded.push(...ids);
    current = await settle(ctx, port, ref, ids, deadline);
    const batch = current.filter((i) => ids.includes(i.instanceId));
    const bad = batch.filter((i) => isBad(i) || !onImage(i, imageId) || i.health === 'unknown');
    for (const i of bad) failedUpgraded.add(i.instanceId);
    const healthNote = bad.length === 0 ? 'healthy' : bad.map((i) => `instance ${i.instanceId} ${describe(i)}`).join(', ');
    if (opts.enforceBudgets && (lroError || pct(failedUpgraded.size, upgraded.length) > knobs.maxUnhealthyUpgradedPercent)) {
      items.push({ kind: 'check', label: `batch ${n}`, value: `instance(s) ${ids.join(', ')} → ${version}: ${healthNote}`, ok: false });
      stop(
        `batch ${n} of ${batches.length} failed: ${lroError ? `Azure: ${lroError}; ` : ''}${failedUpgraded.size} of ${upgraded.length} upgraded instance(s) not healthy (${healthNote}); max-unhealthy-upgraded-percent is ${knobs.maxUnhealthyUpgradedPercent}%`,
      );
    }
    let probeNote = '';
    if (opts.probes.length > 0) {
      const results = await runProbes(opts.probes, { http: ctx.deps.http, clock: ctx.deps.clock, sleep: ctx.deps.sleep, log: ctx.deps.host, signal: ctx.signal });
      const failed = results.filter((r) => !r.passed);
      probeNote = failed.length === 0 ? `, ${results.length} probe(s) passed` : `, probe(s) failed: ${failed.map(formatProbeResult).join('; ')}`;
      if (failed.length > 0) {
        items.push({ kind: 'check', label: `batch ${n}`, value: `instance(s) ${ids.join(', ')} → ${version}: ${healthNote}${probeNote}`, ok: false });
        stop(`batch ${n} of ${batches.length} failed its gate: ${failed.map(formatProbeResult).join('; ')}`);
      }
    }
    items.push({ kind: 'action', label: `batch ${n}`, value: `instance(s) ${ids.join(', ')} → ${version}: ${healthNote}${probeNote}` });
  }
  return { upgraded, batches: batches.length, items };
}

/** Re-reads (one paged list per look) until the batch is out of transitional states, bounded by the deadline. */
async function settle(ctx: StageContext, port: ScaleSetPort, ref: ScaleSetRef, ids: readonly string[], deadline: Deadline): Promise<InstanceInfo[]> {
  for (;;) {
    const list = await port.listInstances(ref, { signal: ctx.signal, timeoutMs: Math.max(1, deadline.left()) });
    const settling = list.filter((i) => ids.includes(i.instanceId) && (i.health === 'unknown' || ['creating', 'updating'].includes(i.provisioningState ?? '') || i.power === 'starting'));
    if (settling.length === 0 || deadline.left() <= port.pollIntervalMs) return list;
    await ctx.deps.sleep(port.pollIntervalMs, ctx.signal);
  }
}

function describe(i: InstanceInfo): string {
  const parts = [i.health !== 'none' ? i.health : undefined, i.provisioningState !== 'succeeded' ? i.provisioningState : undefined, i.power !== 'running' ? i.power : undefined].filter(Boolean);
  return parts.join('/') || 'not on the new image';
}
