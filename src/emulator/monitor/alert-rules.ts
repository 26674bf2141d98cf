import { ArmError, badRequest } from '../errors.js';
import type { Json, StoredResource } from '../state.js';
import type { EmulatorContext } from '../types.js';
import { durationMs } from './durations.js';
import { AGGREGATIONS, metricsOf, type Aggregation } from './metric-catalog.js';

/**
 * Metric alert rules (`Microsoft.Insights/metricAlerts`) as the emulator evaluates them: the
 * `SingleResourceMultipleMetricCriteria` kind with static thresholds (MetricAlert spec, 2026-01-01:
 * specification/monitor/resource-manager/Microsoft.Insights/Insights/MetricAlertApi). Validation
 * follows the spec's required fields and the documented limits ("Create or edit a metric alert
 * rule": frequency PT1M…PT1H, window PT1M…P1D and not shorter than the frequency, at most 5
 * conditions on one resource). Messages are the emulator's (Azure's wording was not found).
 */
export interface StaticCriterion {
  name: string;
  metricName: string;
  metricNamespace?: string;
  timeAggregation: Aggregation;
  operator: Operator;
  threshold: number;
  dimensions: Array<{ name: string; operator: 'Include' | 'Exclude'; values: string[] }>;
}

export type Operator = 'Equals' | 'GreaterThan' | 'GreaterThanOrEqual' | 'LessThan' | 'LessThanOrEqual';
const OPERATORS: readonly Operator[] = ['Equals', 'GreaterThan', 'GreaterThanOrEqual', 'LessThan', 'LessThanOrEqual'];

export interface AlertRule {
  id: string;
  name: string;
  description: string;
  severity: number;
  enabled: boolean;
  scope: string;
  frequencyMs: number;
  windowMs: number;
  autoMitigate: boolean;
  criteria: StaticCriterion[];
}

export const SINGLE_RESOURCE = 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria';
const FREQUENCIES = ['PT1M', 'PT5M', 'PT15M', 'PT30M', 'PT1H'];
const WINDOWS = ['PT1M', 'PT5M', 'PT15M', 'PT30M', 'PT1H', 'PT6H', 'PT12H', 'P1D'];

const invalid = (message: string) => badRequest('BadRequest', message);

/** Checks a rule body (wire JSON) and reads it; throws 400 with what is wrong. */
export function readRule(emu: EmulatorContext, id: string, body: Json): AlertRule {
  const p = (body['properties'] ?? {}) as Json;
  if (typeof body['location'] !== 'string' || body['location'] === '')
    throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
  const severity = p['severity'];
  if (typeof severity !== 'number' || !Number.isInteger(severity) || severity < 0 || severity > 4)
    throw invalid("The property 'severity' must be an integer from 0 to 4.");
  if (typeof p['enabled'] !== 'boolean') throw invalid("The property 'enabled' is required and must be true or false.");
  const scopes = p['scopes'];
  if (!Array.isArray(scopes) || scopes.length === 0 || scopes.some((s) => typeof s !== 'string'))
    throw invalid("The property 'scopes' must list the resource ids the rule monitors.");
  const frequency = oneOf(p['evaluationFrequency'], 'evaluationFrequency', FREQUENCIES);
  const window = oneOf(p['windowSize'], 'windowSize', WINDOWS);
  if (durationMs(window)! < durationMs(frequency)!)
    throw invalid("The 'windowSize' must be greater than or equal to the 'evaluationFrequency'.");
  const criteria = (p['criteria'] ?? {}) as Json;
  if (criteria['odata.type'] !== SINGLE_RESOURCE) {
    throw invalid(
      `The emulator evaluates '${SINGLE_RESOURCE}' criteria only; got '${String(criteria['odata.type'] ?? '')}'.`,
    );
  }
  if (scopes.length !== 1) throw invalid(`Criteria of type '${SINGLE_RESOURCE}' take exactly one scope.`);
  const scope = scopes[0] as string;
  const target = emu.state.get(scope);
  if (!target) throw invalid(`The scope '${scope}' of the alert rule was not found.`);
  const allOf = criteria['allOf'];
  if (!Array.isArray(allOf) || allOf.length === 0 || allOf.length > 5)
    throw invalid("The criteria must have between 1 and 5 conditions in 'allOf'.");
  return {
    id,
    name: id.split('/').at(-1) ?? '',
    description: typeof p['description'] === 'string' ? p['description'] : '',
    severity,
    enabled: p['enabled'] as boolean,
    scope,
    frequencyMs: durationMs(frequency)!,
    windowMs: durationMs(window)!,
    autoMitigate: p['autoMitigate'] !== false,
    criteria: allOf.map((c, i) => readCriterion(target, c as Json, i)),
  };
}

