/**
 * The analysis preflight on the emulator through the real SDKs: before the deploy's first write
 * (the deploy lock's lease included) each gate is asked of Azure Monitor once; a gate Azure
 * refuses fails the step with one error naming the gate, the resource and Azure's reason, and
 * nothing is written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../emulator-deploy/helpers.js';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  lbId,
  RG,
  seedImageVersion,
  start,
  versions,
  writes,
} from '../stages-deploy/harness.js';
import { monitorCalls, runOnEmulator, warmUpLogs } from './emulator-time.js';

const SCALE = 600;
let h: Harness | undefined;
afterEach(async () => {
  await h?.emu.close();
  h = undefined;
});

async function world(): Promise<{ h: Harness; v2: string }> {
  h = await start({ timeScale: SCALE, pageSize: 50 });
  const v1 = seedImageVersion(h, '1.0.0');
  const v2 = seedImageVersion(h, '2.0.0');
  await createLoadBalancer(h);
  await createScaleSet(h, v1, { capacity: 2, mode: 'Manual' });
  h.emu.control.monitor.createComponent(RG, 'web-ai');
  await warmUpLogs(h.emu, aiId(h));
  h.emu.control.clearRequests();
  return { h, v2 };
}

const aiId = (w: Harness) => `${w.rgId}/providers/Microsoft.Insights/components/web-ai`;

const deploy = (w: { h: Harness; v2: string }, analysis: string) =>
  runOnEmulator(w.h.emu, SCALE, {
    ...(baseInputs(w.h, {
      stages: 'deploy',
      'image-id': w.v2,
      'rollout-mode': 'manual',
      // One batch: no gate between batches, only the preflight reads.
      'max-batch-percent': '100',
      'deploy-timeout': '1d',
      analysis,
    }) as Record<string, string>),
  });

const probeHealth = (w: Harness) => [
  '- name: probe-health',
  '  metric: DipAvailability',
  `  resource: ${lbId(w)}`,
  '  aggregation: average',
  '  condition: ">= 100"',
];

describe('analysis preflight', () => {
  it('gates Azure refuses fail the deploy before any write, each named with its reason', async () => {
    const w = await world();
    const analysis = [
      ...probeHealth(w.h),
      '- name: no-such-metric',
      '  metric: NoSuchMetric',
      `  resource: ${lbId(w.h)}`,
      '  aggregation: total',
      '  condition: "< 1"',
      '- name: broken-query',
      `  resource: ${aiId(w.h)}`,
      '  query: requests | summarize total = count( | project total',
      '  condition: "< 1"',
      '- name: unknown-workspace',
      '  workspace: 11111111-2222-3333-4444-555555555555',
      '  query: AppRequests | count',
      '  condition: "< 1"',
    ].join('\n');
    const { result } = await deploy(w, analysis);
    expect(result.status).toBe('failed');
    const message = result.error?.message ?? '';
    expect(message).toMatch(/Azure refuses 3 of them; nothing was written/);
    expect(message).toMatch(/analysis\[1\] \('no-such-metric'\): .*NoSuchMetric.*loadBalancers\/lb.*BadRequest/);
    expect(message).toMatch(/analysis\[2\] \('broken-query'\): .*components\/web-ai.*BadArgumentError/);
    expect(message).toMatch(/analysis\[3\] \('unknown-workspace'\): .*11111111-2222-3333-4444-555555555555.*NotFound/);
    expect(message).not.toMatch(/probe-health/);
    expect(writes(w.h)).toEqual([]);
    expect(versions(w.h)).toEqual(['1.0.0', '1.0.0']);
    // One read a gate: two metrics calls, two queries.
    expect(monitorCalls(w.h.emu)).toEqual({ Metrics_List: 2, Query_ResourceExecute: 1, Query_Execute: 1 });
  });

  it('a missing role fails the deploy before any write and names the role to grant', async () => {
    const w = await world();
    w.h.emu.control.addFault({ kind: 'forbidden', operation: 'Metrics_List' });
    w.h.emu.control.addFault({ kind: 'forbidden', operation: 'Query_ResourceExecute' });
    const query = ['- name: failures', `  resource: ${aiId(w.h)}`, '  query: requests | count', '  condition: "< 1"'];
    const { result } = await deploy(w, [...probeHealth(w.h), ...query].join('\n'));
    expect(result.status).toBe('failed');
    const message = result.error?.message ?? '';
    expect(message).toMatch(
      /analysis\[0\] \('probe-health'\): .*loadBalancers\/lb.*AuthorizationFailed.*Microsoft\.Insights\/metrics\/read.*Monitoring Reader role/,
    );
    expect(message).toMatch(
      /analysis\[1\] \('failures'\): .*components\/web-ai.*InsufficientAccessError.*Log Analytics Reader/,
    );
    expect(writes(w.h)).toEqual([]);
    // Refused, not retried: a 403 is no transient error.
    expect(monitorCalls(w.h.emu)).toEqual({ Metrics_List: 1, Query_ResourceExecute: 1 });
  });

  it("Azure Monitor's throttling is ridden out: the preflight retries and the deploy goes on", async () => {
    const w = await world();
    w.h.emu.control.addFault({ kind: 'throttle', operation: 'Metrics_List', times: 2, retryAfterSeconds: 1 });
    const { result } = await deploy(w, probeHealth(w.h).join('\n'));
    expect(result.error).toBeUndefined();
    expect(monitorCalls(w.h.emu)).toEqual({ Metrics_List: 3 });
    expect(versions(w.h)).toEqual(['2.0.0', '2.0.0']);
  });

  it('gates Azure answers let the deploy go on', async () => {
    const w = await world();
    const { result, host } = await deploy(w, probeHealth(w.h).join('\n'));
    expect(result.error).toBeUndefined();
    expect(
      host.events.some(
        (e) => 'message' in e && e.message.includes('Analysis preflight: Azure Monitor answers all 1 gate(s)'),
      ),
    ).toBe(true);
    expect(versions(w.h)).toEqual(['2.0.0', '2.0.0']);
  });
});
