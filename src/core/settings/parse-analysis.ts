/**
 * The `analysis` input: a YAML list of gates, each a `metric`, `alerts` or `query` entry with the
 * shared timing fields (Argo Rollouts' spirit: interval, count or duration, failure-limit,
 * inconclusive-limit, inconclusive, initial-delay). Every bad field is one problem naming
 * `analysis[i].field`, the bad value and what is expected; nothing reaches Azure before.
 */
import { CONDITION_EXPECTED, parseCondition } from '../analysis/condition.js';
import type { ParseYaml } from './yaml.js';
import { placeholderProblems } from '../analysis/placeholders.js';
import type {
  AlertsGate,
  AnalysisGate,
  Condition,
  DimensionFilter,
  GateResource,
  GateTiming,
  MetricGate,
  QueryGate,
} from '../analysis/types.js';
import { AGGREGATIONS, type Aggregation, type LogsSource } from '../azure/monitor-port.js';
import { descriptorOf } from '../deploy/registry.js';
import { formatDuration } from '../duration.js';
import type { InputReader } from './reader.js';
import type { DeploySettings } from './types.js';
import { didYouMean, parseDuration, parseEnum, parseInteger, parseResourceId, Problems, quote } from './values.js';

const SHARED_KEYS = [
  'name',
  'interval',
  'count',
  'duration',
  'failure-limit',
  'inconclusive-limit',
  'inconclusive',
  'initial-delay',
];
const KIND_KEYS = {
  metric: ['metric', 'metrics', 'resource', 'aggregation', 'dimensions', 'namespace', 'condition', 'window'],
  alerts: ['alerts', 'rules', 'severities'],
  query: ['query', 'workspace', 'resource', 'column', 'condition', 'window'],
} as const;
const ALL_KEYS = [...new Set([...SHARED_KEYS, ...Object.values(KIND_KEYS).flat()])];
/** The keys a gate of each kind takes: the config file's JSON schema is checked against them. */
export const GATE_KEYS = { shared: SHARED_KEYS, ...KIND_KEYS } as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A gate's whole span (initial delay + count × interval) stays within a wait inside a stage. */
const MAX_SPAN_MS = DAY;

export const ANALYSIS_DEFAULTS = { intervalMs: MINUTE, count: 3 } as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Fields = Record<string, unknown>;

/** The gates; `deploy` and `resourceGroup` say whether 'target' names anything. */
export function parseAnalysis(
  r: InputReader,
  deploy: DeploySettings,
  resourceGroup: string | undefined,
): readonly AnalysisGate[] {
  const gates = r.getYaml('analysis', parseList) ?? [];
  const targetKnown = !r.invalid('strategy');
  if (targetKnown) checkTarget(r.problems, gates, deploy, resourceGroup);
  return gates;
}

