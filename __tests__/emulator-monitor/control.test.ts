/**
 * Driving the signal model from outside: the `load` and `health errors` verbs and the control API
 * (load, telemetry summary, alert rules, fired alerts), world files with a `monitoring` section
 * (loader and JSON Schema agree), and a blue-green switch that sends live traffic to a release
 * that answers errors once live: its telemetry, not its health probe, shows it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { ComputeManagementClient, type VirtualMachineScaleSet } from '@azure/arm-compute';
import { NetworkManagementClient } from '@azure/arm-network';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { armClientOptions } from '../../src/azure/transport.js';
import { runEmulatorCommand } from '../../src/emulator/cli.js';
import { callControl } from '../../src/emulator/control-api.js';
import { validateWorld, WorldError } from '../../src/emulator/world.js';
import { DEMO_WORLD_YAML } from '../../src/emulator/world-demo.js';
import { alignToMinute, credential, startSignals, WORLD, type Harness } from './helpers.js';

let h: Harness;
let conn: { endpoint: string; caPem: string };
const schema = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../schema/emulator-world.schema.json'), 'utf8'),
);
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** `immutable-deploy emulator ARGV` in this process; what it printed. */
async function emulatorCommand(argv: string[]): Promise<string> {
  let printed = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
  try {
    await runEmulatorCommand([...argv, '--endpoint', h.emu.endpoint, '--ca-file', h.emu.caFile]);
  } finally {
    spy.mockRestore();
  }
  return printed;
}

beforeAll(async () => {
  h = await startSignals();
  conn = { endpoint: h.emu.endpoint, caPem: h.emu.caPem };
}, 60_000);
afterAll(async () => {
  await h?.emu.close();
});

