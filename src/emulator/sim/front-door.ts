import { request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback, loopbackServer } from './loopback.js';
import { matchRoute, type EndpointModel, type OriginModel, type ProfileModel } from './front-door-config.js';

/**
 * Front Door (Standard/Premium) data path on loopback: every afdEndpoint gets an HTTP listener on
 * 127.0.0.1 (ephemeral port; `urlFor`). A request follows the endpoint's matching route
 * (front-door-config.ts `matchRoute`) to its origin group and is forwarded to one origin:
 * - candidates: the group's enabled origins of the best (lowest) `priority` — "Traffic routing
 *   methods to origin", learn.microsoft.com/azure/frontdoor/routing-methods (priority first, then
 *   weighted among origins of the same priority; a disabled origin gets no traffic);
 * - weighted: Azure draws by weight; the emulator uses smooth weighted round-robin instead (exact
 *   shares: with weights 900/100 every 10 consecutive requests carry exactly one to the 100 side);
 * - the origin answers through `deps.resolve` (an emulator load balancer rule or App Service slot);
 *   an origin that resolves to nothing, or whose connection fails, gets Front Door's 502;
 * - no enabled origin → 503; no route / endpoint disabled / not deployed yet → 404.
 * Health probes of the origin group are not modelled: the load balancer behind an origin applies its own.
 *
 * Configuration changes propagate: a succeeded write is applied `propagationSeconds` of simulated
 * time later (all of a profile's configuration at once, in the order written). Front Door documents
 * that changes take minutes to reach every edge ("Front Door configuration changes", the
 * `deploymentStatus` property); the delay is a model, default 5 s, `control.setFrontDoorTimings`.
 * Every answered request is recorded (`log`): which route, origin group and origin, and the status.
 */
export interface FrontDoorTimings {
  /** Simulated seconds from a succeeded Front Door write to the change routing traffic. */
  propagationSeconds: number;
}

export const DEFAULT_FRONT_DOOR_TIMINGS: FrontDoorTimings = { propagationSeconds: 5 };

/** One request the Front Door simulation answered. */
export interface FrontDoorRequest {
  /** Simulated time of arrival. */
  atMs: number;
  endpointId: string;
  path: string;
  routeId?: string;
  originGroupId?: string;
  /** Origin name and id, when one was chosen. */
  origin?: string;
  originId?: string;
  status: number;
}

export interface FrontDoorDeps {
  beforeRequest(): void;
  clock: { now(): number };
  at(atMs: number, run: () => void): () => void;
  /** The profile's configuration as stored now. */
  snapshot(profileId: string): ProfileModel;
  /** Loopback base URL answering for `origin` on `port`, if anything in the emulator does. */
  resolve(origin: OriginModel, port: number): string | undefined;
  /** Told when a profile's snapshot taken at `takenAtMs` has been applied (deploymentStatus). */
  applied?(profileId: string, takenAtMs: number): void;
}

const MAX_LOG = 50_000;

export class FrontDoorTraffic {
  readonly timings: FrontDoorTimings = { ...DEFAULT_FRONT_DOOR_TIMINGS };
  readonly log: FrontDoorRequest[] = [];
  private readonly models = new Map<string, ProfileModel>();
  private readonly pending = new Map<string, Array<() => void>>();
  private readonly listeners = new Map<string, { server: Server; port: number }>();
  /** Smooth weighted round-robin state per origin group: current weight by origin id. */
  private readonly turns = new Map<string, Map<string, number>>();

  constructor(private readonly deps: FrontDoorDeps) {}

  /** A Front Door write succeeded: snapshot the profile now, route by it after the propagation delay. */
  changed(profileId: string): void {
    const id = profileId.toLowerCase();
    const model = this.deps.snapshot(profileId);
    const takenAtMs = this.deps.clock.now();
    // Listeners open at once (their URLs are known early); they answer 404 until the endpoint is deployed.
    for (const e of model.endpoints) {
      this.open(e.id).catch(() => this.listeners.delete(e.id.toLowerCase())); // retried at the next change
    }
    const delay = this.timings.propagationSeconds;
    if (delay <= 0) return this.apply(id, model, takenAtMs);
    const cancels = this.pending.get(id) ?? [];
    this.pending.set(id, cancels);
    const cancel = this.deps.at(takenAtMs + delay * 1000, () => {
      cancels.splice(cancels.indexOf(cancel), 1);
      this.apply(id, model, takenAtMs);
    });
    cancels.push(cancel);
  }

  /** Whether a change of the profile is still propagating. */
  propagating(profileId: string): boolean {
    return (this.pending.get(profileId.toLowerCase())?.length ?? 0) > 0;
  }

  /** The profile's configuration traffic follows now (undefined: none deployed). */
  inEffect(profileId: string): ProfileModel | undefined {
    return this.models.get(profileId.toLowerCase());
  }

