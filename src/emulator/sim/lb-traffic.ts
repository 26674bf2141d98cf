import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback, loopbackServer } from './loopback.js';
import type { HealthRules } from './health-script.js';
import { LoadBalancerProbes, type ProbeModel } from './lb-probes.js';
import type { ScaleSetSim, SimInstance } from './scale-set.js';
import type { ServedListener } from './served.js';
import { versionOf } from './vm-profile.js';

/**
 * Real loopback endpoints for load balancer rules. Every `loadBalancingRules[]` entry gets an
 * HTTP listener on 127.0.0.1 (ephemeral port; see `endpointFor`). A request is answered on
 * behalf of one simulated instance of the backend pool the rule points at *right now*:
 * - members: scale set instances whose applied NIC ip configuration lists the pool;
 * - in rotation: running, provisioned, not being upgraded/deleted, and — when the rule has a
 *   probe — probe-healthy now and admitted by the probe (`probeThreshold` successful probes in a
 *   row at `intervalInSeconds`, see lb-probes.ts): an instance that just booted waits for that;
 * - round-robin among those; none → 503 `{"error":"NoHealthyBackend"}` (real Azure LB, being
 *   layer 4, would let the connection time out — a fast answer keeps loopback tests bounded);
 * - an unhealthy instance that still gets traffic (rule without probe) answers 503 or drops the
 *   connection, per `health.setUnhealthyResponse`;
 * - an instance whose image is scripted to answer errors (`health.erroringImage`) answers 500;
 * - otherwise 200 `{"version","instance","instanceId","image","scaleSet","backendPort"}`.
 * Every answer from an instance is reported to `deps.served` (the signal model's telemetry).
 *
 * A configuration change propagates: the rules of an LB PUT take effect `propagationSeconds` of
 * simulated time after the PUT succeeded (`configure`), all rules of that PUT at once. Azure
 * documents no propagation time for a load balancer change (a Succeeded provisioningState says
 * the change was accepted, not that every host applies it): the delay is a model, default 5 s,
 * `control.setLoadBalancerTimings`.
 *
 * Draining: a request is sent to its backend when it arrives and answered by that backend, even
 * when a rule change lands while it is in flight (with `responseSeconds` > 0 an answer takes that
 * much simulated time): a flow already established keeps its backend ("Load Balancer TCP reset and
 * idle timeout": flows live until closed or idle; a backend probed down keeps its existing
 * connections, "Azure Load Balancer health probes"). If the backend itself stops or goes away
 * meanwhile, the connection is reset, as the VM's end of the flow is gone.
 */
export interface LbRuleModel {
  name: string;
  frontendPort: number;
  backendPort: number;
  backendPoolId: string | undefined;
  probeId: string | undefined;
  /** The probe's interval and threshold (defaults applied), when the rule has a probe. */
  probe?: ProbeModel;
}

/** Simulated timings of load balancer behaviour (`control.setLoadBalancerTimings`). */
export interface LbTimings {
  /** Simulated seconds from a Succeeded LB PUT to its rules taking effect. */
  propagationSeconds: number;
  /** Simulated seconds a backend takes to answer a request (0: at once). */
  responseSeconds: number;
}

export const DEFAULT_LB_TIMINGS: LbTimings = { propagationSeconds: 5, responseSeconds: 0 };

export interface LbTrafficDeps {
  health: HealthRules;
  scaleSets: () => Iterable<ScaleSetSim>;
  /** Advances simulated time before each answer (the emulator's scheduler.runDue). */
  beforeRequest: () => void;
  /** The emulator's clock and scheduler (propagation, probe intervals, response time). */
  clock: { now(): number; realMs(simulatedSeconds: number): number };
  at: (atMs: number, run: () => void) => () => void;
  /** Told about every request an instance answered (src/emulator/monitor records it). */
  served?: ServedListener;
}

type Backend = { scaleSet: ScaleSetSim; instance: SimInstance };
type Answer = { status: number; body: Record<string, unknown> } | 'reset';

