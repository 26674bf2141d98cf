/**
 * Analysis gates end to end on the emulator, through the real @azure/arm-monitor and
 * @azure/monitor-query-logs SDKs: a slot-swap release under steady synthetic load (10 requests per
 * simulated second on production). A good release passes a metric, an alert and a query gate; a
 * release that answers errors once it takes traffic (healthy to its probes) is failed by each kind
 * of gate and swapped back; no data is inconclusive as configured; bad gates write nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { prepareStep } from '../../src/adapters/shared/prepare.js';
import { RG, useHarness } from '../emulator-deploy/helpers.js';
import { writes } from '../stages-slotswap/context.js';
import { shopImage, shopSite } from './shop-site.js';
import { monitorCalls, runOnEmulator, warmUpLogs } from './emulator-time.js';

const SCALE = 600;
const h = useHarness({ timeScale: SCALE });

const shop = shopSite(h);
const { siteId, aiId } = shop;
const image = shopImage;

async function setup(): Promise<void> {
  await shop.create();
  const monitor = h.emu.control.monitor;
  monitor.createComponent(RG, 'shop-ai', { sources: [siteId()] });
  monitor.createAlertRule(RG, 'shop-5xx', {
    scope: siteId(),
    metric: 'Http5xx',
    aggregation: 'Total',
    operator: 'GreaterThan',
    threshold: 0,
    window: 'PT1M',
    frequency: 'PT1M',
    severity: 1,
  });
  monitor.setLoad({ site: 'shop' }, 10);
  await warmUpLogs(h.emu, aiId());
  h.emu.control.clearRequests();
}

const GATES = {
  metric: ['- name: no-5xx', '  metric: Http5xx', '  aggregation: total', '  condition: "< 1"'],
  alerts: ['- name: no-alerts', '  alerts: target', '  rules: [shop-5xx]'],
  query: () => [
    '- name: failure-rate',
    `  resource: ${aiId()}`,
    '  query: |',
    '    requests',
    '    | where timestamp > {since} and application_Version == {version} and name != "GET /healthz"',
    '    | summarize total = count(), failed = countif(success == false)',
    '    | where total > 0',
    '    | project rate = 100.0 * failed / total',
    '  condition: "< 1"',
  ],
};

const release = (analysis: string, extra: Record<string, string> = {}) =>
  runOnEmulator(h.emu, SCALE, {
    stages: 'deploy,verify',
    ...shop.inputs(),
    analysis,
    ...extra,
  });

const serving = () => shop.serving();

describe('analysis gates on the emulator (slot swap)', () => {
  it('a good release passes a metric, an alert and a query gate; one read of each per interval', async () => {
    await setup();
    const all = [...GATES.metric, ...GATES.alerts, ...GATES.query()].join('\n');
    const { result, host } = await release(all);
    expect(result.error).toBeUndefined();
    expect(host.outputs['verify-result']).toBe('passed');
    const gates = JSON.parse(host.outputs['analysis-results']!) as { name: string; verdict: string }[];
    expect(gates.map((g) => [g.name, g.verdict])).toEqual([
      ['no-5xx', 'successful'],
      ['no-alerts', 'successful'],
      ['failure-rate', 'successful'],
    ]);
    // The preflight's read of each gate before the deploy (the rule too), then 3 measurements each:
    // 3 metrics calls, 3 alerts lists, 3 queries, and the rule read once more.
    expect(monitorCalls(h.emu)).toEqual({
      Metrics_List: 4,
      Alerts_GetAll: 4,
      Query_ResourceExecute: 4,
      MetricAlerts_Get: 2,
    });
    expect(await serving()).toBe('2.0.0');
  });

  it("Azure Monitor's throttling, 5xx and resets are ridden out within the gate's time", async () => {
    await setup();
    // Retry-After 0: simulated time is held while a read is in flight, so a longer one would be real.
    h.emu.control.addFault({ kind: 'throttle', operation: 'Metrics_List', times: 6, retryAfterSeconds: 0 });
    h.emu.control.addFault({ kind: 'unavailable', operation: 'Query_ResourceExecute', times: 6, retryAfterSeconds: 0 });
    h.emu.control.addFault({ kind: 'reset', operation: 'Alerts_GetAll', times: 6 });
    const all = [...GATES.metric, ...GATES.alerts, ...GATES.query()].join('\n');
    const { result, host } = await release(all);
    expect(result.error).toBeUndefined();
    const gates = JSON.parse(host.outputs['analysis-results']!) as { verdict: string }[];
    expect(gates.map((g) => g.verdict)).toEqual(['successful', 'successful', 'successful']);
    // Each kind was answered with a fault more often than the SDK retries (4): the executor retried.
    const faulted = h.emu.requests.filter((r) => r.faults && /^(Metrics_|Alerts_|Query_)/.test(r.operation ?? ''));
    expect(faulted).toHaveLength(18);
  });

  it.each([
    ['a metric', 'metric'],
    ['an alerts', 'alerts'],
    ['a query', 'query'],
  ] as const)(
    'a release whose errors start once it serves production is failed by %s gate and swapped back',
    async (_, kind) => {
      await setup();
      // Healthy to every probe and warm-up; every 5th real request answers 500.
      h.emu.control.health.erroringImage('shop:2.0.0', { rate: 0.2 });
      const gate = kind === 'query' ? GATES.query() : GATES[kind];
      const { result, host } = await release(gate.join('\n'));
      expect(result.status).toBe('failed');
      expect(result.error?.kind).toBe('verify');
      expect(host.outputs['rolled-back']).toBe('true');
      const [g] = JSON.parse(host.outputs['analysis-results']!) as { verdict: string; detail: string }[];
      expect(g!.verdict).toBe('failed');
      expect(g!.detail).toMatch(/^failed: 1 failed measurement\(s\), more than failure-limit 0/);
      expect(await serving()).toBe('1.0.0');
      expect(writes(h.emu).filter((r) => r.operation === 'WebApps_SwapSlot')).toHaveLength(2);
    },
  );

  it('no data is inconclusive: it fails the release by default, or passes it with a warning', async () => {
    await setup();
    h.emu.control.monitor.stopLoad();
    const quiet = [...GATES.query(), '  count: 2'].join('\n');
    const failing = await release(quiet);
    expect(failing.result.status).toBe('failed');
    expect(JSON.parse(failing.host.outputs['analysis-results']!)[0]).toMatchObject({
      verdict: 'inconclusive',
      passed: false,
    });
    expect(failing.host.outputs['rolled-back']).toBe('true');

    const passing = await release(`${quiet}\n  inconclusive: pass`);
    expect(passing.result.error).toBeUndefined();
    expect(passing.result.warnings).toContainEqual(
      expect.stringMatching(
        /^verify: analysis 'failure-rate' was inconclusive \(.*\); passed because 'inconclusive' is 'pass'$/,
      ),
    );
    expect(await serving()).toBe('2.0.0');
  });

  it('a bad gate in the config file fails the step before any call to Azure', async () => {
    await setup();
    const dir = mkdtempSync(join(tmpdir(), 'gates-'));
    const config = join(dir, 'release.yml');
    writeFileSync(
      config,
      stringify({
        stages: 'deploy,verify',
        'resource-group': RG,
        strategy: 'slot-swap',
        'app-service': 'shop',
        'container-image': image('2.0.0'),
        analysis: [{ metric: 'Http5xx', aggregation: 'total', condition: '<< 1' }],
      }),
    );
    const step = () =>
      prepareStep({
        adapter: 'cli',
        read: (name) => ({ config, cloud: 'Custom', 'arm-endpoint': h.emu.endpoint, 'ca-file': h.emu.caFile })[name],
        namer: (n) => `--${n}`,
        host: { setSecret: () => undefined },
      });
    expect(step).toThrow(
      "input '--analysis[0].condition': '<< 1' is not a condition; expected a comparison with a number",
    );
    expect(h.emu.requests).toEqual([]);
  });
});
