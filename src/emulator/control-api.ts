/**
 * The emulator's control API: the in-process `control` object over HTTP, so a release can be
 * rehearsed from another process (the `immutable-deploy emulator fault|health|time|requests|reset`
 * verbs, a CI job, a script). It lives on the emulator's own HTTPS port under `/_emulator/`:
 * Resource Manager paths start with `/subscriptions`, `/providers` or `/tenants`, never with an
 * underscore, so the two can never collide. The server listens on 127.0.0.1 only, so there is no
 * sign-in; control requests do not appear in the request log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { request } from 'node:https';
import type { EmulatorControl } from './control.js';
import type { FaultKind, FaultRule } from './faults.js';
import type { EmulatorContext } from './types.js';
import { deployWorld } from './sim/world.js';
import type { WorldInfo } from './world-build.js';
import { MONITOR_OPERATIONS, monitorRoutes } from './monitor/control-routes.js';

export const CONTROL_PREFIX = '/_emulator';

export const FAULT_KINDS: readonly FaultKind[] = [
  'throttle',
  'server-error',
  'unavailable',
  'reset',
  'latency',
  'lro-failed',
  'lro-never-ends',
  'conflict',
  'forbidden',
];
/** `status` as a shorthand for the kind that answers it. */
export const STATUS_KINDS: Record<number, FaultKind> = {
  429: 'throttle',
  500: 'server-error',
  503: 'unavailable',
  409: 'conflict',
  403: 'forbidden',
};

/** A scripted health rule as the API reports it. */
export interface HealthRule {
  id: string;
  version: string;
  /**
   * unhealthy: fails its health checks; failing: fails to boot / start; errors: passes its health
   * checks but answers `rate` of the other requests with HTTP 500 (health-script.ts erroringImage).
   */
  state: 'unhealthy' | 'failing' | 'errors';
  /** Share of requests that fail, for `errors` (default 1). */
  rate?: number;
  /** now: from the moment it is added; live: once the version takes production traffic. */
  when: 'now' | 'live';
  active: boolean;
}

export interface ControlApiTarget {
  endpoint: string;
  caFile: string;
  subscriptionId: string;
  control: EmulatorControl;
  world?: WorldInfo;
}

export function isControlPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0]!;
  return path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Route = (body: Record<string, unknown>, query: URLSearchParams, id?: string) => { status?: number; body: unknown };

/** Returns the request handler for `/_emulator/…`; `target()` is read per request. */
export function createControlApi(
  target: () => ControlApiTarget,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const health = new HealthRules(() => target().control);
  const routes: Record<string, Route> = {
    'GET ': () => ({ body: describe(target()) }),
    'GET world': () => ({ body: target().world ?? notFound('this emulator was started without --world') }),
    'GET faults': () => ({ body: { faults: target().control.context.faults } }),
    'POST faults': (b) => {
      const rule = parseFault(b);
      const id = target().control.addFault(rule);
      return { status: 201, body: { id, fault: { ...rule, id } } };
    },
    'DELETE faults': (_b, _q, id) => deleteFault(target().control, id),
    'GET health': () => ({ body: { rules: health.list() } }),
    'POST health': (b) => ({ status: 201, body: health.add(b) }),
    'DELETE health': () => ({ body: { cleared: health.clear() } }),
    'GET time': () => ({ body: timeOf(target().control) }),
    'POST time': (b) => ({ body: setTime(target().control, b) }),
    'GET requests': (_b, q) => ({ body: requestsSince(target().control, q) }),
    ...monitorRoutes(target),
    'POST reset': () => {
      const c = target().control;
      health.clear();
      c.clearFaults();
      c.clearRequests();
      c.context.scripts.clear();
      return { body: { reset: ['faults', 'health', 'scripts', 'requests'] } };
    },
  };
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const [resource = '', id, ...rest] = url.pathname.slice(CONTROL_PREFIX.length).split('/').filter(Boolean);
    try {
      const route = rest.length === 0 ? routes[`${req.method} ${resource}`] : undefined;
      if (!route || (id !== undefined && !(req.method === 'DELETE' && resource === 'faults'))) {
        throw new ApiError(404, `no control operation ${req.method} ${url.pathname} (see GET ${CONTROL_PREFIX})`);
      }
      const answer = route(await readJson(req), url.searchParams, id);
      reply(res, answer.status ?? 200, answer.body);
    } catch (e) {
      const status = e instanceof ApiError ? e.status : ((e as { status?: number }).status ?? 500);
      reply(res, status, {
        error: {
          code: status === 404 ? 'NotFound' : status === 400 ? 'BadRequest' : 'InternalError',
          message: (e as Error).message,
        },
      });
    }
  };
}

function describe(t: ControlApiTarget) {
  return {
    endpoint: t.endpoint,
    caFile: t.caFile,
    subscriptionId: t.subscriptionId,
    ...timeOf(t.control),
    world: t.world?.name,
    operations: [
      'GET /_emulator',
      'GET /_emulator/world',
      'GET|POST|DELETE /_emulator/faults',
      'DELETE /_emulator/faults/{id}',
      'GET|POST|DELETE /_emulator/health',
      'GET|POST /_emulator/time',
      'GET /_emulator/requests?since=N',
      'POST /_emulator/reset',
      ...MONITOR_OPERATIONS,
    ],
  };
}

