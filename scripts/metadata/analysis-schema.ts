/**
 * JSON Schema of one `analysis` entry (a gate) in the config file, so that editors check each
 * gate's fields as they are typed: a metric, alerts or query gate, each with the shared timing
 * fields and its own, and nothing else. The parser (src/core/settings/parse-analysis.ts) stays the
 * judge — it checks values the schema cannot (conditions, resource ids, placeholders);
 * __tests__/analysis/schema.test.ts keeps the keys here and the parser's the same.
 */
import { AGGREGATIONS } from '../../src/core/azure/monitor-port.js';
import { CONDITION_EXPECTED } from '../../src/core/analysis/condition.js';
import { PLACEHOLDERS } from '../../src/core/analysis/placeholders.js';

type Schema = Record<string, unknown>;

const placeholders = PLACEHOLDERS.map((p) => `{${p}}`).join(', ');

const duration = (description: string): Schema => ({
  description: `${description} A duration ('30s', '5m', '1h30m') or a number of seconds.`,
  type: ['string', 'number'],
  pattern: '^\\s*(\\d+(\\.\\d+)?|(\\d+(\\.\\d+)?(ms|s|m|h|d))+)\\s*$',
});
const count = (description: string, minimum: number): Schema => ({
  description,
  type: ['integer', 'string'],
  minimum,
  pattern: '^\\s*\\d+\\s*$',
});
/** A value, a YAML list or a comma list in one string. */
const oneOrMany = (description: string, item: Schema = { type: 'string' }): Schema => ({
  description,
  anyOf: [item, { type: 'array', items: item, minItems: 1 }],
});
const condition: Schema = {
  description: `The condition every measurement must meet; ${CONDITION_EXPECTED}.`,
  type: ['string', 'number'],
};
const resourceId = (description: string): Schema => ({
  description,
  type: 'string',
  pattern: '^\\s*(/|[Tt][Aa][Rr][Gg][Ee][Tt]\\s*$)',
});

export const SHARED_FIELDS: Record<string, Schema> = {
  name: { description: "The gate's name in results and messages (default: from what it reads).", type: 'string' },
  interval: duration('Between measurements (default 1m, at least 1s).'),
  count: count('Measurements taken (default 3).', 1),
  duration: duration("Instead of 'count': count = duration / interval."),
  'failure-limit': count('Failed measurements tolerated (default 0).', 0),
  'inconclusive-limit': count('Inconclusive measurements (no data) tolerated (default 0).', 0),
  inconclusive: {
    description: 'An inconclusive gate fails (default) or passes with a warning.',
    enum: ['fail', 'pass'],
  },
  'initial-delay': duration('Before the first interval starts (metrics reach Azure Monitor late).'),
};

export const KIND_FIELDS: Record<'metric' | 'alerts' | 'query', Record<string, Schema>> = {
  metric: {
    metric: oneOrMany('Azure Monitor metric name(s), e.g. Http5xx.'),
    metrics: oneOrMany('Azure Monitor metric names (at most 20, one call).'),
    resource: resourceId("'target' (the deploy target, as its strategy says) or a resource id."),
    aggregation: { description: 'How each bucket is aggregated.', enum: [...AGGREGATIONS] },
    dimensions: {
      description: "Dimension filters: name → value, list of values or '*' (split by every value).",
      type: 'object',
      additionalProperties: oneOrMany('Dimension value(s).', { type: ['string', 'number'] }),
    },
    namespace: { description: 'Metric namespace, for custom metrics.', type: 'string' },
    condition,
    window: duration('The span each measurement covers (default: the interval).'),
  },
  alerts: {
    alerts: oneOrMany("Resources no alert may fire on: 'target' or resource ids.", resourceId('A resource.')),
    rules: oneOrMany('Only alerts of these rules: names in the resource group, or rule ids.'),
    severities: oneOrMany("Only alerts of these severities ('Sev0' … 'Sev4', or 0 … 4).", {
      type: ['string', 'integer'],
      pattern: '^\\s*([Ss][Ee][Vv])?\\s*[0-4]\\s*$',
    }),
  },
  query: {
    query: {
      description: `KQL whose first row holds the value to judge; placeholders ${placeholders}.`,
      type: 'string',
      minLength: 1,
    },
    workspace: { description: 'A Log Analytics workspace: its id (a GUID) or resource id.', type: 'string' },
    resource: resourceId('A resource to query (e.g. an Application Insights component).'),
    column: { description: 'The column of the first row to judge (default: the last).', type: 'string' },
    condition,
    window: duration('How far back the query sees (default: since the gate started).'),
  },
};

/** Which keys make an entry a gate of that kind (exactly one kind per entry). */
const KIND_MARKERS = {
  metric: { anyOf: [{ required: ['metric'] }, { required: ['metrics'] }], not: { required: ['metric', 'metrics'] } },
  alerts: { required: ['alerts'] },
  query: { required: ['query', 'condition'], oneOf: [{ required: ['workspace'] }, { required: ['resource'] }] },
} as const;

/** One gate: exactly one of the three kinds, each closed to keys of the others. */
export function analysisItemSchema(): Schema {
  const kinds = (['metric', 'alerts', 'query'] as const).map((kind) => ({
    title: `${kind} gate`,
    type: 'object',
    additionalProperties: false,
    properties: { ...SHARED_FIELDS, ...KIND_FIELDS[kind] },
    ...KIND_MARKERS[kind],
    ...(kind === 'metric' ? { required: ['aggregation', 'condition'] } : {}),
  }));
  return { type: 'object', oneOf: kinds };
}
