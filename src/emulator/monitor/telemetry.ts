import type { ServedRequest } from '../sim/served.js';
import { versionOf } from '../sim/vm-profile.js';
import { describeContent, PRODUCTION } from '../sim/app-service.js';
import { TimeWindow } from './time-window.js';

/**
 * Request telemetry: one record per request the emulator's loopback traffic answered (load
 * balancer rule → scale set instance, or App Service slot), as an Application Insights SDK inside
 * the app would send it. The metrics (Http5xx, Requests, …), the alert rules and the logs query
 * API (`requests`, `AppRequests`) are all computed from these records, so they agree.
 */
export interface RequestRecord {
  /** Simulated epoch milliseconds when the request arrived. */
  timeMs: number;
  /** 16 hex digits, unique per record. */
  id: string;
  /**
   * The resource whose app answered: the scale set id, the web app id (production slot) or the
   * slot id (`…/sites/{site}/slots/{slot}`).
   */
  resourceId: string;
  /** App Service: the web app id (all slots); scale sets: the scale set id. */
  appId: string;
  kind: 'scale-set' | 'app-service';
  /** App Service slot name (`production` for the site itself). */
  slot?: string;
  /** Load balancer id and rule frontend port the request came through (scale sets). */
  loadBalancerId?: string;
  frontendPort?: number;
  /** Application Insights `cloud_RoleName`: the scale set or web app name. */
  roleName: string;
  /** `cloud_RoleInstance`: the instance's computer name, or the App Service worker. */
  roleInstance: string;
  /** The metric dimension value of the instance (VMName for scale sets, Instance for App Service). */
  instance: string;
  /** The release: image version of the instance, or the container tag / package of the slot. */
  version: string;
  method: string;
  /** Path and query as requested. */
  path: string;
  url: string;
  status: number;
  success: boolean;
  durationMs: number;
  synthetic: boolean;
}

/** The most records kept per resource (oldest dropped first). */
export const TELEMETRY_CAPACITY = 100_000;

/** How long the app takes to answer, in simulated ms (a model: no real work is done). */
export interface LatencyModel {
  /** Base duration of an answer. */
  baseMs: number;
  /** Extra duration for requests to a release whose version contains the key. */
  byVersion: Map<string, number>;
}

export class TelemetryStore {
  /** Records per resource id (lower-case), in time order. */
  private readonly byResource = new Map<string, TimeWindow<RequestRecord>>();
  readonly latency: LatencyModel = { baseMs: 20, byVersion: new Map() };
  private seq = 0;

  constructor(
    private readonly newId: () => string,
    /** `{site}-{slot}.azurewebsites.net` of a slot, for the request URL. */
    private readonly hostNameOf: (siteId: string, slot: string) => string | undefined,
  ) {}

  record(served: ServedRequest): RequestRecord {
    const record = this.toRecord(served);
    const key = record.resourceId.toLowerCase();
    let window = this.byResource.get(key);
    if (!window) this.byResource.set(key, (window = new TimeWindow(TELEMETRY_CAPACITY)));
    window.push(record);
    return record;
  }

  /** Records of the resource (a scale set, a web app's production slot, or a slot) in [from, to). */
  forResource(resourceId: string, fromMs: number, toMs: number): RequestRecord[] {
    return this.byResource.get(resourceId.toLowerCase())?.range(fromMs, toMs) ?? [];
  }

  /** Records in [from, to) of every resource `include` accepts (its id lower-case), in time order. */
  matching(include: (resourceId: string) => boolean, fromMs: number, toMs: number): RequestRecord[] {
    const out: RequestRecord[] = [];
    for (const [id, window] of this.byResource) if (include(id)) out.push(...window.range(fromMs, toMs));
    return out.sort((a, b) => a.timeMs - b.timeMs);
  }

  get size(): number {
    let n = 0;
    for (const window of this.byResource.values()) n += window.size;
    return n;
  }

  clear(): void {
    this.byResource.clear();
  }

  private toRecord(s: ServedRequest): RequestRecord {
    const common = {
      timeMs: s.atMs,
      id: this.newId(),
      method: s.method,
      path: s.path,
      status: s.status,
      success: s.status > 0 && s.status < 400,
      synthetic: s.synthetic,
    };
    const b = s.backend;
    if (b.kind === 'instance') {
      const version = versionOf(b.instance.image);
      return {
        ...common,
        resourceId: b.scaleSet.id,
        appId: b.scaleSet.id,
        kind: 'scale-set',
        loadBalancerId: b.loadBalancerId,
        frontendPort: b.frontendPort,
        roleName: b.scaleSet.name,
        roleInstance: b.instance.computerName,
        instance: b.instance.name,
        version,
        url: `http://${s.host}${s.path}`,
        durationMs: this.duration(version, s.delayMs),
      };
    }
    const slot = b.slot.name;
    const version = b.app ? (describeContent(b.app.content)['version'] ?? '') : '';
    const host = this.hostNameOf(b.site.id, slot) ?? s.host;
    return {
      ...common,
      resourceId: slot === PRODUCTION ? b.site.id : `${b.site.id}/slots/${slot}`,
      appId: b.site.id,
      kind: 'app-service',
      slot,
      roleName: b.site.name,
      roleInstance: workerName(b.site.id, slot),
      instance: workerName(b.site.id, slot),
      version,
      url: `https://${host}${s.path}`,
      durationMs: this.duration(version, s.delayMs),
    };
  }

  /** Base + scripted extra for the version + the backend's delay + a small deterministic jitter. */
  private duration(version: string, delayMs: number): number {
    let extra = 0;
    for (const [key, ms] of this.latency.byVersion) if (version.includes(key)) extra = Math.max(extra, ms);
    const jitter = (this.seq++ * 7) % 11;
    return this.latency.baseMs + extra + delayMs + jitter;
  }
}

/**
 * The App Service worker a slot runs on, named like Azure's (`RD` + 12 hex digits): stable per
 * slot, so the `Instance` dimension and `cloud_RoleInstance` of a slot do not change on restarts.
 */
export function workerName(siteId: string, slot: string): string {
  let h = 2166136261;
  for (const c of `${siteId.toLowerCase()}|${slot}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const h2 = Math.imul(h ^ 0x5bd1e995, 2654435761) >>> 0;
  return `RD${(h.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).slice(0, 12).toUpperCase()}`;
}
