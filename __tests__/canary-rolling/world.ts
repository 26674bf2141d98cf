/**
 * The rolling canary's world on the emulator: gallery versions 1.0.0 and 2.0.0, a load balancer,
 * a Manual scale set of `capacity` instances on 1.0.0 behind it, an Application Insights component
 * and 10 requests per simulated second through the load balancer (the load generator), engine
 * time on the emulator's clock (analysis/emulator-time.ts).
 */
import type { Harness } from '../emulator-deploy/helpers.js';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  RG,
  seedImageVersion,
  start,
  ssId,
} from '../stages-deploy/harness.js';
import { runOnEmulator, warmUpLogs } from '../analysis/emulator-time.js';

/**
 * Simulated time flows 120× between the engine's own sleeps (which jump it): enough for the SDK's
 * pollers, and a loaded machine does not simulate hours of load per real second.
 */
export const SCALE = 120;

export interface CanaryWorld {
  readonly h: Harness;
  readonly v2: string;
  /** The load balancer's live endpoint. */
  readonly live: string;
}

export async function canaryWorld(
  options: { capacity?: number; mode?: 'Manual' | 'Automatic' | 'Rolling' } = {},
): Promise<CanaryWorld> {
  const h = await start({ timeScale: SCALE, pageSize: 50 });
  const v1 = seedImageVersion(h, '1.0.0');
  const v2 = seedImageVersion(h, '2.0.0');
  const live = await createLoadBalancer(h);
  await createScaleSet(h, v1, { capacity: options.capacity ?? 10, mode: options.mode ?? 'Manual' });
  h.emu.control.monitor.createComponent(RG, 'web-ai');
  h.emu.control.monitor.setLoad({ loadBalancer: 'lb', port: 80 }, 10);
  await warmUpLogs(h.emu, aiId(h));
  // Loaded before the run: at this time scale a first import would count as many simulated minutes.
  await import('../../src/core/run/runner.js');
  h.emu.control.clearRequests();
  return { h, v2, live };
}

export const aiId = (h: Harness) => `${h.rgId}/providers/Microsoft.Insights/components/web-ai`;

/** The failure rate of the new version's requests (the load generator's), below 1%, twice a minute apart. */
export const failureRate = (h: Harness) =>
  [
    '- name: failure-rate',
    `  resource: ${aiId(h)}`,
    '  query: |',
    '    requests',
    '    | where timestamp > {since} and application_Version == {version} and name != "GET /health"',
    '    | summarize total = count(), failed = countif(success == false)',
    '    | where total > 0',
    '    | project rate = 100.0 * failed / total',
    '  condition: "< 1"',
    '  count: 2',
  ].join('\n');

export const canaryInputs = (w: CanaryWorld, steps: string, extra: Record<string, string> = {}) =>
  baseInputs(w.h, {
    stages: 'deploy',
    'image-id': w.v2,
    'canary-steps': steps,
    'live-url': `${w.live}/health`,
    'probe-interval': '2s',
    'probe-timeout': '6h',
    'probe-request-timeout': '30s',
    'deploy-timeout': '1d',
    ...extra,
  }) as Record<string, string>;

export const runCanary = (w: CanaryWorld, steps: string, extra: Record<string, string> = {}) =>
  runOnEmulator(w.h.emu, SCALE, canaryInputs(w, steps, extra));

/** The scale set's model image version. */
export function modelVersion(h: Harness): string | undefined {
  const body = h.emu.control.getResource(ssId(h)) as
    { properties?: { virtualMachineProfile?: { storageProfile?: { imageReference?: { id?: string } } } } } | undefined;
  return body?.properties?.virtualMachineProfile?.storageProfile?.imageReference?.id?.split('/').pop();
}

/** Per whole simulated minute since `from`: the load generator's requests, failures, share (%) on 2.0.0. */
export function minutes(h: Harness, from: number): { total: number; failed: number; share: number }[] {
  const byMinute = new Map<number, { total: number; failed: number; mine: number }>();
  for (const r of h.emu.control.monitor.requests(undefined, from)) {
    if (!r.synthetic) continue;
    const m = Math.floor(r.timeMs / 60_000);
    const b = byMinute.get(m) ?? { total: 0, failed: 0, mine: 0 };
    b.total++;
    if (!r.success) b.failed++;
    if (r.version === '2.0.0') b.mine++;
    byMinute.set(m, b);
  }
  return [...byMinute.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, b]) => ({ total: b.total, failed: b.failed, share: (100 * b.mine) / b.total }));
}
