/**
 * The config file's JSON schema checks each `analysis` entry as an editor would: the keys of each
 * gate kind are the parser's, the guide's examples validate, and the mistakes the parser refuses
 * by key or shape (an unknown key, a key of another kind, two kinds at once, a bad aggregation or
 * duration) are refused by the schema too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { GATE_KEYS } from '../../src/core/settings/parse-analysis.js';
import { ROOT } from '../adapters/helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema/immutable-deploy.schema.json'), 'utf8'));
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const valid = (analysis: unknown[]) => validate({ analysis });

const lb = '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/lb';

describe('the config schema of analysis gates', () => {
  it('has, for each kind, exactly the keys the parser takes', () => {
    const kinds = schema.properties.analysis.items.oneOf as { title: string; properties: object }[];
    expect(kinds.map((k) => [k.title, Object.keys(k.properties).sort()])).toEqual(
      (['metric', 'alerts', 'query'] as const).map((kind) => [
        `${kind} gate`,
        [...GATE_KEYS.shared, ...GATE_KEYS[kind]].sort(),
      ]),
    );
  });

  it("validates every gate of the guide's examples", () => {
    const guide = readFileSync(join(ROOT, 'docs/analysis-gates.md'), 'utf8');
    const blocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parseYaml(m[1]!) as unknown);
    const lists = blocks.flatMap((b) => {
      const analysis = (b as { analysis?: unknown } | null)?.analysis;
      return Array.isArray(analysis) ? [analysis] : [];
    });
    expect(lists.length).toBeGreaterThanOrEqual(3);
    for (const list of lists) expect(valid(list), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts each kind with its own fields', () => {
    expect(
      valid([
        { name: 'lb', metric: 'DipAvailability', resource: lb, aggregation: 'average', condition: '>= 100' },
        { metrics: ['Http5xx', 'Http4xx'], aggregation: 'total', condition: '< 1', dimensions: { Instance: '*' } },
        { alerts: 'target', severities: ['Sev0', 1], interval: '30s', count: 4, inconclusive: 'pass' },
        { query: 'requests | count', resource: lb, condition: '> 0', window: '1h', 'initial-delay': 60 },
      ]),
      JSON.stringify(validate.errors),
    ).toBe(true);
  });

  it.each([
    ['an unknown key', { metric: 'Http5xx', aggregation: 'total', condition: '< 1', intervall: '1m' }],
    ['a key of another kind', { alerts: 'target', condition: '< 1' }],
    ['two kinds at once', { metric: 'Http5xx', aggregation: 'total', condition: '< 1', query: 'x' }],
    ['metric and metrics', { metric: 'A', metrics: ['B'], aggregation: 'total', condition: '< 1' }],
    ['no kind', { name: 'lonely', condition: '< 1' }],
    ['a bad aggregation', { metric: 'Http5xx', aggregation: 'sum', condition: '< 1' }],
    ['a metric gate without condition', { metric: 'Http5xx', aggregation: 'total' }],
    ['a bad duration', { alerts: 'target', interval: 'soon' }],
    ['a bad severity', { alerts: 'target', severities: ['Sev9'] }],
    ['a query without a source', { query: 'requests | count', condition: '> 0' }],
    ['a resource that is no id', { metric: 'Http5xx', aggregation: 'total', condition: '< 1', resource: 'web-lb' }],
  ])('refuses %s', (_what, gate) => {
    expect(valid([gate])).toBe(false);
  });
});
