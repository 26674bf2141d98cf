/**
 * The reads of one measurement round, within the budget: ONE metrics call per resource and window
 * for every metric name and aggregation the gates due at that moment ask of it, ONE alerts list
 * for all alerts gates, one query per query gate — never a call per instance or per metric.
 */
import type { Aggregation, AlertsRequest, LogsRequest, MetricsRequest } from '../azure/monitor-port.js';
import { substitute } from './placeholders.js';
import type { ResolvedGate } from './resolve.js';
import type { AlertsGate, AnalysisContext, MetricGate, QueryGate } from './types.js';

export type RoundRead =
  | {
      readonly kind: 'metrics';
      readonly gates: readonly ResolvedGate[];
      readonly request: MetricsRequest;
      readonly what: string;
    }
  | {
      readonly kind: 'alerts';
      readonly gates: readonly ResolvedGate[];
      readonly request: AlertsRequest;
      readonly what: string;
    }
  | {
      readonly kind: 'query';
      readonly gates: readonly ResolvedGate[];
      readonly request: LogsRequest;
      readonly what: string;
    };

/** The calls a round at `now` makes for the gates due then. */
export function roundReads(due: readonly ResolvedGate[], ctx: AnalysisContext, now: number): RoundRead[] {
  const reads: RoundRead[] = [];
  const metricGroups = new Map<string, ResolvedGate[]>();
  for (const r of due) {
    if (r.gate.kind !== 'metric') continue;
    const g = r.gate;
    const key = [r.metricResource!.id.toLowerCase(), r.filter ?? '', g.namespace ?? '', windowOf(g)].join('|');
    metricGroups.set(key, [...(metricGroups.get(key) ?? []), r]);
  }
  for (const group of metricGroups.values()) reads.push(metricsRead(group, now));
  const alerts = due.filter((r) => r.gate.kind === 'alerts');
  if (alerts.length > 0) reads.push(alertsRead(alerts, ctx, now));
  for (const r of due) {
    if (r.gate.kind !== 'query') continue;
    const g: QueryGate = r.gate;
    reads.push({
      kind: 'query',
      gates: [r],
      what: `running the query of analysis '${g.name}'`,
      request: {
        source: g.source,
        query: substitute(g.query, ctx, g.timing.intervalMs),
        from: g.windowMs !== undefined ? now - g.windowMs : ctx.since,
        to: now,
      },
    });
  }
  return reads;
}

const windowOf = (g: MetricGate) => g.windowMs ?? g.timing.intervalMs;

/** How far back an alerts list reaches for alerts still firing when the gate starts. */
export const ACTIVE_LOOKBACK_MS = 24 * 3_600_000;

function metricsRead(group: readonly ResolvedGate[], now: number): RoundRead {
  const first = group[0]!;
  const g = first.gate as MetricGate;
  const names = unique(group.flatMap((r) => (r.gate as MetricGate).metrics));
  const aggregations = unique(group.map((r) => (r.gate as MetricGate).aggregation)) as Aggregation[];
  return {
    kind: 'metrics',
    gates: group,
    what: `reading metric(s) ${names.join(', ')} of ${first.metricResource!.label}`,
    request: {
      resourceId: first.metricResource!.id,
      names,
      aggregations,
      from: now - windowOf(g),
      to: now,
      ...(first.filter ? { filter: first.filter } : {}),
      ...(g.namespace ? { namespace: g.namespace } : {}),
    },
  };
}

/**
 * One list for every alerts gate due, at the scope of the targets' resource group when they share
 * one (least privilege), narrowed server-side where every gate agrees (one target, one severity,
 * one rule id); each gate then keeps the alerts that concern it.
 */
function alertsRead(gates: readonly ResolvedGate[], ctx: AnalysisContext, now: number): RoundRead {
  const targets = unique(gates.flatMap((r) => (r.alertResources ?? []).map((a) => a.id)));
  const groups = unique(targets.map(resourceGroupOf).filter((g): g is string => !!g));
  const specs = gates.map((r) => r.gate as AlertsGate);
  const severities = unique(specs.flatMap((g) => g.severities));
  const everyGateOneSeverity = specs.every((g) => g.severities.length === 1);
  const rules = unique(specs.flatMap((g) => g.rules));
  const everyGateOneRuleId = specs.every((g) => g.rules.length === 1 && g.rules[0]!.startsWith('/'));
  const request: AlertsRequest = {
    // Back a day, so that an alert still firing since before the release is in the list too.
    from: ctx.since - ACTIVE_LOOKBACK_MS,
    to: now,
    ...(targets.length === 1 ? { targetResource: targets[0]! } : {}),
    ...(groups.length === 1 ? { resourceGroup: groups[0]! } : {}),
    ...(everyGateOneSeverity && severities.length === 1 ? { severity: severities[0]! } : {}),
    ...(everyGateOneRuleId && rules.length === 1 ? { alertRule: rules[0]! } : {}),
  };
  return { kind: 'alerts', gates, what: 'listing the alerts fired', request };
}

function resourceGroupOf(id: string): string | undefined {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
}

function unique<T>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = String(v).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
