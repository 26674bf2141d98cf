/**
 * The `monitoring` section of a world file (README "Worlds", schema/emulator-world.schema.json):
 * Application Insights components and Log Analytics workspaces with the targets whose requests they
 * receive, metric alert rules on a target's resources, and synthetic load from the start. Validated
 * here (values never echoed in errors), built after the targets by `buildMonitoring`.
 */
import type { Emulator } from './index.js';
import { metricsOf } from './monitor/metric-catalog.js';
import type { Fields, WorldTarget } from './world.js';

export type MonitoredResource = 'web-app' | 'slot' | 'load-balancer' | 'scale-set';

export interface WorldSink {
  name: string;
  /** World target names whose requests it receives; undefined = all. */
  sources?: string[];
}

export interface WorldAlertRule {
  name: string;
  target: string;
  resource: MonitoredResource;
  metric: string;
  aggregation: 'Average' | 'Count' | 'Minimum' | 'Maximum' | 'Total';
  operator: 'Equals' | 'GreaterThan' | 'GreaterThanOrEqual' | 'LessThan' | 'LessThanOrEqual';
  threshold: number;
  window: string;
  frequency: string;
  severity: number;
}

export interface WorldLoad {
  target: string;
  rps: number;
  path: string;
}

export interface WorldMonitoring {
  components: WorldSink[];
  workspaces: WorldSink[];
  alerts: WorldAlertRule[];
  load: WorldLoad[];
}

/** What a release's gates need to know: resource ids and the ids the query API takes. */
export interface MonitoringInfo {
  components: Record<string, { id: string; appId: string }>;
  workspaces: Record<string, { id: string; customerId: string }>;
  alertRules: Record<string, string>;
}

const SINK_NAME = /^[A-Za-z0-9][A-Za-z0-9._()-]{0,62}$/;
const RESOURCES: readonly MonitoredResource[] = ['web-app', 'slot', 'load-balancer', 'scale-set'];
const AGGREGATIONS = ['Average', 'Count', 'Minimum', 'Maximum', 'Total'] as const;
const OPERATORS = ['Equals', 'GreaterThan', 'GreaterThanOrEqual', 'LessThan', 'LessThanOrEqual'] as const;
const ALERT_FIELDS = [
  'name',
  'target',
  'resource',
  'metric',
  'aggregation',
  'operator',
  'threshold',
  'window',
  'frequency',
  'severity',
];

export function validateMonitoring(v: Fields, raw: unknown, targets: WorldTarget[]): WorldMonitoring | undefined {
  if (raw === undefined) return undefined;
  const o = v.object(raw, 'monitoring', ['components', 'workspaces', 'alerts', 'load']);
  const names = targets.map((t) => t.name.toLowerCase());
  const targetName = (value: unknown, at: string) => {
    const name = v.match(value, at, /^[A-Za-z0-9-]{1,41}$/, 'a target name');
    if (!names.includes(name.toLowerCase())) v.fail(at, 'is not one of targets');
    return name;
  };
  const sinks = (key: 'components' | 'workspaces') =>
    (o[key] === undefined ? [] : v.list(o[key], `monitoring.${key}`, 0)).map((item, i) => {
      const at = `monitoring.${key}[${i}]`;
      const s = v.object(item, at, ['name', 'sources']);
      const sources =
        s['sources'] === undefined
          ? undefined
          : v.list(s['sources'], `${at}.sources`, 1).map((x, k) => targetName(x, `${at}.sources[${k}]`));
      return { name: v.match(s['name'], `${at}.name`, SINK_NAME, 'a resource name'), ...(sources ? { sources } : {}) };
    });
  const alerts = (o['alerts'] === undefined ? [] : v.list(o['alerts'], 'monitoring.alerts', 0)).map((item, i) =>
    alertRule(v, item, `monitoring.alerts[${i}]`, targets, targetName),
  );
  const load = (o['load'] === undefined ? [] : v.list(o['load'], 'monitoring.load', 0)).map((item, i) => {
    const at = `monitoring.load[${i}]`;
    const l = v.object(item, at, ['target', 'rps', 'path']);
    return {
      target: targetName(l['target'], `${at}.target`),
      rps: v.int(l['rps'], `${at}.rps`, 0, 1000),
      path: v.match(l['path'] ?? '/', `${at}.path`, /^\/[^\s]*$/, 'a path starting with /'),
    };
  });
  return { components: sinks('components'), workspaces: sinks('workspaces'), alerts, load };
}

