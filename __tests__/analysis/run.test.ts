/**
 * Gate logic on simulated time, through a hand-written MonitorPort: measurements at each interval
 * over the interval before it, the limits, inconclusive handling, the read budget (one call per
 * resource per round for all its metrics, one alerts list, one query per gate), errors, plan mode.
 */
import { describe, expect, it } from 'vitest';
import { analysisBudgetMs, monitoredTarget } from '../../src/core/analysis/for-stage.js';
import { runAnalysis } from '../../src/core/analysis/run.js';
import type { AnalysisResult } from '../../src/core/analysis/types.js';
import { EngineError } from '../../src/core/errors.js';
import { RolloutExecutor } from '../../src/core/rollout/executor.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { inputs, ManualClock, manualSleep, RecordingHost } from '../core/fakes.js';
import { FakeMonitor, metricValues, row, SUB } from './fake-monitor.js';

const SITE = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Web/sites/shop`;
const SLOT = `${SITE}/slots/staging`;
const AI = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Insights/components/shop-ai`;
const MIN = 60_000;

function setup(analysis: string, options: { planning?: boolean } = {}) {
  const settings = parseSettings(
    inputs({ stages: 'verify', 'resource-group': 'rg', strategy: 'slot-swap', 'app-service': 'shop', analysis }),
  );
  const clock = new ManualClock();
  const sleep = manualSleep(clock);
  const host = new RecordingHost();
  const run = new AbortController();
  const stop = new AbortController();
  const signal = AbortSignal.any([run.signal, stop.signal]);
  const ex = new RolloutExecutor(
    { clock, sleep, log: host, signal },
    {
      planning: options.planning ?? false,
      timeoutMs: analysisBudgetMs(settings.analysis),
      budgetName: 'analysis',
      retryBaseMs: 1000,
    },
  );
  const monitor = new FakeMonitor(clock);
  const start = clock.now();
  const analyse = () =>
    runAnalysis(settings.analysis, {
      ex,
      monitor,
      clock,
      log: host,
      target: monitoredTarget(settings),
      resourceGroup: 'rg',
      context: { version: '2.0.0', previousVersion: '1.0.0', since: start },
      runSignal: run.signal,
    });
  return { settings, clock, sleep, host, ex, monitor, start, analyse, stop, run };
}

const byName = (results: AnalysisResult[], name: string) => results.find((r) => r.name === name)!;

