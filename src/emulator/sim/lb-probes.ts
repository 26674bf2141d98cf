import type { ScaleSetSim, SimInstance } from './scale-set.js';
import { backendPoolIds } from './vm-profile.js';

/**
 * Health probes of a load balancer, probing on simulated time ("Azure Load Balancer health probes",
 * learn.microsoft.com/azure/load-balancer/load-balancer-custom-probe-overview): every
 * `intervalInSeconds` the probe checks each instance of the backend pools its rules send to; an
 * instance gets new flows only once `probeThreshold` probes in a row succeeded ("the number of
 * consecutive successful or failed probes in order to allow or deny traffic" — Network REST spec,
 * `ProbePropertiesFormat`). So an instance that has just booted is not in rotation until then.
 *
 * Probe ticks are scheduler tasks, so they interleave in time order with boots and reimages. A
 * tick that runs late (the clock jumped) skips to the last `threshold` ticks that were due: only
 * those decide admission. Taking an instance out stays immediate (the rotation also requires it to
 * be running and healthy right now): Azure would wait `threshold` failed probes — a model choice
 * that keeps loopback traffic from meeting stopped instances.
 */
export interface ProbeModel {
  /** Lower-case probe id. */
  id: string;
  intervalSeconds: number;
  threshold: number;
}

/** `ProbePropertiesFormat.intervalInSeconds`: "The default value is 15, the minimum value is 5." */
export const DEFAULT_PROBE_INTERVAL_SECONDS = 15;
/** `probeThreshold` absent: one successful probe admits an instance. */
export const DEFAULT_PROBE_THRESHOLD = 1;

export interface ProbeDeps {
  /** Schedules `run` at simulated time `atMs`; returns a cancel function. */
  at: (atMs: number, run: () => void) => () => void;
  now: () => number;
  scaleSets: () => Iterable<ScaleSetSim>;
}

interface RunningProbe {
  model: ProbeModel;
  pools: string[];
  /** Consecutive successful probes per instance (`scaleSetId|instanceId`). */
  streak: Map<string, number>;
  cancel: () => void;
}

export const instanceKey = (scaleSet: ScaleSetSim, instance: SimInstance) =>
  `${scaleSet.id.toLowerCase()}|${instance.instanceId}`;

export class LoadBalancerProbes {
  private readonly running = new Map<string, RunningProbe>();

  constructor(private readonly deps: ProbeDeps) {}

  /**
   * Probes `probes` from `atMs` on (each over `pools[probe.id]`), the first probe then; probes
   * of this load balancer that are no longer used stop. A probe whose settings did not change
   * keeps its counts.
   */
  configure(lbId: string, probes: ProbeModel[], pools: Map<string, string[]>, atMs = this.deps.now()): void {
    const wanted = new Set(probes.map((p) => key(lbId, p.id)));
    for (const [k, probe] of this.running) {
      if (k.startsWith(`${lbId}|`) && !wanted.has(k)) {
        probe.cancel();
        this.running.delete(k);
      }
    }
    for (const model of probes) {
      const k = key(lbId, model.id);
      const existing = this.running.get(k);
      const poolIds = pools.get(model.id) ?? [];
      if (existing && sameModel(existing.model, model)) {
        existing.pools = poolIds;
        continue;
      }
      existing?.cancel();
      const probe: RunningProbe = { model, pools: poolIds, streak: new Map(), cancel: () => undefined };
      this.running.set(k, probe);
      this.tick(probe, atMs);
    }
  }

  /** Whether the probe has admitted the instance (threshold reached). */
  admits(lbId: string, probeId: string, scaleSet: ScaleSetSim, instance: SimInstance): boolean {
    const probe = this.running.get(key(lbId, probeId.toLowerCase()));
    if (!probe) return false;
    return (probe.streak.get(instanceKey(scaleSet, instance)) ?? 0) >= probe.model.threshold;
  }

  /**
   * Whether every probe that checks the instance (over its pools) admits it; undefined when no probe
   * checks it.
   */
  admitsEverywhere(scaleSet: ScaleSetSim, instance: SimInstance): boolean | undefined {
    const k = instanceKey(scaleSet, instance);
    const pools = new Set(backendPoolIds(instance.profile));
    const covering = [...this.running.values()].filter((p) => p.pools.some((id) => pools.has(id.toLowerCase())));
    if (covering.length === 0) return undefined;
    return covering.every((p) => (p.streak.get(k) ?? 0) >= p.model.threshold);
  }

  stop(lbId: string): void {
    this.configure(lbId, [], new Map());
  }

  stopAll(): void {
    for (const probe of this.running.values()) probe.cancel();
    this.running.clear();
  }

  private tick(probe: RunningProbe, atMs: number): void {
    const streak = new Map<string, number>();
    for (const scaleSet of this.deps.scaleSets()) {
      for (const pool of probe.pools) {
        for (const instance of scaleSet.poolMembers(pool)) {
          const k = instanceKey(scaleSet, instance);
          const up = scaleSet.isServing(instance) && scaleSet.healthOf(instance) === 'healthy';
          if (up) streak.set(k, Math.min(probe.model.threshold, (probe.streak.get(k) ?? 0) + 1));
        }
      }
    }
    probe.streak = streak;
    const intervalMs = probe.model.intervalSeconds * 1000;
    // Ticks due by now beyond the last `threshold` would be overwritten by those: skip them.
    const due = Math.floor((this.deps.now() - atMs) / intervalMs);
    const next = atMs + intervalMs * Math.max(1, due - probe.model.threshold + 1);
    probe.cancel = this.deps.at(next, () => this.tick(probe, next));
  }
}

const key = (lbId: string, probeId: string) => `${lbId}|${probeId}`;
const sameModel = (a: ProbeModel, b: ProbeModel) =>
  a.intervalSeconds === b.intervalSeconds && a.threshold === b.threshold;
