/**
 * Metric alert rules through the real MonitorClient (2026-01-01), evaluated on the emulator's
 * simulated clock over the same metrics, and the alerts they fire through
 * `Microsoft.AlertsManagement/alerts` (2019-03-01; no SDK installed: raw ARM GETs).
 */
import { RestError } from '@azure/core-rest-pipeline';
import type { MetricAlertResource } from '@azure/arm-monitor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignToMinute, armGet, startSignals, type Harness } from './helpers.js';

let h: Harness;
const RG = 'rg-sig';
const ALERTS = '2019-03-01';

beforeAll(async () => {
  h = await startSignals();
  h.emu.control.monitor.setLoad({ site: 'shop' }, 5);
  alignToMinute(h.emu);
}, 60_000);
afterAll(async () => {
  await h?.emu.close();
});

function rule(scope: string, metricName: string, threshold: number, extra: Partial<MetricAlertResource> = {}) {
  return {
    location: 'global',
    severity: 1,
    enabled: true,
    scopes: [scope],
    evaluationFrequency: 'PT1M',
    windowSize: 'PT5M',
    criteria: {
      odataType: 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria' as const,
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion' as const,
          name: 'errors',
          metricName,
          timeAggregation: 'Total',
          operator: 'GreaterThan',
          threshold,
        },
      ],
    },
    ...extra,
  } as MetricAlertResource;
}

const alerts = async (query = '') => {
  const r = await armGet(
    h.emu,
    `/subscriptions/${h.emu.subscriptionId}/providers/Microsoft.AlertsManagement/alerts?api-version=${ALERTS}${query}`,
  );
  expect(r.status).toBe(200);
  return r.body.value as Array<{ id: string; name: string; properties: { essentials: Record<string, string> } }>;
};