describe('metric gates', () => {
  it('measures every interval over the interval before it, on the target, and passes', async () => {
    const t = setup('- metric: Http5xx\n  aggregation: total\n  condition: "< 1"\n  count: 3');
    t.monitor.metricsScript = metricValues(() => 0);
    const [r] = await t.analyse();
    expect(r).toMatchObject({ verdict: 'successful', passed: true, condition: 'Http5xx total of web app shop < 1' });
    expect(r!.measurements.map((m) => m.verdict)).toEqual(['successful', 'successful', 'successful']);
    const calls = t.monitor.of('metrics');
    expect(calls.map((c) => c.at - t.start)).toEqual([MIN, 2 * MIN, 3 * MIN]);
    expect(calls[1]!.request).toEqual({
      resourceId: SITE,
      names: ['Http5xx'],
      aggregations: ['total'],
      from: t.start + MIN,
      to: t.start + 2 * MIN,
    });
    expect(r!.detail).toBe(
      'successful: Http5xx total of web app shop < 1 (3 successful, 0 failed, 0 inconclusive of 3)',
    );
    // Journalled as one gate step with the verdict.
    expect(t.ex.journal.at(-1)).toMatchObject({ kind: 'gate', label: "analysis 'metric Http5xx'", result: 'done' });
  });

  it('fails as soon as failures exceed failure-limit, and says with which values', async () => {
    const t = setup('- metric: Http5xx\n  aggregation: total\n  condition: "< 1"\n  count: 5');
    t.monitor.metricsScript = (req, i) => metricValues(() => (i === 1 ? 7 : 0))(req, i);
    const [r] = await t.analyse();
    expect(r!.verdict).toBe('failed');
    expect(r!.passed).toBe(false);
    expect(t.monitor.of('metrics')).toHaveLength(2);
    expect(r!.measurements[1]).toMatchObject({
      verdict: 'failed',
      values: { Http5xx: 7 },
      detail: 'Http5xx 7 (total) fails < 1',
    });
    expect(r!.detail).toBe(
      'failed: 1 failed measurement(s), more than failure-limit 0 — Http5xx 7 (total) fails < 1 (1 successful, 1 failed, 0 inconclusive of 5)',
    );
    expect(t.ex.journal.at(-1)).toMatchObject({ kind: 'gate', result: 'failed' });
  });

  it('tolerates failure-limit failures', async () => {
    const t = setup('- metric: Http5xx\n  aggregation: total\n  condition: "< 1"\n  count: 3\n  failure-limit: 1');
    t.monitor.metricsScript = (req, i) => metricValues(() => (i === 0 ? 3 : 0))(req, i);
    const [r] = await t.analyse();
    expect(r).toMatchObject({ verdict: 'successful', passed: true });
    expect(t.monitor.of('metrics')).toHaveLength(3);
  });

  it('every metric of the gate must meet the condition; a missing one is inconclusive', async () => {
    const t = setup('- metrics: [Http5xx, Http4xx]\n  aggregation: total\n  condition: "< 5"\n  count: 1');
    t.monitor.metricsScript = metricValues((m) => (m === 'Http5xx' ? 0 : null));
    const [r] = await t.analyse();
    expect(r!.measurements[0]).toMatchObject({ verdict: 'inconclusive', values: { Http5xx: 0, Http4xx: null } });
    expect(t.monitor.of('metrics')[0]!.request.names).toEqual(['Http5xx', 'Http4xx']);
  });

  it('combines the points of the window by the aggregation and judges each dimension series', async () => {
    const t = setup(
      '- metric: Requests\n  aggregation: total\n  condition: ">= 10"\n  count: 1\n  dimensions: { Instance: "*" }\n  window: 3m',
    );
    t.monitor.metricsScript = (req) => ({
      series: [
        {
          metric: 'Requests',
          dimensions: { Instance: 'a' },
          points: [
            { at: req.from, total: 4 },
            { at: req.from + MIN, total: 8 },
          ],
        },
        {
          metric: 'Requests',
          dimensions: { Instance: 'b' },
          points: [{ at: req.from, total: 2 }, { at: req.from + MIN }],
        },
      ],
    });
    const [r] = await t.analyse();
    expect(t.monitor.of('metrics')[0]!.request).toMatchObject({ filter: "Instance eq '*'", from: t.start - 2 * MIN });
    expect(r!.measurements[0]).toMatchObject({
      verdict: 'failed',
      values: { 'Requests[Instance=a]': 12, 'Requests[Instance=b]': 2 },
    });
  });

  it('initial-delay comes before the first interval', async () => {
    const t = setup('- metric: A\n  aggregation: average\n  condition: "> 0"\n  count: 2\n  initial-delay: 2m');
    t.monitor.metricsScript = metricValues(() => 1);
    await t.analyse();
    expect(t.monitor.of('metrics').map((c) => c.at - t.start)).toEqual([3 * MIN, 4 * MIN]);
  });

  it('a metric Azure refuses fails the gate at once, with Azure reason', async () => {
    const t = setup('- metric: Nope\n  aggregation: total\n  condition: "< 1"');
    t.monitor.metricsScript = () => ({ series: [], errors: { Nope: 'BadRequest: Nope is not a metric of sites' } });
    const [r] = await t.analyse();
    expect(r!.verdict).toBe('failed');
    expect(r!.detail).toMatch(
      /^failed: could not measure: Azure Monitor refused metric 'Nope' of web app shop: BadRequest: Nope is not a metric of sites/,
    );
    expect(t.monitor.of('metrics')).toHaveLength(1);
  });
});

