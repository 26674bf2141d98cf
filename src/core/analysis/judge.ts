/**
 * One measurement of a gate, judged from what Azure answered: successful (the condition holds),
 * failed (it does not), inconclusive (nothing to judge: no data points, no rows). An answer that
 * cannot be judged at all (a metric Azure refused, a missing column) throws a terminal error: the
 * gate is misconfigured, and repeating the read will not change that.
 */
import type { FiredAlert, LogsAnswer, MetricPoint, MetricSeries, MetricsAnswer } from '../azure/monitor-port.js';
import { EngineError } from '../errors.js';
import { formatCondition, formatValue, holds } from './condition.js';
import { ruleName, type ResolvedGate } from './resolve.js';
import type { AlertsGate, Measurement, MetricGate, QueryGate, Verdict } from './types.js';

type Judged = Omit<Measurement, 'at'>;

export function judgeMetric(r: ResolvedGate, answer: MetricsAnswer): Judged {
  const gate = r.gate as MetricGate;
  const errors = Object.entries(answer.errors ?? {}).filter(([name]) => gate.metrics.some((m) => same(m, name)));
  const label = r.metricResource?.label ?? 'the resource';
  if (errors.length > 0)
    throw new EngineError(
      'terminal',
      `Azure Monitor refused ${errors.map(([name, why]) => `metric '${name}' of ${label}: ${why}`).join('; ')}`,
    );
  const values: Record<string, number | null> = {};
  for (const metric of gate.metrics) {
    const series = answer.series.filter((s) => same(s.metric, metric));
    if (series.length === 0) values[metric] = null;
    for (const s of series) values[seriesKey(metric, s, series.length)] = reduce(s.points, gate);
  }
  const verdict = verdictOf(Object.values(values), (v) => holds(gate.condition, v));
  const condition = formatCondition(gate.condition);
  const shown = Object.entries(values)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k} ${formatValue(v)}`)
    .join(', ');
  if (verdict !== 'inconclusive')
    return { verdict, values, detail: `${shown} (${gate.aggregation}) ${verdictWord(verdict, condition)}` };
  const missing = Object.keys(values).filter((k) => values[k] === null);
  const names = missing.length > 0 ? missing.join(', ') : gate.metrics.join(', ');
  return { verdict, values, detail: `no data for ${names} (${gate.aggregation})${shown ? `; ${shown}` : ''}` };
}

/**
 * Alerts on the gate's resources that fired since it started, resolved since or not, and alerts
 * still firing that started before (Azure Pipelines' "Query Azure Monitor alerts" check also
 * fails on an active alert): a release is not judged good while its target is alerting.
 */
export function judgeAlerts(r: ResolvedGate, alerts: readonly FiredAlert[], from: number, to: number): Judged {
  const gate = r.gate as AlertsGate;
  const targets = new Map((r.alertResources ?? []).map((a) => [a.id.toLowerCase(), a.label]));
  const inWindow = (a: FiredAlert) =>
    a.startedAt === undefined || (a.startedAt >= from && a.startedAt <= to) || (a.startedAt <= to && isActive(a));
  const fired = alerts.filter(
    (a) =>
      targets.has(a.targetResource.toLowerCase()) &&
      inWindow(a) &&
      (gate.severities.length === 0 || gate.severities.some((s) => same(s, a.severity))) &&
      (gate.rules.length === 0 || gate.rules.some((rule) => ruleMatches(rule, a))),
  );
  const values = { alerts: fired.length };
  if (fired.length === 0) return { verdict: 'successful', values, detail: `no alert fired since ${iso(from)}` };
  const list = fired
    .slice(0, 5)
    .map((a) => `'${a.name}' (${a.severity}, ${a.monitorCondition}) on ${targets.get(a.targetResource.toLowerCase())}`)
    .join('; ');
  const more = fired.length > 5 ? ` and ${fired.length - 5} more` : '';
  return { verdict: 'failed', values, detail: `${fired.length} alert(s) since ${iso(from)}: ${list}${more}` };
}

export function judgeQuery(r: ResolvedGate, answer: LogsAnswer): Judged {
  const gate = r.gate as QueryGate;
  const table = answer.tables[0];
  if (answer.partialError)
    return {
      verdict: 'inconclusive',
      values: {},
      detail: `the query returned a partial result: ${answer.partialError}`,
    };
  if (!table || table.rows.length === 0)
    return { verdict: 'inconclusive', values: {}, detail: 'the query returned no rows' };
  const index = columnIndex(gate, table.columns);
  const column = table.columns[index]!;
  const value = numberOf(table.rows[0]![index]);
  const values = { [column]: value };
  if (value === null)
    return { verdict: 'inconclusive', values, detail: `${column} is empty in the first row (no data to judge)` };
  const verdict: Verdict = holds(gate.condition, value) ? 'successful' : 'failed';
  return {
    verdict,
    values,
    detail: `${column} ${formatValue(value)} ${verdictWord(verdict, formatCondition(gate.condition))}`,
  };
}

/** Any value failing fails; else any value missing is inconclusive; else successful. */
function verdictOf(values: readonly (number | null)[], ok: (v: number) => boolean): Verdict {
  if (values.some((v) => v !== null && !ok(v))) return 'failed';
  if (values.length === 0 || values.some((v) => v === null)) return 'inconclusive';
  return 'successful';
}

const verdictWord = (verdict: Exclude<Verdict, 'inconclusive'>, condition: string) =>
  verdict === 'successful' ? `meets ${condition}` : `fails ${condition}`;

/** The window's points (Azure answers only those of the timespan asked) combined by the gate's aggregation. */
function reduce(points: readonly MetricPoint[], gate: MetricGate): number | null {
  const values = points
    .map((p) => p[gate.aggregation])
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0) return null;
  switch (gate.aggregation) {
    case 'total':
    case 'count':
      return values.reduce((a, b) => a + b, 0);
    case 'minimum':
      return Math.min(...values);
    case 'maximum':
      return Math.max(...values);
    case 'average':
      return values.reduce((a, b) => a + b, 0) / values.length;
  }
}

/** 'Http5xx', or 'Http5xx[Instance=web_1]' when a filter splits the metric into series. */
function seriesKey(metric: string, s: MetricSeries, count: number): string {
  const dims = Object.entries(s.dimensions);
  if (dims.length === 0 && count === 1) return metric;
  return `${metric}[${dims.map(([k, v]) => `${k}=${v}`).join(',')}]`;
}

function columnIndex(gate: QueryGate, columns: readonly string[]): number {
  if (!gate.column) return columns.length - 1;
  const exact = columns.indexOf(gate.column);
  if (exact >= 0) return exact;
  const loose = columns.findIndex((c) => same(c, gate.column!));
  if (loose >= 0) return loose;
  throw new EngineError(
    'terminal',
    `the query of analysis gate '${gate.name}' has no column '${gate.column}'; ` +
      `its columns are ${columns.join(', ') || 'none'} (${gate.input}.column)`,
  );
}

function numberOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/**
 * A rule named in the gate (its name, or its resource id) against the alert: its rule id, or the
 * alert's name (Azure names an alert after its rule; log alerts may carry a portal URL as rule).
 */
function ruleMatches(rule: string, alert: FiredAlert): boolean {
  if (rule.startsWith('/')) return !!alert.alertRule && same(rule, alert.alertRule);
  return same(alert.name, rule) || (!!alert.alertRule && same(ruleName(alert.alertRule), rule));
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const isActive = (a: FiredAlert) => same(a.monitorCondition, 'Fired');
const iso = (ms: number) => new Date(ms).toISOString();