  /** `http://127.0.0.1:PORT` of an endpoint (by id or `*.azurefd.net` host name), once opened. */
  urlFor(endpointIdOrHost: string): string | undefined {
    const key = endpointIdOrHost
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '');
    const id = key.includes('/') ? key : this.endpointIdByHost(key);
    const listener = id ? this.listeners.get(id) : undefined;
    return listener && listener.port > 0 ? `http://127.0.0.1:${listener.port}` : undefined;
  }

  /** The profile was deleted: stop routing and close its endpoints' listeners. */
  async removeProfile(profileId: string): Promise<void> {
    const id = profileId.toLowerCase();
    for (const cancel of this.pending.get(id) ?? []) cancel();
    this.pending.delete(id);
    this.models.delete(id);
    await Promise.all([...this.listeners.keys()].filter((k) => k.startsWith(`${id}/`)).map((k) => this.close(k)));
  }

  async closeAll(): Promise<void> {
    for (const cancels of this.pending.values()) for (const cancel of cancels) cancel();
    this.pending.clear();
    this.models.clear();
    await Promise.all([...this.listeners.keys()].map((k) => this.close(k)));
  }

  private apply(profileKey: string, model: ProfileModel, takenAtMs: number): void {
    this.models.set(profileKey, model);
    for (const groupId of model.originGroups.keys()) this.turns.delete(groupId);
    const wanted = new Set(model.endpoints.map((e) => e.id.toLowerCase()));
    for (const key of this.listeners.keys()) {
      if (key.startsWith(`${profileKey}/`) && !wanted.has(key)) void this.close(key);
    }
    this.deps.applied?.(model.profileId, takenAtMs);
  }

  private endpointIdByHost(host: string): string | undefined {
    for (const model of this.models.values()) {
      const e = model.endpoints.find((x) => x.hostName === host);
      if (e) return e.id.toLowerCase();
    }
    return undefined;
  }

  private async open(endpointId: string): Promise<void> {
    const key = endpointId.toLowerCase();
    if (this.listeners.has(key)) return;
    const server = loopbackServer((req, res) => this.answer(key, req, res));
    const listener = { server, port: 0 };
    this.listeners.set(key, listener);
    listener.port = await listenOnLoopback(server);
  }

  private async close(key: string): Promise<void> {
    const listener = this.listeners.get(key);
    if (!listener) return;
    this.listeners.delete(key);
    await closeServer(listener.server);
  }

  private endpointOf(key: string): EndpointModel | undefined {
    const profileKey = key.split('/afdendpoints/')[0]!;
    return this.models.get(profileKey)?.endpoints.find((e) => e.id.toLowerCase() === key);
  }

  private answer(key: string, req: IncomingMessage, res: ServerResponse): void {
    req.resume();
    this.deps.beforeRequest();
    const path = req.url ?? '/';
    const entry: FrontDoorRequest = { atMs: this.deps.clock.now(), endpointId: key, path, status: 0 };
    const done = (status: number, body: unknown) => {
      this.record({ ...entry, status });
      json(res, status, body);
    };
    const endpoint = this.endpointOf(key);
    if (!endpoint?.enabled) return done(404, frontDoorError('NotFound', 'The endpoint is not deployed or disabled.'));
    const route = matchRoute(endpoint, path);
    if (!route) return done(404, frontDoorError('NotFound', 'No route matches the request.'));
    entry.routeId = route.id;
    const group = route.originGroupId
      ? this.models.get(key.split('/afdendpoints/')[0]!)?.originGroups.get(route.originGroupId.toLowerCase())
      : undefined;
    entry.originGroupId = group?.id;
    const origin = group ? this.pick(group.id, group.origins) : undefined;
    if (!origin) return done(503, frontDoorError('OriginUnavailable', 'No enabled origin in the origin group.'));
    entry.origin = origin.name;
    entry.originId = origin.id;
    const port = route.forwardingProtocol === 'HttpsOnly' ? origin.httpsPort : origin.httpPort;
    const target = this.deps.resolve(origin, port);
    if (!target) return done(502, frontDoorError('OriginConnectionError', `Origin '${origin.hostName}' unreachable.`));
    this.forward(`${target}${path}`, req.method ?? 'GET', entry, res);
  }

  /** Smooth weighted round-robin among the enabled origins of the best priority. */
  private pick(groupId: string, origins: OriginModel[]): OriginModel | undefined {
    const enabled = origins.filter((o) => o.enabled && o.weight > 0);
    if (enabled.length === 0) return undefined;
    const best = Math.min(...enabled.map((o) => o.priority));
    const candidates = enabled.filter((o) => o.priority === best);
    const state = this.turns.get(groupId.toLowerCase()) ?? new Map<string, number>();
    this.turns.set(groupId.toLowerCase(), state);
    const total = candidates.reduce((sum, o) => sum + o.weight, 0);
    let chosen: OriginModel | undefined;
    for (const o of candidates) {
      state.set(o.id, (state.get(o.id) ?? 0) + o.weight);
      if (!chosen || state.get(o.id)! > state.get(chosen.id)!) chosen = o;
    }
    if (!chosen) return undefined;
    state.set(chosen.id, (state.get(chosen.id) ?? 0) - total);
    return chosen;
  }

  private forward(url: string, method: string, entry: FrontDoorRequest, res: ServerResponse): void {
    // A fresh connection per request: a pooled keep-alive socket the origin's listener is closing
    // (its idle timeout) would fail as a spurious 502.
    const upstream = httpRequest(url, { method, timeout: 10_000, agent: false }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => {
        const status = answer.statusCode ?? 502;
        this.record({ ...entry, status });
        const body = Buffer.concat(chunks);
        res.writeHead(status, {
          'Content-Type': answer.headers['content-type'] ?? 'application/json',
          'Content-Length': body.length,
          'X-Cache': 'CONFIG_NOCACHE',
        });
        res.end(body);
      });
      answer.on('error', () => this.badGateway(entry, res));
    });
    upstream.on('timeout', () => upstream.destroy(new Error('origin timeout')));
    upstream.on('error', () => this.badGateway(entry, res));
    upstream.end();
  }

  private badGateway(entry: FrontDoorRequest, res: ServerResponse): void {
    if (res.headersSent) return void res.socket?.destroy();
    this.record({ ...entry, status: 502 });
    json(res, 502, frontDoorError('OriginConnectionError', 'The origin did not answer.'));
  }

  private record(entry: FrontDoorRequest): void {
    this.log.push(entry);
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
  }
}

function frontDoorError(code: string, message: string) {
  return { error: { code, message } };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
  res.end(payload);
}