describe('inconclusive (no data)', () => {
  it('fails by default once inconclusive measurements exceed inconclusive-limit', async () => {
    const t = setup('- metric: A\n  aggregation: total\n  condition: "< 1"\n  count: 3');
    const [r] = await t.analyse();
    expect(r).toMatchObject({ verdict: 'inconclusive', passed: false });
    expect(r!.warning).toBeUndefined();
    expect(t.monitor.of('metrics')).toHaveLength(1);
  });

  it("passes with a warning when 'inconclusive: pass'", async () => {
    const t = setup('- metric: A\n  aggregation: total\n  condition: "< 1"\n  count: 3\n  inconclusive: pass');
    const [r] = await t.analyse();
    expect(r).toMatchObject({ verdict: 'inconclusive', passed: true });
    expect(r!.warning).toBe(
      "analysis 'metric A' was inconclusive (1 inconclusive measurement(s), more than inconclusive-limit 0 — no data for A (total)); passed because 'inconclusive' is 'pass'",
    );
  });

  it('within inconclusive-limit, the measurements with data decide', async () => {
    const t = setup('- metric: A\n  aggregation: total\n  condition: "< 1"\n  count: 3\n  inconclusive-limit: 1');
    t.monitor.metricsScript = (req, i) => metricValues(() => (i === 0 ? null : 0))(req, i);
    const [r] = await t.analyse();
    expect(r).toMatchObject({ verdict: 'successful', passed: true });
    expect(r!.measurements.map((m) => m.verdict)).toEqual(['inconclusive', 'successful', 'successful']);
  });

  it('all within the limit but none successful is inconclusive', async () => {
    const t = setup('- metric: A\n  aggregation: total\n  condition: "< 1"\n  count: 2\n  inconclusive-limit: 5');
    const [r] = await t.analyse();
    expect(r).toMatchObject({ verdict: 'inconclusive', passed: false });
    expect(r!.detail).toMatch(/^inconclusive: no successful measurement/);
  });
});

