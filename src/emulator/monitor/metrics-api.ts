import { ArmError, resourceNotFound } from '../errors.js';
import type { Router } from '../router.js';
import type { StoredResource } from '../state.js';
import type { ArmRequest, Reply } from '../types.js';
import { durationMs, formatDuration, formatTimeSpan, isoSeconds, parseTimespan, type TimeRange } from './durations.js';
import {
  AGGREGATIONS,
  metricsOf,
  TIME_GRAINS_MS,
  type Aggregation,
  type MetricDefinition,
  type ResourceMetrics,
} from './metric-catalog.js';
import { FilterError, parseMetricFilter, type DimensionCondition } from './metric-filter.js';
import { aggregate, computeSeries, type Series } from './metric-series.js';
import { metricInputs } from './inputs.js';
import { signalsOf } from './signals.js';

/**
 * `GET {resourceUri}/providers/Microsoft.Insights/metrics` (Metrics_List) and
 * `…/metricDefinitions` (MetricDefinitions_List), as specified in
 * specification/monitor/resource-manager/Microsoft.Insights/Insights/stable/2024-02-01/metrics_API.json
 * and metricDefinitions_API.json (the api-version @azure/arm-monitor 8 sends).
 *
 * Errors of the metrics service are not wrapped in `error` (ErrorContract / observed answers):
 * an unknown metric name answers 400 `{"code":"BadRequest","message":"Failed to find metric
 * configuration for provider: …, resource Type: …, metric: …, Valid metrics: …"}` (Azure/azure-sdk-for-net#29584,
 * Azure/azure-libraries-for-java#688); a dimension the metric lacks "Metric: … does not support
 * requested dimension combination: …, supported ones are: …" (tomkerkhove/promitor#2084); a time
 * grain it lacks "Invalid time grain duration: PT3M, supported ones are: 00:01:00,…"
 * (Azure/azure-libraries-for-net#495).
 */
export const METRICS_API_VERSIONS = ['2018-01-01', '2019-07-01', '2021-05-01', '2023-10-01', '2024-02-01'];
/** Without `timespan`, the last hour (a model choice: the spec gives no default). */
const DEFAULT_TIMESPAN_MS = 3600_000;

export function registerMetricsApi(router: Router): void {
  const base = { apiVersions: METRICS_API_VERSIONS, resourceType: 'Microsoft.Insights/metrics', write: false };
  router.add({
    ...base,
    method: 'GET',
    path: '/{*resourceUri}/providers/Microsoft.Insights/metrics',
    operation: 'Metrics_List',
    handler: flatErrors(listMetrics),
  });
  router.add({
    ...base,
    resourceType: 'Microsoft.Insights/metricDefinitions',
    method: 'GET',
    path: '/{*resourceUri}/providers/Microsoft.Insights/metricDefinitions',
    operation: 'MetricDefinitions_List',
    handler: flatErrors(listDefinitions),
  });
}

/** An error of the metrics service itself: answered `{ code, message }`, without the ARM envelope. */
export class MetricsError extends Error {
  constructor(
    message: string,
    readonly code = 'BadRequest',
    readonly status = 400,
  ) {
    super(message);
  }
}

function flatErrors(handler: (req: ArmRequest) => Reply): (req: ArmRequest) => Reply {
  return (req) => {
    try {
      return handler(req);
    } catch (e) {
      if (e instanceof MetricsError) return { status: e.status, body: { code: e.code, message: e.message } };
      throw e;
    }
  };
}