interface Listener {
  server: Server;
  port: number;
  turn: number;
}

export class LoadBalancerTraffic {
  private readonly rules = new Map<string, LbRuleModel[]>();
  private readonly listeners = new Map<string, Listener>();
  private readonly pending = new Map<string, Array<() => void>>();
  private readonly probes: LoadBalancerProbes;
  readonly timings: LbTimings = { ...DEFAULT_LB_TIMINGS };

  constructor(private readonly deps: LbTrafficDeps) {
    this.probes = new LoadBalancerProbes({
      at: deps.at,
      now: () => deps.clock.now(),
      scaleSets: deps.scaleSets,
    });
  }

  /**
   * A Succeeded LB PUT: its rules take effect after `timings.propagationSeconds` of simulated
   * time (changes apply in the order they were made).
   */
  configure(lbId: string, rules: LbRuleModel[]): void {
    const id = lbId.toLowerCase();
    const delay = this.timings.propagationSeconds;
    if (delay <= 0) return void this.setRules(id, rules);
    const cancels = this.pending.get(id) ?? [];
    this.pending.set(id, cancels);
    const atMs = this.deps.clock.now() + delay * 1000;
    const cancel = this.deps.at(atMs, () => {
      cancels.splice(cancels.indexOf(cancel), 1);
      void this.setRules(id, rules, atMs);
    });
    cancels.push(cancel);
  }

  /**
   * Installs the load balancer's rules (atomically) as of simulated time `atMs` (default now: a
   * late scheduler task passes its due time, so probes count from then) and opens/closes listeners.
   */
  async setRules(lbId: string, rules: LbRuleModel[], atMs = this.deps.clock.now()): Promise<void> {
    const id = lbId.toLowerCase();
    this.rules.set(id, rules);
    this.probes.configure(id, probesOf(rules), poolsByProbe(rules), atMs);
    const wanted = new Set(rules.map((r) => listenerKey(id, r.frontendPort)));
    await Promise.all([
      ...rules
        .filter((r) => !this.listeners.has(listenerKey(id, r.frontendPort)))
        .map((r) => this.open(id, r.frontendPort)),
      ...[...this.listeners.keys()]
        .filter((k) => k.startsWith(`${id}|`) && !wanted.has(k))
        .map((k) => this.closeListener(k)),
    ]);
  }

  /** Opens listeners for `frontendPorts` ahead of a rule change (rules themselves unchanged). */
  async prepare(lbId: string, frontendPorts: number[]): Promise<void> {
    const id = lbId.toLowerCase();
    await Promise.all(
      [...new Set(frontendPorts)].filter((p) => !this.listeners.has(listenerKey(id, p))).map((p) => this.open(id, p)),
    );
  }

  async remove(lbId: string): Promise<void> {
    const id = lbId.toLowerCase();
    for (const cancel of this.pending.get(id) ?? []) cancel();
    this.pending.delete(id);
    await this.setRules(id, []);
    this.rules.delete(id);
  }

  /** `http://127.0.0.1:PORT` serving the rule with that frontend port, if the LB has one. */
  endpointFor(lbId: string, frontendPort: number): string | undefined {
    const listener = this.listeners.get(listenerKey(lbId.toLowerCase(), frontendPort));
    return listener ? `http://127.0.0.1:${listener.port}` : undefined;
  }

  /** Every open endpoint: `{ lbId (lower-case), frontendPort, url }`. */
  endpoints(): Array<{ lbId: string; frontendPort: number; url: string }> {
    return [...this.listeners.entries()].map(([key, l]) => {
      const [lbId, port] = key.split('|');
      return { lbId: lbId!, frontendPort: Number(port), url: `http://127.0.0.1:${l.port}` };
    });
  }

