import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HealthRules } from './health-script.js';
import type { ScaleSetSim, SimInstance } from './scale-set.js';
import { versionOf } from './vm-profile.js';

/**
 * Real loopback endpoints for load balancer rules. Every `loadBalancingRules[]` entry gets an
 * HTTP listener on 127.0.0.1 (ephemeral port; see `endpointFor`). A request is answered on
 * behalf of one simulated instance of the backend pool the rule points at *right now*:
 * - members: scale set instances whose applied NIC ip configuration lists the pool;
 * - in rotation: running, provisioned, not being upgraded/deleted, and — when the rule has a
 *   probe — probe-healthy (Azure LB only sends to probe-up backends);
 * - round-robin among those; none → 503 `{"error":"NoHealthyBackend"}` (real Azure LB, being
 *   layer 4, would let the connection time out — a fast answer keeps loopback tests bounded);
 * - an unhealthy instance that still gets traffic (rule without probe) answers 503 or drops the
 *   connection, per `health.setUnhealthyResponse`;
 * - otherwise 200 `{"version","instance","instanceId","image","scaleSet","backendPort"}`.
 * Rules are replaced as a whole on every LB PUT, so switching a rule's pool is atomic.
 */
export interface LbRuleModel {
  name: string;
  frontendPort: number;
  backendPort: number;
  backendPoolId: string | undefined;
  probeId: string | undefined;
}

export interface LbTrafficDeps {
  health: HealthRules;
  scaleSets: () => Iterable<ScaleSetSim>;
  /** Advances simulated time before each answer (the emulator's scheduler.runDue). */
  beforeRequest: () => void;
}

interface Listener {
  server: Server;
  port: number;
  turn: number;
}

export class LoadBalancerTraffic {
  private readonly rules = new Map<string, LbRuleModel[]>();
  private readonly listeners = new Map<string, Listener>();

  constructor(private readonly deps: LbTrafficDeps) {}

  /** Installs the load balancer's rules (atomically) and opens/closes listeners to match. */
  async setRules(lbId: string, rules: LbRuleModel[]): Promise<void> {
    const id = lbId.toLowerCase();
    this.rules.set(id, rules);
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
    await this.setRules(lbId, []);
    this.rules.delete(lbId.toLowerCase());
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
    return members.filter(
      ({ scaleSet, instance }) =>
        scaleSet.isServing(instance) && (!rule.probeId || scaleSet.healthOf(instance) === 'healthy'),
    );
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.listeners.keys()].map((k) => this.closeListener(k)));
    this.rules.clear();
  }

  private async open(lbId: string, frontendPort: number): Promise<void> {
    const key = listenerKey(lbId, frontendPort);
    const server = createServer((req, res) => this.answer(lbId, frontendPort, req, res));
    server.keepAliveTimeout = 1000;
    const listener: Listener = { server, port: 0, turn: 0 };
    this.listeners.set(key, listener);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    server.unref();
    listener.port = (server.address() as AddressInfo).port;
  }

  private async closeListener(key: string): Promise<void> {
    const listener = this.listeners.get(key);
    if (!listener) return;
    this.listeners.delete(key);
    listener.server.closeAllConnections();
    await new Promise<void>((resolve) => listener.server.close(() => resolve()));
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
    const { scaleSet, instance } = candidates[listener.turn++ % candidates.length]!;
    if (scaleSet.healthOf(instance) !== 'healthy') {
      if (this.deps.health.unhealthyResponse === 'reset') return void res.socket?.destroy();
      return json(res, 503, { error: 'Unhealthy', instance: instance.name, version: versionOf(instance.image) });
    }
    json(res, 200, {
      version: versionOf(instance.image),
      instance: instance.name,
      instanceId: instance.instanceId,
      image: instance.image,
      scaleSet: scaleSet.name,
      backendPort: rule.backendPort,
      path: req.url ?? '/',
    });
  }
}

function listenerKey(lbId: string, frontendPort: number): string {
  return `${lbId}|${frontendPort}`;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
  res.end(payload);
}
