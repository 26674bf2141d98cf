/**
 * Analysis gates between Manual rolling batches, on the emulator through the real SDKs, with 10
 * requests per simulated second through the load balancer: after each batch but the last the
 * gates judge the new version on the instances replaced so far; a release whose errors show under
 * traffic stops at the first batch and is rolled back, as a batch that fails its health gate is.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/core/analysis/types.js';
import { deploymentRecord } from '../../src/core/run/record.js';
import { parseSettings } from '../../src/core/settings/parse.js';
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

async function world(): Promise<{ h: Harness; v2: string; live: string }> {
  h = await start({ timeScale: SCALE, pageSize: 50 });
  const v1 = seedImageVersion(h, '1.0.0');
  const v2 = seedImageVersion(h, '2.0.0');
  const live = await createLoadBalancer(h);
  await createScaleSet(h, v1, { capacity: 4, mode: 'Manual' });
  h.emu.control.monitor.createComponent(RG, 'web-ai');
  h.emu.control.monitor.setLoad({ loadBalancer: 'lb', port: 80 }, 10);
  await warmUpLogs(h.emu, aiId(h));
  h.emu.control.clearRequests();
  return { h, v2, live };
}

const aiId = (w: Harness) => `${w.rgId}/providers/Microsoft.Insights/components/web-ai`;

const gates = (w: Harness) =>
  [
    '- name: probe-health',
    '  metric: DipAvailability',
    `  resource: ${lbId(w)}`,
    '  aggregation: average',
    '  condition: ">= 100"',
    '  count: 2',
    '- name: failure-rate',
    `  resource: ${aiId(w)}`,
    '  query: |',
    '    requests',
    '    | where timestamp > {since} and application_Version == {version} and name != "GET /health"',
    '    | summarize total = count(), failed = countif(success == false)',
    '    | where total > 0',
    '    | project rate = 100.0 * failed / total',
    '  condition: "< 1"',
    '  count: 2',
  ].join('\n');

const release = (w: { h: Harness; v2: string; live: string }, extra: Record<string, string> = {}) =>
  runOnEmulator(w.h.emu, SCALE, inputs(w, extra));

const settingsOf = (w: { h: Harness; v2: string; live: string }) => {
  const values = inputs(w);
  return parseSettings((name) => values[name]);
};

const inputs = (w: { h: Harness; v2: string; live: string }, extra: Record<string, string> = {}) => ({
  ...extra,
  ...(baseInputs(w.h, {
    stages: 'deploy,verify',
    'image-id': w.v2,
    'rollout-mode': 'manual',
    'max-batch-percent': '50',
    'live-url': `${w.live}/health`,
    'probe-interval': '2s',
    'probe-timeout': '6h',
    'probe-request-timeout': '30s',
    'deploy-timeout': '1d',
    analysis: gates(w.h),
  }) as Record<string, string>),
});

describe('analysis gates between Manual rolling batches', () => {
  it('a good release: the gates pass after batch 1 and again in verify', async () => {
    const w = await world();
    const { result, host } = await release(w);
    expect(result.error).toBeUndefined();
    expect(versions(w.h)).toEqual(['2.0.0', '2.0.0', '2.0.0', '2.0.0']);
    const deploy = result.stages.find((s) => s.name === 'deploy')!;
    expect(deploy.items.filter((i) => i.label.includes('analysis')).map((i) => [i.label, i.ok])).toEqual([
      ["batch 1: analysis 'probe-health'", true],
      ["batch 1: analysis 'failure-rate'", true],
    ]);
    // Batch 1's gates, then verify's: in the output and in what the deployment record keeps.
    const results = JSON.parse(host.outputs['analysis-results']!) as AnalysisResult[];
    expect(results.map((g) => [g.during, g.name, g.verdict, g.measurements.length])).toEqual([
      ['batch 1 of 2', 'probe-health', 'successful', 2],
      ['batch 1 of 2', 'failure-rate', 'successful', 2],
      ['verify', 'probe-health', 'successful', 2],
      ['verify', 'failure-rate', 'successful', 2],
    ]);
    expect(deploymentRecord(result, settingsOf(w)).analysis).toEqual(results);
    // The preflight before the deploy, two rounds after batch 1 and two in verify: one metrics call
    // and one query each.
    expect(monitorCalls(w.h.emu)).toEqual({ Metrics_List: 5, Query_ResourceExecute: 5 });
  });

  it('a release whose errors show under traffic stops after batch 1 and is rolled back', async () => {
    const w = await world();
    w.h.emu.control.health.erroringImage('/versions/2.0.0', { rate: 0.2 });
    const { result, host } = await release(w);
    expect(result.status).toBe('failed');
    expect(result.error?.message).toMatch(
      /batch 1 of 2 failed its analysis: analysis 'failure-rate' failed: 1 failed measurement/,
    );
    expect(host.outputs['rolled-back']).toBe('true');
    // The failed batch's gates are in the output, with the measurement that failed.
    const results = JSON.parse(host.outputs['analysis-results']!) as AnalysisResult[];
    expect(results.map((g) => [g.during, g.name, g.passed])).toEqual([
      ['batch 1 of 2', 'probe-health', expect.any(Boolean)],
      ['batch 1 of 2', 'failure-rate', false],
    ]);
    expect(results[1]!.measurements.some((m) => m.verdict === 'failed')).toBe(true);
    expect(versions(w.h)).toEqual(['1.0.0', '1.0.0', '1.0.0', '1.0.0']);
    // Batch 2 never started: one UpdateInstances forward (batch 1), then the rollback's.
    const forward = writes(w.h).filter((r) => r.operation === 'VirtualMachineScaleSets_UpdateInstances');
    expect(forward.length).toBeLessThanOrEqual(2);
    expect(result.stages.find((s) => s.name === 'verify')?.status).toBe('not-run');
  });

  it('plan mode lists the gates of each batch but the last and of verify, and reads no metric', async () => {
    const w = await world();
    const { result } = await release(w, { 'dry-run': 'true' });
    expect(result.status).toBe('succeeded');
    const lines = result.stages.flatMap((s) => s.items.filter((i) => i.value.includes('analysis')).map((i) => i.value));
    expect(lines).toEqual([
      expect.stringMatching(
        /^analysis 'probe-health': DipAvailability average of loadBalancers lb >= 100, every 1m × 2/,
      ),
      expect.stringMatching(/^analysis 'failure-rate': the last column of the query on components web-ai < 1/),
      expect.stringMatching(/^analysis 'probe-health'/),
      expect.stringMatching(/^analysis 'failure-rate'/),
    ]);
    expect(monitorCalls(w.h.emu)).toEqual({});
    expect(writes(w.h)).toEqual([]);
  });
});
