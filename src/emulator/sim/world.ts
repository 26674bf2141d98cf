import type { EmulatorContext } from '../types.js';
import { createRandom } from '../random.js';
import { DEFAULT_APP_TIMINGS, SiteSim, type AppTimings } from './app-service.js';
import { HealthRules } from './health-script.js';
import { FrontDoorTraffic } from './front-door.js';
import { profileModel } from './front-door-config.js';
import { frontDoorApplied } from './front-door-status.js';
import { resolveOrigin } from './front-door-origins.js';
import { LoadBalancerTraffic } from './lb-traffic.js';
import { RollingUpgrade } from './rolling-upgrade.js';
import { DEFAULT_TIMINGS, type InstanceTimings, type ScaleSetSim } from './scale-set.js';
import { servedRequests, type ServedRequests } from './served.js';

/**
 * Per-emulator runtime of the deploy-side providers (scale sets, load balancers, App Service):
 * what is running, not what ARM stores. Resource bodies live in the StateStore; this holds the
 * simulated instances, rolling upgrades, loopback listeners and slot apps behind them.
 * Not persisted by statePath (see README: reload recreates instances from the stored models).
 */
export interface ScaleSetEntry {
  sim: ScaleSetSim;
  /** The most recent rolling upgrade (GET rollingUpgrades/latest). */
  rolling: RollingUpgrade | undefined;
}

export interface DeployWorld {
  emu: EmulatorContext;
  health: HealthRules;
  timings: InstanceTimings;
  appTimings: AppTimings;
  scaleSets: Map<string, ScaleSetEntry>;
  sites: Map<string, SiteSim>;
  traffic: LoadBalancerTraffic;
  /** Front Door endpoints' loopback data path (sim/front-door.ts). */
  frontDoor: FrontDoorTraffic;
  /** Loopback listeners of App Service slots, keyed `siteId|slot` (lower-case). */
  appListeners: Map<string, { url: string; hostName: string; close(): Promise<void> }>;
  /** Every request the loopback traffic answered, for the signal model (src/emulator/monitor). */
  served: ServedRequests;
}

const worlds = new WeakMap<EmulatorContext, DeployWorld>();

export function deployWorld(emu: EmulatorContext): DeployWorld {
  let world = worlds.get(emu);
  if (!world) {
    // A separate seeded stream: boot-failure draws must not shift the emulator's ids and ETags.
    const health = new HealthRules(createRandom(Math.floor(emu.random.next() * 2 ** 32)));
    const scaleSets = new Map<string, ScaleSetEntry>();
    const served = servedRequests(emu);
    world = {
      emu,
      health,
      timings: { ...DEFAULT_TIMINGS },
      appTimings: { ...DEFAULT_APP_TIMINGS },
      scaleSets,
      sites: new Map(),
      traffic: new LoadBalancerTraffic({
        health,
        scaleSets: () => [...scaleSets.values()].map((e) => e.sim),
        beforeRequest: () => emu.scheduler.runDue(),
        clock: emu.clock,
        at: (atMs, run) => emu.scheduler.at(atMs, run),
        served: (r) => served.emit(r),
      }),
      appListeners: new Map(),
      served,
      frontDoor: new FrontDoorTraffic({
        beforeRequest: () => emu.scheduler.runDue(),
        clock: emu.clock,
        at: (atMs, run) => emu.scheduler.at(atMs, run),
        snapshot: (profileId) => profileModel(emu, profileId),
        resolve: (origin, port) => resolveOrigin(emu, world!, origin, port),
        applied: (profileId, takenAtMs) => frontDoorApplied(emu, profileId, takenAtMs),
      }),
    };
    worlds.set(emu, world);
  }
  return world;
}

/** The emulator's deploy world if something created it already (never creates one). */
export function peekDeployWorld(emu: EmulatorContext): DeployWorld | undefined {
  return worlds.get(emu);
}

/** Closes every loopback listener (load balancer rules and App Service slots). */
export async function closeDeployWorld(emu: EmulatorContext): Promise<void> {
  const world = worlds.get(emu);
  if (!world) return;
  await world.traffic.closeAll();
  await world.frontDoor.closeAll();
  await Promise.all([...world.appListeners.values()].map((l) => l.close()));
  world.appListeners.clear();
  worlds.delete(emu);
}