const notFound = (message: string): never => {
  throw new ApiError(404, message);
};
const badRequest = (message: string): never => {
  throw new ApiError(400, message);
};

function deleteFault(control: EmulatorControl, id: string | undefined): { body: unknown } {
  const faults = control.context.faults;
  if (id === undefined) {
    const cleared = faults.length;
    control.clearFaults();
    return { body: { cleared } };
  }
  if (!faults.some((f) => f.id === id)) notFound(`no fault '${id}' (see GET ${CONTROL_PREFIX}/faults)`);
  control.removeFault(id);
  return { body: { removed: id } };
}

const FAULT_FIELDS = [
  'kind',
  'status',
  'id',
  'method',
  'path',
  'operation',
  'skip',
  'times',
  'retryAfterSeconds',
  'latencyMs',
  'error',
];

/** A fault rule from JSON: `kind` or `status` (429, 500, 503, 409), and at least one matcher. */
export function parseFault(b: Record<string, unknown>): FaultRule {
  const unknown = Object.keys(b).find((k) => !FAULT_FIELDS.includes(k));
  if (unknown) badRequest(`unknown fault field '${unknown}' (fields: ${FAULT_FIELDS.join(', ')})`);
  const byStatus =
    b['status'] === undefined
      ? undefined
      : (STATUS_KINDS[Number(b['status'])] ??
        badRequest(`status must be one of ${Object.keys(STATUS_KINDS).join(', ')}`));
  const kind = (b['kind'] ?? byStatus) as FaultKind | undefined;
  if (!kind || !FAULT_KINDS.includes(kind)) badRequest(`kind must be one of ${FAULT_KINDS.join(', ')}`);
  if (byStatus && kind !== byStatus) badRequest(`status ${String(b['status'])} is kind '${byStatus}', not '${kind}'`);
  const rule: FaultRule = { kind: kind! };
  for (const key of ['id', 'method', 'path', 'operation'] as const) {
    const v = b[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v === '') badRequest(`${key} must be a non-empty string`);
    rule[key] = v as string;
  }
  if (!rule.method && !rule.path && !rule.operation)
    badRequest('a fault needs operation, method or path (or it would hit every request)');
  for (const key of ['skip', 'times', 'retryAfterSeconds', 'latencyMs'] as const) {
    const v = b[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) badRequest(`${key} must be a whole number >= 0`);
    rule[key] = v as number;
  }
  if (b['error'] !== undefined) {
    const e = b['error'] as { code?: unknown; message?: unknown } | null;
    if (!e || typeof e.code !== 'string' || typeof e.message !== 'string')
      badRequest('error must be { code, message } strings');
    rule.error = { code: e!.code as string, message: e!.message as string };
  }
  return rule;
}

function timeOf(control: EmulatorControl) {
  return { now: control.now().toISOString(), timeScale: control.context.clock.timeScale };
}

function setTime(control: EmulatorControl, b: Record<string, unknown>) {
  const { scale, advanceSeconds } = b;
  if (scale === undefined && advanceSeconds === undefined) badRequest('give scale and/or advanceSeconds');
  if (scale !== undefined && !(typeof scale === 'number' && scale > 0 && scale <= 1_000_000))
    badRequest('scale must be a number above 0, at most 1000000');
  if (advanceSeconds !== undefined && !(typeof advanceSeconds === 'number' && advanceSeconds >= 0))
    badRequest('advanceSeconds must be a number >= 0');
  if (scale !== undefined) control.setTimeScale(scale as number);
  if (advanceSeconds !== undefined) control.advanceTime(advanceSeconds as number);
  return timeOf(control);
}

/**
 * Entries after the `since` cursor (a `seq`), and `next`, the cursor for the following call.
 * A cursor beyond the end means the log was reset since: the answer starts from its beginning.
 */
function requestsSince(control: EmulatorControl, q: URLSearchParams) {
  const log = control.requests();
  let since = Number(q.get('since') ?? 0);
  if (!Number.isInteger(since) || since < 0) badRequest('since must be a whole number >= 0');
  const last = log.at(-1)?.seq ?? 0;
  if (since > last) since = 0;
  const writesOnly = q.get('writes') === 'true';
  const requests = log.filter((e) => e.seq > since && (!writesOnly || e.write));
  return { requests, next: last };
}

/**
 * Health scripted by version. `when: 'live'` waits until the version takes production traffic:
 * instances running it serve behind a load balancer rule not named `preview`, or an App Service
 * production slot runs it. The check runs on the emulator's scheduler, i.e. before every request
 * (ARM or loopback) once due, so the first live request already sees the version unhealthy.
 */
class HealthRules {
  private rules: HealthRule[] = [];
  private next = 1;
  private cancelWatch: (() => void) | undefined;

  constructor(private readonly control: () => EmulatorControl) {}