function listMetrics(req: ArmRequest): Reply {
  const { resource, catalog } = target(req);
  const q = req.query;
  checkNamespace(q.get('metricnamespace'), catalog, resource);
  const defs = metricNamesOf(q.get('metricnames'), catalog, resource);
  const now = req.emu.clock.now();
  const range = timespanOf(q.get('timespan'), now);
  const grain = grainOf(q.get('interval'), q.get('AutoAdjustTimegrain') === 'true');
  const aggregations = aggregationsOf(q.get('aggregation'));
  const conditions = filterOf(q.get('$filter'));
  const validate = q.get('ValidateDimensions') !== 'false';
  const rollUpBy = (q.get('rollupby') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const metadataOnly = (q.get('resultType') ?? '').toLowerCase() === 'metadata';
  const limit = topOf(q.get('top'), conditions.length > 0);
  const order = orderOf(q.get('orderby'));
  const signals = signalsOf(req.emu);
  let cost = 0;
  const value = defs.map((def) => {
    const own = dimensionsFor(def, conditions, validate);
    const inputs = metricInputs(signals, resource, range.startMs, range.endMs);
    let series = computeSeries(def, def.observe(inputs), { range, grain, conditions: own, rollUpBy });
    series = ordered(series, order ?? { aggregation: aggregations?.[0] ?? def.primaryAggregation, desc: true }, limit);
    cost += series.reduce((n, s) => n + s.points.length, 0);
    return metricBody(resource, def, series, aggregations ?? [def.primaryAggregation], metadataOnly);
  });
  return {
    status: 200,
    body: {
      cost,
      timespan: `${isoSeconds(range.startMs)}/${isoSeconds(range.endMs)}`,
      ...(metadataOnly
        ? {}
        : { interval: grain === 'FULL' ? formatDuration(range.endMs - range.startMs) : formatDuration(grain) }),
      namespace: catalog.namespace.toLowerCase(),
      resourceregion: String(resource.body['location'] ?? ''),
      value,
    },
  };
}

function listDefinitions(req: ArmRequest): Reply {
  const { resource, catalog } = target(req);
  checkNamespace(req.query.get('metricnamespace'), catalog, resource);
  const value = catalog.metrics.map((def) => ({
    id: `${resource.id}/providers/microsoft.insights/metricdefinitions/${def.name}`,
    resourceId: resource.id,
    namespace: catalog.namespace,
    name: { value: def.name, localizedValue: def.displayName },
    displayDescription: def.description,
    category: def.counter ? 'Traffic' : 'Availability',
    metricClass: def.counter ? 'Transactions' : 'Availability',
    unit: def.unit,
    primaryAggregationType: def.primaryAggregation,
    supportedAggregationTypes: [...AGGREGATIONS],
    metricAvailabilities: TIME_GRAINS_MS.map((g) => ({ timeGrain: formatDuration(g), retention: 'P93D' })),
    isDimensionRequired: false,
    dimensions: def.dimensions.map((d) => ({ value: d, localizedValue: d })),
  }));
  return { status: 200, body: { value } };
}

/** The resource (404 from Resource Manager when absent) and its metrics. */
export function target(req: ArmRequest): { resource: StoredResource; catalog: ResourceMetrics } {
  const id = `/${req.params['resourceUri'] ?? ''}`.replace(/\/+$/, '');
  const sub = /^\/subscriptions\/([^/]+)/i.exec(id)?.[1];
  if (sub && sub.toLowerCase() !== req.emu.subscriptionId.toLowerCase())
    throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`);
  const resource = req.emu.state.get(id);
  const { provider, type, name, group } = parseId(id);
  if (!resource) throw resourceNotFound(`${provider}/${type}`, name, group);
  const catalog = metricsOf(resource.type) ?? { namespace: resource.type, metrics: [] };
  return { resource, catalog };
}

function parseId(id: string): { provider: string; type: string; name: string; group: string | undefined } {
  const parts = id.split('/').filter(Boolean);
  const p = parts.map((x) => x.toLowerCase()).lastIndexOf('providers');
  const group = parts[parts.map((x) => x.toLowerCase()).indexOf('resourcegroups') + 1];
  const rest = p >= 0 ? parts.slice(p + 1) : [];
  const types = rest.slice(1).filter((_, i) => i % 2 === 0);
  return { provider: rest[0] ?? '', type: types.join('/'), name: parts.at(-1) ?? '', group };
}

function checkNamespace(namespace: string | null, catalog: ResourceMetrics, resource: StoredResource): void {
  if (namespace === null || namespace.toLowerCase() === catalog.namespace.toLowerCase()) return;
  // Chosen wording: the namespace of a resource's platform metrics is its type.
  throw new MetricsError(
    `Metric namespace '${namespace}' is not valid for resource '${resource.id}'. Valid metric namespaces: ${catalog.namespace}`,
  );
}

function metricNamesOf(names: string | null, catalog: ResourceMetrics, resource: StoredResource): MetricDefinition[] {
  const wanted = (names ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (wanted.length === 0) return catalog.metrics.slice(0, 1);
  if (wanted.length > 20) throw new MetricsError('The number of metric names cannot exceed 20.');
  return wanted.map((name) => {
    const def = catalog.metrics.find((m) => m.name.toLowerCase() === name.toLowerCase());
    if (def) return def;
    const { provider, type } = parseId(resource.id);
    throw new MetricsError(
      `Failed to find metric configuration for provider: ${provider}, resource Type: ${type}, metric: ${name}, ` +
        `Valid metrics: ${catalog.metrics.map((m) => m.name).join(',')}`,
    );
  });
}

function timespanOf(text: string | null, now: number): TimeRange {
  if (text === null) return { startMs: now - DEFAULT_TIMESPAN_MS, endMs: now };
  const range = parseTimespan(text, now);
  if (!range) throw new MetricsError(`Invalid timespan '${text}': expected 'startDateTime_ISO/endDateTime_ISO'.`);
  return range;
}

function grainOf(text: string | null, autoAdjust: boolean): number | 'FULL' {
  if (text === null) return 60_000;
  if (text.toUpperCase() === 'FULL') return 'FULL';
  const ms = durationMs(text);
  if (ms !== undefined && TIME_GRAINS_MS.includes(ms)) return ms;
  if (ms !== undefined && autoAdjust) {
    return TIME_GRAINS_MS.reduce((best, g) => (Math.abs(g - ms) < Math.abs(best - ms) ? g : best));
  }
  throw new MetricsError(
    `Invalid time grain duration: ${text}, supported ones are: ${TIME_GRAINS_MS.map(formatTimeSpan).join(',')}`,
  );
}

function aggregationsOf(text: string | null): Aggregation[] | undefined {
  if (text === null || text.trim() === '') return undefined;
  return text.split(',').map((raw) => {
    const a = AGGREGATIONS.find((x) => x.toLowerCase() === raw.trim().toLowerCase());
    if (!a)
      throw new MetricsError(`Invalid aggregation type '${raw.trim()}'. Valid values: ${AGGREGATIONS.join(', ')}`);
    return a;
  });
}

function filterOf(text: string | null): DimensionCondition[] {
  if (text === null || text.trim() === '') return [];
  try {
    return parseMetricFilter(text);
  } catch (e) {
    if (e instanceof FilterError) throw new MetricsError(`Invalid $filter: ${e.message}`);
    throw e;
  }
}

/**
 * The conditions with the metric's own spelling of dimension names. A dimension the metric lacks
 * fails the request (ValidateDimensions, default true) or is ignored (false).
 */
export function dimensionsFor(
  def: MetricDefinition,
  conditions: DimensionCondition[],
  validate: boolean,
): DimensionCondition[] {
  const own = conditions.flatMap((c) => {
    const name = def.dimensions.find((d) => d.toLowerCase() === c.name.toLowerCase());
    return name ? [{ ...c, name }] : [];
  });
  if (validate && own.length < conditions.length) {
    throw new MetricsError(
      `Metric: ${def.name} does not support requested dimension combination: ` +
        `${conditions.map((c) => c.name.toLowerCase()).join(',')}, supported ones are: ${def.dimensions.join(',')}`,
    );
  }
  return own;
}

function topOf(text: string | null, filtered: boolean): number | undefined {
  if (text === null) return filtered ? 10 : undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new MetricsError(`Invalid top '${text}': expected a positive integer.`);
  return n;
}

function orderOf(text: string | null): { aggregation: Aggregation; desc: boolean } | undefined {
  if (text === null || text.trim() === '') return undefined;
  const [rawAgg = '', dir = 'desc'] = text.trim().split(/\s+/);
  const name = rawAgg.toLowerCase() === 'sum' ? 'total' : rawAgg.toLowerCase();
  const aggregation = AGGREGATIONS.find((a) => a.toLowerCase() === name);
  if (!aggregation || !/^(asc|desc)$/i.test(dir)) throw new MetricsError(`Invalid orderby '${text}'.`);
  return { aggregation, desc: dir.toLowerCase() === 'desc' };
}

function ordered(
  series: Series[],
  order: { aggregation: Aggregation; desc: boolean },
  limit: number | undefined,
): Series[] {
  if (series.length <= 1) return series;
  const value = (s: Series) => aggregate(s.overall, order.aggregation) ?? -Infinity;
  const sorted = [...series].sort((a, b) => (order.desc ? value(b) - value(a) : value(a) - value(b)));
  return limit === undefined ? sorted : sorted.slice(0, limit);
}

function metricBody(
  resource: StoredResource,
  def: MetricDefinition,
  series: Series[],
  aggregations: Aggregation[],
  metadataOnly: boolean,
): Record<string, unknown> {
  return {
    id: `${resource.id}/providers/Microsoft.Insights/metrics/${def.name}`,
    type: 'Microsoft.Insights/metrics',
    name: { value: def.name, localizedValue: def.displayName },
    displayDescription: def.description,
    unit: def.unit,
    timeseries: series.map((s) => ({
      metadatavalues: s.dims.map(([d, v]) => ({
        name: { value: d.toLowerCase(), localizedValue: d.toLowerCase() },
        value: v,
      })),
      ...(metadataOnly
        ? {}
        : {
            data: s.points.map((p) => {
              const point: Record<string, unknown> = { timeStamp: isoSeconds(p.timeMs) };
              for (const a of aggregations) {
                const v = aggregate(p.stats, a);
                if (v !== undefined) point[a.toLowerCase()] = v;
              }
              return point;
            }),
          }),
    })),
    errorCode: 'Success',
  };
}
