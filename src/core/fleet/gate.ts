/**
 * The gate between two waves of a fleet fanned out on CI jobs (`fleet gate --wave N`): the wave's
 * targets were released by separate one-target runs (matrix jobs), so the gate judges the wave
 * from what is on Azure — each target's release record — as `fleet run` judges it in process:
 *
 * 1. Each target must run the version (its record's current version, no release of it unfinished);
 *    more targets off it than the wave's failure budget halt the fleet (the marker on the image
 *    version, gallery.ts), and the next wave's one-target runs refuse.
 * 2. The wave's bake time must have passed since the last target's `deployedAt`: the gate waits it
 *    out (at most the bake time), or with `wait: false` reports the time left ('baking').
 * 3. The wave's analysis gates are judged on every target on the version (a verify run each);
 *    failures count against the same budget.
 */
import type { ReleaseRecord } from '../model.js';
import { formatDuration } from '../duration.js';
import { readHalt, versionRef, withRetries, writeHalt } from './gallery.js';
import { fleetWave } from './matrix.js';
import { eachBounded } from './pool.js';
import { imageIdOf, type FleetDeps } from './run.js';
import { readTargetRecord, releaseVersion, standingOf, takesImage } from './target-record.js';
import type { Fleet, FleetResult, FleetTarget, FleetWave, TargetReport } from './types.js';

export type GateDeps = Omit<FleetDeps, 'azure'> & Required<Pick<FleetDeps, 'azure'>>;

export interface GateOptions {
  /** Wait out the bake time left (default); false: report it and pass nothing. */
  readonly wait?: boolean;
  /** The image version released, when the pipeline gives it instead of the fleet file. */
  readonly imageId?: string;
}

export async function gateWave(
  fleet: Fleet,
  waveNumber: number,
  deps: GateDeps,
  options: GateOptions = {},
): Promise<FleetResult> {
  const wave = fleetWave(fleet, waveNumber);
  const ref = versionRef(options.imageId ?? imageIdOf(fleet));
  const result = (status: FleetResult['status'], targets: readonly TargetReport[], halt?: string): FleetResult => ({
    fleet: fleet.name,
    status,
    ...(ref ? { version: ref.version } : {}),
    targets,
    ...(halt ? { halt } : {}),
  });
  const blank = wave.targets.map((t) => report(wave, t, 'not-run'));
  if (!ref) return result('refused', blank, "the gate needs 'image-id' naming a gallery image version");
  const call = { timeoutMs: deps.callTimeoutMs ?? 120_000, signal: deps.signal };
  const gallery = await deps.gallery();
  const marker = await withRetries(() => readHalt(gallery, ref, fleet.name, call), deps);
  if (marker !== undefined) return result('halted', blank, marker);

  const judged = await judgeRecords(wave, deps, call, (t) => (takesImage(t) ? ref.version : releaseVersion(t)));
  const halt = async (failed: number): Promise<FleetResult> => {
    const why = `${ref.version} wave ${wave.index + 1} (${wave.name}): ${failed} of ${wave.targets.length} target(s) failed (failure budget ${wave.failureBudget})`;
    deps.log(`halting fleet '${fleet.name}': ${why}`);
    await withRetries(() => writeHalt(gallery, ref, fleet.name, why, call), deps);
    return result('halted', reports(judged), why);
  };
  const failedCount = () => reports(judged).filter((r) => r.result !== 'succeeded').length;
  if (failedCount() > wave.failureBudget) return halt(failedCount());

  const left = bakeLeft(wave, judged, deps.clock.now());
  if (left > 0) {
    if (options.wait === false) {
      const why = `wave ${wave.index + 1} (${wave.name}) bakes ${formatDuration(left)} more (bake-time ${formatDuration(wave.bakeTimeMs)})`;
      return { ...result('baking', reports(judged)), waiting: why };
    }
    deps.log(`wave ${wave.index + 1} (${wave.name}): baking ${formatDuration(left)} more`);
    await deps.sleep(left, deps.signal);
  }
  await judgeAnalysis(wave, judged, deps);
  return failedCount() > wave.failureBudget ? halt(failedCount()) : result('succeeded', reports(judged));
}