describe('alerts gates', () => {
  const alert = (over: Partial<import('../../src/core/azure/monitor-port.js').FiredAlert>) => ({
    id: 'a1',
    name: 'high-5xx',
    severity: 'Sev1',
    targetResource: SITE.toLowerCase(),
    alertRule: `/subscriptions/${SUB}/resourceGroups/rg/providers/microsoft.insights/metricalerts/high-5xx`,
    monitorCondition: 'Fired',
    ...over,
  });

  it('passes with no alert on the target; one list per round, reaching back a day for alerts still firing', async () => {
    const t = setup('- alerts: target\n  count: 2');
    t.monitor.alertsScript = (req) => [
      alert({ targetResource: '/other', startedAt: req.to - 1 }),
      // Fired and resolved before the release: not this release's.
      alert({ startedAt: t.start - 10 * MIN, monitorCondition: 'Resolved' }),
    ];
    const [r] = await t.analyse();
    expect(r).toMatchObject({
      verdict: 'successful',
      condition: 'no alert fired on web app shop, slot staging of web app shop',
    });
    const calls = t.monitor.of('alerts');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.request).toEqual({ from: t.start - 24 * 60 * MIN, to: t.start + 2 * MIN, resourceGroup: 'rg' });
  });

  it('fails on an alert fired on the target (a slot too) during the window, resolved or not', async () => {
    const t = setup('- alerts: target\n  count: 3');
    t.monitor.alertsScript = (req, i) =>
      i === 0
        ? []
        : [alert({ startedAt: req.to - 1000, targetResource: SLOT, name: 'slow', monitorCondition: 'Resolved' })];
    const [r] = await t.analyse();
    expect(r!.verdict).toBe('failed');
    expect(r!.measurements.map((m) => m.values)).toEqual([{ alerts: 0 }, { alerts: 1 }]);
    expect(r!.measurements[1]!.detail).toMatch(
      /1 alert\(s\) since .*: 'slow' \(Sev1, Resolved\) on slot staging of web app shop$/,
    );
  });

  it('fails on an alert still firing that started before the gate (the target is alerting)', async () => {
    const t = setup('- alerts: target\n  count: 3');
    t.monitor.alertsScript = () => [alert({ startedAt: t.start - 30 * MIN })];
    const [r] = await t.analyse();
    expect(r!.verdict).toBe('failed');
    expect(r!.measurements[0]!.detail).toMatch(/'high-5xx' \(Sev1, Fired\) on web app shop$/);
  });

  it('severities and rules narrow what counts', async () => {
    const t = setup('- alerts: target\n  count: 1\n  severities: [Sev0]\n  rules: [high-5xx]');
    t.monitor.rules.set('high-5xx', { id: 'x', name: 'high-5xx', enabled: true });
    t.monitor.alertsScript = (req) => [
      alert({ startedAt: req.to, severity: 'Sev1' }),
      alert({ startedAt: req.to, severity: 'Sev0', name: 'other', alertRule: '/x/metricalerts/other' }),
    ];
    const [r] = await t.analyse();
    expect(r!.verdict).toBe('successful');
    expect(t.monitor.of('alerts')[0]!.request).toMatchObject({ severity: 'Sev0' });
    expect(t.monitor.of('rule')).toEqual([
      { kind: 'rule', at: t.start, request: { resourceGroup: 'rg', name: 'high-5xx' } },
    ]);
  });

  it('a named rule that does not exist, or is disabled, fails the gate before any measurement', async () => {
    const t = setup('- alerts: target\n  rules: [gone]\n- name: off\n  alerts: target\n  rules: [sleepy]');
    t.monitor.rules.set('sleepy', { id: 'y', name: 'sleepy', enabled: false });
    const results = await t.analyse();
    expect(results.map((r) => r.detail)).toEqual([
      "failed: alert rule 'gone' does not exist in resource group 'rg' (analysis[0].rules) (0 successful, 0 failed, 0 inconclusive of 3)",
      "failed: alert rule 'sleepy' is disabled: it cannot fire, so this gate could not fail (analysis[1].rules) (0 successful, 0 failed, 0 inconclusive of 3)",
    ]);
    expect(t.monitor.of('alerts')).toHaveLength(0);
  });
});

describe('query gates', () => {
  it('substitutes placeholders as literals and judges the named column of the first row', async () => {
    const t = setup(
      [
        '- name: failure-rate',
        '  query: requests | where timestamp > {since} and application_Version == {version} and v != {previous-version} | summarize n = count(), rate = 0.5',
        `  resource: ${AI}`,
        '  column: rate',
        '  condition: "< 1"',
        '  count: 2',
      ].join('\n'),
    );
    t.monitor.queryScript = () => row({ n: 120, rate: 0.5 });
    const [r] = await t.analyse();
    expect(r).toMatchObject({ verdict: 'successful', passed: true });
    const [first] = t.monitor.of('query');
    expect(first!.request.query).toBe(
      `requests | where timestamp > datetime(${new Date(t.start).toISOString()}) and application_Version == "2.0.0" and v != "1.0.0" | summarize n = count(), rate = 0.5`,
    );
    expect(first!.request).toMatchObject({ source: { kind: 'resource', id: AI }, from: t.start, to: t.start + MIN });
    expect(r!.measurements[0]).toMatchObject({ values: { rate: 0.5 }, detail: 'rate 0.5 meets < 1' });
  });

  it('defaults to the last column; no rows or an empty value is inconclusive', async () => {
    const t = setup(`- query: T\n  resource: ${AI}\n  condition: "< 1"\n  count: 3\n  inconclusive-limit: 2`);
    t.monitor.queryScript = (_req, i) =>
      i === 0
        ? { tables: [{ name: 'T', columns: ['a'], rows: [] }] }
        : i === 1
          ? row({ a: 0, b: null })
          : row({ a: 9, b: '0.25' });
    const [r] = await t.analyse();
    expect(r!.measurements.map((m) => [m.verdict, m.detail])).toEqual([
      ['inconclusive', 'the query returned no rows'],
      ['inconclusive', 'b is empty in the first row (no data to judge)'],
      ['successful', 'b 0.25 meets < 1'],
    ]);
  });

  it('a column the result does not have fails the gate at once', async () => {
    const t = setup(`- query: T\n  resource: ${AI}\n  column: rate\n  condition: "< 1"`);
    t.monitor.queryScript = () => row({ failed: 1, total: 10 });
    const [r] = await t.analyse();
    expect(r!.detail).toMatch(
      /^failed: could not measure: the query of analysis gate 'query' has no column 'rate'; its columns are failed, total \(analysis\[0\]\.column\)/,
    );
    expect(t.monitor.of('query')).toHaveLength(1);
  });

  it('a KQL value cannot change the query: quotes and backslashes in a version are escaped', async () => {
    const { kqlString } = await import('../../src/core/analysis/placeholders.js');
    expect(kqlString('2.0.0" or true or "')).toBe('"2.0.0\\" or true or \\""');
    expect(kqlString('a\\"b\nc')).toBe('"a\\\\\\"b\\nc"');
  });
});

