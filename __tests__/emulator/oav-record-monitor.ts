/**
 * The engine's Azure Monitor traffic for the oav tests: two slot-swap releases with analysis gates
 * (as in analysis/e2e-slot-swap.test.ts) on one recording emulator, through the real
 * @azure/arm-monitor and @azure/monitor-query-logs ports. The first is good: a metric gate, an
 * alerts gate naming a metric alert rule (MetricAlerts_Get), a query on the Application Insights
 * resource and one on a Log Analytics workspace. The second answers errors once it serves
 * production: its metric alert rule fires, so the alerts list carries a fired alert, and the
 * release is swapped back. Last, the site's metric definitions through the same SDK (the engine
 * does not list them; the emulator serves them for whoever picks a metric).
 */
import { MonitorClient } from '@azure/arm-monitor';
import { credential, LOCATION, RG, poll, startHarness, type Harness } from '../emulator-deploy/helpers.js';
import { armClientOptions } from '../../src/azure/transport.js';
import type { RecordedExchange } from '../../src/emulator/index.js';
import { runOnEmulator, warmUpLogs } from '../analysis/emulator-time.js';

const SCALE = 600;
const image = (tag: string) => `registry.example/shop:${tag}`;

/** What each recorded release ended with (the recording test asserts them). */
export interface MonitorOutcome {
  good: { status: string; error?: string };
  bad: { status: string; rolledBack?: string };
}

async function world(h: Harness): Promise<{ siteId: string; aiId: string; workspace: string }> {
  const siteConfig = { linuxFxVersion: `DOCKER|${image('1.0.0')}` };
  await h.web.webApps.createOrUpdate(RG, 'shop', { location: LOCATION, siteConfig }, poll);
  await h.web.webApps.createOrUpdateSlot(RG, 'shop', 'staging', { location: LOCATION, siteConfig }, poll);
  const siteId = `${h.rgId}/providers/Microsoft.Web/sites/shop`;
  const monitor = h.emu.control.monitor;
  const ai = monitor.createComponent(RG, 'shop-ai', { sources: [siteId] });
  const ws = monitor.createWorkspace(RG, 'shop-logs', { sources: [siteId] });
  monitor.createAlertRule(RG, 'shop-5xx', {
    scope: siteId,
    metric: 'Http5xx',
    aggregation: 'Total',
    operator: 'GreaterThan',
    threshold: 0,
    window: 'PT1M',
    frequency: 'PT1M',
    severity: 1,
  });
  monitor.setLoad({ site: 'shop' }, 10);
  await warmUpLogs(h.emu, ai.id);
  const workspace = String((ws.body['properties'] as { customerId: string }).customerId);
  return { siteId, aiId: ai.id, workspace };
}

function gates(aiId: string, workspace: string): string {
  return [
    '- name: no-5xx',
    '  metric: Http5xx',
    '  aggregation: total',
    '  condition: "< 1"',
    '- name: no-alerts',
    '  alerts: target',
    '  rules: [shop-5xx]',
    '- name: failure-rate',
    `  resource: ${aiId}`,
    '  query: |',
    '    requests',
    '    | where timestamp > {since} and name != "GET /healthz"',
    '    | summarize total = count(), failed = countif(success == false)',
    '    | where total > 0',
    '    | project rate = 100.0 * failed / total',
    '  condition: "< 1"',
    '- name: workspace-requests',
    `  workspace: ${workspace}`,
    '  query: |',
    '    AppRequests',
    '    | where TimeGenerated > {since}',
    '    | summarize total = count()',
    '  condition: ">= 0"',
  ].join('\n');
}

/** The two releases on one recording emulator; `record` sees every exchange after the world is built. */
export async function recordMonitor(record: (x: RecordedExchange) => void): Promise<MonitorOutcome> {
  let recording = false;
  const h = await startHarness({ timeScale: SCALE, record: (x) => recording && record(x) });
  try {
    const { siteId, aiId, workspace } = await world(h);
    recording = true;
    const release = (tag: string) =>
      runOnEmulator(h.emu, SCALE, {
        stages: 'deploy,verify',
        'resource-group': RG,
        strategy: 'slot-swap',
        'app-service': 'shop',
        'container-image': image(tag),
        'warmup-path': '/healthz',
        'probe-interval': '2s',
        'probe-timeout': '6h',
        'probe-request-timeout': '30s',
        'live-url': `${h.emu.control.urlFor(siteId)!}/healthz`,
        'preview-url': `${h.emu.control.urlFor(siteId, 'staging')!}/healthz`,
        'deploy-timeout': '1d',
        analysis: gates(aiId, workspace),
      });
    const good = await release('2.0.0');
    // The next release answers 500 to every 5th request once it serves production.
    h.emu.control.health.erroringImage('shop:3.0.0', { rate: 0.2 });
    const bad = await release('3.0.0');
    const monitor = new MonitorClient(
      credential,
      h.emu.subscriptionId,
      armClientOptions({ endpoint: h.emu.endpoint, caFile: h.emu.caFile }),
    );
    for await (const definition of monitor.metricDefinitions.list(siteId.slice(1))) void definition;
    return {
      good: { status: good.result.status, error: good.result.error?.message },
      bad: { status: bad.result.status, rolledBack: bad.host.outputs['rolled-back'] },
    };
  } finally {
    await h.emu.close();
  }
}