describe('verbs and control API', () => {
  it('load TARGET --rps N sends exactly N requests per simulated second; load list and clear', async () => {
    expect(await emulatorCommand(['load', 'shop', '--rps', '3'])).toMatch(
      /^app:.*shop:production: 3 requests per simulated second/,
    );
    const from = alignToMinute(h.emu);
    h.emu.control.advanceTime(60);
    const listed = JSON.parse(await emulatorCommand(['load', 'list', '--json'])) as {
      load: Array<{ sent: number; answers: Record<string, number> }>;
    };
    expect(listed.load).toHaveLength(1);
    expect(h.emu.control.monitor.requests(h.ids.site, from, from + 60_000)).toHaveLength(180);
    const summary = (await callControl(conn, 'GET', '/telemetry?minutes=1')) as {
      resources: Record<string, Record<string, number>>;
    };
    expect(summary.resources[h.ids.site]).toMatchObject({ requests: 180, '2xx': 180, 'version 1.0.0': 180 });
    expect(await emulatorCommand(['load', 'clear'])).toBe('stopped 1 load generator(s)\n');
  });

  it('health errors --version V --rate R: the release answers that share with 500, its health page still 200', async () => {
    await emulatorCommand(['health', 'errors', '--version', '1.0.0', '--rate', '0.5']);
    const url = h.emu.control.urlFor(h.ids.site)!;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${url}/`)).status);
    expect(statuses.sort()).toEqual([200, 200, 500, 500]);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const recorded = h.emu.control.monitor.requests(h.ids.site).filter((r) => !r.synthetic);
    expect(recorded.map((r) => r.status).sort()).toEqual([200, 200, 200, 500, 500]);
    // The same through the load balancer's live rule: the scale set's instances answer, and record it.
    const live = h.emu.control.endpointFor(h.ids.lb, 80)!;
    for (let i = 0; i < 4; i++) await fetch(`${live}/orders?id=${i}`);
    const viaLb = h.emu.control.monitor.requests(h.ids.blue).filter((r) => !r.synthetic);
    expect(viaLb.map((r) => r.status).sort()).toEqual([200, 200, 500, 500]);
    expect(viaLb[0]).toMatchObject({ roleName: 'web-blue', version: '1.0.0', method: 'GET', frontendPort: 80 });
    expect(viaLb.map((r) => r.instance).sort()).toEqual(['web-blue_0', 'web-blue_0', 'web-blue_1', 'web-blue_1']);
    await emulatorCommand(['health', 'clear']);
  });

  it('alert rules and fired alerts over the control API', async () => {
    const created = (await callControl(conn, 'POST', '/alert-rules', {
      name: 'shop-404',
      scope: 'shop',
      metric: 'Http4xx',
      threshold: 0,
      window: 'PT1M',
    })) as { id: string };
    expect(created.id).toBe(`${h.rgId}/providers/Microsoft.Insights/metricAlerts/shop-404`);
    await callControl(conn, 'POST', '/load', { site: 'shop', requestsPerSecond: 1, path: '/missing' });
    h.emu.control.advanceTime(120);
    const { alerts } = (await callControl(conn, 'GET', '/alerts')) as { alerts: Array<{ name: string }> };
    expect(alerts.map((a) => a.name)).toEqual(['shop-404']);
    await callControl(conn, 'DELETE', '/load');
    await expect(callControl(conn, 'POST', '/load', { site: 'nope', requestsPerSecond: 1 })).rejects.toThrow(
      "no resource named 'nope' of type Microsoft.Web/sites",
    );
    await expect(callControl(conn, 'POST', '/load', { target: 'web', rps: -1 })).rejects.toThrow(/requestsPerSecond/);
  });
});

describe('world files with monitoring', () => {
  const bad = (monitoring: unknown) => () => validateWorld({ ...WORLD, monitoring }, 'w.yaml');

  it('the demo world and the test world are valid for the loader and the schema', () => {
    expect(validate(parse(DEMO_WORLD_YAML)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(WORLD), JSON.stringify(validate.errors)).toBe(true);
    const world = validateWorld(
      {
        ...WORLD,
        monitoring: {
          alerts: [{ name: 'probe', target: 'web', metric: 'DipAvailability', threshold: 90, operator: 'LessThan' }],
        },
      },
      'w.yaml',
    );
    expect(world.monitoring?.alerts[0]).toMatchObject({
      resource: 'load-balancer',
      aggregation: 'Total',
      window: 'PT5M',
    });
  });

  it.each([
    ['an unknown field', { component: [] }, "monitoring.component: unknown field; did you mean 'components'?"],
    [
      'a source that is not a target',
      { components: [{ name: 'a', sources: ['nope'] }] },
      'monitoring.components[0].sources[0]: is not one of targets',
    ],
    [
      'a metric the target lacks',
      { alerts: [{ name: 'a', target: 'shop', metric: 'DipAvailability', threshold: 1 }] },
      'monitoring.alerts[0].metric: is not a metric of this target',
    ],
    [
      'load above the limit',
      { load: [{ target: 'web', rps: 5000 }] },
      'monitoring.load[0].rps: must be a whole number from 0 to 1000',
    ],
  ])('refuses %s, naming the field, and so does the schema', (_name, monitoring, message) => {
    expect(bad(monitoring)).toThrow(WorldError);
    expect(bad(monitoring)).toThrow(message);
    if (_name !== 'a metric the target lacks' && _name !== 'a source that is not a target')
      expect(validate({ ...WORLD, monitoring })).toBe(false);
  });

  it('GET /_emulator/world names the component, workspace and the ids the query API takes', async () => {
    const world = (await callControl(conn, 'GET', '/world')) as {
      monitoring: { components: Record<string, { appId: string }>; workspaces: Record<string, { customerId: string }> };
    };
    expect(world.monitoring.workspaces['log-sig']!.customerId).toBe(h.workspaceId);
    expect(world.monitoring.components['appi-sig']!.appId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('a blue-green switch to a release that answers errors once live', () => {
  it('probes stay green, the switch takes, and the telemetry of the live rule turns bad', async () => {
    const options = armClientOptions({ endpoint: h.emu.endpoint, caFile: h.emu.caFile });
    const compute = new ComputeManagementClient(credential, h.emu.subscriptionId, options);
    const network = new NetworkManagementClient(credential, h.emu.subscriptionId, options);
    await callControl(conn, 'POST', '/health', { version: '2.0.0', state: 'errors', when: 'live' });
    await callControl(conn, 'POST', '/load', { target: 'web', requestsPerSecond: 2 });
    // Green: a copy of blue on 2.0.0 in the green pool.
    const blue = await compute.virtualMachineScaleSets.get('rg-sig', 'web-blue');
    const profile = structuredClone(blue.virtualMachineProfile!);
    profile.storageProfile!.imageReference!.id = profile.storageProfile!.imageReference!.id!.replace('1.0.0', '2.0.0');
    const pools = profile.networkProfile!.networkInterfaceConfigurations![0]!.ipConfigurations![0]!;
    pools.loadBalancerBackendAddressPools = [{ id: `${h.ids.lb}/backendAddressPools/web-green` }];
    const green: VirtualMachineScaleSet = {
      location: blue.location,
      sku: blue.sku,
      upgradePolicy: blue.upgradePolicy,
      virtualMachineProfile: profile,
    };
    const created = await compute.virtualMachineScaleSets.beginCreateOrUpdate('rg-sig', 'web-green', green, {
      updateIntervalInMs: 5,
    });
    h.emu.control.advanceTime(120);
    await created.pollUntilDone();
    // The switch: the live rule points at green.
    const lb = await network.loadBalancers.get('rg-sig', 'web-lb');
    lb.loadBalancingRules!.find((r) => r.name === 'live')!.backendAddressPool = {
      id: `${h.ids.lb}/backendAddressPools/web-green`,
    };
    const switched = await network.loadBalancers.beginCreateOrUpdate('rg-sig', 'web-lb', lb, { updateIntervalInMs: 5 });
    h.emu.control.advanceTime(1);
    await switched.pollUntilDone();
    const from = alignToMinute(h.emu) + 60_000;
    h.emu.control.advanceTime(120);
    const green1 = `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web-green`;
    const after = h.emu.control.monitor.requests(green1, from, from + 60_000);
    expect(after).toHaveLength(120);
    expect(after.every((r) => r.status === 500 && r.version === '2.0.0')).toBe(true);
    const dip = await h.monitor.metrics.list(h.ids.lb, {
      metricnames: 'DipAvailability',
      timespan: `${new Date(from).toISOString()}/${new Date(from + 60_000).toISOString()}`,
      interval: 'PT1M',
      filter: "FrontendPort eq '80'",
    });
    expect(dip.value[0]!.timeseries![0]!.data![0]!.average).toBe(100);
  });
});
