/**
 * Instance health of a scale set for verify and for the gates of a rollout: every instance on the
 * latest model, provisioned, running and Healthy (Application Health extension or LB probe). Each
 * look is ONE paged list with instance views; the check re-reads until `successes` looks in a row
 * pass, gives up after `failureLimit` failing looks in a row, or at its timeout.
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
export function judgeInstances(instances: readonly InstanceInfo[], imageId?: string): HealthLook {
  const problems: string[] = [];
  for (const i of instances) {
    const why: string[] = [];
    if (!i.latestModelApplied) why.push('not on the latest model');
    if (imageId && i.imageId?.toLowerCase() !== imageId.toLowerCase()) why.push(`runs ${versionOf(i.imageId)}`);
    if (i.provisioningState && i.provisioningState !== 'succeeded') why.push(`provisioning ${i.provisioningState}`);
    if (i.power && i.power !== 'running') why.push(`power ${i.power}`);
    if (i.health === 'unhealthy' || i.health === 'unknown') why.push(i.health);
    if (why.length > 0) problems.push(`${i.instanceId} ${why.join(', ')}`);
  }
  if (instances.length === 0) problems.push('the scale set has no instances');
  return { ok: problems.length === 0, total: instances.length, problems };
}

export async function instanceHealthCheck(ctx: StageContext, port: ScaleSetPort, ref: ScaleSetRef, gate: ProbeDefaults, imageId?: string): Promise<TargetCheck> {
  const { clock, sleep } = ctx.deps;
  const started = clock.now();
  const deadline = started + gate.timeoutMs;
  let okInRow = 0;
  let failInRow = 0;
  let looks = 0;
  let last: HealthLook | undefined;
  for (;;) {
    if (ctx.signal.aborted) throw new CancelledError('the run was cancelled during the instance-health check');
    const instances = await port.listInstances(ref, { signal: ctx.signal, timeoutMs: Math.max(1, deadline - clock.now()) });
    looks += 1;
    const noSignal = instances.length > 0 && instances.every((i) => i.health === 'none');
    last = judgeInstances(instances, imageId);
    if (last.ok) {
      okInRow += 1;
      failInRow = 0;
    } else {
      okInRow = 0;
      failInRow += 1;
    }
    const signalNote = noSignal ? ' (no health signal: judged by provisioning and power state only)' : '';
    if (okInRow >= gate.successes) {
      return { name: 'instance health', passed: true, detail: `${last.total} of ${last.total} instances on the latest model and healthy, ${okInRow} look(s) in a row${signalNote}` };
    }
    const fail = (why: string): TargetCheck => ({
      name: 'instance health',
      passed: false,
      detail: `${why} after ${looks} look(s): ${last!.problems.slice(0, 10).join('; ')}${last!.problems.length > 10 ? `; … (${last!.problems.length} in all)` : ''}${signalNote}`,
    });
    if (!last.ok && gate.failureLimit !== undefined && failInRow >= gate.failureLimit) return fail(`${failInRow} failing look(s) in a row`);
    if (clock.now() + gate.intervalMs >= deadline) return last.ok ? fail(`only ${okInRow} of ${gate.successes} passing looks in a row within the timeout`) : fail('not healthy within the timeout');
    await sleep(gate.intervalMs, ctx.signal);
  }
}

export function versionOf(imageId: string | undefined): string {
  if (!imageId) return 'no gallery image';
  return /\/versions\/([^/]+)$/i.exec(imageId)?.[1] ?? imageId.split('/').at(-1) ?? imageId;
}
