/**
 * Plans and runs a fleet on one runner. Each target is one engine run (deploy + verify) through
 * the injected `runTarget`, so a target is released exactly as a single run would release it,
 * deploy lock included: two fleet runs never deploy one target at once.
 *
 * Waves run in order. A wave starts only once the image version is replicated to each of its
 * image targets' regions; within it at most `max-parallel` targets run at once, and a target whose
 * release record already holds the version is skipped (a run is idempotent: run it again, or
 * resume, and only what is left is released). After the wave, its bake time is held, then its
 * analysis gates are judged on every target on the version (a verify run each). More failed
 * targets than the wave's failure budget halt the fleet: the halt marker is tagged on the image
 * version (gallery.ts), later waves do not start, and later runs refuse to continue until
 * `fleet resume` (resume.ts) passes the halted wave and removes the marker. With on-failure
 * 'rollback-wave' the halted wave's targets on the version are then rolled back (rollback.ts).
 */
import type { GalleryPort, GalleryVersionRef } from '../azure/image-ports.js';
import type { AzurePorts } from '../azure/ports.js';
import { EngineError } from '../errors.js';
import { formatWrite } from '../plan/action.js';
import type { Clock, Sleep } from '../ports.js';
import type { RunResult } from '../run/result.js';
import type { Settings } from '../settings/types.js';
import { haltTag, readHalt, versionRef, waitForReplication, withRetries, writeHalt } from './gallery.js';
import { eachBounded } from './pool.js';
import { rollbackTargets } from './rollback.js';
import { messageOf, readTargetRecord, releaseVersion, standingOf, takesImage } from './target-record.js';
import type { Fleet, FleetResult, FleetTarget, FleetWave, TargetOutcome, TargetReport } from './types.js';
import type { ReleaseRecord } from '../model.js';

export interface FleetDeps {
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly signal: AbortSignal;
  /** Progress lines (the fleet's log; each target's run logs through its own host). */
  readonly log: (line: string) => void;
  /** One engine run of one target on the given settings. */
  readonly runTarget: (target: FleetTarget, settings: Settings) => Promise<RunResult>;
  /** The gallery port of the fleet's subscription: replication status and the halt marker. */
  readonly gallery: () => Promise<GalleryPort>;
  /**
   * The Azure ports of a target's subscription (its release record, read through the lease port),
   * or without a target the fleet's (the halt marker's removal). Without them no target is
   * skipped, and `fleet resume` and `fleet rollback` refuse: they need each target's record.
   */
  readonly azure?: (target?: FleetTarget) => Promise<Pick<AzurePorts, 'leases' | 'tags'>>;
  /** Bound of each gallery call (ms); 2 minutes unless given. */
  readonly callTimeoutMs?: number;
}

export const targetsOf = (fleet: Fleet) => fleet.waves.flatMap((w) => w.targets.map((t) => ({ wave: w, target: t })));

/** The fleet's image version (its halt marker's home): the 'image-id' of its first image target. */
export function imageIdOf(fleet: Fleet): string | undefined {
  const first = targetsOf(fleet).find(
    ({ target }) => takesImage(target) && versionRef(target.settings.publish.imageId),
  );
  return first?.target.settings.publish.imageId;
}
export const versionOf = (fleet: Fleet) => versionRef(imageIdOf(fleet));

export const NO_IMAGE =
  "a fleet run needs 'image-id' naming a gallery image version (in 'inputs'), released by at least one " +
  'scale-set target: its replication and the halt marker are read there';

/** Every target's plan: the engine in plan mode (every read for real, the writes listed, none made). */
export async function planFleet(fleet: Fleet, deps: Pick<FleetDeps, 'runTarget'>): Promise<FleetResult> {
  const reports: TargetReport[] = [];
  for (const { wave, target } of targetsOf(fleet)) {
    const result = await deps.runTarget(target, { ...target.settings, dryRun: true });
    const steps = (result.plan ?? []).map((w) => `${w.stage}: ${formatWrite(w)}`);
    reports.push({
      ...where(wave, target),
      result: result.status === 'succeeded' ? 'planned' : 'failed',
      ...(result.error ? { message: result.error.message } : {}),
      version: result.outputs.imageVersion ?? releaseVersion(target),
      steps,
    });
  }
  return { fleet: fleet.name, status: 'planned', ...versionField(fleet), targets: reports };
}

export const where = (wave: FleetWave, target: FleetTarget) => ({
  wave: wave.index + 1,
  waveName: wave.name,
  target: target.name,
  region: target.region,
});
export const versionField = (fleet: Fleet) => {
  const v = versionOf(fleet)?.version;
  return v ? { version: v } : {};
};

/** The fleet's reports, one per target, in fleet order; each engine run's outcome lands here. */
export class FleetReports {
  readonly byTarget = new Map<FleetTarget, TargetReport>();

  constructor(fleet: Fleet) {
    for (const { wave, target } of targetsOf(fleet))
      this.byTarget.set(target, { ...where(wave, target), result: 'not-run' });
  }