  /** Instances a rule would send the next request to, in rotation order. */
  rotation(lbId: string, frontendPort: number): Array<{ scaleSet: ScaleSetSim; instance: SimInstance }> {
    const rule = this.rules.get(lbId.toLowerCase())?.find((r) => r.frontendPort === frontendPort);
    if (!rule?.backendPoolId) return [];
    const members = [...this.deps.scaleSets()].flatMap((scaleSet) =>
      scaleSet.poolMembers(rule.backendPoolId!).map((instance) => ({ scaleSet, instance })),
    );
    return members.filter((m) => this.admitted(lbId.toLowerCase(), rule, m));
  }

  /** Whether the rule has an instance to send a new flow to (the data path is up). */
  inRotation(lbId: string, frontendPort: number): boolean {
    const rule = this.rules.get(lbId.toLowerCase())?.find((r) => r.frontendPort === frontendPort);
    if (!rule?.backendPoolId) return false;
    return [...this.deps.scaleSets()].some((scaleSet) =>
      scaleSet
        .poolMembers(rule.backendPoolId!)
        .some((instance) => this.admitted(lbId.toLowerCase(), rule, { scaleSet, instance })),
    );
  }

  private admitted(id: string, rule: LbRuleModel, { scaleSet, instance }: Backend): boolean {
    return (
      scaleSet.isServing(instance) &&
      (!rule.probeId ||
        (scaleSet.healthOf(instance) === 'healthy' && this.probes.admits(id, rule.probeId, scaleSet, instance)))
    );
  }

  /** Whether the load balancer probes that check the instance admit it (undefined: none checks it). */
  probeAdmitted(scaleSet: ScaleSetSim, instance: SimInstance): boolean | undefined {
    return this.probes.admitsEverywhere(scaleSet, instance);
  }

  async closeAll(): Promise<void> {
    for (const cancels of this.pending.values()) for (const cancel of cancels) cancel();
    this.pending.clear();
    this.probes.stopAll();
    await Promise.all([...this.listeners.keys()].map((k) => this.closeListener(k)));
    this.rules.clear();
  }

  private async open(lbId: string, frontendPort: number): Promise<void> {
    const key = listenerKey(lbId, frontendPort);
    const server = loopbackServer((req, res) => this.answer(lbId, frontendPort, req, res));
    const listener: Listener = { server, port: 0, turn: 0 };
    this.listeners.set(key, listener);
    listener.port = await listenOnLoopback(server);
  }

  private async closeListener(key: string): Promise<void> {
    const listener = this.listeners.get(key);
    if (!listener) return;
    this.listeners.delete(key);
    await closeServer(listener.server);
  }

  private answer(lbId: string, frontendPort: number, req: IncomingMessage, res: ServerResponse): void {
    req.resume();
    this.deps.beforeRequest();
    const listener = this.listeners.get(listenerKey(lbId, frontendPort));
    const rule = this.rules.get(lbId)?.find((r) => r.frontendPort === frontendPort);
    const candidates = this.rotation(lbId, frontendPort);
    if (!listener || !rule || candidates.length === 0) {
      return json(res, 503, {
        error: 'NoHealthyBackend',
        message: 'No healthy backend instance is available for this rule.',
      });
    }
    // The flow's backend is chosen now and kept until the answer (draining across rule changes).
    const backend = candidates[listener.turn++ % candidates.length]!;
    const flow: Flow = {
      lbId,
      rule,
      backend,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      host: req.headers.host ?? `127.0.0.1:${listener.port}`,
      arrivedMs: this.deps.clock.now(),
      delayMs: this.timings.responseSeconds * 1000,
    };
    const delayMs = this.deps.clock.realMs(this.timings.responseSeconds);
    if (delayMs <= 0) return this.reply(flow, res);
    setTimeout(() => {
      this.deps.beforeRequest();
      // The backend stopped or went away while answering: its end of the flow is gone.
      if (!backend.scaleSet.instances.has(backend.instance.instanceId) || !backend.scaleSet.isServing(backend.instance))
        return void res.socket?.destroy();
      this.reply(flow, res);
    }, delayMs).unref();
  }

