/**
 * Azure Monitor metrics through the real `@azure/arm-monitor` MonitorClient: App Service request
 * metrics from the telemetry of the loopback traffic, load balancer probe / data path availability
 * and scale set CPU from the sampler, Azure's errors for unknown names, and timespan, interval,
 * aggregation and $filter honoured. Simulated time moves only by advanceTime (time scale 1).
 */
import { RestError } from '@azure/core-rest-pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignToMinute, startSignals, type Harness } from './helpers.js';

let h: Harness;
/** Load from t0 on: 10 requests per simulated second on the web app, 4 on the load balancer's live rule. */
let t0: number;
const iso = (ms: number) => new Date(ms).toISOString();
const span = (from: number, to: number) => `${iso(from)}/${iso(to)}`;

beforeAll(async () => {
  h = await startSignals();
  t0 = alignToMinute(h.emu);
  h.emu.control.monitor.setLoad({ site: 'shop' }, 10);
  h.emu.control.monitor.setLoad({ loadBalancer: 'web-lb' }, 4);
  h.emu.control.advanceTime(120);
}, 60_000);
afterAll(async () => {
  await h?.emu.close();
});

describe('App Service request metrics', () => {
  it('a good release: every request counted per minute, no server errors', async () => {
    const r = await h.monitor.metrics.list(h.ids.site, {
      metricnames: 'Requests,Http2xx,Http5xx',
      timespan: span(t0, t0 + 120_000),
      interval: 'PT1M',
      aggregation: 'Total',
    });
    expect(r.timespan).toBe(`${iso(t0).replace('.000Z', 'Z')}/${iso(t0 + 120_000).replace('.000Z', 'Z')}`);
    expect(r.interval).toBe('PT1M');
    expect(r.namespace).toBe('microsoft.web/sites');
    const totals = r.value.map((m) => [m.name.value, m.timeseries![0]!.data!.map((d) => d.total)]);
    expect(totals).toEqual([
      ['Requests', [600, 600]],
      ['Http2xx', [600, 600]],
      ['Http5xx', [0, 0]],
    ]);
  });

  it('a release answering errors once it takes traffic shows in Http5xx and response time by instance', async () => {
    const from = alignToMinute(h.emu);
    h.emu.control.health.erroringImage(':1.0.0', { rate: 0.25 });
    h.emu.control.monitor.setLatency('1.0.0', 400);
    h.emu.control.advanceTime(60);
    h.emu.control.health.clear();
    h.emu.control.monitor.setLatency('1.0.0', 0);
    const r = await h.monitor.metrics.list(h.ids.site, {
      metricnames: 'Http5xx,HttpResponseTime',
      timespan: span(from, from + 60_000),
      interval: 'FULL',
      aggregation: 'Total,Average,Count',
      filter: "Instance eq '*'",
    });
    const [errors, time] = r.value;
    expect(errors!.timeseries).toHaveLength(1);
    expect(errors!.timeseries![0]!.metadatavalues![0]!.name!.value).toBe('instance');
    expect(errors!.timeseries![0]!.metadatavalues![0]!.value).toMatch(/^RD[0-9A-F]{12}$/);
    expect(errors!.timeseries![0]!.data![0]!.total).toBe(150);
    expect(time!.unit).toBe('Seconds');
    expect(time!.timeseries![0]!.data![0]!.average).toBeGreaterThan(0.4);
    expect(time!.timeseries![0]!.data![0]!.count).toBe(600);
  });

  it('the staging slot is its own resource: no traffic, zero requests', async () => {
    const r = await h.monitor.metrics.list(h.ids.slot, {
      metricnames: 'Requests',
      timespan: span(t0, t0 + 120_000),
      interval: 'PT1M',
    });
    expect(r.value[0]!.timeseries![0]!.data!.map((d) => d.total)).toEqual([0, 0]);
  });

  it('interval and timespan are honoured: PT5M buckets aligned to the grain, Average and Count', async () => {
    const r = await h.monitor.metrics.list(h.ids.site, {
      metricnames: 'Requests',
      timespan: span(t0, t0 + 10 * 60_000),
      interval: 'PT5M',
      aggregation: 'count,total',
    });
    const data = r.value[0]!.timeseries![0]!.data!;
    expect(data.map((d) => d.timeStamp.getTime() % 300_000)).toEqual([0, 0, 0].slice(0, data.length));
    // Two minutes of the good release and one of the erroring one so far.
    expect(data.reduce((n, d) => n + (d.total ?? 0), 0)).toBe(1800);
  });
});