function parseList(p: Problems, input: string, raw: string, parseYaml: ParseYaml): AnalysisGate[] | undefined {
  let value: unknown;
  try {
    value = parseYaml(raw);
  } catch (err) {
    return void p.add(input, `is not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (!Array.isArray(value))
    return p.bad(input, raw, `is a YAML ${describe(value)}, not a list; expected e.g. '- metric: Http5xx' entries`);
  const gates = value.flatMap((item, index) => {
    const gate = parseGate(p, `${input}[${index}]`, item);
    return gate ? [gate] : [];
  });
  return uniqueNames(p, input, gates);
}

function parseGate(p: Problems, at: string, item: unknown): AnalysisGate | undefined {
  if (!item || typeof item !== 'object' || Array.isArray(item))
    return p.bad(
      at,
      JSON.stringify(item) ?? String(item),
      "is not a gate; expected a map with 'metric', 'alerts' or 'query'",
    );
  const fields = item as Fields;
  const kinds = (['metric', 'alerts', 'query'] as const).filter((k) =>
    k === 'metric' ? has(fields, 'metric') || has(fields, 'metrics') : has(fields, k),
  );
  if (kinds.length !== 1) {
    const found = kinds.length === 0 ? 'none of them' : kinds.map((k) => `'${k}'`).join(' and ');
    return void p.add(at, `needs exactly one of 'metric' (or 'metrics'), 'alerts' or 'query'; it has ${found}`);
  }
  const kind = kinds[0]!;
  const allowed = [...SHARED_KEYS, ...KIND_KEYS[kind]];
  for (const key of Object.keys(fields)) {
    if (allowed.includes(key)) continue;
    const known = (ALL_KEYS as readonly string[]).includes(key) ? ` (a key of other gate kinds)` : '';
    p.add(
      at,
      `has unknown key '${key}'${known}; expected ${allowed.join(', ')}${known ? '' : didYouMean(kebab(key), allowed)}`,
    );
  }
  const before = p.items.length;
  const timing = parseTiming(p, at, fields);
  const name = str(fields, 'name');
  const base = { input: at, timing: timing ?? DEFAULT_TIMING };
  const gate =
    kind === 'metric'
      ? parseMetric(p, at, fields, base, name ?? `metric ${metricNames(fields).join(',')}`)
      : kind === 'alerts'
        ? parseAlerts(p, at, fields, base, name ?? 'alerts')
        : parseQuery(p, at, fields, base, name ?? 'query');
  return p.items.length === before ? gate : undefined;
}

const DEFAULT_TIMING: GateTiming = {
  intervalMs: ANALYSIS_DEFAULTS.intervalMs,
  count: ANALYSIS_DEFAULTS.count,
  failureLimit: 0,
  inconclusiveLimit: 0,
  inconclusive: 'fail',
  initialDelayMs: 0,
};

function parseTiming(p: Problems, at: string, f: Fields): GateTiming | undefined {
  const intervalMs = duration(p, at, f, 'interval', { min: 1000, max: HOUR }) ?? DEFAULT_TIMING.intervalMs;
  const count = field(p, at, f, 'count', (pp, i, v) => parseInteger(pp, i, v, 1, 1000));
  const durationMs = duration(p, at, f, 'duration', { min: 1000, max: MAX_SPAN_MS });
  if (count !== undefined && durationMs !== undefined)
    p.add(`${at}.duration`, "cannot be combined with 'count'; expected one of them (count = duration / interval)");
  const measurements = count ?? (durationMs !== undefined ? Math.max(1, Math.round(durationMs / intervalMs)) : 3);
  const failureLimit = field(p, at, f, 'failure-limit', (pp, i, v) => parseInteger(pp, i, v, 0, 1000)) ?? 0;
  const inconclusiveLimit = field(p, at, f, 'inconclusive-limit', (pp, i, v) => parseInteger(pp, i, v, 0, 1000)) ?? 0;
  const inconclusive =
    field(p, at, f, 'inconclusive', (pp, i, v) => parseEnum(pp, i, v, ['fail', 'pass'] as const)) ?? 'fail';
  const initialDelayMs = duration(p, at, f, 'initial-delay', { min: 0, max: HOUR }) ?? 0;
  const span = initialDelayMs + measurements * intervalMs;
  if (span > MAX_SPAN_MS)
    p.add(
      at,
      `takes ${formatDuration(span)} (initial-delay + ${measurements} × interval); ` +
        `expected at most ${formatDuration(MAX_SPAN_MS)}`,
    );
  return { intervalMs, count: measurements, failureLimit, inconclusiveLimit, inconclusive, initialDelayMs };
}

function parseMetric(
  p: Problems,
  at: string,
  f: Fields,
  base: { input: string; timing: GateTiming },
  name: string,
): MetricGate | undefined {
  if (has(f, 'metric') && has(f, 'metrics'))
    p.add(`${at}.metrics`, "cannot be combined with 'metric'; expected one of them");
  const metrics = metricNames(f);
  if (metrics.length === 0) p.add(`${at}.metric`, "names no metric; expected a metric name such as 'Http5xx'");
  if (metrics.length > 20) p.add(`${at}.metrics`, `names ${metrics.length} metrics; expected at most 20 (one call)`);
  const aggregation = str(f, 'aggregation');
  const agg =
    aggregation === undefined
      ? void p.add(`${at}.aggregation`, `is required; expected one of ${AGGREGATIONS.map((a) => `'${a}'`).join(', ')}`)
      : parseEnum(p, `${at}.aggregation`, aggregation, AGGREGATIONS);
  const condition = requiredCondition(p, at, f);
  const resource = parseResource(p, `${at}.resource`, f.resource ?? 'target');
  const windowMs = duration(p, at, f, 'window', { min: 1000, max: DAY });
  const namespace = str(f, 'namespace');
  const dimensions = parseDimensions(p, `${at}.dimensions`, f.dimensions);
  if (!agg || !condition || !resource) return undefined;
  return {
    kind: 'metric',
    name,
    ...base,
    resource,
    metrics,
    aggregation: agg as Aggregation,
    dimensions,
    condition,
    ...(namespace ? { namespace } : {}),
    ...(windowMs !== undefined ? { windowMs } : {}),
  };
}

function parseAlerts(
  p: Problems,
  at: string,
  f: Fields,
  base: { input: string; timing: GateTiming },
  name: string,
): AlertsGate | undefined {
  const list = listOf(f.alerts);
  const resources = list.flatMap((v, i) => {
    const r = parseResource(p, list.length > 1 ? `${at}.alerts[${i}]` : `${at}.alerts`, v);
    return r ? [r] : [];
  });
  if (list.length === 0) p.add(`${at}.alerts`, "names no resource; expected 'target', a resource id or a list of them");
  const rules = listOf(f.rules)
    .map(String)
    .map((rule, i) => {
      const v = rule.trim();
      if (v.startsWith('/')) parseResourceId(p, `${at}.rules[${i}]`, v);
      else if (!/^[^<>*%&:\\?/+]{1,260}$/.test(v))
        p.bad(`${at}.rules[${i}]`, v, "is not an alert rule name or id; expected the rule's name or resource id");
      return v;
    });
  const severities = listOf(f.severities).map((s, i) => severity(p, `${at}.severities[${i}]`, String(s)) ?? '');
  return { kind: 'alerts', name, ...base, resources, rules, severities };
}

function parseQuery(
  p: Problems,
  at: string,
  f: Fields,
  base: { input: string; timing: GateTiming },
  name: string,
): QueryGate | undefined {
  const query = str(f, 'query');
  if (!query) p.add(`${at}.query`, 'is empty; expected a KQL query whose first row holds the value to judge');
  for (const problem of query ? placeholderProblems(query) : []) p.add(`${at}.query`, problem);
  const source = querySource(p, at, f);
  const condition = requiredCondition(p, at, f);
  const column = str(f, 'column');
  const windowMs = duration(p, at, f, 'window', { min: 1000, max: 30 * DAY });
  if (!query || !source || !condition) return undefined;
  return {
    kind: 'query',
    name,
    ...base,
    source,
    query,
    condition,
    ...(column ? { column } : {}),
    ...(windowMs !== undefined ? { windowMs } : {}),
  };
}

/** A workspace (GUID or workspace resource id) or a resource (Application Insights component, any resource id). */
function querySource(p: Problems, at: string, f: Fields): LogsSource | undefined {
  const workspace = str(f, 'workspace');
  const resource = str(f, 'resource');
  if ((workspace === undefined) === (resource === undefined)) {
    p.add(
      at,
      `${workspace === undefined ? 'names no' : 'names both a workspace and a resource as'} data source; expected 'workspace' (a Log Analytics workspace id) or 'resource' (e.g. an Application Insights resource id)`,
    );
    return undefined;
  }
  if (workspace !== undefined) {
    if (GUID.test(workspace)) return { kind: 'workspace', id: workspace.toLowerCase() };
    const id = parseResourceId(
      new Problems(),
      `${at}.workspace`,
      workspace,
      'Microsoft.OperationalInsights/workspaces',
    );
    if (id) return { kind: 'resource', id };
    return p.bad(
      `${at}.workspace`,
      workspace,
      "is not a Log Analytics workspace; expected its workspace id (a GUID) or its resource id '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.OperationalInsights/workspaces/<name>'",
    );
  }
  const id = parseResourceId(p, `${at}.resource`, resource!);
  return id ? { kind: 'resource', id } : undefined;
}

function parseResource(p: Problems, at: string, value: unknown): GateResource | undefined {
  const v = String(value).trim();
  if (v.toLowerCase() === 'target') return { kind: 'target' };
  if (!v.startsWith('/'))
    return p.bad(
      at,
      v,
      "is not 'target' or a resource id; expected 'target' (the deploy target) or '/subscriptions/…'",
    );
  const id = parseResourceId(p, at, v);
  return id ? { kind: 'id', id } : undefined;
}

function parseDimensions(p: Problems, at: string, value: unknown): DimensionFilter[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    p.add(at, `is a ${describe(value)}, not a map; expected e.g. '{ Instance: "*" }' or '{ StatusCode: [500, 503] }'`);
    return [];
  }
  return Object.entries(value as Fields).flatMap(([name, v]) => {
    const values = listOf(v).map(String);
    if (!/^[A-Za-z0-9_.\- ]{1,128}$/.test(name)) {
      p.add(at, `has dimension ${quote(name)}, not a dimension name; expected letters, digits, '_', '.', '-'`);
      return [];
    }
    if (values.length === 0) {
      p.add(`${at}.${name}`, "names no value; expected a value, a list of values or '*'");
      return [];
    }
    return [{ name, values }];
  });
}

function requiredCondition(p: Problems, at: string, f: Fields): Condition | undefined {
  const raw = str(f, 'condition');
  if (raw === undefined) return void p.add(`${at}.condition`, `is required; ${CONDITION_EXPECTED}`);
  const parsed = parseCondition(raw);
  return parsed.ok ? parsed.condition : p.bad(`${at}.condition`, raw, parsed.error);
}

function severity(p: Problems, at: string, raw: string): string | undefined {
  const m = /^(?:sev)?\s*([0-4])$/i.exec(raw.trim());
  return m ? `Sev${m[1]}` : p.bad(at, raw, "is not an alert severity; expected 'Sev0' … 'Sev4' (or 0 … 4)");
}

/** The 'target' of the gates must name something for this strategy (its target inputs are given). */
function checkTarget(
  p: Problems,
  gates: readonly AnalysisGate[],
  deploy: DeploySettings,
  resourceGroup: string | undefined,
): void {
  const descriptor = descriptorOf(deploy.strategy);
  const rg = deploy.resourceGroup ?? resourceGroup;
  for (const g of gates) {
    const byName = g.kind === 'alerts' ? g.rules.filter((rule) => !rule.startsWith('/')) : [];
    if (!rg && byName.length > 0)
      p.add(
        `${g.input}.rules`,
        `names rule '${byName[0]}' without a resource group; expected 'resource-group' set, or the rule's resource id`,
      );
  }
  const monitored = rg ? descriptor.monitored?.(deploy, rg) : undefined;
  if (monitored) return;
  const inputs = descriptor.targetInputs.map((t) => `'${t.input}'`).join(' and ');
  for (const g of gates) {
    const usesTarget =
      (g.kind === 'metric' && g.resource.kind === 'target') ||
      (g.kind === 'alerts' && g.resources.some((r) => r.kind === 'target'));
    if (usesTarget)
      p.add(
        `${g.input}.${g.kind === 'metric' ? 'resource' : 'alerts'}`,
        `is 'target', but strategy '${deploy.strategy}' has no target here; ` +
          `expected a resource id, or set ${inputs} and 'resource-group'`,
      );
  }
}