const report = (wave: FleetWave, target: FleetTarget, result: TargetReport['result']): TargetReport => ({
  wave: wave.index + 1,
  waveName: wave.name,
  target: target.name,
  region: target.region,
  result,
});

type Judged = Map<FleetTarget, TargetReport & { readonly deployedAt?: number }>;

/** The reports as the result shows them (when each target was released is the gate's own). */
const reports = (judged: Judged): TargetReport[] => [...judged.values()].map(({ deployedAt: _, ...rest }) => rest);

/** Each target's record, read at most `max-parallel` at once: on the version, or failed and why. */
async function judgeRecords(
  wave: FleetWave,
  deps: GateDeps,
  call: { timeoutMs: number; signal: AbortSignal },
  versionOf: (target: FleetTarget) => string | undefined,
) {
  const judged: Judged = new Map(wave.targets.map((t) => [t, report(wave, t, 'not-run')]));
  await eachBounded(wave.targets, wave.maxParallel, async (target) => {
    const { leases } = await deps.azure(target);
    const record = await withRetries(() => readTargetRecord(leases, target, call), deps);
    const version = versionOf(target);
    const problem = recordProblem(record, version);
    const deployedAt = record?.deployedAt ? Date.parse(record.deployedAt) : undefined;
    judged.set(target, {
      ...report(wave, target, problem ? 'failed' : 'succeeded'),
      ...(record?.current ? { version: record.current } : {}),
      ...(problem ? { message: problem } : {}),
      ...(deployedAt !== undefined && !Number.isNaN(deployedAt) ? { deployedAt } : {}),
    });
  });
  return judged;
}

/** Why the record does not show `version` live on the target; undefined when it does. */
export function recordProblem(record: ReleaseRecord | undefined, version: string | undefined): string | undefined {
  if (!record) return 'the target or its release record does not exist';
  const standing = standingOf(record, version);
  if (standing === 'unfinished')
    return `a release of ${version} did not finish (state ${record.state ?? 'unknown'}; it runs ${record.current ?? 'no recorded version'})`;
  if (standing === 'off') {
    const what = record.state === 'rolled-back' || record.state === 'aborted' ? `${record.state}: ` : '';
    return `${what}it runs ${record.current ?? 'no recorded version'}, not ${version ?? 'the version'}`;
  }
  if (record.target && record.target !== version) return `a release of ${record.target} is under way on it`;
  return undefined;
}

/** How long the wave must still bake: its bake time after the last target's release, at most the bake time. */
function bakeLeft(wave: FleetWave, judged: Judged, now: number): number {
  const times = [...judged.values()].flatMap((r) => (r.deployedAt !== undefined ? [r.deployedAt] : []));
  if (wave.bakeTimeMs <= 0) return 0;
  const last = times.length > 0 ? Math.max(...times) : now;
  return Math.min(wave.bakeTimeMs, Math.max(0, last + wave.bakeTimeMs - now));
}

async function judgeAnalysis(wave: FleetWave, judged: Judged, deps: GateDeps): Promise<void> {
  const gated = wave.targets.filter((t) => t.gate && judged.get(t)?.result === 'succeeded');
  await eachBounded(gated, wave.maxParallel, async (target) => {
    deps.log(`wave ${wave.index + 1}: analysis after bake of ${target.name} (${target.region})`);
    const run = await deps.runTarget(target, target.gate!);
    if (run.status === 'succeeded') return;
    const previous = judged.get(target)!;
    const message = `analysis after bake: ${run.error?.message ?? `the gate run ${run.status}`}`;
    judged.set(target, { ...previous, result: 'failed', message });
  });
}
