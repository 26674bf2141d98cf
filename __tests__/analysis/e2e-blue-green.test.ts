/**
 * Analysis gates after a blue-green switch, on the emulator through the real SDKs, with 10
 * requests per simulated second through the load balancer's live rule: the load balancer's probe
 * status, alerts on the target and a KQL query pass a good release; a release that answers errors
 * once it takes live traffic (its health page still passes) is failed and switched back.
 */
import { describe, expect, it } from 'vitest';
import { RG, requestLoop } from '../emulator-deploy/helpers.js';
import { h, inputs, lbWrites, live, liveRulePool, setup } from '../stages-bluegreen/world.js';
import { monitorCalls, runOnEmulator, warmUpLogs } from './emulator-time.js';

const SCALE = 600;
const aiId = () => `${h.rgId}/providers/Microsoft.Insights/components/web-ai`;

async function world(): Promise<Record<string, string>> {
  const v = await setup();
  // The shared world runs at 600; gates here take simulated time from the engine's sleeps.
  h.emu.control.setTimeScale(SCALE);
  h.emu.control.monitor.createComponent(RG, 'web-ai');
  h.emu.control.monitor.setLoad({ loadBalancer: 'lb', port: 80 }, 10);
  await warmUpLogs(h.emu, aiId());
  h.emu.control.clearRequests();
  return v;
}

const failureRate = () =>
  [
    '- name: failure-rate',
    `  resource: ${aiId()}`,
    '  query: |',
    '    requests',
    '    | where timestamp > {since} and application_Version == {version} and name != "GET /healthz"',
    '    | summarize total = count(), failed = countif(success == false)',
    '    | where total > 0',
    '    | project rate = 100.0 * failed / total',
    '  condition: "< 1"',
  ].join('\n');

const GATES = () =>
  [
    '- name: probe-health',
    '  metric: DipAvailability',
    '  aggregation: average',
    '  condition: ">= 100"',
    '- name: no-alerts',
    '  alerts: target',
    failureRate(),
  ].join('\n');

const release = (v: Record<string, string>, analysis: string) =>
  runOnEmulator(h.emu, SCALE, {
    ...inputs({
      stages: 'deploy,verify',
      'image-id': v['2.0.0']!,
      'probe-interval': '2s',
      'probe-timeout': '6h',
      'probe-request-timeout': '30s',
      'deploy-timeout': '1d',
    }),
    analysis,
  });

async function served(): Promise<string[]> {
  const r = await requestLoop(live(), () => false, { maxRequests: 4, maxMs: 5000 });
  return [...r.versions.keys()];
}

describe('analysis gates on the emulator (blue-green)', () => {
  it('a good release passes the load balancer metric, the alerts and the query gate after the switch', async () => {
    const v = await world();
    const { result, host } = await release(v, GATES());
    expect(result.error).toBeUndefined();
    const gates = JSON.parse(host.outputs['analysis-results']!) as { name: string; verdict: string }[];
    expect(gates.map((g) => [g.name, g.verdict])).toEqual([
      ['probe-health', 'successful'],
      ['no-alerts', 'successful'],
      ['failure-rate', 'successful'],
    ]);
    // The preflight's read of each gate, then three measurements each.
    expect(monitorCalls(h.emu)).toEqual({ Metrics_List: 4, Alerts_GetAll: 4, Query_ResourceExecute: 4 });
    expect(await served()).toEqual(['2.0.0']);
  });

  it('a release whose errors start with live traffic is failed by the query gate and switched back', async () => {
    const v = await world();
    h.emu.control.health.erroringImage('/versions/2.0.0', { rate: 0.2 });
    const { result, host } = await release(v, failureRate());
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(
      /^verify failed: 1 of \d+ checks failed: analysis 'failure-rate' \(failed: 1 failed measurement/,
    );
    expect(host.outputs['rolled-back']).toBe('true');
    // The lease, the switch, the switch back.
    expect(lbWrites().length).toBeGreaterThanOrEqual(3);
    expect(liveRulePool()).toMatch(/\/backendAddressPools\/web-blue$/);
    expect(await served()).toEqual(['1.0.0']);
  });
});
