/**
 * Metric values through @azure/arm-monitor: `MonitorClient.metrics.list` sends
 * GET {resourceUri}/providers/Microsoft.Insights/metrics?api-version=2024-02-01 with every metric
 * name and aggregation of the request in ONE call, one-minute buckets over the window
 * (specification/monitor/resource-manager/Microsoft.Insights/stable/2024-02-01/metrics_API.json).
 */
import type { MetricValue, MonitorClient, Response as MetricsResponse } from '@azure/arm-monitor';
import type { MetricPoint, MetricSeries, MetricsAnswer, MetricsRequest } from '../core/azure/monitor-port.js';

/** The grain of every bucket: Azure Monitor's finest for platform metrics. */
const GRAIN = 'PT1M';

export async function listMetrics(
  client: MonitorClient,
  request: MetricsRequest,
  signal: AbortSignal,
): Promise<MetricsAnswer> {
  const response = await client.metrics.list(withoutLeadingSlash(request.resourceId), {
    timespan: `${new Date(request.from).toISOString()}/${new Date(request.to).toISOString()}`,
    interval: GRAIN,
    metricnames: request.names.join(','),
    aggregation: request.aggregations.join(','),
    ...(request.filter ? { filter: request.filter } : {}),
    ...(request.namespace ? { metricnamespace: request.namespace } : {}),
    abortSignal: signal,
  });
  return toAnswer(response);
}

export function toAnswer(response: MetricsResponse): MetricsAnswer {
  const series: MetricSeries[] = [];
  const errors: Record<string, string> = {};
  for (const metric of response.value ?? []) {
    const name = metric.name?.value ?? '';
    if (metric.errorCode && metric.errorCode !== 'Success') {
      errors[name] = `${metric.errorCode}${metric.errorMessage ? `: ${metric.errorMessage}` : ''}`;
      continue;
    }
    for (const ts of metric.timeseries ?? []) {
      const dimensions = Object.fromEntries((ts.metadatavalues ?? []).map((m) => [m.name?.value ?? '', m.value ?? '']));
      series.push({ metric: name, dimensions, points: (ts.data ?? []).map(toPoint) });
    }
  }
  return Object.keys(errors).length > 0 ? { series, errors } : { series };
}

function toPoint(v: MetricValue): MetricPoint {
  const at = v.timeStamp instanceof Date ? v.timeStamp.getTime() : Date.parse(String(v.timeStamp));
  const point: { at: number } & Record<string, number> = { at };
  for (const key of ['average', 'total', 'minimum', 'maximum', 'count'] as const) {
    const value = v[key];
    if (typeof value === 'number') point[key] = value;
  }
  return point;
}

/** The SDK's path template adds the slash itself ('/{+resourceUri}/providers/…'). */
export const withoutLeadingSlash = (id: string) => id.replace(/^\/+/, '');