function alertRule(
  v: Fields,
  raw: unknown,
  at: string,
  targets: WorldTarget[],
  targetName: (value: unknown, at: string) => string,
): WorldAlertRule {
  const a = v.object(raw, at, ALERT_FIELDS);
  const name = v.match(a['name'], `${at}.name`, SINK_NAME, 'a rule name');
  const target = targetName(a['target'], `${at}.target`);
  const shape = targets.find((t) => t.name.toLowerCase() === target.toLowerCase())!.shape;
  const metric = v.match(a['metric'], `${at}.metric`, /^.{1,80}$/, 'a metric name');
  const candidates = resourcesOf(shape);
  const resource =
    a['resource'] === undefined
      ? (candidates.find((r) => hasMetric(r, metric)) ??
        v.fail(`${at}.metric`, `is not a metric of this target's resources (${candidates.join(', ')})`))
      : v.oneOf(a['resource'], `${at}.resource`, RESOURCES);
  if (!candidates.includes(resource))
    v.fail(`${at}.resource`, `must be one of ${candidates.join(', ')} for this target`);
  if (!hasMetric(resource, metric)) v.fail(`${at}.metric`, `is not a metric of the ${resource}`);
  if (typeof a['threshold'] !== 'number' || !Number.isFinite(a['threshold']))
    v.fail(`${at}.threshold`, 'must be a number');
  return {
    name,
    target,
    resource,
    metric,
    aggregation: v.oneOf(a['aggregation'] ?? 'Total', `${at}.aggregation`, AGGREGATIONS),
    operator: v.oneOf(a['operator'] ?? 'GreaterThan', `${at}.operator`, OPERATORS),
    threshold: a['threshold'] as number,
    window: v.oneOf(a['window'] ?? 'PT5M', `${at}.window`, [
      'PT1M',
      'PT5M',
      'PT15M',
      'PT30M',
      'PT1H',
      'PT6H',
      'PT12H',
      'P1D',
    ]),
    frequency: v.oneOf(a['frequency'] ?? 'PT1M', `${at}.frequency`, ['PT1M', 'PT5M', 'PT15M', 'PT30M', 'PT1H']),
    severity: v.int(a['severity'] ?? 2, `${at}.severity`, 0, 4),
  };
}

const TYPES: Record<MonitoredResource, string> = {
  'web-app': 'Microsoft.Web/sites',
  slot: 'Microsoft.Web/sites/slots',
  'load-balancer': 'Microsoft.Network/loadBalancers',
  'scale-set': 'Microsoft.Compute/virtualMachineScaleSets',
};

function resourcesOf(shape: WorldTarget['shape']): MonitoredResource[] {
  return shape === 'web-app' ? ['web-app', 'slot'] : ['load-balancer', 'scale-set'];
}

function hasMetric(resource: MonitoredResource, metric: string): boolean {
  return Boolean(metricsOf(TYPES[resource])?.metrics.some((m) => m.name.toLowerCase() === metric.toLowerCase()));
}

/**
 * The resource ids of a world target: its web app (a web app covers its slots) or its scale
 * sets (both colours of a pair: the idle one receives traffic after a switch) and load balancer.
 */
export function targetResources(rgId: string, t: WorldTarget): Record<MonitoredResource, string[]> {
  const compute = `${rgId}/providers/Microsoft.Compute/virtualMachineScaleSets`;
  if (t.shape === 'web-app') {
    const site = `${rgId}/providers/Microsoft.Web/sites/${t.name}`;
    return { 'web-app': [site], slot: [`${site}/slots/${t.slot}`], 'load-balancer': [], 'scale-set': [] };
  }
  const lb = [`${rgId}/providers/Microsoft.Network/loadBalancers/${t.name}-lb`];
  const sets =
    t.shape === 'scale-set-pair'
      ? [`${compute}/${t.name}-blue`, `${compute}/${t.name}-green`]
      : [`${compute}/${t.name}`];
  return { 'web-app': [], slot: [], 'load-balancer': lb, 'scale-set': sets };
}

/** Creates the section's resources on a built world; the request log is cleared afterwards by the caller. */
export function buildMonitoring(
  emu: Emulator,
  m: WorldMonitoring,
  world: { resourceGroup: string; targets: WorldTarget[] },
): MonitoringInfo {
  const rgId = `/subscriptions/${emu.subscriptionId}/resourceGroups/${world.resourceGroup}`;
  const byName = (name: string) => world.targets.find((t) => t.name.toLowerCase() === name.toLowerCase())!;
  const sources = (names: string[] | undefined) =>
    names?.flatMap((n) => {
      const r = targetResources(rgId, byName(n));
      return [...r['web-app'], ...r['scale-set']];
    });
  const monitor = emu.control.monitor;
  const info: MonitoringInfo = { components: {}, workspaces: {}, alertRules: {} };
  for (const c of m.components) {
    const res = monitor.createComponent(world.resourceGroup, c.name);
    if (c.sources) res.meta['sources'] = sources(c.sources);
    info.components[c.name] = {
      id: res.id,
      appId: String((res.body['properties'] as Record<string, unknown>)['AppId']),
    };
  }
  for (const w of m.workspaces) {
    const res = monitor.createWorkspace(world.resourceGroup, w.name);
    if (w.sources) res.meta['sources'] = sources(w.sources);
    const customerId = String((res.body['properties'] as Record<string, unknown>)['customerId']);
    info.workspaces[w.name] = { id: res.id, customerId };
  }
  for (const a of m.alerts) {
    const scope = targetResources(rgId, byName(a.target))[a.resource][0]!;
    const res = monitor.createAlertRule(world.resourceGroup, a.name, { ...a, scope });
    info.alertRules[a.name] = res.id;
  }
  for (const l of m.load) {
    const t = byName(l.target);
    const r = targetResources(rgId, t);
    const target =
      t.shape === 'web-app' ? { site: r['web-app'][0]! } : { loadBalancer: r['load-balancer'][0]!, port: t.livePort };
    monitor.setLoad(target, l.rps, { path: l.path });
  }
  return info;
}
