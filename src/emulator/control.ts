import type { FaultRule } from './faults.js';
import type { RequestLogEntry } from './request-log.js';
import type { Json, StoredResource } from './state.js';
import type { EmulatorContext } from './types.js';
import { deployControl, type DeployControl } from './sim/control.js';
import { monitorControl, type MonitorControl } from './monitor/control.js';
import { frontDoorControl, type FrontDoorControl } from './sim/front-door-control.js';

/** Test/demo hooks: seed state, script behaviour, move time, read the request log. */
/** Includes the deploy-side hooks (health scripts, loopback endpoints): see sim/control.ts. */
export interface EmulatorControl extends DeployControl, FrontDoorControl {
  /** Adds a fault rule at runtime; returns its id. */
  addFault(rule: FaultRule): string;
  removeFault(id: string): void;
  clearFaults(): void;
  /** Simulated seconds per real second from now on. */
  setTimeScale(timeScale: number): void;
  /** Jumps simulated time forward and runs every timer that became due. */
  advanceTime(simulatedSeconds: number): void;
  /** Current simulated time. */
  now(): Date;
  /**
   * Inserts a resource directly (no validation, no LRO). `type` is inferred from the id when
   * omitted; `body` gets id/name/type filled in. Returns the stored record.
   */
  seedResource(resource: { id: string; type?: string; body?: Json; etag?: string; meta?: Json }): StoredResource;
  /** Stored wire body of a resource, or undefined. */
  getResource(id: string): Json | undefined;
  /** All stored resources, optionally only of one type (case-insensitive). */
  listResources(type?: string): StoredResource[];
  deleteResource(id: string): void;
  /**
   * Scripted provider behaviour, by key (see README "Scripts"), e.g.
   * `script('compute.galleryImageVersion.replicationFailure', { version: '1.0.0', region: 'westus' })`.
   * Pass undefined to clear.
   */
  script(key: string, value: unknown): void;
  /** The request log (same array as Emulator.requests). */
  requests(): RequestLogEntry[];
  clearRequests(): void;
  /** Full emulator context for advanced provider-level tests. */
  readonly context: EmulatorContext;
  /** The signal model: load generator, telemetry, alerts, components and workspaces (monitor/control.ts). */
  readonly monitor: MonitorControl;
}

export function createControl(emu: EmulatorContext, log: RequestLogEntry[]): EmulatorControl {
  let nextFault = 1;
  const deploy = deployControl(emu);
  return {
    ...frontDoorControl(emu),
    get health() {
      return deploy.health;
    },
    endpointFor: deploy.endpointFor,
    urlFor: deploy.urlFor,
    urlForHostName: deploy.urlForHostName,
    setInstanceTimings: deploy.setInstanceTimings,
    setAppTimings: deploy.setAppTimings,
    setLoadBalancerTimings: deploy.setLoadBalancerTimings,
    loadBalancerRotation: deploy.loadBalancerRotation,
    scaleSetInstances: deploy.scaleSetInstances,
    touchScaleSet: deploy.touchScaleSet,
    holdResource: deploy.holdResource,
    setAppPaths: deploy.setAppPaths,
    addFault(rule) {
      const id = rule.id ?? `fault-${nextFault++}`;
      emu.faults.push({ ...rule, id });
      return id;
    },
    removeFault(id) {
      const i = emu.faults.findIndex((f) => f.id === id);
      if (i >= 0) emu.faults.splice(i, 1);
    },
    clearFaults() {
      emu.faults.length = 0;
    },
    setTimeScale: (scale) => emu.clock.setTimeScale(scale),
    advanceTime(seconds) {
      emu.clock.advance(seconds * 1000);
      emu.scheduler.runDue();
    },
    now: () => new Date(emu.clock.now()),
    seedResource: (r) => seed(emu, r),
    getResource: (id) => emu.state.get(id)?.body,
    listResources: (type) => emu.state.all().filter((r) => !type || r.type.toLowerCase() === type.toLowerCase()),
    deleteResource: (id) => void emu.state.delete(id),
    script(key, value) {
      if (value === undefined) emu.scripts.delete(key);
      else emu.scripts.set(key, value);
    },
    requests: () => log,
    clearRequests() {
      log.length = 0;
    },
    context: emu,
    monitor: monitorControl(emu),
  };
}

/** `Microsoft.Compute/galleries/images` from `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i`. */
export function typeFromId(id: string): string {
  const parts = id.split('/').filter(Boolean);
  const i = parts.map((p) => p.toLowerCase()).lastIndexOf('providers');
  if (i < 0) return parts.length === 4 ? 'Microsoft.Resources/resourceGroups' : 'Microsoft.Resources/subscriptions';
  const rest = parts.slice(i + 1);
  const types = rest.slice(1).filter((_, k) => k % 2 === 0);
  return [rest[0], ...types].join('/');
}

function seed(
  emu: EmulatorContext,
  r: { id: string; type?: string; body?: Json; etag?: string; meta?: Json },
): StoredResource {
  const type = r.type ?? typeFromId(r.id);
  const name = r.id.split('/').filter(Boolean).pop() ?? '';
  const body: Json = { id: r.id, name, type, ...(r.body ?? {}) };
  if (r.etag) body['etag'] ??= r.etag;
  return emu.state.put({ id: r.id, type, body, etag: r.etag, createdAtMs: emu.clock.now(), meta: r.meta ?? {} });
}
