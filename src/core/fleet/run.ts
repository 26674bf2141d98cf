/**
 * Plans and runs a fleet on one runner. Each target is one engine run (deploy + verify) through
 * the injected `runTarget`, so a target is released exactly as a single run would release it,
 * deploy lock included: two fleet runs never deploy one target at once.
 *
 * Waves run in order. A wave starts only once the image version is replicated to each of its
 * targets' regions; within it at most `max-parallel` targets run at once. After the wave, its
 * bake time is held, then its analysis gates are judged on every target (a verify run each). More
 * failed targets than the wave's failure budget halt the fleet: the halt marker is tagged on the
 * image version (gallery.ts), later waves do not start, and later runs refuse to continue.
 */
import type { GalleryPort, GalleryVersionRef } from '../azure/image-ports.js';
import { formatWrite } from '../plan/action.js';
import type { Clock, Sleep } from '../ports.js';
import type { RunResult } from '../run/result.js';
import type { Settings } from '../settings/types.js';
import { readHalt, versionRef, waitForReplication, withRetries, writeHalt } from './gallery.js';
import { eachBounded } from './pool.js';
import type { Fleet, FleetResult, FleetTarget, FleetWave, TargetOutcome, TargetReport } from './types.js';

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
  /** Bound of each gallery call (ms); 2 minutes unless given. */
  readonly callTimeoutMs?: number;
}

const targetsOf = (fleet: Fleet) => fleet.waves.flatMap((w) => w.targets.map((t) => ({ wave: w, target: t })));
const versionOf = (fleet: Fleet) => versionRef(fleet.waves[0]?.targets[0]?.settings.publish.imageId);

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
      version: result.outputs.imageVersion ?? versionOf(fleet)?.version,
      steps,
    });
  }
  return { fleet: fleet.name, status: 'planned', ...versionField(fleet), targets: reports };
}

const where = (wave: FleetWave, target: FleetTarget) => ({
  wave: wave.index + 1,
  waveName: wave.name,
  target: target.name,
  region: target.region,
});
const versionField = (fleet: Fleet) => {
  const v = versionOf(fleet)?.version;
  return v ? { version: v } : {};
};

export async function runFleet(fleet: Fleet, deps: FleetDeps): Promise<FleetResult> {
  return new FleetRun(fleet, deps).run();
}

class FleetRun {
  private readonly reports = new Map<FleetTarget, TargetReport>();
  private halt: string | undefined;

  constructor(
    private readonly fleet: Fleet,
    private readonly deps: FleetDeps,
  ) {
    for (const { wave, target } of targetsOf(fleet))
      this.reports.set(target, { ...where(wave, target), result: 'not-run' });
  }

  private get options() {
    return { timeoutMs: this.deps.callTimeoutMs ?? 120_000, signal: this.deps.signal };
  }

  async run(): Promise<FleetResult> {
    const ref = versionOf(this.fleet);
    if (!ref) {
      return this.result(
        'refused',
        "a fleet run needs 'image-id' naming a gallery image version (in 'inputs'): its replication and the halt marker are read there",
      );
    }
    const gallery = await this.deps.gallery();
    const marker = await withRetries(() => readHalt(gallery, ref, this.fleet.name, this.options), this.deps);
    if (marker !== undefined) {
      return this.result(
        'refused',
        `fleet '${this.fleet.name}' was halted for ${ref.version}: ${marker}; nothing was deployed (remove the tag 'immutable-deploy.fleet-halt.${this.fleet.name}' from the image version to continue)`,
      );
    }
    for (const wave of this.fleet.waves) {
      const reason = await this.runWave(wave, gallery, ref);
      if (reason) {
        const halt = `${ref.version} wave ${wave.index + 1} (${wave.name}): ${reason}`;
        this.deps.log(`halting fleet '${this.fleet.name}': ${halt}`);
        await withRetries(() => writeHalt(gallery, ref, this.fleet.name, halt, this.options), this.deps);
        return this.result('halted', halt);
      }
    }
    return this.result('succeeded');
  }

  /** Runs one wave; the reason it halts the fleet, or undefined when it passed. */
  private async runWave(wave: FleetWave, gallery: GalleryPort, ref: GalleryVersionRef): Promise<string | undefined> {
    const { clock, sleep, signal, log } = this.deps;
    log(`wave ${wave.index + 1} (${wave.name}): ${wave.targets.length} target(s), at most ${wave.maxParallel} at once`);
    const replicated = await waitForReplication(
      { gallery, clock, sleep, signal, log, callTimeoutMs: this.options.timeoutMs },
      ref,
      wave.targets.map((t) => t.region),
      this.fleet.replicationTimeoutMs,
    );
    if (!replicated.ok) return replicated.reason;
    let failed = 0;
    const overBudget = () => failed > wave.failureBudget || signal.aborted;
    await eachBounded(
      wave.targets,
      wave.maxParallel,
      async (target) => {
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
    const gated = wave.targets.filter((t) => t.gate && this.reports.get(t)?.result === 'succeeded');
    await eachBounded(gated, wave.maxParallel, async (target) => {
      const outcome = await this.release(wave, target, target.gate!, 'analysis after bake');
      if (outcome !== 'succeeded') failed++;
    });
    return overBudget() ? this.failedText(wave, failed) : undefined;
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
    const previous = this.reports.get(target)!;
    this.reports.set(target, {
      ...previous,
      result: outcome,
      ...((live ?? previous.version) ? { version: live ?? previous.version } : {}),
      ...(result.error ? { message: `${what}: ${result.error.message}` } : {}),
    });
    this.deps.log(
      `wave ${wave.index + 1}: ${target.name} ${outcome}${result.error ? `: ${result.error.message}` : ''}`,
    );
    return outcome;
  }

  private result(status: FleetResult['status'], halt?: string): FleetResult {
    return {
      fleet: this.fleet.name,
      status,
      ...versionField(this.fleet),
      targets: [...this.reports.values()],
      ...(halt ? { halt } : {}),
    };
  }
}
