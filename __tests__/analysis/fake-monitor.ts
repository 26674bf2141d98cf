/**
 * A hand-written MonitorPort: records every call with the engine time it was made at, and answers
 * from scripts the test sets (a function of the request and the call's index, or an error).
 */
import type {
  AlertRuleInfo,
  AlertsRequest,
  FiredAlert,
  LogsAnswer,
  LogsRequest,
  MetricsAnswer,
  MetricsRequest,
  MonitorPort,
} from '../../src/core/azure/monitor-port.js';
import type { Clock } from '../../src/core/ports.js';

export const SUB = '11111111-2222-3333-4444-555555555555';

export type MonitorCallRecord =
  | { readonly kind: 'metrics'; readonly at: number; readonly request: MetricsRequest }
  | { readonly kind: 'alerts'; readonly at: number; readonly request: AlertsRequest }
  | { readonly kind: 'rule'; readonly at: number; readonly request: { resourceGroup: string; name: string } }
  | { readonly kind: 'query'; readonly at: number; readonly request: LogsRequest };

type Script<Req, Res> = (request: Req, index: number) => Res | Error;

export class FakeMonitor implements MonitorPort {
  readonly subscriptionId = SUB;
  readonly pollIntervalMs = 1000;
  readonly calls: MonitorCallRecord[] = [];
  metricsScript: Script<MetricsRequest, MetricsAnswer> = () => ({ series: [] });
  alertsScript: Script<AlertsRequest, FiredAlert[]> = () => [];
  rules = new Map<string, AlertRuleInfo>();
  queryScript: Script<LogsRequest, LogsAnswer> = () => ({ tables: [] });

  constructor(private readonly clock: Clock) {}

  async metrics(request: MetricsRequest): Promise<MetricsAnswer> {
    return this.answer('metrics', request, this.metricsScript);
  }

  async firedAlerts(request: AlertsRequest): Promise<FiredAlert[]> {
    return this.answer('alerts', request, this.alertsScript);
  }

  async metricAlertRule(resourceGroup: string, name: string): Promise<AlertRuleInfo | undefined> {
    this.calls.push({ kind: 'rule', at: this.clock.now(), request: { resourceGroup, name } });
    return this.rules.get(name);
  }

  async query(request: LogsRequest): Promise<LogsAnswer> {
    return this.answer('query', request, this.queryScript);
  }

  of<K extends MonitorCallRecord['kind']>(kind: K): Extract<MonitorCallRecord, { kind: K }>[] {
    return this.calls.filter((c): c is Extract<MonitorCallRecord, { kind: K }> => c.kind === kind);
  }

  private answer<Req, Res>(kind: 'metrics' | 'alerts' | 'query', request: Req, script: Script<Req, Res>): Res {
    const index = this.calls.filter((c) => c.kind === kind).length;
    this.calls.push({ kind, at: this.clock.now(), request } as MonitorCallRecord);
    const reply = script(request, index);
    if (reply instanceof Error) throw reply;
    return reply;
  }
}

/** One series per requested metric with one point, valued by `value(name)` (null: no point). */
export function metricValues(value: (metric: string) => number | null): Script<MetricsRequest, MetricsAnswer> {
  return (req) => ({
    series: req.names.map((metric) => {
      const v = value(metric);
      const point = Object.fromEntries(req.aggregations.map((a) => [a, v]));
      return { metric, dimensions: {}, points: v === null ? [] : [{ at: req.from, ...point }] };
    }),
  });
}

/** A one-row table. */
export function row(columns: Record<string, unknown>): LogsAnswer {
  return { tables: [{ name: 'PrimaryResult', columns: Object.keys(columns), rows: [Object.values(columns)] }] };
}
