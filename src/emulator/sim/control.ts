import type { EmulatorContext } from '../types.js';
import type { AppTimings } from './app-service.js';
import type { HealthScript } from './health-script.js';
import type { InstanceTimings } from './scale-set.js';
import { versionOf } from './vm-profile.js';
import { deployWorld } from './world.js';

/**
 * Control hooks of the deploy-side simulation, merged into `EmulatorControl`.
 * Loopback endpoints are plain HTTP on 127.0.0.1 with ephemeral ports; ARM bodies keep their
 * Azure shape (LB frontends, `defaultHostName: {site}.azurewebsites.net`), and these map them.
 */
export interface InstanceSnapshot {
  instanceId: string;
  name: string;
  image: string;
  version: string;
  provisioningState: string;
  power: string;
  health: 'healthy' | 'unhealthy' | 'unknown';
  latestModelApplied: boolean;
  /** In load-balancer rotation (running, provisioned, not being changed). */
  serving: boolean;
}

export interface DeployControl {
  /** Scripted health of scale set instances and App Service apps (see sim/health-script.ts). */
  readonly health: HealthScript;
  /** `http://127.0.0.1:PORT` serving the load balancer rule with `frontendPort`, once the LB PUT was accepted. */
  endpointFor(loadBalancerId: string, frontendPort: number): string | undefined;
  /** `http://127.0.0.1:PORT` of a site (slot omitted or 'production') or one of its slots. */
  urlFor(siteId: string, slot?: string): string | undefined;
  /** Maps `{site}.azurewebsites.net` / `{site}-{slot}.azurewebsites.net` to its loopback URL. */
  urlForHostName(hostName: string): string | undefined;
  /** Simulated durations of instance boot / reimage / delete (ms of simulated time). */
  setInstanceTimings(timings: Partial<InstanceTimings>): void;
  /** Simulated duration of an App Service restart / warm-up. */
  setAppTimings(timings: Partial<AppTimings>): void;
  /** What the instances of a scale set are doing right now. */
  scaleSetInstances(scaleSetId: string): InstanceSnapshot[];
}

export function deployControl(emu: EmulatorContext): DeployControl {
  const world = () => deployWorld(emu);
  return {
    get health() {
      return world().health;
    },
    endpointFor: (lbId, port) => world().traffic.endpointFor(lbId, port),
    urlFor: (siteId, slot = 'production') => world().appListeners.get(`${siteId.toLowerCase()}|${slot.toLowerCase()}`)?.url,
    urlForHostName(hostName) {
      const host = hostName.toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
      return [...world().appListeners.values()].find((l) => l.hostName === host)?.url;
    },
    setInstanceTimings: (t) => void Object.assign(world().timings, t),
    setAppTimings: (t) => void Object.assign(world().appTimings, t),
    scaleSetInstances(scaleSetId) {
      const entry = world().scaleSets.get(scaleSetId.toLowerCase());
      if (!entry) return [];
      emu.scheduler.runDue();
      const sim = entry.sim;
      return sim.members().map((i) => ({
        instanceId: i.instanceId,
        name: i.name,
        image: i.image,
        version: versionOf(i.image),
        provisioningState: i.provisioningState,
        power: i.power,
        health: sim.healthOf(i),
        latestModelApplied: sim.isLatestModel(i),
        serving: sim.isServing(i),
      }));
    },
  };
}