function readCriterion(target: StoredResource, c: Json, i: number): StaticCriterion {
  const at = `criteria.allOf[${i}]`;
  if (c['criterionType'] !== 'StaticThresholdCriterion')
    throw invalid(`${at}: the emulator evaluates 'StaticThresholdCriterion' conditions only.`);
  const metricName = typeof c['metricName'] === 'string' ? c['metricName'] : '';
  const catalog = metricsOf(target.type);
  const def = catalog?.metrics.find((m) => m.name.toLowerCase() === metricName.toLowerCase());
  if (!def && c['skipMetricValidation'] !== true) {
    throw invalid(
      `${at}: the metric '${metricName}' was not found for resource type '${target.type}'. ` +
        `Valid metrics: ${(catalog?.metrics ?? []).map((m) => m.name).join(',')}`,
    );
  }
  if (
    c['metricNamespace'] !== undefined &&
    catalog &&
    String(c['metricNamespace']).toLowerCase() !== catalog.namespace.toLowerCase()
  )
    throw invalid(`${at}: the metric namespace '${String(c['metricNamespace'])}' is not '${catalog.namespace}'.`);
  const timeAggregation = AGGREGATIONS.find((a) => a === c['timeAggregation']);
  if (!timeAggregation) throw invalid(`${at}: 'timeAggregation' must be one of ${AGGREGATIONS.join(', ')}.`);
  const operator = OPERATORS.find((o) => o === c['operator']);
  if (!operator) throw invalid(`${at}: 'operator' must be one of ${OPERATORS.join(', ')}.`);
  if (typeof c['threshold'] !== 'number' || !Number.isFinite(c['threshold']))
    throw invalid(`${at}: 'threshold' must be a number.`);
  const dimensions = ((c['dimensions'] ?? []) as Json[]).map((d, k) => {
    const name = String(d['name'] ?? '');
    const known = def?.dimensions.find((x) => x.toLowerCase() === name.toLowerCase());
    if (def && !known)
      throw invalid(
        `${at}.dimensions[${k}]: the metric '${def.name}' has no dimension '${name}' (dimensions: ${def.dimensions.join(', ')}).`,
      );
    const op = d['operator'];
    if (op !== 'Include' && op !== 'Exclude')
      throw invalid(`${at}.dimensions[${k}]: 'operator' must be Include or Exclude.`);
    const values = d['values'];
    if (!Array.isArray(values) || values.length === 0)
      throw invalid(`${at}.dimensions[${k}]: 'values' must list values.`);
    return { name: known ?? name, operator: op as 'Include' | 'Exclude', values: values.map(String) };
  });
  return {
    name: String(c['name'] ?? `Metric${i + 1}`),
    metricName: def?.name ?? metricName,
    metricNamespace: typeof c['metricNamespace'] === 'string' ? c['metricNamespace'] : undefined,
    timeAggregation,
    operator,
    threshold: c['threshold'],
    dimensions,
  };
}

function oneOf(value: unknown, field: string, allowed: string[]): string {
  const v = typeof value === 'string' ? allowed.find((a) => a === value.toUpperCase()) : undefined;
  if (!v) throw invalid(`The property '${field}' must be one of ${allowed.join(', ')}.`);
  return v;
}

export function compare(value: number, operator: Operator, threshold: number): boolean {
  switch (operator) {
    case 'Equals':
      return value === threshold;
    case 'GreaterThan':
      return value > threshold;
    case 'GreaterThanOrEqual':
      return value >= threshold;
    case 'LessThan':
      return value < threshold;
    case 'LessThanOrEqual':
      return value <= threshold;
  }
}
