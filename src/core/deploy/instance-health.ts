/**
 * Instance health of a scale set for verify and for the gates of a rollout: every instance on the
 * latest model, provisioned, running and Healthy. Each look is ONE paged list with instance views;
 * the check re-reads until `successes` looks in a row pass, gives up after `failureLimit` failing
 * looks in a row, or at its timeout.
 *
 * Per-instance health (`vmHealth` in the instance view) comes only from the Application Health
 * extension; a load balancer probe set as the scale set's `healthProbe` does not fill it (Azure's
 * "Using Application Health extension with Virtual Machine Scale Sets"). Without that source the
 * check says so — judged by provisioning and power state only — and never calls the instances healthy.
 */
import { CancelledError } from '../errors.js';
import type { InstanceInfo, ScaleSetPort, ScaleSetRef } from '../azure/scale-set-port.js';
import type { ProbeDefaults } from '../settings/types.js';
import type { StageContext } from '../stages/stage.js';
import type { TargetCheck } from './strategy.js';

export interface HealthLook {
  readonly ok: boolean;
  readonly total: number;
  readonly problems: readonly string[];
}

/** Judges one listing. `imageId`: when given, each instance must also run that image. */
/** Why a look could not judge health: no instance reports any (no Application Health extension). */
export const NO_HEALTH_SOURCE = 'no per-instance health source: judged by provisioning and power state only';

/** Whether `instances` carry no per-instance health at all. */
export const noHealthSource = (instances: readonly InstanceInfo[]): boolean =>
  instances.length > 0 && instances.every((i) => i.health === 'none');

/**
 * One problem line per distinct reason, with a count and the instance ids
 * ("3 of 5 instance(s) unhealthy (3, 4, 5)"), not one line per instance.
 */
export function judgeInstances(instances: readonly InstanceInfo[], imageId?: string): HealthLook {
  const byReason = new Map<string, string[]>();
  for (const i of instances) {
    const why: string[] = [];
    if (!i.latestModelApplied) why.push('not on the latest model');
    if (imageId && i.imageId?.toLowerCase() !== imageId.toLowerCase()) why.push(`runs ${versionOf(i.imageId)}`);
    if (i.provisioningState && i.provisioningState !== 'succeeded') why.push(`provisioning ${i.provisioningState}`);
    if (i.power && i.power !== 'running') why.push(`power ${i.power}`);
    if (i.health === 'unhealthy' || i.health === 'unknown') why.push(i.health);
    if (why.length > 0) byReason.set(why.join(', '), [...(byReason.get(why.join(', ')) ?? []), i.instanceId]);
  }
  const problems = [...byReason].map(
    ([why, ids]) => `${ids.length} of ${instances.length} instance(s) ${why} (${idList(ids)})`,
  );
  if (instances.length === 0) problems.push('the scale set has no instances');
  return { ok: problems.length === 0, total: instances.length, problems };
}

const idList = (ids: readonly string[]) => (ids.length > 10 ? `${ids.slice(0, 10).join(', ')}, …` : ids.join(', '));

export async function instanceHealthCheck(
  ctx: StageContext,
  port: ScaleSetPort,
  ref: ScaleSetRef,
  gate: ProbeDefaults,
  imageId?: string,
): Promise<TargetCheck> {
  const { clock, sleep } = ctx.deps;
  const started = clock.now();
  const deadline = started + gate.timeoutMs;
  let okInRow = 0;
  let failInRow = 0;
  let looks = 0;
  let last: HealthLook | undefined;
  for (;;) {
    if (ctx.signal.aborted) throw new CancelledError('the run was cancelled during the instance-health check');
    const instances = await port.listInstances(ref, {
      signal: ctx.signal,
      timeoutMs: Math.max(1, deadline - clock.now()),
    });
    looks += 1;
    const noSignal = noHealthSource(instances);
    last = judgeInstances(instances, imageId);
    if (last.ok) {
      okInRow += 1;
      failInRow = 0;
    } else {
      okInRow = 0;
      failInRow += 1;
    }
    const signalNote = noSignal ? `; ${NO_HEALTH_SOURCE}` : '';
    if (okInRow >= gate.successes) {
      const state = noSignal ? 'provisioned and running' : 'healthy';
      return {
        name: 'instance health',
        passed: true,
        detail: `${last.total} of ${last.total} instances on the latest model and ${state}, ${okInRow} look(s) in a row${signalNote}`,
      };
    }
    const fail = (why: string): TargetCheck => ({
      name: 'instance health',
      passed: false,
      detail: `${why} after ${looks} look(s): ${last!.problems.slice(0, 10).join('; ')}${last!.problems.length > 10 ? `; … (${last!.problems.length} in all)` : ''}${signalNote}`,
    });
    if (!last.ok && gate.failureLimit !== undefined && failInRow >= gate.failureLimit)
      return fail(`${failInRow} failing look(s) in a row`);
    if (clock.now() + gate.intervalMs >= deadline)
      return last.ok
        ? fail(`only ${okInRow} of ${gate.successes} passing looks in a row within the timeout`)
        : fail('not healthy within the timeout');
    await sleep(gate.intervalMs, ctx.signal);
  }
}

export function versionOf(imageId: string | undefined): string {
  if (!imageId) return 'no gallery image';
  return /\/versions\/([^/]+)$/i.exec(imageId)?.[1] ?? imageId.split('/').at(-1) ?? imageId;
}
