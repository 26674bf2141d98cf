import type { Json } from '../state.js';
import type { EmulatorContext } from '../types.js';
import { formatDuration, isoSeconds } from './durations.js';
import { seriesKeyOf, type FiredAlert, type FiredAlerts } from './fired-alerts.js';
import { metricInputs } from './inputs.js';
import { metricsOf } from './metric-catalog.js';
import type { DimensionCondition } from './metric-filter.js';
import { aggregate, computeSeries } from './metric-series.js';
import { compare, readRule, type AlertRule, type StaticCriterion } from './alert-rules.js';
import type { Sampler } from './sampler.js';
import type { TelemetryStore } from './telemetry.js';

/**
 * Evaluates metric alert rules on the emulator's simulated clock, as Azure Monitor documents
 * metric alerts ("Understand how metric alerts work", learn.microsoft.com/azure/azure-monitor/alerts/alerts-types#metric-alerts):
 * every `evaluationFrequency` (at multiples of it) each condition aggregates its metric over the
 * last `windowSize` with its `timeAggregation`, per time series (the dimension combinations its
 * dimensions select, `*` splitting). A rule with one condition fires one alert per time series that
 * meets it; with several, one alert when every condition has a series that meets it. An alert is
 * resolved — `autoMitigate` (default true) — once its condition was not met in three consecutive
 * evaluations ("Alerts and state": metric alerts resolve when "the alert condition isn't met for
 * three consecutive checks"). No data does not meet a condition (counters have 0).
 */
export interface SeriesStatus {
  dimensions: Record<string, string>;
  status: 'Healthy' | 'Unhealthy';
  timeMs: number;
}

const RESOLVE_AFTER = 3;

export class AlertEvaluator {
  private readonly timers = new Map<string, () => void>();
  private readonly statuses = new Map<string, SeriesStatus[]>();
  private readonly healthyRuns = new Map<string, number>();

  constructor(
    private readonly emu: EmulatorContext,
    private readonly signals: { telemetry: TelemetryStore; sampler: Sampler; alerts: FiredAlerts },
  ) {}

  /** (Re)starts evaluating the stored rule `ruleId` from its next multiple of the frequency. */
  arm(ruleId: string): void {
    this.disarm(ruleId);
    const rule = this.read(ruleId);
    if (!rule) return;
    const at = Math.floor(this.emu.clock.now() / rule.frequencyMs) * rule.frequencyMs + rule.frequencyMs;
    this.timers.set(
      ruleId.toLowerCase(),
      this.emu.scheduler.at(at, () => this.tick(ruleId, at)),
    );
  }

  disarm(ruleId: string): void {
    const key = ruleId.toLowerCase();
    this.timers.get(key)?.();
    this.timers.delete(key);
    this.statuses.delete(key);
  }

  /** The rule's time series and whether each meets its condition, as of the last evaluation. */
  status(ruleId: string): SeriesStatus[] {
    return this.statuses.get(ruleId.toLowerCase()) ?? [];
  }

  private read(ruleId: string): AlertRule | undefined {
    const res = this.emu.state.get(ruleId);
    if (!res) return undefined;
    try {
      return readRule(this.emu, res.id, res.body);
    } catch {
      // The monitored resource went away (or the stored body is no longer valid): nothing to evaluate.
      return undefined;
    }
  }

  private tick(ruleId: string, atMs: number): void {
    const rule = this.read(ruleId);
    if (!rule) return void this.timers.delete(ruleId.toLowerCase());
    if (rule.enabled) this.evaluate(rule, atMs);
    const next = atMs + rule.frequencyMs;
    this.timers.set(
      ruleId.toLowerCase(),
      this.emu.scheduler.at(next, () => this.tick(ruleId, next)),
    );
  }