  list(): HealthRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  add(b: Record<string, unknown>): HealthRule {
    const unknown = Object.keys(b).find((k) => !['version', 'state', 'when', 'rate'].includes(k));
    if (unknown) badRequest(`unknown health field '${unknown}' (fields: version, state, when, rate)`);
    const version =
      typeof b['version'] === 'string' && /^[\w.+-]{1,64}$/.test(b['version'])
        ? b['version']
        : badRequest('version must be a version such as 2.0.0');
    const state = oneOf(b['state'] ?? 'unhealthy', 'state', ['unhealthy', 'failing', 'errors'] as const);
    const when = oneOf(b['when'] ?? 'now', 'when', ['now', 'live'] as const);
    if (state === 'failing' && when === 'live') badRequest("state 'failing' acts on boots: use when 'now'");
    const rate = b['rate'];
    if (rate !== undefined && (state !== 'errors' || typeof rate !== 'number' || !(rate > 0 && rate <= 1)))
      badRequest("rate is for state 'errors': a number above 0, at most 1");
    const rule: HealthRule = { id: `health-${this.next++}`, version, state, when, active: false };
    if (state === 'errors') rule.rate = (rate as number | undefined) ?? 1;
    this.rules.push(rule);
    if (when === 'now') this.activate(rule);
    else this.watch();
    return { ...rule };
  }

  clear(): number {
    const n = this.rules.length;
    this.rules = [];
    this.cancelWatch?.();
    this.cancelWatch = undefined;
    this.control().health.clear();
    return n;
  }

  private activate(rule: HealthRule): void {
    const health = this.control().health;
    // Scale set instances run a gallery version id (…/versions/2.0.0); apps a container tag (repo:2.0.0).
    for (const match of [`/versions/${rule.version}`, `:${rule.version}`]) {
      if (rule.state === 'unhealthy') health.unhealthyImage(match);
      else if (rule.state === 'errors') health.erroringImage(match, { rate: rule.rate });
      else health.failingImage(match);
    }
    rule.active = true;
  }

  private watch(): void {
    if (this.cancelWatch) return;
    const emu = this.control().context;
    const tick = (): void => {
      this.cancelWatch = undefined;
      const pending = this.rules.filter((r) => !r.active);
      for (const rule of pending) if (takesTraffic(this.control(), emu, rule.version)) this.activate(rule);
      if (pending.some((r) => !r.active)) {
        // At least ~2 ms of real time apart, so a fast clock never keeps the scheduler busy with this.
        this.cancelWatch = emu.scheduler.after(Math.max(1, emu.clock.timeScale * 0.002), tick);
      }
    };
    this.cancelWatch = emu.scheduler.after(0, tick);
  }
}

function oneOf<T extends string>(value: unknown, field: string, choices: readonly T[]): T {
  return choices.includes(value as T) ? (value as T) : badRequest(`${field} must be one of ${choices.join(', ')}`);
}

interface LbBody {
  properties?: { loadBalancingRules?: { name?: string; properties?: { backendAddressPool?: { id?: string } } }[] };
}

function takesTraffic(control: EmulatorControl, emu: EmulatorContext, version: string): boolean {
  const scaleSets = control.listResources('Microsoft.Compute/virtualMachineScaleSets');
  for (const lb of control.listResources('Microsoft.Network/loadBalancers')) {
    for (const rule of (lb.body as LbBody).properties?.loadBalancingRules ?? []) {
      const pool = rule.properties?.backendAddressPool?.id?.toLowerCase();
      if (!pool || rule.name?.toLowerCase() === 'preview') continue;
      const behind = scaleSets.filter((s) => JSON.stringify(s.body).toLowerCase().includes(`"${pool}"`));
      if (behind.some((s) => control.scaleSetInstances(s.id).some((i) => i.version === version && i.serving)))
        return true;
    }
  }
  for (const site of deployWorld(emu).sites.values()) {
    const content = site.slot()?.app?.content ?? '';
    if (content.endsWith(`:${version}`)) return true;
  }
  return false;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    badRequest('the body must be JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) badRequest('the body must be a JSON object');
  return value as Record<string, unknown>;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

/** Where a client finds a running emulator. */
export interface ControlConnection {
  endpoint: string;
  caPem: string;
}

/** Client side: one control call; resolves with the JSON answer, rejects with the API's message. */
export function callControl(conn: ControlConnection, method: string, path: string, body?: unknown): Promise<unknown> {
  const url = new URL(`${CONTROL_PREFIX}${path}`, conn.endpoint);
  const payload = body === undefined ? '' : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        ca: conn.caPem,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        signal: AbortSignal.timeout(10_000),
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => {
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            return reject(
              new Error(`${method} ${url.pathname}: HTTP ${res.statusCode}, not the emulator's control API`),
            );
          }
          const error = (json as { error?: { message?: string } }).error;
          if ((res.statusCode ?? 500) >= 400) reject(new Error(error?.message ?? `HTTP ${res.statusCode}`));
          else resolve(json);
        });
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) =>
      reject(new Error(`cannot reach the emulator at ${conn.endpoint} (${e.code ?? e.message})`)),
    );
    req.end(payload);
  });
}