  /**
   * A request of the emulator's load generator, at simulated time `atMs` (a scheduler task): routed
   * as a client's would be (rule in effect, probe admission, round-robin) and answered at once.
   * Returns the status (0: the connection was reset), or 'no-backend' (the listener's 503).
   */
  sendSynthetic(lbId: string, frontendPort: number, path: string, atMs: number): number | 'no-backend' {
    const id = lbId.toLowerCase();
    const listener = this.listeners.get(listenerKey(id, frontendPort));
    const rule = this.rules.get(id)?.find((r) => r.frontendPort === frontendPort);
    const candidates = this.rotation(id, frontendPort);
    if (!listener || !rule || candidates.length === 0) return 'no-backend';
    const backend = candidates[listener.turn++ % candidates.length]!;
    const host = `127.0.0.1:${listener.port}`;
    const flow: Flow = { lbId: id, rule, backend, method: 'GET', path, host, arrivedMs: atMs, delayMs: 0 };
    const answer = this.answerOf(flow);
    if (answer !== 'reset') this.report(flow, answer.status, true);
    return answer === 'reset' ? 0 : answer.status;
  }

  private reply(flow: Flow, res: ServerResponse): void {
    const answer = this.answerOf(flow);
    if (answer === 'reset') return void res.socket?.destroy();
    this.report(flow, answer.status, false);
    json(res, answer.status, answer.body);
  }

  private answerOf({ backend: { scaleSet, instance }, rule, path }: Flow): Answer {
    const version = versionOf(instance.image);
    if (scaleSet.healthOf(instance) !== 'healthy') {
      if (this.deps.health.unhealthyResponse === 'reset') return 'reset';
      return { status: 503, body: { error: 'Unhealthy', instance: instance.name, version } };
    }
    if (this.deps.health.answersWithError(instance.image, path)) {
      return { status: 500, body: { error: 'InternalServerError', instance: instance.name, version, path } };
    }
    const body = {
      version,
      instance: instance.name,
      instanceId: instance.instanceId,
      image: instance.image,
      scaleSet: scaleSet.name,
      backendPort: rule.backendPort,
      path,
    };
    return { status: 200, body };
  }

  private report(flow: Flow, status: number, synthetic: boolean): void {
    const { scaleSet, instance } = flow.backend;
    const { lbId, rule } = flow;
    this.deps.served?.({
      atMs: flow.arrivedMs,
      method: flow.method,
      path: flow.path,
      host: flow.host,
      status,
      delayMs: flow.delayMs,
      backend: {
        kind: 'instance',
        scaleSet,
        instance,
        loadBalancerId: lbId,
        frontendPort: rule.frontendPort,
        backendPort: rule.backendPort,
      },
      synthetic,
    });
  }
}

/** One request on its way: the backend was chosen on arrival and keeps it (draining). */
interface Flow {
  lbId: string;
  rule: LbRuleModel;
  backend: Backend;
  method: string;
  path: string;
  host: string;
  /** Simulated time the request arrived (what telemetry records as its time). */
  arrivedMs: number;
  delayMs: number;
}

/** The distinct probes the rules use (the first rule's settings win for a shared probe). */
function probesOf(rules: LbRuleModel[]): ProbeModel[] {
  const byId = new Map<string, ProbeModel>();
  for (const r of rules) if (r.probe && !byId.has(r.probe.id)) byId.set(r.probe.id, r.probe);
  return [...byId.values()];
}

/** Backend pools each probe checks: those of the rules that use it. */
function poolsByProbe(rules: LbRuleModel[]): Map<string, string[]> {
  const pools = new Map<string, string[]>();
  for (const r of rules) {
    if (!r.probe || !r.backendPoolId) continue;
    pools.set(r.probe.id, [...(pools.get(r.probe.id) ?? []), r.backendPoolId]);
  }
  return pools;
}

function listenerKey(lbId: string, frontendPort: number): string {
  return `${lbId}|${frontendPort}`;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
  res.end(payload);
}
