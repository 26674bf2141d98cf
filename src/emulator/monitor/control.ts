import { lbRulesOf } from '../providers/network-loadbalancers.js';
import type { Json, StoredResource } from '../state.js';
import type { EmulatorContext } from '../types.js';
import { SINGLE_RESOURCE } from './alert-rules.js';
import { alertBody } from './fired-alerts.js';
import { COMPONENT_TYPE, setSources, upsertComponent, WORKSPACE_TYPE } from './insights-resources.js';
import type { LoadStatus, LoadTarget } from './load.js';
import { upsertRule } from './metric-alerts-api.js';
import { signalsOf } from './signals.js';
import type { RequestRecord } from './telemetry.js';

/**
 * Test and demo hooks of the signal model (`control.monitor`, and over HTTP in control-routes.ts).
 * Resources may be named by id or by name (unique in the subscription).
 */
export type LoadTargetInput = { loadBalancer: string; port?: number } | { site: string; slot?: string };

export interface AlertRuleInput {
  /** The monitored resource (id or name). */
  scope: string;
  metric: string;
  aggregation?: 'Average' | 'Count' | 'Minimum' | 'Maximum' | 'Total';
  operator?: 'Equals' | 'GreaterThan' | 'GreaterThanOrEqual' | 'LessThan' | 'LessThanOrEqual';
  threshold: number;
  /** ISO 8601 durations; default PT5M window, PT1M frequency. */
  window?: string;
  frequency?: string;
  severity?: number;
  description?: string;
  /** Dimension conditions, e.g. `{ Instance: ['*'] }` (Include). */
  dimensions?: Record<string, string[]>;
  autoMitigate?: boolean;
}

export interface MonitorControl {
  /** Requests per simulated second on a load balancer rule (default: its first rule) or a slot; 0 stops. */
  setLoad(target: LoadTargetInput, requestsPerSecond: number, options?: { path?: string }): LoadStatus | undefined;
  load(): LoadStatus[];
  /** Stops every load generator; returns how many ran. */
  stopLoad(): number;
  /** Request telemetry of one resource (scale set, web app, slot), or of all, in simulated time [from, to). */
  requests(resourceId?: string, fromMs?: number, toMs?: number): RequestRecord[];
  /** Fired alerts as `Microsoft.AlertsManagement/alerts` bodies (with context). */
  firedAlerts(): Json[];
  /** Creates (or replaces) an Application Insights component; `sources`: resources whose telemetry it gets (default all). */
  createComponent(
    resourceGroup: string,
    name: string,
    options?: { location?: string; sources?: string[] },
  ): StoredResource;
  /** Creates (or replaces) a Log Analytics workspace; its `properties.customerId` is the query API's id. */
  createWorkspace(
    resourceGroup: string,
    name: string,
    options?: { location?: string; sources?: string[] },
  ): StoredResource;
  /** Which resources' telemetry a component or workspace receives (undefined or []: all). */
  setSources(componentOrWorkspace: string, sources: string[] | undefined): void;
  /** Creates (or replaces) a static-threshold metric alert rule in `resourceGroup`. */
  createAlertRule(resourceGroup: string, name: string, rule: AlertRuleInput): StoredResource;
  /** Requests to a release whose version contains `version` take `ms` longer (0 removes). */
  setLatency(version: string, ms: number): void;
}

export function monitorControl(emu: EmulatorContext): MonitorControl {
  const signals = () => signalsOf(emu);
  return {
    setLoad: (target, rps, options = {}) => signals().load.set(loadTarget(emu, target), rps, options.path ?? '/'),
    load: () => signals().load.list(),
    stopLoad: () => signals().load.clear(),
    requests(resourceId, fromMs = -Infinity, toMs = Infinity) {
      const t = signals().telemetry;
      return resourceId ? t.forResource(findId(emu, resourceId), fromMs, toMs) : t.matching(() => true, fromMs, toMs);
    },
    firedAlerts: () => signals().alerts.all.map((a) => alertBody(a, true)),
    createComponent(resourceGroup, name, options = {}) {
      const id = `/subscriptions/${emu.subscriptionId}/resourceGroups/${resourceGroup}/providers/${COMPONENT_TYPE}/${name}`;
      const res = upsertComponent(emu, id, {
        location: options.location ?? locationOf(emu, resourceGroup),
        kind: 'web',
        properties: { Application_Type: 'web' },
      });
      setSources(emu, res.id, resolveSources(emu, options.sources));
      return res;
    },
    createWorkspace(resourceGroup, name, options = {}) {
      const id = `/subscriptions/${emu.subscriptionId}/resourceGroups/${resourceGroup}/providers/${WORKSPACE_TYPE}/${name}`;
      const existing = emu.state.get(id);
      const old = (existing?.body['properties'] ?? {}) as Json;
      const now = new Date(emu.clock.now()).toISOString();
      const body: Json = {
        id,
        name,
        type: WORKSPACE_TYPE,
        location: options.location ?? locationOf(emu, resourceGroup),
        tags: {},
        properties: {
          customerId: old['customerId'] ?? emu.random.uuid(),
          provisioningState: 'Succeeded',
          sku: { name: 'PerGB2018' },
          retentionInDays: 30,
          publicNetworkAccessForIngestion: 'Enabled',
          publicNetworkAccessForQuery: 'Enabled',
          createdDate: old['createdDate'] ?? now,
          modifiedDate: now,
        },
      };
      const res = emu.state.put({
        id,
        type: WORKSPACE_TYPE,
        body,
        createdAtMs: emu.clock.now(),
        meta: existing?.meta ?? {},
      });
      setSources(emu, res.id, resolveSources(emu, options.sources));
      return res;
    },
    setSources: (target, sources) => setSources(emu, findId(emu, target), resolveSources(emu, sources)),
    createAlertRule(resourceGroup, name, rule) {
      const group = `/subscriptions/${emu.subscriptionId}/resourceGroups/${resourceGroup}`;
      const id = `${group}/providers/Microsoft.Insights/metricAlerts/${name}`;
      return upsertRule(emu, id, ruleBody(emu, rule));
    },
    setLatency(version, ms) {
      const byVersion = signals().telemetry.latency.byVersion;
      if (ms > 0) byVersion.set(version, ms);
      else byVersion.delete(version);
    },
  };
}

