/**
 * Gates in the real verify stage (runEngine, a verify-only step), through the fake MonitorPort:
 * the verdict decides verify, the `analysis-results` output, the summary lines, the record, and
 * plan mode's "would check" lines without a read.
 */
import { describe, expect, it } from 'vitest';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import { deploymentRecord } from '../../src/core/run/record.js';
import { runEngine } from '../../src/core/run/runner.js';
import { parseSettings } from '../../src/core/settings/parse.js';
import { inputs, ManualClock, manualSleep, RecordingHost, ScriptedHttp } from '../core/fakes.js';
import { FakeMonitor, metricValues } from './fake-monitor.js';

const GATES = [
  '- name: no-5xx',
  '  metric: Http5xx',
  '  aggregation: total',
  '  condition: "< 1"',
  '- name: quiet',
  '  alerts: target',
  '  count: 2',
  '  inconclusive: pass',
].join('\n');

async function verify(values: Record<string, string>, script: (m: FakeMonitor) => void = () => undefined) {
  const settings = parseSettings(
    inputs({
      stages: 'verify',
      'resource-group': 'rg',
      'scale-set': 'web',
      'instance-health': 'false',
      'remote-access': 'allow',
      analysis: GATES,
      ...values,
    }),
  );
  const clock = new ManualClock();
  const monitor = new FakeMonitor(clock);
  script(monitor);
  const host = new RecordingHost();
  const ports = { monitor } as unknown as AzurePorts;
  const result = await runEngine(settings, {
    host,
    clock,
    sleep: manualSleep(clock),
    http: new ScriptedHttp(),
    azure: async () => ports,
  });
  return { result, host, monitor, settings };
}

describe('analysis gates in verify', () => {
  it('passing gates pass verify; the results are an output, summary lines and part of the record', async () => {
    const { result, host, settings } = await verify({}, (m) => (m.metricsScript = metricValues(() => 0)));
    expect(result.error).toBeUndefined();
    expect(result.status).toBe('succeeded');
    expect(result.stages[0]!.message).toBe('2 of 2 checks passed');
    const out = JSON.parse(host.outputs['analysis-results']!) as {
      name: string;
      verdict: string;
      measurements: unknown[];
    }[];
    expect(out.map((r) => [r.name, r.verdict, r.measurements.length])).toEqual([
      ['no-5xx', 'successful', 3],
      ['quiet', 'successful', 2],
    ]);
    expect(result.stages[0]!.items.map((i) => [i.label, i.ok])).toEqual([
      ["analysis 'no-5xx'", true],
      ["analysis 'quiet'", true],
    ]);
    expect(host.logs('info')).toContain(
      "PASS analysis 'no-5xx': successful: Http5xx total of scale set web < 1 (3 successful, 0 failed, 0 inconclusive of 3)",
    );
    expect(deploymentRecord(result, settings).analysis?.map((r) => r.name)).toEqual(['no-5xx', 'quiet']);
  });

  it('a failed gate fails verify and names the gate, its values and the condition', async () => {
    const { result, host } = await verify({}, (m) => (m.metricsScript = metricValues(() => 4)));
    expect(result.status).toBe('failed');
    expect(result.error?.kind).toBe('verify');
    expect(result.error?.message).toBe(
      "verify failed: 1 of 2 checks failed: analysis 'no-5xx' (failed: 1 failed measurement(s), more than failure-limit 0 — Http5xx 4 (total) fails < 1 (0 successful, 1 failed, 0 inconclusive of 3))",
    );
    expect(host.outputs['verify-result']).toBe('failed');
    // The other gate stopped rather than held up the rollback: not judged, not a failure.
    expect(result.stages[0]!.items.at(-1)).toEqual({
      kind: 'fact',
      label: "analysis 'quiet'",
      value: 'not judged: another check failed first',
    });
  });

  it('an inconclusive gate with inconclusive: pass passes verify with a warning', async () => {
    const { result, host } = await verify({
      analysis: '- metric: A\n  aggregation: total\n  condition: "< 1"\n  inconclusive: pass\n  count: 1',
    });
    expect(result.status).toBe('succeeded');
    expect(result.warnings).toEqual([
      "verify: analysis 'metric A' was inconclusive (1 inconclusive measurement(s), more than inconclusive-limit 0 — no data for A (total)); passed because 'inconclusive' is 'pass'",
    ]);
    expect(JSON.parse(host.outputs['analysis-results']!)[0]).toMatchObject({ verdict: 'inconclusive', passed: true });
  });

  it('plan mode lists the gates and reads nothing', async () => {
    const { result, monitor } = await verify({ 'dry-run': 'true' });
    expect(monitor.calls).toEqual([]);
    expect(result.stages[0]!.items.map((i) => i.value)).toEqual([
      "analysis 'no-5xx': Http5xx total of scale set web < 1, every 1m × 3 (failure-limit 0, inconclusive-limit 0, inconclusive: fail)",
      "analysis 'quiet': no alert fired on scale set web, every 1m × 2 (failure-limit 0, inconclusive-limit 0, inconclusive: pass)",
    ]);
  });
});
