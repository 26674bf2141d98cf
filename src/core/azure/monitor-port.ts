/**
 * Azure Monitor, as analysis gates read it: metric values of a resource, the alerts fired in a
 * window, one alert rule, and a KQL query against Application Insights or a Log Analytics
 * workspace. Reads only; every call bounded by what is left of its step (`timeoutMs`) and
 * failures classified (transient: 429, 5xx, resets; terminal: a refused query, a missing role).
 * Implemented in src/azure/monitor.ts.
 */

/** What every call gets from the rollout executor: the run's signal and what is left of the deadline. */
export interface MonitorCall {
  readonly signal: AbortSignal;
  readonly timeoutMs?: number;
}

/** Azure Monitor's metric aggregation types (`aggregation` of Microsoft.Insights/metrics). */
export type Aggregation = 'average' | 'total' | 'minimum' | 'maximum' | 'count';

export const AGGREGATIONS: readonly Aggregation[] = ['average', 'total', 'minimum', 'maximum', 'count'];

/** One metrics call: every metric name of one resource over one window (never a call per instance). */
export interface MetricsRequest {
  readonly resourceId: string;
  readonly names: readonly string[];
  readonly aggregations: readonly Aggregation[];
  /** The window, epoch milliseconds. */
  readonly from: number;
  readonly to: number;
  /** OData `$filter` over dimensions ("Instance eq '*'"); absent: one series per metric. */
  readonly filter?: string;
  readonly namespace?: string;
}

/** One time bucket of a series; an aggregation absent when Azure has no value for it. */
export type MetricPoint = { readonly at: number } & Partial<Record<Aggregation, number>>;

/** One time series: a metric, for one combination of dimension values when a filter splits it. */
export interface MetricSeries {
  readonly metric: string;
  /** Dimension name → value ({} without a filter). */
  readonly dimensions: Readonly<Record<string, string>>;
  readonly points: readonly MetricPoint[];
}

export interface MetricsAnswer {
  readonly series: readonly MetricSeries[];
  /** Metrics Azure answered with an error code other than Success (name → message). */
  readonly errors?: Readonly<Record<string, string>>;
}

/** One alerts list (Microsoft.AlertsManagement/alerts); filters narrow it server-side where Azure can. */
export interface AlertsRequest {
  readonly from: number;
  readonly to: number;
  /** List at this resource group's scope (Monitoring Reader there suffices); absent: the subscription. */
  readonly resourceGroup?: string;
  readonly targetResource?: string;
  readonly alertRule?: string;
  readonly severity?: string;
}

export interface FiredAlert {
  readonly id: string;
  readonly name: string;
  /** 'Sev0' … 'Sev4'. */
  readonly severity: string;
  readonly targetResource: string;
  /** The alert rule's resource id (or what the monitor service puts there). */
  readonly alertRule?: string;
  /** 'Fired' or 'Resolved'. */
  readonly monitorCondition: string;
  /** When it fired, epoch milliseconds. */
  readonly startedAt?: number;
}

export interface AlertRuleInfo {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
}

/** Where a KQL query runs: a Log Analytics workspace (its GUID) or an Azure resource (resource-centric). */
export type LogsSource =
  { readonly kind: 'workspace'; readonly id: string } | { readonly kind: 'resource'; readonly id: string };

export interface LogsRequest {
  readonly source: LogsSource;
  readonly query: string;
  readonly from: number;
  readonly to: number;
}

export interface LogsTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface LogsAnswer {
  readonly tables: readonly LogsTable[];
  /** A partial result: what went wrong (the tables hold what came back). */
  readonly partialError?: string;
}

export interface MonitorPort {
  /** The connection's subscription: the target's resource ids are built in it. */
  readonly subscriptionId: string;
  /** First backoff between attempts when Azure gives no Retry-After. */
  readonly pollIntervalMs: number;
  metrics(request: MetricsRequest, call: MonitorCall): Promise<MetricsAnswer>;
  /** Every page of the list, filtered as asked. */
  firedAlerts(request: AlertsRequest, call: MonitorCall): Promise<FiredAlert[]>;
  /** A metric alert rule (Microsoft.Insights/metricAlerts); undefined when it does not exist. */
  metricAlertRule(resourceGroup: string, name: string, call: MonitorCall): Promise<AlertRuleInfo | undefined>;
  query(request: LogsRequest, call: MonitorCall): Promise<LogsAnswer>;
}

export interface MonitorPorts {
  readonly monitor: MonitorPort;
}

/**
 * An Azure resource of the deploy target, as a strategy names it for analysis gates: its resource
 * group and its path under `providers/` ('Microsoft.Network/loadBalancers/web-lb'), with a label.
 */
export interface MonitoredResource {
  readonly resourceGroup: string;
  readonly path: string;
  /** In words, for plan lines and messages ('load balancer web-lb'). */
  readonly label: string;
}

/** What `target` means in an analysis gate, per strategy (StrategyDescriptor.monitored). */
export interface MonitoredTarget {
  /** The resource whose metrics tell how the release serves (load balancer, scale set, web app). */
  readonly metrics: MonitoredResource;
  /** Every resource of the target an alert may fire on. */
  readonly alerts: readonly MonitoredResource[];
}

/** `/subscriptions/<sub>/resourceGroups/<group>/providers/<path>`. */
export const resourceIdOf = (subscriptionId: string, r: MonitoredResource): string =>
  `/subscriptions/${subscriptionId}/resourceGroups/${r.resourceGroup}/providers/${r.path}`;
