/**
 * Request budget of analysis gates: Azure Monitor calls per measurement round for a verify-only step
 * on a scale set of N instances behind a load balancer, under steady synthetic load, with six gates
 * at the same interval — three metric gates (Percentage CPU split by VMName, i.e. one series per
 * instance, and its average on the scale set; DipAvailability on the load balancer), two alerts gates
 * and one KQL query — each taking 5 measurements. The figure is calls per round by operation, from
 * the emulator's request log: one metrics call per resource and dimension filter whatever N is
 * (dimensions split the answer, not the calls), one alerts list for both alerts gates, one query per
 * query gate. Engine time is the emulator's clock, its pauses jumping it
 * (__tests__/analysis/emulator-time.ts); wallMs is a cost of the run on this machine.
 * Run: npx tsx bench/analysis-reads.ts   Not a timed test: prints figures.
 */
import { RG } from '../__tests__/emulator-deploy/helpers.js';
import { monitorCalls, runOnEmulator, warmUpLogs } from '../__tests__/analysis/emulator-time.js';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  lbId,
  seedImageVersion,
  start,
} from '../__tests__/stages-deploy/harness.js';

const SCALE = 600;
const COUNT = 5;

for (const n of [2, 20, 100]) {
  const h = await start({ timeScale: SCALE, pageSize: 100 });
  const v1 = seedImageVersion(h, '1.0.0');
  await createLoadBalancer(h);
  await createScaleSet(h, v1, { capacity: n, mode: 'Manual' });
  const ai = h.emu.control.monitor.createComponent(RG, 'web-ai').id;
  h.emu.control.monitor.setLoad({ loadBalancer: 'lb', port: 80 }, 20);
  await warmUpLogs(h.emu, ai);
  h.emu.control.clearRequests();
  const analysis = [
    '- { name: cpu-per-instance, metric: Percentage CPU, aggregation: maximum, condition: "< 95", dimensions: { VMName: "*" } }',
    '- { name: cpu, metric: Percentage CPU, aggregation: average, condition: "< 80" }',
    `- { name: probe-health, metric: DipAvailability, resource: ${lbId(h)}, aggregation: average, condition: ">= 0" }`,
    '- { name: no-alerts, alerts: target }',
    '- { name: no-sev0, alerts: target, severities: [0] }',
    `- { name: failures, resource: ${ai}, query: "requests | where timestamp > {since} | summarize n = count()", condition: ">= 0" }`,
  ]
    .map((line) => line.replace(/ }$/, `, count: ${COUNT} }`))
    .join('\n');
  const t0 = performance.now();
  const { result, host } = await runOnEmulator(h.emu, SCALE, {
    ...(baseInputs(h, {
      stages: 'verify',
      'instance-health': 'false',
      'remote-access': 'allow',
      analysis,
    }) as Record<string, string>),
  });
  const wallMs = performance.now() - t0;
  const calls = monitorCalls(h.emu);
  const total = Object.values(calls).reduce((a, b) => a + b, 0);
  const verdicts = (JSON.parse(host.outputs['analysis-results'] ?? '[]') as { verdict: string }[]).map(
    (g) => g.verdict,
  );
  console.log(
    JSON.stringify({
      instances: n,
      gates: 6,
      rounds: COUNT,
      status: result.status,
      verdicts,
      calls,
      callsPerRound: Math.round((total / COUNT) * 100) / 100,
      callsPerGatePerRound: Math.round((total / COUNT / 6) * 100) / 100,
      wallMs: Math.round(wallMs),
    }),
  );
  await h.emu.close();
}
