import { lbRulesOf } from '../providers/network-loadbalancers.js';
import type { ScaleSetSim, SimInstance } from '../sim/scale-set.js';
import type { ServedRequest } from '../sim/served.js';
import type { DeployWorld } from '../sim/world.js';
import type { EmulatorContext } from '../types.js';
import { RealTimeBudget } from './budget.js';
import { TimeWindow } from './time-window.js';

/**
 * Platform metrics that describe state rather than requests, sampled on the emulator's simulated
 * clock every SAMPLE_SECONDS (a scheduler task, so a jump of simulated time samples every step in
 * order with the other simulated work):
 * - load balancer `DipAvailability` ("Health Probe Status"): per rule with a probe, per backend
 *   instance, 100 when the probe finds it up (running, provisioned, healthy) else 0;
 * - load balancer `VipAvailability` ("Data Path Availability"): per rule, 100 when the rule in
 *   effect has an instance to send a flow to, else 0;
 * - scale set `Percentage CPU`: per running instance, a model — 3 % idle plus 2 % per request per
 *   second it answered since the previous sample (so a load test shows), at most 100.
 * Backend addresses are not modelled by the emulator: `BackendIPAddress` is a stable made-up
 * private address per instance (10.x.y.z). Sampling shares real time (budget.ts): a huge world at
 * a high time scale samples less often rather than stalling the emulator.
 */
export interface MetricSample {
  timeMs: number;
  /** Lower-case resource id (load balancer or scale set). */
  resourceId: string;
  metric: string;
  /** Dimension values by dimension name (as the metric definition spells it). */
  dims: Record<string, string>;
  value: number;
}

export const SAMPLE_SECONDS = 15;
/** A backlog longer than this (a huge jump of simulated time) is skipped, not sampled step by step. */
const MAX_BACKLOG_MS = 24 * 3600_000;
/** The most samples kept per resource and metric (a day of 15-second samples of 100 instances). */
const SAMPLE_CAPACITY = 576_000;
/** Where the emulator's load balancer frontends listen (the loopback listeners). */
export const FRONTEND_IP = '127.0.0.1';

export class Sampler {
  private readonly samples = new Map<string, TimeWindow<MetricSample>>();
  private readonly answered = new Map<string, number>();
  private readonly budget = new RealTimeBudget();
  private cancel: (() => void) | undefined;

  constructor(
    private readonly emu: EmulatorContext,
    /** The deploy world, if one exists (the sampler never creates it). */
    private readonly world: () => DeployWorld | undefined,
  ) {}

  start(): void {
    const period = SAMPLE_SECONDS * 1000;
    const first = Math.ceil(this.emu.clock.now() / period) * period;
    this.cancel = this.emu.scheduler.at(first, () => this.tick(first));
  }

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  /** Counts a request an instance answered (for its CPU model). */
  served(r: ServedRequest): void {
    if (r.backend.kind !== 'instance') return;
    const key = instanceKey(r.backend.scaleSet, r.backend.instance);
    this.answered.set(key, (this.answered.get(key) ?? 0) + 1);
  }

  forResource(resourceId: string, metric: string, fromMs: number, toMs: number): MetricSample[] {
    return this.samples.get(`${resourceId.toLowerCase()}|${metric}`)?.range(fromMs, toMs) ?? [];
  }

  clear(): void {
    this.samples.clear();
  }

  private tick(atMs: number): void {
    this.budget.run(() => {
      this.sampleLoadBalancers(atMs);
      this.sampleScaleSets(atMs);
    });
    const period = SAMPLE_SECONDS * 1000;
    const now = this.emu.clock.now();
    // A small world never spends the budget; a huge one at a high time scale samples less often.
    const behind = this.budget.exhausted && now - atMs > 10 * period;
    const oldest = behind ? now - period : now - MAX_BACKLOG_MS;
    const next = Math.max(atMs + period, Math.floor(oldest / period) * period);
    this.cancel = this.emu.scheduler.at(next, () => this.tick(next));
  }

  private sampleLoadBalancers(atMs: number): void {
    const world = this.world();
    if (!world) return;
    const scaleSets = [...world.scaleSets.values()].map((e) => e.sim);
    for (const lb of this.emu.state.list(
      'Microsoft.Network/loadBalancers',
      `/subscriptions/${this.emu.subscriptionId}`,
    )) {
      const lbId = lb.id.toLowerCase();
      for (const rule of lbRulesOf(lb)) {
        const frontend = { FrontendIPAddress: FRONTEND_IP, FrontendPort: String(rule.frontendPort) };
        const inRotation = world.traffic.inRotation(lbId, rule.frontendPort);
        this.push(atMs, lbId, 'VipAvailability', frontend, inRotation ? 100 : 0);
        if (!rule.probeId || !rule.backendPoolId) continue;
        for (const scaleSet of scaleSets) {
          for (const instance of scaleSet.poolMembers(rule.backendPoolId)) {
            const up = scaleSet.isServing(instance) && scaleSet.healthOf(instance) === 'healthy';
            const dims = {
              ProtocolType: 'Tcp',
              ...frontend,
              BackendIPAddress: backendIp(scaleSet, instance),
              BackendPort: String(rule.backendPort),
            };
            this.push(atMs, lbId, 'DipAvailability', dims, up ? 100 : 0);
          }
        }
      }
    }
  }

  private sampleScaleSets(atMs: number): void {
    for (const { sim } of this.world()?.scaleSets.values() ?? []) {
      for (const instance of sim.members()) {
        const key = instanceKey(sim, instance);
        const rps = (this.answered.get(key) ?? 0) / SAMPLE_SECONDS;
        this.answered.delete(key);
        if (instance.power !== 'running') continue;
        const jitter = (Number(instance.instanceId) * 3 + Math.floor(atMs / 60_000)) % 3;
        const cpu = Math.min(100, 3 + jitter + 2 * rps);
        this.push(atMs, sim.id.toLowerCase(), 'Percentage CPU', { VMName: instance.name }, cpu);
      }
    }
  }

  private push(timeMs: number, resourceId: string, metric: string, dims: Record<string, string>, value: number): void {
    const key = `${resourceId}|${metric}`;
    let window = this.samples.get(key);
    if (!window) this.samples.set(key, (window = new TimeWindow(SAMPLE_CAPACITY)));
    window.push({ timeMs, resourceId, metric, dims, value });
  }
}

const instanceKey = (s: ScaleSetSim, i: SimInstance) => `${s.id.toLowerCase()}|${i.instanceId}`;

const subnets = new Map<string, number>();

/** A stable private address per scale set instance: 10.{scale set}.{instance id / 250}.{4 + instance id % 250}. */
export function backendIp(scaleSet: ScaleSetSim, instance: SimInstance): string {
  let net = subnets.get(scaleSet.id);
  if (net === undefined) {
    let h = 0;
    for (const c of scaleSet.id.toLowerCase()) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    subnets.set(scaleSet.id, (net = (h % 200) + 1));
  }
  const n = Number(instance.instanceId);
  return `10.${net}.${Math.floor(n / 250)}.${(n % 250) + 4}`;
}
