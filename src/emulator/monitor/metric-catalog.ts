import type { MetricSample } from './sampler.js';
import type { RequestRecord } from './telemetry.js';

/**
 * The platform metrics the emulator serves, per resource type, named and described as Azure
 * Monitor's reference lists them ("Supported metrics for …", learn.microsoft.com/azure/azure-monitor/
 * reference/supported-metrics/): Microsoft.Web/sites and sites/slots (a subset: the request
 * metrics), Microsoft.Network/loadBalancers (probe and data path availability),
 * Microsoft.Compute/virtualMachineScaleSets (Percentage CPU, a model) and
 * microsoft.insights/components (the standard request metrics of Application Insights).
 * Every value comes from the request telemetry or the sampler, so metrics, alerts and queries agree.
 */
export type Aggregation = 'Average' | 'Count' | 'Minimum' | 'Maximum' | 'Total';
export const AGGREGATIONS: readonly Aggregation[] = ['Average', 'Count', 'Minimum', 'Maximum', 'Total'];

export interface Observation {
  timeMs: number;
  /** Dimension values by the definition's dimension names. */
  dims: Record<string, string>;
  value: number;
}

/** What a metric reads, already narrowed to the resource and the time range. */
export interface MetricInputs {
  records(): RequestRecord[];
  samples(metric: string): MetricSample[];
}

export interface MetricDefinition {
  name: string;
  displayName: string;
  description: string;
  unit: string;
  primaryAggregation: Aggregation;
  dimensions: readonly string[];
  /**
   * A counter (requests, errors) reports 0 for an interval without events — App Service emits its
   * request metrics every minute; a gauge (availability, CPU) reports no value without samples.
   */
  counter: boolean;
  observe(inputs: MetricInputs): Observation[];
}

export interface ResourceMetrics {
  /** The metric namespace (the resource type), as the metric definitions spell it. */
  namespace: string;
  metrics: readonly MetricDefinition[];
}

/** Time grains every served metric supports (Azure's common grains, "Supported metrics" tables: PT1M). */
export const TIME_GRAINS_MS: readonly number[] = [1, 5, 15, 30, 60, 360, 720, 1440].map((m) => m * 60_000);

const countIf = (match: (r: RequestRecord) => boolean, dims: (r: RequestRecord) => Record<string, string>) => {
  return (inputs: MetricInputs): Observation[] =>
    inputs
      .records()
      .filter(match)
      .map((r) => ({ timeMs: r.timeMs, dims: dims(r), value: 1 }));
};

const instanceDim = (r: RequestRecord) => ({ Instance: r.instance });
const inClass = (low: number, high: number) => (r: RequestRecord) => r.status >= low && r.status < high;
const appCounter = (name: string, displayName: string, description: string, match: (r: RequestRecord) => boolean) => ({
  name,
  displayName,
  description,
  unit: 'Count',
  primaryAggregation: 'Total' as const,
  dimensions: ['Instance'],
  counter: true,
  observe: countIf(match, instanceDim),
});
const responseTime = (name: string, displayName: string, description: string) => ({
  name,
  displayName,
  description,
  unit: 'Seconds',
  primaryAggregation: 'Average' as const,
  dimensions: ['Instance'],
  counter: false,
  observe: (inputs: MetricInputs) =>
    inputs.records().map((r) => ({ timeMs: r.timeMs, dims: instanceDim(r), value: r.durationMs / 1000 })),
});

/** "Supported metrics for Microsoft.Web/sites" (the request metrics; slots have the same). */
const APP_SERVICE: readonly MetricDefinition[] = [
  appCounter(
    'Requests',
    'Requests',
    'The total number of requests regardless of their resulting HTTP status code.',
    () => true,
  ),
  appCounter(
    'Http2xx',
    'Http 2xx',
    'The count of requests resulting in an HTTP status code >= 200 but < 300.',
    inClass(200, 300),
  ),
  appCounter(
    'Http3xx',
    'Http 3xx',
    'The count of requests resulting in an HTTP status code >= 300 but < 400.',
    inClass(300, 400),
  ),
  appCounter('Http401', 'Http 401', 'The count of requests resulting in HTTP 401 status code.', inClass(401, 402)),
  appCounter('Http403', 'Http 403', 'The count of requests resulting in HTTP 403 status code.', inClass(403, 404)),
  appCounter('Http404', 'Http 404', 'The count of requests resulting in HTTP 404 status code.', inClass(404, 405)),
  appCounter('Http406', 'Http 406', 'The count of requests resulting in HTTP 406 status code.', inClass(406, 407)),
  appCounter(
    'Http4xx',
    'Http 4xx',
    'The count of requests resulting in an HTTP status code >= 400 but < 500.',
    inClass(400, 500),
  ),
  appCounter(
    'Http5xx',
    'Http Server Errors',
    'The count of requests resulting in an HTTP status code >= 500 but < 600.',
    inClass(500, 600),
  ),
  responseTime('HttpResponseTime', 'Response Time', 'The time taken for the app to serve requests, in seconds.'),
  responseTime(
    'AverageResponseTime',
    'Average Response Time (deprecated)',
    'The average time taken for the app to serve requests, in seconds.',
  ),
];

