/**
 * The `analysis` input: each gate kind parsed into typed settings with its defaults, and every bad
 * value reported once, naming `analysis[i].field`, the value and what is expected, all at once and
 * before anything runs.
 */
import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../src/core/settings/errors.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { inputs } from '../core/fakes.js';

const SUB = '11111111-2222-3333-4444-555555555555';
const AI = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Insights/components/shop-ai`;
const LB = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/loadBalancers/web-lb`;
const slotSwap = { stages: 'verify', 'resource-group': 'rg', strategy: 'slot-swap', 'app-service': 'shop' };

const parse = (analysis: string, extra: Record<string, string> = {}) =>
  parseSettings(inputs({ ...slotSwap, ...extra, analysis })).analysis;

function problems(analysis: string, extra: Record<string, string> = {}): string[] {
  try {
    parseSettings(inputs({ ...slotSwap, ...extra, analysis }));
  } catch (err) {
    expect(err).toBeInstanceOf(SettingsError);
    return (err as SettingsError).problems.map((p) => `${p.input}: ${p.message}`);
  }
  throw new Error('parseSettings accepted the gates');
}

describe('analysis: the three kinds', () => {
  it('a metric gate on the target with defaults (interval 1m, count 3, limits 0, inconclusive fails)', () => {
    const [g] = parse('- metric: Http5xx\n  aggregation: total\n  condition: "< 1"');
    expect(g).toEqual({
      kind: 'metric',
      name: 'metric Http5xx',
      input: 'analysis[0]',
      timing: {
        intervalMs: 60_000,
        count: 3,
        failureLimit: 0,
        inconclusiveLimit: 0,
        inconclusive: 'fail',
        initialDelayMs: 0,
      },
      resource: { kind: 'target' },
      metrics: ['Http5xx'],
      aggregation: 'total',
      dimensions: [],
      condition: { kind: 'compare', op: '<', value: 1 },
    });
  });

  it('a metric gate with several metrics, a resource id, dimensions, a range and its own timing', () => {
    const [g] = parse(
      [
        '- name: lb',
        '  metrics: [DipAvailability, VipAvailability]',
        `  resource: ${LB}`,
        '  aggregation: Average',
        '  dimensions: { BackendPort: 80, FrontendIPAddress: ["10.0.0.4", "*"] }',
        '  condition: 99.5..100',
        '  interval: 30s',
        '  duration: 5m',
        '  failure-limit: 1',
        '  inconclusive-limit: 2',
        '  inconclusive: pass',
        '  initial-delay: 2m',
        '  window: 5m',
      ].join('\n'),
    );
    expect(g).toMatchObject({
      name: 'lb',
      metrics: ['DipAvailability', 'VipAvailability'],
      resource: { kind: 'id', id: LB },
      aggregation: 'average',
      dimensions: [
        { name: 'BackendPort', values: ['80'] },
        { name: 'FrontendIPAddress', values: ['10.0.0.4', '*'] },
      ],
      condition: { kind: 'range', min: 99.5, max: 100 },
      timing: {
        intervalMs: 30_000,
        count: 10,
        failureLimit: 1,
        inconclusiveLimit: 2,
        inconclusive: 'pass',
        initialDelayMs: 120_000,
      },
      windowMs: 300_000,
    });
  });

  it('an alerts gate: the target by default words, rules, severities as numbers or SevN', () => {
    const [g] = parse('- alerts: target\n  rules: [high-5xx]\n  severities: [0, Sev1]\n  count: 2');
    expect(g).toMatchObject({
      kind: 'alerts',
      name: 'alerts',
      resources: [{ kind: 'target' }],
      rules: ['high-5xx'],
      severities: ['Sev0', 'Sev1'],
      timing: { count: 2 },
    });
  });

  it('a query gate on Application Insights, and one on a workspace by id or by resource id', () => {
    const ws = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs`;
    const gates = parse(
      [
        `- query: requests | where application_Version == {version} | summarize rate = 100.0 * countif(success == false) / count()`,
        `  resource: ${AI}`,
        '  column: rate',
        '  condition: "< 1"',
        '- query: AppRequests | count',
        '  workspace: 0F8FAD5B-D9CB-469F-A165-70867728950E',
        '  condition: ">= 0"',
        '- query: AppRequests | count',
        `  workspace: ${ws}`,
        '  condition: ">= 0"',
      ].join('\n'),
    );
    expect(gates.map((g) => g.kind === 'query' && g.source)).toEqual([
      { kind: 'resource', id: AI },
      { kind: 'workspace', id: '0f8fad5b-d9cb-469f-a165-70867728950e' },
      { kind: 'resource', id: ws },
    ]);
    // Default names repeat: each gets its position.
    expect(gates.map((g) => g.name)).toEqual(['query [0]', 'query [1]', 'query [2]']);
    expect(gates[0]).toMatchObject({ column: 'rate', condition: { kind: 'compare', op: '<', value: 1 } });
  });

  it('counts as something for verify to check (no probe-urls needed)', () => {
    const s = parseSettings(
      inputs({
        stages: 'verify',
        analysis: `- metric: Requests\n  resource: ${AI}\n  aggregation: total\n  condition: "> 0"`,
      }),
    );
    expect(s.analysis).toHaveLength(1);
  });

  it('no analysis input: no gates', () => {
    expect(parseSettings(inputs(slotSwap)).analysis).toEqual([]);
  });
});

describe('analysis: every bad value named once', () => {
  it('not a list, not YAML', () => {
    expect(problems('metric: Http5xx')).toEqual([
      "analysis: 'metric: Http5xx' is a YAML map, not a list; expected e.g. '- metric: Http5xx' entries",
    ]);
    expect(problems('- metric: [')).toHaveLength(1);
    expect(problems('- metric: [')[0]).toMatch(/^analysis: is not valid YAML \(/);
  });

  it('a gate of no kind, of two kinds, with unknown keys (did you mean, or a key of another kind)', () => {
    expect(problems('- name: x\n- metric: A\n  query: B\n  aggregation: total\n  condition: "<1"')).toEqual([
      "analysis[0]: needs exactly one of 'metric' (or 'metrics'), 'alerts' or 'query'; it has none of them",
      "analysis[1]: needs exactly one of 'metric' (or 'metrics'), 'alerts' or 'query'; it has 'metric' and 'query'",
    ]);
    expect(problems('- alerts: target\n  failureLimit: 2\n  column: x')).toEqual([
      "analysis[0]: has unknown key 'failureLimit'; expected name, interval, count, duration, failure-limit, inconclusive-limit, inconclusive, initial-delay, alerts, rules, severities; did you mean 'failure-limit'?",
      "analysis[0]: has unknown key 'column' (a key of other gate kinds); expected name, interval, count, duration, failure-limit, inconclusive-limit, inconclusive, initial-delay, alerts, rules, severities",
    ]);
  });

  it('conditions, aggregations and missing fields', () => {
    expect(problems('- metric: Http5xx\n  aggregation: sum\n  condition: "<< 1"')).toEqual([
      "analysis[0].aggregation: 'sum' is not one of 'average', 'total', 'minimum', 'maximum', 'count'",
      "analysis[0].condition: '<< 1' is not a condition; expected a comparison with a number ('< 1', '<= 0.5', '> 100', '>= 99.5', '== 0', '!= 0') or a range ('1..5', both ends included)",
    ]);
    expect(problems('- metric: Http5xx')).toEqual([
      "analysis[0].aggregation: is required; expected one of 'average', 'total', 'minimum', 'maximum', 'count'",
      "analysis[0].condition: is required; expected a comparison with a number ('< 1', '<= 0.5', '> 100', '>= 99.5', '== 0', '!= 0') or a range ('1..5', both ends included)",
    ]);
    expect(problems('- metric: A\n  aggregation: total\n  condition: 5..1')).toEqual([
      "analysis[0].condition: '5..1' is an empty range (5 is above 1); expected 'low..high'",
    ]);
  });

  it('timing: durations, counts, limits, count with duration, a span over a day', () => {
    const gate = '- alerts: target\n';
    expect(problems(`${gate}  interval: 0s\n  count: 0\n  failure-limit: -1\n  inconclusive: maybe`)).toEqual([
      "analysis[0].interval: '0s' is too short; expected at least 1s",
      "analysis[0].count: '0' is out of range; expected an integer from 1 to 1000",
      "analysis[0].failure-limit: '-1' is out of range; expected an integer from 0 to 1000",
      "analysis[0].inconclusive: 'maybe' is not one of 'fail', 'pass'",
    ]);
    expect(problems(`${gate}  count: 3\n  duration: 3m`)).toEqual([
      "analysis[0].duration: cannot be combined with 'count'; expected one of them (count = duration / interval)",
    ]);
    expect(problems(`${gate}  interval: 1h\n  count: 25`)).toEqual([
      'analysis[0]: takes 1d 1h (initial-delay + 25 × interval); expected at most 1d',
    ]);
    expect(problems(`${gate}  interval: soon`)).toEqual([
      "analysis[0].interval: 'soon' is not a duration; expected e.g. '30s', '5m', '1h30m' or a number of seconds",
    ]);
  });

  it('resources, workspaces, severities, rules', () => {
    expect(problems('- alerts: [target, web-lb]\n  severities: [5]\n  rules: ["a/b"]')).toEqual([
      "analysis[0].alerts[1]: 'web-lb' is not 'target' or a resource id; expected 'target' (the deploy target) or '/subscriptions/…'",
      "analysis[0].rules[0]: 'a/b' is not an alert rule name or id; expected the rule's name or resource id",
      "analysis[0].severities[0]: '5' is not an alert severity; expected 'Sev0' … 'Sev4' (or 0 … 4)",
    ]);
    expect(problems('- query: T | count\n  workspace: logs\n  condition: "> 0"')).toEqual([
      "analysis[0].workspace: 'logs' is not a Log Analytics workspace; expected its workspace id (a GUID) or its resource id '/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.OperationalInsights/workspaces/<name>'",
    ]);
    expect(problems(`- query: T | count\n  condition: "> 0"`)).toEqual([
      "analysis[0]: names no data source; expected 'workspace' (a Log Analytics workspace id) or 'resource' (e.g. an Application Insights resource id)",
    ]);
  });

  it('placeholders: unknown names and quoted placeholders are refused', () => {
    expect(
      problems(`- query: "T | where v == '{version}' and w == {build}"\n  resource: ${AI}\n  condition: "> 0"`),
    ).toEqual([
      'analysis[0].query: has {version} inside quotes; expected it without quotes (it becomes a quoted KQL literal)',
      "analysis[0].query: has an unknown placeholder '{build}'; expected {version}, {previous-version}, {since}, {interval}",
    ]);
  });

  it("'target' needs a target: the strategy's inputs (here a verify step naming none)", () => {
    expect(
      problems('- metric: Requests\n  aggregation: total\n  condition: "> 0"', {
        'app-service': '',
        'resource-group': '',
      }),
    ).toEqual([
      "analysis[0].resource: is 'target', but strategy 'slot-swap' has no target here; expected a resource id, or set 'app-service' and 'resource-group'",
    ]);
  });

  it('alert rules by name need a resource group to look them up in', () => {
    expect(problems(`- alerts: ${LB}\n  rules: [high-5xx]`, { 'app-service': '', 'resource-group': '' })).toEqual([
      "analysis[0].rules: names rule 'high-5xx' without a resource group; expected 'resource-group' set, or the rule's resource id",
    ]);
  });

  it('every problem of every gate in one error, before anything runs', () => {
    const err = problems('- metric: A\n  aggregation: nope\n  condition: "< 1"\n- alerts: target\n  count: x');
    expect(err).toEqual([
      "analysis[0].aggregation: 'nope' is not one of 'average', 'total', 'minimum', 'maximum', 'count'",
      "analysis[1].count: 'x' is not a whole number; expected an integer from 1 to 1000",
    ]);
  });
});