/** A metric alert rule body (2026-01-01 wire shape) from the short form. */
export function ruleBody(emu: EmulatorContext, rule: AlertRuleInput): Json {
  const scope = findId(emu, rule.scope);
  return {
    location: 'global',
    properties: {
      description: rule.description ?? '',
      severity: rule.severity ?? 2,
      enabled: true,
      scopes: [scope],
      evaluationFrequency: rule.frequency ?? 'PT1M',
      windowSize: rule.window ?? 'PT5M',
      autoMitigate: rule.autoMitigate ?? true,
      criteria: {
        'odata.type': SINGLE_RESOURCE,
        allOf: [
          {
            criterionType: 'StaticThresholdCriterion',
            name: 'Metric1',
            metricName: rule.metric,
            timeAggregation: rule.aggregation ?? 'Total',
            operator: rule.operator ?? 'GreaterThan',
            threshold: rule.threshold,
            dimensions: Object.entries(rule.dimensions ?? {}).map(([name, values]) => ({
              name,
              operator: 'Include',
              values,
            })),
          },
        ],
      },
      actions: [],
    },
  };
}

/** A resource id from an id or a name unique among the subscription's resources. */
export function findId(emu: EmulatorContext, idOrName: string, type?: string): string {
  if (idOrName.startsWith('/')) {
    const res = emu.state.get(idOrName);
    if (!res) throw new ControlError(404, `no resource '${idOrName}'`);
    return res.id;
  }
  const matches = emu.state
    .all()
    .filter((r) => (r.body['name'] as string | undefined)?.toLowerCase() === idOrName.toLowerCase())
    .filter((r) => !type || r.type.toLowerCase() === type.toLowerCase())
    .filter((r) => r.type.split('/').length === 2);
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0)
    throw new ControlError(404, `no resource named '${idOrName}'${type ? ` of type ${type}` : ''}`);
  throw new ControlError(
    400,
    `'${idOrName}' names ${matches.length} resources: give an id (${matches.map((m) => m.id).join(', ')})`,
  );
}

function resolveSources(emu: EmulatorContext, sources: string[] | undefined): string[] | undefined {
  return sources?.map((s) => findId(emu, s));
}

function loadTarget(emu: EmulatorContext, input: LoadTargetInput): LoadTarget {
  if ('loadBalancer' in input) {
    const id = findId(emu, input.loadBalancer, 'Microsoft.Network/loadBalancers');
    const rules = lbRulesOf(emu.state.get(id)!);
    const port = input.port ?? rules[0]?.frontendPort;
    if (port === undefined || !rules.some((r) => r.frontendPort === port))
      throw new ControlError(
        400,
        `load balancer '${input.loadBalancer}' has no rule on port ${String(port)} ` +
          `(rules: ${rules.map((r) => r.frontendPort).join(', ') || 'none'})`,
      );
    return { kind: 'load-balancer', loadBalancerId: id, frontendPort: port };
  }
  const siteId = findId(emu, input.site, 'Microsoft.Web/sites');
  return { kind: 'app-service', siteId, slot: (input.slot ?? 'production').toLowerCase() };
}

function locationOf(emu: EmulatorContext, resourceGroup: string): string {
  const group = emu.state.get(`/subscriptions/${emu.subscriptionId}/resourceGroups/${resourceGroup}`);
  if (!group) throw new ControlError(404, `no resource group '${resourceGroup}'`);
  return String(group.body['location'] ?? 'westeurope');
}

/** A control call's problem, with the HTTP status the control API answers. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
