import type { EmulatorControl } from '../control.js';
import type { WorldInfo } from '../world-build.js';
import { ControlError, type AlertRuleInput, type LoadTargetInput } from './control.js';

/**
 * The signal model's part of the control API (`/_emulator/…`, control-api.ts): load, alert rules,
 * fired alerts, latency, telemetry sources and a telemetry summary. Same conventions: JSON in and
 * out, `{"error":{"code","message"}}` with 400 / 404.
 */
type Answer = { status?: number; body: unknown };
type Route = (body: Record<string, unknown>, query: URLSearchParams) => Answer;

export const MONITOR_OPERATIONS = [
  'GET|POST|DELETE /_emulator/load',
  'GET /_emulator/alerts',
  'POST /_emulator/alert-rules',
  'POST /_emulator/latency',
  'POST /_emulator/sources',
  'GET /_emulator/telemetry?minutes=N',
];

export function monitorRoutes(target: () => { control: EmulatorControl; world?: WorldInfo }): Record<string, Route> {
  const monitor = () => target().control.monitor;
  return {
    'GET load': () => ({ body: { load: monitor().load() } }),
    'POST load': (b) => {
      fields(b, ['target', 'loadBalancer', 'port', 'site', 'slot', 'requestsPerSecond', 'rps', 'path']);
      const rps = b['requestsPerSecond'] ?? b['rps'];
      if (typeof rps !== 'number' || !(rps >= 0 && rps <= 10_000))
        bad('requestsPerSecond must be a number from 0 to 10000 (0 stops the load)');
      const path = b['path'] ?? '/';
      if (typeof path !== 'string' || !path.startsWith('/')) bad('path must start with /');
      const status = monitor().setLoad(loadTarget(b, target().world), rps as number, { path: path as string });
      return { body: { load: status ?? null } };
    },
    'DELETE load': () => ({ body: { stopped: monitor().stopLoad() } }),
    'GET alerts': () => ({ body: { alerts: monitor().firedAlerts() } }),
    'POST alert-rules': (b) => {
      fields(b, [
        'resourceGroup',
        'name',
        'scope',
        'metric',
        'aggregation',
        'operator',
        'threshold',
        'window',
        'frequency',
        'severity',
        'description',
        'dimensions',
        'autoMitigate',
      ]);
      const group = (b['resourceGroup'] as string | undefined) ?? target().world?.resourceGroup;
      if (!group) bad('resourceGroup is required (the emulator has no world to take it from)');
      for (const key of ['name', 'scope', 'metric'] as const)
        if (typeof b[key] !== 'string' || b[key] === '') bad(`${key} must be a non-empty string`);
      if (typeof b['threshold'] !== 'number') bad('threshold must be a number');
      const rule = monitor().createAlertRule(group!, b['name'] as string, b as unknown as AlertRuleInput);
      return { status: 201, body: { id: rule.id, rule: rule.body } };
    },
    'POST latency': (b) => {
      fields(b, ['version', 'ms']);
      if (typeof b['version'] !== 'string' || b['version'] === '') bad('version must be a non-empty string');
      if (typeof b['ms'] !== 'number' || b['ms'] < 0) bad('ms must be a number >= 0 (0 removes)');
      monitor().setLatency(b['version'] as string, b['ms'] as number);
      return { body: { version: b['version'], ms: b['ms'] } };
    },
    'POST sources': (b) => {
      fields(b, ['resource', 'sources']);
      if (typeof b['resource'] !== 'string') bad('resource must name a component or workspace');
      const sources = b['sources'];
      if (sources !== undefined && (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string')))
        bad('sources must be a list of resource names or ids (omit for all)');
      monitor().setSources(b['resource'] as string, sources as string[] | undefined);
      return { body: { resource: b['resource'], sources: sources ?? 'all' } };
    },
    'GET telemetry': (_b, q) => ({ body: summary(target().control, q) }),
  };
}

/** Requests per resource and status class over the last `minutes` (default 5) of simulated time. */
function summary(control: EmulatorControl, q: URLSearchParams) {
  const minutes = Number(q.get('minutes') ?? 5);
  if (!(minutes > 0 && minutes <= 7 * 24 * 60)) bad('minutes must be a number from 1 to 10080');
  const now = control.now().getTime();
  const from = now - minutes * 60_000;
  const byResource: Record<string, Record<string, number>> = {};
  for (const r of control.monitor.requests(undefined, from, now + 1)) {
    const counts = (byResource[r.resourceId] ??= { requests: 0 });
    counts['requests']!++;
    const key = `${Math.floor(r.status / 100)}xx`;
    counts[key] = (counts[key] ?? 0) + 1;
    counts[`version ${r.version}`] = (counts[`version ${r.version}`] ?? 0) + 1;
  }
  return { from: new Date(from).toISOString(), to: new Date(now).toISOString(), resources: byResource };
}

/** `target` (a world target), `loadBalancer` [+ `port`], or `site` [+ `slot`]. */
function loadTarget(b: Record<string, unknown>, world: WorldInfo | undefined): LoadTargetInput {
  const str = (key: string) => (typeof b[key] === 'string' && b[key] !== '' ? (b[key] as string) : undefined);
  const port = b['port'];
  if (port !== undefined && (typeof port !== 'number' || !Number.isInteger(port))) bad('port must be a whole number');
  if (str('target')) {
    const t = Object.entries(world?.targets ?? {}).find(([n]) => n.toLowerCase() === str('target')!.toLowerCase())?.[1];
    if (!t)
      throw new ControlError(
        404,
        `no world target '${str('target')}' (targets: ${Object.keys(world?.targets ?? {}).join(', ') || 'none'})`,
      );
    const site = t.inputs['app-service'];
    if (site) return { site, slot: str('slot') };
    const lb = t.inputs['load-balancer'] ?? `${t.inputs['scale-set']}-lb`;
    return { loadBalancer: lb, port: port as number | undefined };
  }
  if (str('loadBalancer')) return { loadBalancer: str('loadBalancer')!, port: port as number | undefined };
  if (str('site')) return { site: str('site')!, slot: str('slot') };
  return bad('give target (a world target), loadBalancer [port] or site [slot]');
}

function fields(b: Record<string, unknown>, allowed: string[]): void {
  const unknown = Object.keys(b).find((k) => !allowed.includes(k));
  if (unknown) bad(`unknown field '${unknown}' (fields: ${allowed.join(', ')})`);
}

function bad(message: string): never {
  throw new ControlError(400, message);
}