/** Gate names are unique: they key the results. Default names get their position when they repeat. */
function uniqueNames(p: Problems, input: string, gates: AnalysisGate[]): AnalysisGate[] {
  const seen = new Map<string, number>();
  for (const g of gates) seen.set(g.name, (seen.get(g.name) ?? 0) + 1);
  return gates.map((g) => {
    if ((seen.get(g.name) ?? 0) < 2) return g;
    const index = g.input.slice(input.length);
    return { ...g, name: `${g.name} ${index}` };
  });
}

function metricNames(f: Fields): string[] {
  return listOf(f.metric ?? f.metrics)
    .map((v) => String(v).trim())
    .filter((v) => v.length > 0);
}

function duration(
  p: Problems,
  at: string,
  f: Fields,
  key: string,
  bounds: { min: number; max: number },
): number | undefined {
  return field(p, at, f, key, (pp, i, v) => {
    const ms = parseDuration(pp, i, v);
    if (ms === undefined) return undefined;
    if (ms < bounds.min)
      return pp.bad(
        i,
        v,
        bounds.min === 0 ? 'is negative' : `is too short; expected at least ${formatDuration(bounds.min)}`,
      );
    if (ms > bounds.max) return pp.bad(i, v, `is too long; expected at most ${formatDuration(bounds.max)}`);
    return ms;
  });
}

function field<T>(
  p: Problems,
  at: string,
  f: Fields,
  key: string,
  parse: (p: Problems, input: string, raw: string) => T | undefined,
): T | undefined {
  const raw = str(f, key);
  return raw === undefined ? undefined : parse(p, `${at}.${key}`, raw);
}

const has = (f: Fields, key: string) => f[key] !== undefined && f[key] !== null;

function str(f: Fields, key: string): string | undefined {
  if (!has(f, key)) return undefined;
  const v = f[key];
  return typeof v === 'object' ? JSON.stringify(v) : String(v).trim();
}

/** A YAML list, or one value, or a comma list in a string. */
function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  return [value];
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/_/g, '-');

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value === 'object' ? 'map' : typeof value;