  get(target: FleetTarget): TargetReport {
    return this.byTarget.get(target)!;
  }

  set(target: FleetTarget, change: Partial<TargetReport>): void {
    this.byTarget.set(target, { ...this.get(target), ...change });
  }

  result(fleet: Fleet, status: FleetResult['status'], halt?: string): FleetResult {
    return {
      fleet: fleet.name,
      status,
      ...versionField(fleet),
      targets: [...this.byTarget.values()],
      ...(halt ? { halt } : {}),
    };
  }
}

/** Reads a target's release record (transient failures tried again); undefined without Azure ports. */
export async function recordOf(deps: FleetDeps, target: FleetTarget): Promise<ReleaseRecord | undefined> {
  if (!deps.azure) return undefined;
  const options = { timeoutMs: deps.callTimeoutMs ?? 120_000, signal: deps.signal };
  const { leases } = await deps.azure(target);
  return withRetries(() => readTargetRecord(leases, target, options), deps);
}

export async function runFleet(fleet: Fleet, deps: FleetDeps): Promise<FleetResult> {
  return new FleetRun(fleet, deps).run('run');
}

/** The wave a halt marker names ('<version> wave <n> (<name>): <why>'), 0-based; undefined when it names none. */
export function haltedWave(marker: string, fleet: Fleet): number | undefined {
  const n = Number(/ wave (\d+) \(/.exec(marker)?.[1]);
  return Number.isInteger(n) && n >= 1 && n <= fleet.waves.length ? n - 1 : undefined;
}

export class FleetRun {
  private readonly reports: FleetReports;

  constructor(
    private readonly fleet: Fleet,
    private readonly deps: FleetDeps,
  ) {
    this.reports = new FleetReports(fleet);
  }

  private get options() {
    return { timeoutMs: this.deps.callTimeoutMs ?? 120_000, signal: this.deps.signal };
  }

  /** 'run': refuses a halted fleet; 'resume': starts at the halted wave and removes the marker once it passes. */
  async run(mode: 'run' | 'resume'): Promise<FleetResult> {
    const ref = versionOf(this.fleet);
    if (!ref) return this.result('refused', NO_IMAGE);
    if (mode === 'resume' && !this.deps.azure)
      throw new EngineError('internal', 'fleet resume needs the Azure ports to read each target’s release record');
    const gallery = await this.deps.gallery();
    const marker = await withRetries(() => readHalt(gallery, ref, this.fleet.name, this.options), this.deps);
    const from = this.firstWave(mode, ref, marker);
    if (typeof from === 'string') return this.result('refused', from);
    for (const wave of this.fleet.waves) {
      if (wave.index < from) {
        for (const t of wave.targets)
          this.reports.set(t, { result: 'skipped', message: 'its wave passed before the halt' });
        continue;
      }
      const reason = await this.runWave(wave, gallery, ref);
      if (reason) return this.halt(wave, gallery, ref, reason);
      if (marker !== undefined && wave.index === from) await this.clearHalt(ref);
    }
    return this.result('succeeded');
  }

  /** The wave to start at (0-based), or why the run refuses: a halted fleet is only resumed. */
  private firstWave(mode: 'run' | 'resume', ref: GalleryVersionRef, marker: string | undefined): number | string {
    const name = this.fleet.name;
    if (marker === undefined) {
      if (mode === 'resume')
        this.deps.log(`fleet '${name}' is not halted for ${ref.version}: running it (released targets are skipped)`);
      return 0;
    }
    const halted = haltedWave(marker, this.fleet);
    if (mode === 'resume' && halted !== undefined) {
      this.deps.log(`resuming fleet '${name}' at wave ${halted + 1}: it was halted (${marker})`);
      return halted;
    }
    const how =
      mode === 'run'
        ? "run 'immutable-deploy fleet resume' after a fix to continue from the halted wave, or 'fleet rollback'"
        : `the marker names no wave of this fleet; remove the tag '${haltTag(name)}' from the version and run again`;
    return `fleet '${name}' was halted for ${ref.version}: ${marker}; nothing was deployed (${how})`;
  }

  /**
   * Halts the fleet: the marker first (later runs refuse at once), then with on-failure
   * 'rollback-wave' the wave's targets on the version are rolled back and the marker says so.
   */
  private async halt(wave: FleetWave, gallery: GalleryPort, ref: GalleryVersionRef, reason: string) {
    const mark = async (why: string) => {
      const halt = `${ref.version} wave ${wave.index + 1} (${wave.name}): ${why}`;
      this.deps.log(`halting fleet '${this.fleet.name}': ${halt}`);
      await withRetries(() => writeHalt(gallery, ref, this.fleet.name, halt, this.options), this.deps);
      return halt;
    };
    let halt = await mark(reason);
    if (wave.onFailure === 'rollback-wave' && !this.deps.signal.aborted) {
      this.deps.log(`wave ${wave.index + 1} (${wave.name}) failed: rolling back its targets on the version`);
      const done = await rollbackTargets([wave], this.deps, this.reports, 'with its wave (on-failure: rollback-wave)');
      const failed = done.failed ? `, ${done.failed} failed to roll back` : '';
      halt = await mark(`${reason}; wave rolled back (${done.rolledBack} target(s)${failed})`);
    }
    return this.result('halted', halt);
  }

  /** The halted wave passed: the marker goes, so later runs of the fleet continue normally. */
  private async clearHalt(ref: GalleryVersionRef): Promise<void> {
    const { tags } = await this.deps.azure!();
    await withRetries(() => tags.remove(imageIdOf(this.fleet)!, [haltTag(this.fleet.name)], this.options), this.deps);
    this.deps.log(`wave passed: removed the halt marker of fleet '${this.fleet.name}' from ${ref.version}`);
  }

  /** Runs one wave; the reason it halts the fleet, or undefined when it passed. */
  private async runWave(wave: FleetWave, gallery: GalleryPort, ref: GalleryVersionRef): Promise<string | undefined> {
    const { clock, sleep, signal, log } = this.deps;
    log(`wave ${wave.index + 1} (${wave.name}): ${wave.targets.length} target(s), at most ${wave.maxParallel} at once`);
    const regions = wave.targets.filter(takesImage).map((t) => t.region);
    if (regions.length > 0) {
      const replicated = await waitForReplication(
        { gallery, clock, sleep, signal, log, callTimeoutMs: this.options.timeoutMs },
        ref,
        regions,
        this.fleet.replicationTimeoutMs,
      );
      if (!replicated.ok) return replicated.reason;
    }
    let failed = 0;
    const overBudget = () => failed > wave.failureBudget || signal.aborted;
    await eachBounded(
      wave.targets,
      wave.maxParallel,
      async (target) => {
        if (await this.alreadyReleased(wave, target)) return;
        const outcome = await this.release(wave, target, target.settings);
        if (outcome !== 'succeeded') failed++;
      },
      overBudget,
    );
    if (overBudget()) return this.failedText(wave, failed);
    if (wave.bakeTimeMs > 0) {
      log(`wave ${wave.index + 1} (${wave.name}): baking for ${Math.round(wave.bakeTimeMs / 1000)}s`);
      await sleep(wave.bakeTimeMs, signal);
    }
    const onVersion = (t: FleetTarget) => ['succeeded', 'skipped'].includes(this.reports.get(t).result);
    const gated = wave.targets.filter((t) => t.gate && onVersion(t));
    await eachBounded(gated, wave.maxParallel, async (target) => {
      const before = this.reports.get(target);
      const outcome = await this.release(wave, target, target.gate!, 'analysis after bake');
      if (outcome !== 'succeeded') failed++;
      else if (before.result === 'skipped') this.reports.set(target, before); // still 'already runs' it
    });
    return overBudget() ? this.failedText(wave, failed) : undefined;
  }

  /** The target's release record already holds the version: nothing to release (reported 'skipped'). */
  private async alreadyReleased(wave: FleetWave, target: FleetTarget): Promise<boolean> {
    const version = releaseVersion(target);
    let record: ReleaseRecord | undefined;
    try {
      record = await recordOf(this.deps, target);
    } catch (err) {
      // The release itself reads the target again: an unreadable record only costs the skip.
      this.deps.log(
        `wave ${wave.index + 1}: could not read ${target.name}'s release record (${messageOf(err)}): releasing it`,
      );
      return false;
    }
    if (standingOf(record, version) !== 'on') return false;
    this.deps.log(`wave ${wave.index + 1}: ${target.name} already runs ${version}: skipped`);
    this.reports.set(target, { result: 'skipped', version, message: `already runs ${version}` });
    return true;
  }

  private failedText(wave: FleetWave, failed: number): string {
    if (this.deps.signal.aborted) return 'the run was cancelled';
    return `${failed} of ${wave.targets.length} target(s) failed (failure budget ${wave.failureBudget})`;
  }

  /** One engine run of a target; its outcome lands in the report. */
  private async release(
    wave: FleetWave,
    target: FleetTarget,
    settings: Settings,
    what = 'release',
  ): Promise<TargetOutcome> {
    this.deps.log(`wave ${wave.index + 1}: ${what} of ${target.name} (${target.region})`);
    const result = await this.deps.runTarget(target, settings);
    const outcome: TargetOutcome = result.status;
    const live =
      result.status === 'succeeded'
        ? result.outputs.imageVersion
        : result.outputs.rolledBack
          ? result.outputs.previousImageVersion
          : undefined;
    const previous = this.reports.get(target);
    const version = live ?? previous.version;
    this.reports.set(target, {
      result: outcome,
      ...(version ? { version } : {}),
      ...(result.error ? { message: `${what}: ${result.error.message}` } : {}),
    });
    this.deps.log(
      `wave ${wave.index + 1}: ${target.name} ${outcome}${result.error ? `: ${result.error.message}` : ''}`,
    );
    return outcome;
  }

  private result(status: FleetResult['status'], halt?: string): FleetResult {
    return this.reports.result(this.fleet, status, halt);
  }
}
