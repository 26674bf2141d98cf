import { serveSlot } from '../sim/app-listener.js';
import type { DeployWorld } from '../sim/world.js';
import type { EmulatorContext } from '../types.js';
import { RealTimeBudget, SKIP_BACKLOG_MS } from './budget.js';

/**
 * The synthetic load generator: a steady number of requests per *simulated* second sent to a load
 * balancer rule or an App Service slot, on the emulator's scheduler. Requests go through the same
 * routing as a client's (the rule in effect, probe admission, round-robin; the slot's app as it is
 * now) and are answered without a socket, so telemetry does not depend on machine speed: advancing
 * simulated time by 60 s at 10 requests per second records exactly 600 requests. A release that
 * answers errors once it takes traffic (health `errors`/`unhealthy` with `when: live`) therefore
 * shows in the metrics, alerts and query results of that minute.
 *
 * Each simulated second ending at `t` sends its requests spread over [t-1s, t). Fractional rates
 * carry over (0.5 per second: one request every other second). If the emulator cannot keep up in
 * real time (a huge world at a high time scale) and falls more than an hour of simulated time
 * behind, whole seconds are skipped and counted as `skippedSeconds` (budget.ts).
 */
export type LoadTarget =
  | { kind: 'load-balancer'; loadBalancerId: string; frontendPort: number }
  | { kind: 'app-service'; siteId: string; slot: string };

export interface LoadStatus {
  /** `lb:{loadBalancerId}:{port}` or `app:{siteId}:{slot}` (ids lower-case). */
  key: string;
  target: LoadTarget;
  requestsPerSecond: number;
  path: string;
  sent: number;
  /**
   * Requests by answer: status class (`2xx`, `4xx`, `5xx`), `noBackend` (the load balancer had no
   * instance to send to: its listener's 503, not recorded as telemetry), `reset`.
   */
  answers: Record<string, number>;
  /** Simulated seconds skipped because the emulator fell behind in real time. */
  skippedSeconds: number;
}

interface Generator extends LoadStatus {
  carry: number;
  cancel: () => void;
}

export class LoadGenerators {
  private readonly generators = new Map<string, Generator>();
  private readonly budget = new RealTimeBudget();

  constructor(
    private readonly emu: EmulatorContext,
    /** The deploy world, if one exists. */
    private readonly world: () => DeployWorld | undefined,
  ) {}

  /** Starts, changes or (rate 0) stops the load on `target`. */
  set(target: LoadTarget, requestsPerSecond: number, path = '/'): LoadStatus | undefined {
    if (!(requestsPerSecond >= 0 && requestsPerSecond <= 10_000))
      throw new RangeError('requestsPerSecond must be 0..10000');
    const key = keyOf(target);
    const existing = this.generators.get(key);
    if (requestsPerSecond === 0) {
      existing?.cancel();
      this.generators.delete(key);
      return undefined;
    }
    if (existing) {
      Object.assign(existing, { requestsPerSecond, path });
      return snapshot(existing);
    }
    const g: Generator = {
      key,
      target,
      requestsPerSecond,
      path,
      sent: 0,
      answers: {},
      skippedSeconds: 0,
      carry: 0,
      cancel: () => undefined,
    };
    this.generators.set(key, g);
    const first = Math.floor(this.emu.clock.now() / 1000) * 1000 + 1000;
    g.cancel = this.emu.scheduler.at(first, () => this.tick(g, first));
    return snapshot(g);
  }

  list(): LoadStatus[] {
    return [...this.generators.values()].map(snapshot);
  }

  clear(): number {
    const n = this.generators.size;
    for (const g of this.generators.values()) g.cancel();
    this.generators.clear();
    return n;
  }

  private tick(g: Generator, atMs: number): void {
    if (this.generators.get(g.key) !== g) return;
    const total = g.carry + g.requestsPerSecond;
    const count = Math.floor(total + 1e-9);
    g.carry = total - count;
    this.budget.run(() => {
      for (let i = 0; i < count; i++) this.send(g, atMs - 1000 + Math.floor((i * 1000) / count));
    });
    const now = this.emu.clock.now();
    let next = atMs + 1000;
    if (now - next > SKIP_BACKLOG_MS && this.budget.exhausted) {
      const resume = Math.floor(now / 1000) * 1000;
      g.skippedSeconds += (resume - next) / 1000;
      next = resume;
    }
    g.cancel = this.emu.scheduler.at(next, () => this.tick(g, next));
  }

  private send(g: Generator, atMs: number): void {
    const world = this.world();
    let status: number | 'no-backend';
    if (!world) status = 'no-backend';
    else if (g.target.kind === 'load-balancer') {
      status = world.traffic.sendSynthetic(g.target.loadBalancerId, g.target.frontendPort, g.path, atMs);
    } else {
      const site = world.sites.get(g.target.siteId.toLowerCase());
      const slot = site?.slot(g.target.slot);
      const listener = world.appListeners.get(`${g.target.siteId.toLowerCase()}|${g.target.slot.toLowerCase()}`);
      const host = listener ? new URL(listener.url).host : '127.0.0.1';
      const request = { method: 'GET', path: g.path, host };
      status = site && slot ? serveSlot(site, slot, request, atMs, true, (r) => world.served.emit(r)).status : 404;
    }
    g.sent++;
    const answer = answerClass(status);
    g.answers[answer] = (g.answers[answer] ?? 0) + 1;
  }
}

export function keyOf(target: LoadTarget): string {
  return target.kind === 'load-balancer'
    ? `lb:${target.loadBalancerId.toLowerCase()}:${target.frontendPort}`
    : `app:${target.siteId.toLowerCase()}:${target.slot.toLowerCase()}`;
}

function answerClass(status: number | 'no-backend'): string {
  if (status === 'no-backend') return 'noBackend';
  if (status === 0) return 'reset';
  return `${Math.floor(status / 100)}xx`;
}

function snapshot(g: Generator): LoadStatus {
  const { key, target, requestsPerSecond, path, sent, answers, skippedSeconds } = g;
  return { key, target, requestsPerSecond, path, sent, answers: { ...answers }, skippedSeconds };
}