  private evaluate(rule: AlertRule, atMs: number): void {
    const results = rule.criteria.map((c) => this.measure(rule, c, atMs));
    const single = rule.criteria.length === 1;
    const series: SeriesStatus[] = single
      ? results[0]!.map((r) => ({ dimensions: r.dimensions, status: r.met ? 'Unhealthy' : 'Healthy', timeMs: atMs }))
      : [
          {
            dimensions: {},
            status: results.every((rs) => rs.some((r) => r.met)) ? 'Unhealthy' : 'Healthy',
            timeMs: atMs,
          },
        ];
    this.statuses.set(rule.id.toLowerCase(), series);
    const signals = this.signals;
    for (const s of series) {
      const key = seriesKeyOf(s.dimensions);
      const open = signals.alerts.open(rule.id, key);
      if (s.status === 'Unhealthy') {
        if (open) this.healthyRuns.delete(open.guid);
        else signals.alerts.fire(this.alertOf(rule, s.dimensions, results, atMs));
      }
    }
    // Open alerts of the rule whose series did not meet the condition (or had no data) this time.
    const unhealthy = new Set(series.filter((s) => s.status === 'Unhealthy').map((s) => seriesKeyOf(s.dimensions)));
    for (const alert of signals.alerts.all) {
      if (alert.monitorCondition !== 'Fired' || alert.ruleId.toLowerCase() !== rule.id.toLowerCase()) continue;
      if (unhealthy.has(seriesKeyOf(alert.dimensions)) || !rule.autoMitigate) continue;
      const runs = (this.healthyRuns.get(alert.guid) ?? 0) + 1;
      this.healthyRuns.set(alert.guid, runs);
      if (runs >= RESOLVE_AFTER) {
        signals.alerts.resolve(alert, atMs);
        this.healthyRuns.delete(alert.guid);
      }
    }
  }

  /** One condition over [at - window, at): per series, its value and whether it meets the threshold. */
  private measure(rule: AlertRule, c: StaticCriterion, atMs: number) {
    const target = this.emu.state.get(rule.scope);
    const def = target && metricsOf(target.type)?.metrics.find((m) => m.name === c.metricName);
    if (!target || !def) return [];
    const range = { startMs: atMs - rule.windowMs, endMs: atMs };
    const inputs = metricInputs(this.signals, target, range.startMs, range.endMs);
    const conditions: DimensionCondition[] = c.dimensions.map((d) => ({
      name: d.name,
      equals: d.operator === 'Include' && !d.values.includes('*') ? d.values : undefined,
      startsWith: [],
      notEquals: d.operator === 'Exclude' ? d.values : [],
    }));
    return computeSeries(def, def.observe(inputs), { range, grain: 'FULL', conditions, rollUpBy: [] }).map((s) => {
      const value = aggregate(s.overall ?? s.points[0]?.stats, c.timeAggregation);
      return {
        criterion: c,
        dimensions: Object.fromEntries(s.dims),
        value,
        met: value !== undefined && compare(value, c.operator, c.threshold),
      };
    });
  }

  private alertOf(
    rule: AlertRule,
    dimensions: Record<string, string>,
    results: Array<
      Array<{ criterion: StaticCriterion; dimensions: Record<string, string>; value: number | undefined; met: boolean }>
    >,
    atMs: number,
  ): Omit<FiredAlert, 'guid' | 'monitorCondition' | 'alertState' | 'lastModifiedMs'> {
    const key = seriesKeyOf(dimensions);
    // The metric alert context of the common alert schema (what the alert fired on).
    const allOf = results.map((rs) => {
      const r = rs.find((x) => seriesKeyOf(x.dimensions) === key && x.met) ?? rs.find((x) => x.met) ?? rs[0];
      const c = r?.criterion;
      return {
        metricName: c?.metricName,
        metricNamespace: c?.metricNamespace ?? this.namespaceOf(rule.scope),
        operator: c?.operator,
        threshold: String(c?.threshold),
        timeAggregation: c?.timeAggregation,
        dimensions: Object.entries(r?.dimensions ?? {}).map(([name, value]) => ({ name, value })),
        metricValue: r?.value ?? null,
      };
    });
    const context: Json = {
      conditionType: 'SingleResourceMultipleMetricCriteria',
      condition: {
        windowSize: formatDuration(rule.windowMs),
        allOf,
        windowStartTime: isoSeconds(atMs - rule.windowMs),
        windowEndTime: isoSeconds(atMs),
      },
    };
    return {
      ruleId: rule.id,
      ruleName: rule.name,
      target: rule.scope,
      severity: `Sev${rule.severity}`,
      description: rule.description,
      startMs: atMs,
      dimensions,
      context,
    };
  }

  private namespaceOf(scope: string): string | undefined {
    const target = this.emu.state.get(scope);
    return target ? metricsOf(target.type)?.namespace : undefined;
  }
}