describe('the read budget and the round', () => {
  it('one metrics call per resource per round for every gate and metric on it, one alerts list, one query per gate', async () => {
    const t = setup(
      [
        '- name: errors',
        '  metric: Http5xx',
        '  aggregation: total',
        '  condition: "< 1"',
        '- name: traffic',
        '  metrics: Requests, Http2xx',
        '  aggregation: count',
        '  condition: "> 0"',
        '- name: alerts-a',
        '  alerts: target',
        '- name: alerts-b',
        '  alerts: target',
        '  severities: [0]',
        '- name: q',
        '  query: T',
        `  resource: ${AI}`,
        '  condition: "> 0"',
      ].join('\n'),
    );
    t.monitor.metricsScript = metricValues((m) => (m === 'Http5xx' ? 0 : 5));
    t.monitor.queryScript = () => row({ n: 1 });
    const results = await t.analyse();
    expect(results.every((r) => r.passed)).toBe(true);
    const rounds = [MIN, 2 * MIN, 3 * MIN].map((d) =>
      t.monitor.calls.filter((c) => c.at === t.start + d).map((c) => c.kind),
    );
    expect(rounds).toEqual([
      ['metrics', 'alerts', 'query'],
      ['metrics', 'alerts', 'query'],
      ['metrics', 'alerts', 'query'],
    ]);
    expect(t.monitor.of('metrics')[0]!.request).toMatchObject({
      names: ['Http5xx', 'Requests', 'Http2xx'],
      aggregations: ['total', 'count'],
    });
    // Two gates, two severity choices: no server-side severity filter; each gate keeps its own.
    expect(t.monitor.of('alerts')[0]!.request.severity).toBeUndefined();
  });

  it('a transient failure is retried within the budget; the measurement stands', async () => {
    const t = setup('- metric: A\n  aggregation: total\n  condition: "< 1"\n  count: 1');
    t.monitor.metricsScript = (req, i) =>
      i === 0 ? new EngineError('transient', 'HTTP 429', { retryAfterMs: 5000 }) : metricValues(() => 0)(req, i);
    const [r] = await t.analyse();
    expect(r!.verdict).toBe('successful');
    expect(t.monitor.of('metrics').map((c) => c.at - t.start)).toEqual([MIN, MIN + 5000]);
  });

  it('a refused read (a missing role) fails the gate with the reason', async () => {
    const t = setup('- metric: A\n  aggregation: total\n  condition: "< 1"');
    t.monitor.metricsScript = () => new EngineError('terminal', 'reading metric(s) A was refused (HTTP 403)');
    const [r] = await t.analyse();
    expect(r!.detail).toMatch(/^failed: could not measure: reading metric\(s\) A was refused \(HTTP 403\)/);
  });

  it('one gate failing stops the others (not judged), so the rollback is not held up', async () => {
    const t = setup(
      '- name: bad\n  metric: A\n  aggregation: total\n  condition: "< 1"\n  count: 2\n- name: slow\n  alerts: target\n  interval: 5m\n  count: 10',
    );
    t.monitor.metricsScript = metricValues(() => 3);
    const results = await t.analyse();
    expect(byName(results, 'bad')).toMatchObject({ verdict: 'failed', passed: false });
    expect(byName(results, 'slow')).toMatchObject({ stopped: true, passed: false });
    expect(t.monitor.of('alerts')).toHaveLength(0);
    expect(t.clock.now() - t.start).toBe(MIN);
  });

  it('a gate that cannot be set up stops the others before any measurement', async () => {
    const t = setup(
      '- name: q\n  alerts: target\n  rules: [gone]\n- name: m\n  metric: A\n  aggregation: total\n  condition: "< 1"',
    );
    const results = await t.analyse();
    expect(byName(results, 'm')).toMatchObject({ stopped: true });
    expect(t.monitor.of('metrics')).toEqual([]);
    expect(t.clock.now()).toBe(t.start);
  });

  it('two gates share a metrics call; one of them misconfigured fails alone', async () => {
    const t = setup(
      '- name: ok\n  metric: A\n  aggregation: total\n  condition: "< 1"\n  count: 1\n- name: bad\n  metric: Nope\n  aggregation: total\n  condition: "< 1"\n  count: 1',
    );
    t.monitor.metricsScript = (req) => ({ ...metricValues(() => 0)(req, 0), errors: { Nope: 'not a metric' } });
    const results = await t.analyse();
    expect(t.monitor.of('metrics')).toHaveLength(1);
    expect(byName(results, 'bad').detail).toMatch(/^failed: could not measure: Azure Monitor refused metric 'Nope'/);
    expect(byName(results, 'ok')).toMatchObject({ verdict: 'successful', passed: true });
  });

  it('a stop (another verify check failed) ends the gates as stopped, not failed', async () => {
    const t = setup('- metric: A\n  aggregation: total\n  condition: "< 1"\n  count: 5');
    t.monitor.metricsScript = (req, i) => {
      if (i === 1) t.stop.abort();
      return metricValues(() => 0)(req, i);
    };
    const [r] = await t.analyse();
    expect(r).toMatchObject({ stopped: true, verdict: 'inconclusive', passed: false });
    expect(r!.detail).toMatch(/^inconclusive: stopped: another check failed first/);
  });

  it('a cancelled run is a cancellation, not a verdict', async () => {
    const t = setup('- metric: A\n  aggregation: total\n  condition: "< 1"\n  count: 5');
    t.monitor.metricsScript = (req, i) => {
      if (i === 0) t.run.abort();
      return metricValues(() => 0)(req, i);
    };
    await expect(t.analyse()).rejects.toMatchObject({ kind: 'cancelled' });
  });
});

describe('plan mode', () => {
  it('lists each gate as a would-check line and reads nothing', async () => {
    const t = setup('- metric: Http5xx\n  aggregation: total\n  condition: "< 1"\n- alerts: target\n  interval: 30s', {
      planning: true,
    });
    expect(await t.analyse()).toEqual([]);
    expect(t.monitor.calls).toEqual([]);
    expect(t.ex.journal.map((e) => [e.kind, e.result, e.why])).toEqual([
      [
        'gate',
        'planned',
        "analysis 'metric Http5xx': Http5xx total of web app shop < 1, every 1m × 3 (failure-limit 0, inconclusive-limit 0, inconclusive: fail)",
      ],
      [
        'gate',
        'planned',
        "analysis 'alerts': no alert fired on web app shop, slot staging of web app shop, every 30s × 3 (failure-limit 0, inconclusive-limit 0, inconclusive: fail)",
      ],
    ]);
    expect(t.clock.now()).toBe(t.start);
  });
});