const sampled = (
  name: string,
  displayName: string,
  description: string,
  unit: string,
  dimensions: readonly string[],
): MetricDefinition => ({
  name,
  displayName,
  description,
  unit,
  primaryAggregation: 'Average',
  dimensions,
  counter: false,
  observe: (inputs) => inputs.samples(name).map((s) => ({ timeMs: s.timeMs, dims: s.dims, value: s.value })),
});

/** "Supported metrics for Microsoft.Network/loadBalancers" (the availability metrics). */
const LOAD_BALANCER: readonly MetricDefinition[] = [
  sampled(
    'VipAvailability',
    'Data Path Availability',
    'Average Load Balancer data path availability per time duration',
    'Count',
    ['FrontendIPAddress', 'FrontendPort'],
  ),
  sampled(
    'DipAvailability',
    'Health Probe Status',
    'Average Load Balancer health probe status per time duration',
    'Count',
    ['ProtocolType', 'BackendPort', 'FrontendIPAddress', 'FrontendPort', 'BackendIPAddress'],
  ),
];

/** "Supported metrics for Microsoft.Compute/virtualMachineScaleSets" (CPU only, a model). */
const SCALE_SET: readonly MetricDefinition[] = [
  sampled(
    'Percentage CPU',
    'Percentage CPU',
    'The percentage of allocated compute units that are currently in use by the Virtual Machine(s)',
    'Percent',
    ['VMName'],
  ),
];

const aiDims = (r: RequestRecord) => ({
  'request/performanceBucket': performanceBucket(r.durationMs),
  'request/resultCode': String(r.status),
  'operation/synthetic': String(r.synthetic),
  'cloud/roleInstance': r.roleInstance,
  'request/success': String(r.success),
  'cloud/roleName': r.roleName,
});
const AI_DIMENSIONS = Object.keys(aiDims({ durationMs: 0, status: 200 } as RequestRecord));

/** "Supported metrics for microsoft.insights/components" (the server request metrics). */
const COMPONENT: readonly MetricDefinition[] = [
  {
    name: 'requests/count',
    displayName: 'Server requests',
    description: 'Count HTTP requests completed.',
    unit: 'Count',
    primaryAggregation: 'Count',
    dimensions: AI_DIMENSIONS,
    counter: true,
    observe: countIf(() => true, aiDims),
  },
  {
    name: 'requests/failed',
    displayName: 'Failed requests',
    description: 'Count of HTTP requests marked as failed.',
    unit: 'Count',
    primaryAggregation: 'Count',
    dimensions: AI_DIMENSIONS,
    counter: true,
    observe: countIf((r) => !r.success, aiDims),
  },
  {
    name: 'requests/duration',
    displayName: 'Server response time',
    description: 'Time between receiving an HTTP request and finishing sending the response.',
    unit: 'MilliSeconds',
    primaryAggregation: 'Average',
    dimensions: AI_DIMENSIONS,
    counter: false,
    observe: (inputs) => inputs.records().map((r) => ({ timeMs: r.timeMs, dims: aiDims(r), value: r.durationMs })),
  },
];

const CATALOG: Record<string, ResourceMetrics> = {
  'microsoft.web/sites': { namespace: 'Microsoft.Web/sites', metrics: APP_SERVICE },
  'microsoft.web/sites/slots': { namespace: 'Microsoft.Web/sites/slots', metrics: APP_SERVICE },
  'microsoft.network/loadbalancers': { namespace: 'Microsoft.Network/loadBalancers', metrics: LOAD_BALANCER },
  'microsoft.compute/virtualmachinescalesets': {
    namespace: 'Microsoft.Compute/virtualMachineScaleSets',
    metrics: SCALE_SET,
  },
  'microsoft.insights/components': { namespace: 'microsoft.insights/components', metrics: COMPONENT },
};

/** The metrics of a resource type (case-insensitive), or undefined when it has none here. */
export function metricsOf(resourceType: string): ResourceMetrics | undefined {
  return CATALOG[resourceType.toLowerCase()];
}

/** Application Insights' performance buckets (`<250ms`, `250ms-500ms`, …). */
export function performanceBucket(ms: number): string {
  const edges: Array<[number, string]> = [
    [250, '<250ms'],
    [500, '250ms-500ms'],
    [1000, '500ms-1sec'],
    [3000, '1sec-3sec'],
    [7000, '3sec-7sec'],
    [15_000, '7sec-15sec'],
    [30_000, '15sec-30sec'],
    [60_000, '30sec-1min'],
    [120_000, '1min-2min'],
    [300_000, '2min-5min'],
  ];
  return edges.find(([limit]) => ms < limit)?.[1] ?? '>=5min';
}
