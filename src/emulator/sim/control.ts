import { busyWith, markBusy } from '../conflicts.js';
import type { EmulatorContext } from '../types.js';
import type { AppTimings } from './app-service.js';
import type { HealthScript } from './health-script.js';
import type { LbTimings } from './lb-traffic.js';
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
  /**
   * Load balancer timings (simulated seconds): `propagationSeconds` from a Succeeded LB PUT to its
   * rules taking effect (default 5), `responseSeconds` a backend takes to answer (default 0).
   */
  setLoadBalancerTimings(timings: Partial<LbTimings>): void;
  /**
   * The instances the rule with `frontendPort` sends new flows to right now (in effect, probe-admitted),
   * as `{ scaleSet, instanceId, version }`.
   */
  loadBalancerRotation(
    loadBalancerId: string,
    frontendPort: number,
  ): Array<{ scaleSet: string; instanceId: string; version: string }>;
  /** Simulated duration of an App Service restart / warm-up. */
  setAppTimings(timings: Partial<AppTimings>): void;
  /** What the instances of a scale set are doing right now. */
  scaleSetInstances(scaleSetId: string): InstanceSnapshot[];
  /**
   * A platform write to a scale set (autoscale changing it): its ETag changes, so a write guarded
   * by the ETag read before answers 412. With `busySeconds`, that operation also holds the scale
   * set (provisioningState Updating) for so many simulated seconds: writes get Compute's 409.
   */
  touchScaleSet(scaleSetId: string, options?: { busySeconds?: number }): void;
  /**
   * The paths the app of `siteId` (all its slots) serves; others answer 404. Default:
   * `/`, `/health`, `/healthz`, `/version` (sim/app-service.ts DEFAULT_APP_PATHS); `undefined` restores it.
   */
  setAppPaths(siteId: string, paths: readonly string[] | undefined): void;
  /** Another operation holds the resource for `simSeconds`: writes get its provider's conflict (conflicts.ts). */
  holdResource(resourceId: string, simSeconds: number, operation?: string): void;
}

export function deployControl(emu: EmulatorContext): DeployControl {
  const world = () => deployWorld(emu);
  return {
    get health() {
      return world().health;
    },
    endpointFor: (lbId, port) => world().traffic.endpointFor(lbId, port),
    urlFor: (siteId, slot = 'production') =>
      world().appListeners.get(`${siteId.toLowerCase()}|${slot.toLowerCase()}`)?.url,
    urlForHostName(hostName) {
      const host = hostName
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, '');
      return [...world().appListeners.values()].find((l) => l.hostName === host)?.url;
    },
    setInstanceTimings: (t) => void Object.assign(world().timings, t),
    setAppTimings: (t) => void Object.assign(world().appTimings, t),
    setLoadBalancerTimings: (t) => void Object.assign(world().traffic.timings, t),
    loadBalancerRotation(lbId, port) {
      emu.scheduler.runDue();
      return world()
        .traffic.rotation(lbId, port)
        .map(({ scaleSet, instance }) => ({
          scaleSet: scaleSet.name,
          instanceId: instance.instanceId,
          version: versionOf(instance.image),
        }));
    },
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
    touchScaleSet(scaleSetId, options = {}) {
      const res = emu.state.get(scaleSetId);
      if (!res) throw new Error(`touchScaleSet: no scale set ${scaleSetId}`);
      res.etag = `"${emu.random.uuid()}"`;
      res.body['etag'] = res.etag;
      emu.state.touch();
      if (options.busySeconds) holdResource(emu, scaleSetId, options.busySeconds, 'AutoscaleOperation');
    },
    setAppPaths(siteId, paths) {
      const site = world().sites.get(siteId.toLowerCase());
      if (!site) throw new Error(`setAppPaths: no site ${siteId}`);
      site.paths = paths;
    },
    holdResource: (resourceId, simSeconds, operation = 'PlatformOperation') =>
      holdResource(emu, resourceId, simSeconds, operation),
  };
}

/** Marks the resource busy and Updating for `simSeconds`, then Succeeded again. */
function holdResource(emu: EmulatorContext, resourceId: string, simSeconds: number, operation: string): void {
  const res = emu.state.get(resourceId);
  if (!res) throw new Error(`holdResource: no resource ${resourceId}`);
  const props = (res.body['properties'] ??= {}) as Record<string, unknown>;
  props['provisioningState'] = 'Updating';
  emu.state.touch();
  markBusy(emu, resourceId, operation, simSeconds);
  emu.scheduler.after(simSeconds, () => {
    if (!busyWith(emu, resourceId) && props['provisioningState'] === 'Updating')
      props['provisioningState'] = 'Succeeded';
    emu.state.touch();
  });
}