describe("Azure's errors", () => {
  it('an unknown metric name: 400 BadRequest listing the valid names', async () => {
    const err = await h.monitor.metrics.list(h.ids.site, { metricnames: 'Http500s' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RestError);
    expect((err as RestError).statusCode).toBe(400);
    expect((err as RestError).code).toBe('BadRequest');
    expect((err as RestError).message).toBe(
      'Failed to find metric configuration for provider: Microsoft.Web, resource Type: sites, metric: Http500s, ' +
        'Valid metrics: Requests,Http2xx,Http3xx,Http401,Http403,Http404,Http406,Http4xx,Http5xx,' +
        'HttpResponseTime,AverageResponseTime',
    );
  });

  it('a dimension the metric lacks and a time grain it lacks', async () => {
    const dim = (await h.monitor.metrics
      .list(h.ids.site, { metricnames: 'Requests', filter: "VMName eq '*'" })
      .catch((e: unknown) => e)) as RestError;
    expect(dim.message).toBe(
      'Metric: Requests does not support requested dimension combination: vmname, supported ones are: Instance',
    );
    const grain = (await h.monitor.metrics
      .list(h.ids.site, { metricnames: 'Requests', interval: 'PT2M' })
      .catch((e: unknown) => e)) as RestError;
    expect(grain.statusCode).toBe(400);
    expect(grain.message).toMatch(/^Invalid time grain duration: PT2M, supported ones are: 00:01:00,00:05:00/);
  });

  it('a resource that does not exist: 404 from Resource Manager', async () => {
    const err = (await h.monitor.metrics
      .list(`${h.rgId}/providers/Microsoft.Web/sites/nope`, { metricnames: 'Requests' })
      .catch((e: unknown) => e)) as RestError;
    expect(err.statusCode).toBe(404);
    expect(err.code).toBe('ResourceNotFound');
  });
});

describe('load balancer and scale set metrics', () => {
  it('health probe status per backend instance and data path availability of the live rule', async () => {
    const r = await h.monitor.metrics.list(h.ids.lb, {
      metricnames: 'DipAvailability,VipAvailability',
      timespan: span(t0, t0 + 120_000),
      interval: 'PT1M',
      aggregation: 'Average',
      filter: "BackendIPAddress eq '*' and FrontendPort eq '80'",
      validateDimensions: false,
    });
    const [dip, vip] = r.value;
    expect(dip!.timeseries).toHaveLength(2);
    for (const s of dip!.timeseries!) expect(s.data!.map((d) => d.average)).toEqual([100, 100]);
    expect(vip!.timeseries!.map((s) => s.data!.map((d) => d.average))).toEqual([[100, 100]]);
  });

  it('an unhealthy release: the probe status drops, the data path goes down with it', async () => {
    const from = alignToMinute(h.emu);
    // Samples every 15 s (:00 :15 :30 :45); the one at :00 was taken before the release turned bad.
    h.emu.control.health.unhealthyImage('/versions/1.0.0');
    h.emu.control.advanceTime(60);
    h.emu.control.health.clear();
    h.emu.control.advanceTime(60);
    const r = await h.monitor.metrics.list(h.ids.lb, {
      metricnames: 'DipAvailability,VipAvailability',
      timespan: span(from, from + 120_000),
      interval: 'PT1M',
      filter: "FrontendPort eq '80'",
    });
    expect(r.value.map((m) => m.timeseries![0]!.data!.map((d) => d.average))).toEqual([
      [25, 75],
      [25, 75],
    ]);
  });

  it('scale set Percentage CPU per VMName rises with the requests each instance answers', async () => {
    const r = await h.monitor.metrics.list(h.ids.blue, {
      metricnames: 'Percentage CPU',
      timespan: span(t0, t0 + 120_000),
      interval: 'FULL',
      filter: "VMName eq '*'",
    });
    expect(r.value[0]!.timeseries!.map((s) => s.metadatavalues![0]!.value).sort()).toEqual([
      'web-blue_0',
      'web-blue_1',
    ]);
    // 2 requests per second each: 3 % idle + 2 % per request per second, plus up to 2 % jitter.
    for (const s of r.value[0]!.timeseries!) expect(s.data![0]!.average).toBeGreaterThan(6);
    const idle = await h.monitor.metrics.list(h.ids.blue, {
      metricnames: 'Percentage CPU',
      timespan: span(t0 - 120_000, t0),
      interval: 'FULL',
    });
    expect(idle.value[0]!.timeseries![0]!.data![0]!.average).toBeLessThan(6);
  });

  it('metric definitions list the served metrics with their dimensions and grains', async () => {
    const defs = [];
    for await (const d of h.monitor.metricDefinitions.list(h.ids.lb)) defs.push(d);
    expect(defs.map((d) => d.name?.value)).toEqual(['VipAvailability', 'DipAvailability']);
    expect(defs[1]!.dimensions!.map((d) => d.value)).toContain('BackendIPAddress');
    expect(defs[0]!.metricAvailabilities!.map((a) => a.timeGrain)).toContain('PT1M');
  });
});
