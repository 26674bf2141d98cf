/**
 * A gate's resources as Azure ids: 'target' through the strategy's descriptor (what it monitors:
 * load balancer, scale set, web app and slot), ids as given; the metric `$filter` of its
 * dimensions. Pure: no call to Azure.
 */
import { resourceIdOf, type MonitoredTarget } from '../azure/monitor-port.js';
import { formatCondition } from './condition.js';
import type { AnalysisGate, DimensionFilter, GateResource, MetricGate, QueryGate } from './types.js';

export interface NamedResource {
  readonly id: string;
  readonly label: string;
}

/** What a gate reads, resolved: ids, labels, the condition in words. */
export interface ResolvedGate {
  readonly gate: AnalysisGate;
  /** The condition in words, as results and the summary say it. */
  readonly condition: string;
  /** Metric gate: the resource and its `$filter`. */
  readonly metricResource?: NamedResource;
  readonly filter?: string;
  /** Alerts gate: the resources an alert must not fire on. */
  readonly alertResources?: readonly NamedResource[];
}

export function resolveGate(gate: AnalysisGate, subscriptionId: string, target?: MonitoredTarget): ResolvedGate {
  if (gate.kind === 'metric') {
    const metricResource = metricResourceOf(gate, subscriptionId, target);
    const filter = dimensionFilter(gate.dimensions);
    return {
      gate,
      condition: describeCondition(gate, metricResource.label),
      metricResource,
      ...(filter ? { filter } : {}),
    };
  }
  if (gate.kind === 'alerts') {
    const alertResources = gate.resources.flatMap((r) => alertResourcesOf(r, subscriptionId, target));
    return { gate, condition: describeCondition(gate, labels(alertResources)), alertResources };
  }
  return { gate, condition: describeCondition(gate, sourceLabel(gate)) };
}

/** The condition in words: 'Http5xx total of web app shop < 1', 'no alert fired on …', 'column rate < 1'. */
export function describeCondition(gate: AnalysisGate, where: string): string {
  if (gate.kind === 'metric')
    return `${gate.metrics.join(', ')} ${gate.aggregation}${dims(gate)} of ${where} ${formatCondition(gate.condition)}`;
  if (gate.kind === 'alerts') {
    const rules = gate.rules.length > 0 ? ` of rule(s) ${gate.rules.map(lastSegment).join(', ')}` : '';
    const sev = gate.severities.length > 0 ? ` (${gate.severities.join(', ')})` : '';
    return `no alert${rules}${sev} fired on ${where}`;
  }
  const column = gate.column ? `column ${gate.column}` : 'the last column';
  return `${column} of the query on ${where} ${formatCondition(gate.condition)}`;
}

/** What a gate reads, in words, without Azure (plan mode): the target by its label. */
export function describeWhere(gate: AnalysisGate, target?: MonitoredTarget): string {
  if (gate.kind === 'metric')
    return gate.resource.kind === 'target' ? (target?.metrics.label ?? 'the target') : idLabel(gate.resource.id);
  if (gate.kind === 'alerts')
    return gate.resources
      .map((r) =>
        r.kind === 'target' ? (target?.alerts.map((a) => a.label).join(', ') ?? 'the target') : idLabel(r.id),
      )
      .join(', ');
  return sourceLabel(gate);
}

function metricResourceOf(gate: MetricGate, subscriptionId: string, target?: MonitoredTarget): NamedResource {
  if (gate.resource.kind === 'id') return { id: gate.resource.id, label: idLabel(gate.resource.id) };
  if (!target) throw new Error(`internal: ${gate.input} names 'target' but the strategy monitors nothing`);
  return { id: resourceIdOf(subscriptionId, target.metrics), label: target.metrics.label };
}

function alertResourcesOf(r: GateResource, subscriptionId: string, target?: MonitoredTarget): NamedResource[] {
  if (r.kind === 'id') return [{ id: r.id, label: idLabel(r.id) }];
  if (!target) throw new Error("internal: an alerts gate names 'target' but the strategy monitors nothing");
  return target.alerts.map((a) => ({ id: resourceIdOf(subscriptionId, a), label: a.label }));
}

/**
 * Azure Monitor's `$filter` grammar: values of one dimension joined by `or`, dimensions by `and`
 * ("A eq 'a1' and B eq 'b1' or B eq 'b2'", Metrics - List, api-version 2024-02-01:
 * specification/monitor/resource-manager/Microsoft.Insights/stable/2024-02-01/metrics_API.json).
 * Quotes in values are doubled, as OData escapes them.
 */
export function dimensionFilter(dimensions: readonly DimensionFilter[]): string | undefined {
  if (dimensions.length === 0) return undefined;
  const quoteValue = (v: string) => `'${v.replace(/'/g, "''")}'`;
  return dimensions.map((d) => d.values.map((v) => `${d.name} eq ${quoteValue(v)}`).join(' or ')).join(' and ');
}

function dims(gate: MetricGate): string {
  if (gate.dimensions.length === 0) return '';
  return ` [${gate.dimensions.map((d) => `${d.name}=${d.values.join('|')}`).join(', ')}]`;
}

function sourceLabel(gate: QueryGate): string {
  return gate.source.kind === 'workspace' ? `workspace ${gate.source.id}` : idLabel(gate.source.id);
}

/** '…/providers/Microsoft.Insights/components/shop-ai' → 'components shop-ai'. */
export function idLabel(id: string): string {
  const parts = id.split('/').filter(Boolean);
  const name = parts.at(-1) ?? id;
  const type = parts.at(-2);
  return type ? `${type} ${name}` : name;
}

const lastSegment = (idOrName: string) => idOrName.split('/').filter(Boolean).at(-1) ?? idOrName;

function labels(resources: readonly NamedResource[]): string {
  const shown = resources.slice(0, 4).map((r) => r.label);
  return resources.length > 4 ? `${shown.join(', ')} and ${resources.length - 4} more` : shown.join(', ');
}

export const ruleName = lastSegment;