describe('metric alert rules', () => {
  it('are created, read, listed, updated and deleted through the SDK', async () => {
    const created = await h.monitor.metricAlerts.createOrUpdate(RG, 'shop-5xx', rule(h.ids.site, 'Http5xx', 10));
    expect(created.id).toBe(`${h.rgId}/providers/Microsoft.Insights/metricAlerts/shop-5xx`);
    expect(created.type).toBe('Microsoft.Insights/metricAlerts');
    expect(created.autoMitigate).toBe(true);
    expect((await h.monitor.metricAlerts.get(RG, 'shop-5xx')).severity).toBe(1);
    const patched = await h.monitor.metricAlerts.update(RG, 'shop-5xx', { severity: 3 });
    expect(patched.severity).toBe(3);
    const listed = [];
    for await (const r of h.monitor.metricAlerts.listBySubscription()) listed.push(r.name);
    expect(listed).toContain('shop-5xx');
    await h.monitor.metricAlerts.delete(RG, 'shop-5xx');
    const gone = await h.monitor.metricAlerts.get(RG, 'shop-5xx').catch((e: unknown) => e);
    expect((gone as RestError).statusCode).toBe(404);
  });

  it('refuses a metric the resource does not have, and a window shorter than the frequency', async () => {
    const bad = await h.monitor.metricAlerts
      .createOrUpdate(RG, 'bad', rule(h.ids.site, 'DipAvailability', 1))
      .catch((e: unknown) => e);
    expect((bad as RestError).statusCode).toBe(400);
    expect((bad as RestError).message).toMatch(/metric 'DipAvailability' was not found/);
    const window = await h.monitor.metricAlerts
      .createOrUpdate(RG, 'bad', rule(h.ids.site, 'Http5xx', 1, { windowSize: 'PT1M', evaluationFrequency: 'PT5M' }))
      .catch((e: unknown) => e);
    expect((window as RestError).statusCode).toBe(400);
  });

  it('a good release fires nothing; a release answering errors fires, then resolves after three clean checks', async () => {
    await h.monitor.metricAlerts.createOrUpdate(RG, 'shop-errors', rule(h.ids.site, 'Http5xx', 10));
    h.emu.control.advanceTime(5 * 60);
    expect(await alerts('&monitorCondition=Fired')).toEqual([]);
    const healthy = (await h.monitor.metricAlertsStatus.list(RG, 'shop-errors')).value!;
    expect(healthy[0]).toMatchObject({ properties: { status: 'Healthy', dimensions: { resourceId: h.ids.site } } });

    const badFrom = h.emu.control.now().getTime();
    h.emu.control.health.erroringImage(':1.0.0', { rate: 0.5 });
    h.emu.control.advanceTime(60);
    const fired = await alerts(`&targetResource=${encodeURIComponent(h.ids.site)}`);
    expect(fired).toHaveLength(1);
    expect(fired[0]!.name).toBe('shop-errors');
    expect(fired[0]!.id).toMatch(/\/providers\/Microsoft\.AlertsManagement\/alerts\/[0-9a-f-]{36}$/);
    expect(fired[0]!.properties.essentials).toMatchObject({
      severity: 'Sev1',
      signalType: 'Metric',
      monitorCondition: 'Fired',
      alertState: 'New',
      monitorService: 'Platform',
      targetResource: h.ids.site.toLowerCase(),
      targetResourceGroup: RG,
      alertRule: `${h.rgId}/providers/Microsoft.Insights/metricAlerts/shop-errors`,
    });
    expect(Date.parse(fired[0]!.properties.essentials['startDateTime']!)).toBeGreaterThan(badFrom);
    const unhealthy = (await h.monitor.metricAlertsStatus.list(RG, 'shop-errors')).value!;
    expect(unhealthy.map((s) => s.properties?.status)).toEqual(['Unhealthy']);
    const byName = await h.monitor.metricAlertsStatus.listByName(RG, 'shop-errors', unhealthy[0]!.name!);
    expect(byName.value).toHaveLength(1);

    h.emu.control.health.clear();
    // The 5-minute window still holds the errors for five checks, then three clean checks resolve it.
    h.emu.control.advanceTime(7 * 60);
    expect(await alerts('&monitorCondition=Fired')).toEqual([]);
    const resolved = await alerts(
      '&monitorCondition=Resolved&alertRule=' + encodeURIComponent(fired[0]!.properties.essentials['alertRule']!),
    );
    expect(resolved).toHaveLength(1);
    expect(resolved[0]!.properties.essentials['monitorConditionResolvedDateTime']).toBeDefined();
  });

  it('filters by time range, severity and resource group; a custom range before the alert is empty', async () => {
    expect(await alerts('&timeRange=1h&severity=Sev1')).toHaveLength(1);
    expect(await alerts('&severity=Sev0')).toEqual([]);
    expect(await alerts(`&targetResourceGroup=${RG}`)).toHaveLength(1);
    const before = new Date(h.emu.control.now().getTime() - 6 * 3600_000).toISOString();
    const earlier = new Date(h.emu.control.now().getTime() - 5 * 3600_000).toISOString();
    expect(await alerts(`&customTimeRange=${before}/${earlier}`)).toEqual([]);
    const both = await armGet(
      h.emu,
      `/subscriptions/${h.emu.subscriptionId}/providers/Microsoft.AlertsManagement/alerts?api-version=${ALERTS}` +
        `&timeRange=1h&customTimeRange=${before}/${earlier}`,
    );
    expect(both.status).toBe(400);
  });

  it('an alert is read by id and its state changed; the context carries the measured value', async () => {
    const [alert] = await alerts();
    const guid = alert!.id.split('/').at(-1)!;
    const byId = await armGet(
      h.emu,
      `/subscriptions/${h.emu.subscriptionId}/providers/Microsoft.AlertsManagement/alerts/${guid}?api-version=${ALERTS}`,
    );
    expect(byId.status).toBe(200);
    const condition = byId.body.properties.context.condition;
    expect(condition.allOf[0]).toMatchObject({
      metricName: 'Http5xx',
      operator: 'GreaterThan',
      threshold: '10',
      timeAggregation: 'Total',
    });
    expect(condition.allOf[0].metricValue).toBeGreaterThan(10);
    const base = `/subscriptions/${h.emu.subscriptionId}/providers/Microsoft.AlertsManagement/alerts/${guid}`;
    const changed = await armGet(h.emu, `${base}/changestate?api-version=${ALERTS}&newState=Acknowledged`, 'POST');
    expect(changed.body.properties.essentials.alertState).toBe('Acknowledged');
    expect(await alerts('&alertState=Acknowledged')).toHaveLength(1);
  });

  it('a rule per instance fires one alert per time series; rules can come from the control API', async () => {
    h.emu.control.monitor.createAlertRule(RG, 'lb-probe', {
      scope: 'web-lb',
      metric: 'DipAvailability',
      aggregation: 'Average',
      operator: 'LessThan',
      threshold: 90,
      window: 'PT1M',
      severity: 0,
      dimensions: { BackendIPAddress: ['*'] },
    });
    h.emu.control.monitor.setLoad({ loadBalancer: 'web-lb' }, 2);
    h.emu.control.advanceTime(60);
    h.emu.control.health.unhealthyImage('/versions/1.0.0');
    h.emu.control.advanceTime(2 * 60);
    h.emu.control.health.clear();
    const fired = await alerts(`&monitorCondition=Fired&targetResource=${encodeURIComponent(h.ids.lb)}`);
    expect(fired).toHaveLength(2);
    expect(fired.every((a) => a.properties.essentials['severity'] === 'Sev0')).toBe(true);
  });
});

describe('with --state', () => {
  it('rules, components and workspaces are saved; reloaded rules are evaluated again', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { startEmulator } = await import('../../src/emulator/index.js');
    const statePath = join(mkdtempSync(join(tmpdir(), 'signals-state-')), 'state.json');
    const first = await startEmulator({ statePath, timeScale: 0.001 });
    first.control.seedResource({
      id: `/subscriptions/${first.subscriptionId}/resourceGroups/rg`,
      body: { location: 'westeurope' },
    });
    const site = first.control.seedResource({
      id: `/subscriptions/${first.subscriptionId}/resourceGroups/rg/providers/Microsoft.Web/sites/app`,
      body: { location: 'westeurope', properties: {} },
    });
    first.control.monitor.createComponent('rg', 'appi', { sources: [site.id] });
    first.control.monitor.createAlertRule('rg', 'quiet', {
      scope: site.id,
      metric: 'Requests',
      operator: 'LessThan',
      threshold: 1,
      window: 'PT1M',
    });
    await first.close();
    const second = await startEmulator({ statePath, timeScale: 0.001 });
    try {
      expect(
        second.control.getResource(
          `/subscriptions/${second.subscriptionId}/resourceGroups/rg/providers/Microsoft.Insights/components/appi`,
        ),
      ).toBeDefined();
      // No traffic at all: Requests total 0 < 1 in every window, so the reloaded rule fires.
      second.control.advanceTime(120);
      expect(second.control.monitor.firedAlerts().map((a) => a['name'])).toEqual(['quiet']);
    } finally {
      await second.close();
    }
  });
});
