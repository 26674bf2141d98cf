/**
 * Returns a fleet's targets to their previous version: `fleet rollback` (every wave, last wave
 * first) and a failed wave with on-failure 'rollback-wave' (that wave). A target is rolled back
 * only when its release record on Azure says it runs the fleet's version, or a release of it did
 * not finish; any other target is left alone and reported so. Each rollback is the ordinary
 * rollback stage, one engine run per target (deploy lock, plan, writes, record), at most the
 * wave's `max-parallel` at once. Nothing else is removed; the halt marker stays unless asked.
 */
import { EngineError } from '../errors.js';
import type { ReleaseRecord } from '../model.js';
import { haltTag, readHalt, withRetries } from './gallery.js';
import { eachBounded } from './pool.js';
import { FleetReports, imageIdOf, NO_IMAGE, recordOf, versionOf, type FleetDeps } from './run.js';
import { describeRecord, messageOf, releaseVersion, standingOf } from './target-record.js';
import type { Fleet, FleetResult, FleetTarget, FleetWave } from './types.js';

export interface RollbackCount {
  readonly rolledBack: number;
  readonly failed: number;
}

/**
 * Rolls back the targets of `waves` (in the order given) that run the version; their reports say
 * what happened. `why` ends each rolled-back target's message; with `sayLeft`, a target left alone
 * is reported so (a fleet rollback), else its report stays as its release left it (a failed wave).
 */
export async function rollbackTargets(
  waves: readonly FleetWave[],
  deps: FleetDeps,
  reports: FleetReports,
  why: string,
  sayLeft = false,
): Promise<RollbackCount> {
  let rolledBack = 0;
  let failed = 0;
  for (const wave of waves) {
    await eachBounded(
      wave.targets,
      wave.maxParallel,
      async (target) => {
        const outcome = await rollbackOne(wave, target, deps, reports, why, sayLeft);
        if (outcome === 'rolled-back') rolledBack++;
        if (outcome === 'failed') failed++;
      },
      () => deps.signal.aborted,
    );
  }
  return { rolledBack, failed };
}

async function rollbackOne(
  wave: FleetWave,
  target: FleetTarget,
  deps: FleetDeps,
  reports: FleetReports,
  why: string,
  sayLeft: boolean,
): Promise<'rolled-back' | 'failed' | 'left'> {
  const version = releaseVersion(target);
  let record: ReleaseRecord | undefined;
  try {
    record = deps.azure ? await recordOf(deps, target) : undefined;
  } catch (err) {
    reports.set(target, {
      result: 'failed',
      message: `rollback: could not read its release record: ${messageOf(err)}`,
    });
    return 'failed';
  }
  // Without Azure ports (a caller that reads no record), what this run saw decides.
  const seen = reports.get(target);
  const standing = deps.azure
    ? standingOf(record, version)
    : ['succeeded', 'skipped'].includes(seen.result) && seen.version === version
      ? 'on'
      : 'off';
  if (standing === 'off') {
    if (!sayLeft) return 'left';
    reports.set(target, {
      ...(seen.result === 'not-run' ? { result: 'skipped' as const } : {}),
      ...(record?.current ? { version: record.current } : {}),
      message: `${describeRecord(record)}, not ${version}: left alone`,
    });
    return 'left';
  }
  deps.log(`wave ${wave.index + 1}: rollback of ${target.name} (${target.region}) from ${version}`);
  const result = await deps.runTarget(target, { ...target.settings, stages: ['rollback'] });
  if (result.status !== 'succeeded') {
    reports.set(target, { result: 'failed', message: `rollback: ${result.error?.message ?? result.status}` });
    deps.log(`wave ${wave.index + 1}: rollback of ${target.name} ${result.status}`);
    return 'failed';
  }
  const to = result.outputs.imageVersion;
  if (result.outputs.rolledBack === false) {
    // The rollback stage found nothing to write (the target already runs what it would return to).
    reports.set(target, { result: 'skipped', ...(to ? { version: to } : {}), message: 'nothing to roll back' });
    return 'left';
  }
  reports.set(target, {
    result: 'rolled-back',
    ...(to ? { version: to } : {}),
    message: `rolled back ${why}: ${version} → ${to ?? 'its previous version'}`,
  });
  deps.log(`wave ${wave.index + 1}: ${target.name} rolled back to ${to ?? 'its previous version'}`);
  return 'rolled-back';
}

/**
 * `fleet rollback`: every target of the fleet on its version back to its previous one, last wave
 * first. The halt marker stays (a later run of the version still refuses) unless `clearHalt`.
 */
export async function rollbackFleet(
  fleet: Fleet,
  deps: FleetDeps,
  options: { readonly clearHalt?: boolean } = {},
): Promise<FleetResult> {
  const reports = new FleetReports(fleet);
  const ref = versionOf(fleet);
  if (!ref) return reports.result(fleet, 'refused', NO_IMAGE);
  if (!deps.azure)
    throw new EngineError('internal', 'fleet rollback needs the Azure ports to read each target’s release record');
  const call = { timeoutMs: deps.callTimeoutMs ?? 120_000, signal: deps.signal };
  const gallery = await deps.gallery();
  const marker = await withRetries(() => readHalt(gallery, ref, fleet.name, call), deps);
  deps.log(
    `rolling back fleet '${fleet.name}' from ${ref.version}${marker ? ` (halted: ${marker})` : ''}: last wave first`,
  );
  const done = await rollbackTargets([...fleet.waves].reverse(), deps, reports, 'by fleet rollback', true);
  const ok = done.failed === 0 && !deps.signal.aborted;
  let halt = marker;
  if (marker !== undefined && options.clearHalt && ok) {
    const { tags } = await deps.azure();
    await withRetries(() => tags.remove(imageIdOf(fleet)!, [haltTag(fleet.name)], call), deps);
    deps.log(`removed the halt marker of fleet '${fleet.name}' from ${ref.version}`);
    halt = undefined;
  } else if (marker !== undefined && options.clearHalt) {
    deps.log('the halt marker stays: not every target was rolled back');
  }
  return reports.result(fleet, ok ? 'rolled-back' : 'failed', halt);
}
