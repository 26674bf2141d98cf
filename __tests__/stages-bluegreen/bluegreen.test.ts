/**
 * blue-green against the emulator through the real @azure/arm-compute / arm-network SDKs and
 * real loopback traffic through the load balancer's rules: the strategy object driven directly.
 */
import { describe, expect, it } from 'vitest';
import type { VirtualMachineScaleSet } from '@azure/arm-compute';
import { blueGreenStrategy as strategy } from '../../src/core/deploy/blue-green/strategy.js';
import { EngineError } from '../../src/core/errors.js';
import {
  LOCATION,
  RG,
  poll,
  requestLoop,
  seedImageVersion,
  useHarness,
  waitForRotation,
} from '../emulator-deploy/helpers.js';
import { contextFor, writes } from '../stages-slotswap/context.js';

/** The Application Health extension: the only source of per-instance health (`vmHealth`) in Azure. */
const APP_HEALTH_EXTENSION = {
  name: 'HealthExtension',
  // The SDK's flattened shape (properties.type is `typePropertiesType`).
  publisher: 'Microsoft.ManagedServices',
  typePropertiesType: 'ApplicationHealthLinux',
  typeHandlerVersion: '1.0',
  settings: { protocol: 'http', port: 8080, requestPath: '/health' },
};

const h = useHarness({ timeScale: 600 });

const lbId = () => `${h.rgId}/providers/Microsoft.Network/loadBalancers/lb`;
const ssId = (name: string) => `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`;

async function createLoadBalancer(
  pools = ['web-blue', 'web-green'],
  live = 'web-blue',
  preview: string | undefined = 'web-green',
) {
  const id = lbId();
  const rule = (name: string, port: number, pool: string) => ({
    name,
    protocol: 'Tcp' as const,
    frontendPort: port,
    backendPort: 8080,
    frontendIPConfiguration: { id: `${id}/frontendIPConfigurations/fe` },
    backendAddressPool: { id: `${id}/backendAddressPools/${pool}` },
    probe: { id: `${id}/probes/http` },
  });
  await h.network.loadBalancers.beginCreateOrUpdateAndWait(
    RG,
    'lb',
    {
      location: LOCATION,
      sku: { name: 'Standard' },
      frontendIPConfigurations: [{ name: 'fe' }],
      backendAddressPools: pools.map((name) => ({ name })),
      probes: [
        { name: 'http', protocol: 'Http', port: 8080, requestPath: '/health', intervalInSeconds: 5, numberOfProbes: 1 },
      ],
      loadBalancingRules: [rule('http', 80, live), ...(preview ? [rule('preview', 8081, preview)] : [])],
    },
    poll,
  );
}

function scaleSet(image: string, pool: string, capacity = 3): VirtualMachineScaleSet {
  return {
    location: LOCATION,
    sku: { name: 'Standard_B2s', capacity },
    upgradePolicy: { mode: 'Manual' },
    virtualMachineProfile: {
      storageProfile: { imageReference: { id: image } },
      osProfile: {
        computerNamePrefix: 'web',
        adminUsername: 'azureuser',
        linuxConfiguration: {
          disablePasswordAuthentication: true,
          ssh: { publicKeys: [{ path: '/home/azureuser/.ssh/authorized_keys', keyData: 'ssh-ed25519 AAAA test' }] },
        },
      },
      extensionProfile: { extensions: [APP_HEALTH_EXTENSION] },
      networkProfile: {
        healthProbe: { id: `${lbId()}/probes/http` },
        networkInterfaceConfigurations: [
          {
            name: 'nic',
            primary: true,
            ipConfigurations: [
              {
                name: 'ipc',
                subnet: { id: `${h.rgId}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default` },
                loadBalancerBackendAddressPools: [{ id: `${lbId()}/backendAddressPools/${pool}` }],
              },
            ],
          },
        ],
      },
    },
  };
}

/** A live blue colour on 1.0.0 behind the load balancer (green pool empty), versions 0.9.0…3.0.0 published. */
async function setup(options: { name?: string; pool?: string } = {}) {
  const gallery = `${h.rgId}/providers/Microsoft.Compute/galleries/gal`;
  h.emu.control.seedResource({
    id: gallery,
    body: { location: LOCATION, properties: { provisioningState: 'Succeeded', identifier: { uniqueName: 'x' } } },
  });
  h.emu.control.seedResource({
    id: `${gallery}/images/app`,
    body: {
      location: LOCATION,
      properties: {
        osType: 'Linux',
        osState: 'Generalized',
        hyperVGeneration: 'V2',
        identifier: { publisher: 'contoso', offer: 'app', sku: 'v1' },
        provisioningState: 'Succeeded',
      },
    },
  });
  const versions = Object.fromEntries(['0.9.0', '1.0.0', '2.0.0', '3.0.0'].map((v) => [v, seedImageVersion(h, v)]));
  await createLoadBalancer();
  await h.compute.virtualMachineScaleSets.createOrUpdate(
    RG,
    options.name ?? 'web-blue',
    scaleSet(versions['1.0.0']!, options.pool ?? 'web-blue'),
    poll,
  );
  await waitForRotation(
    h,
    lbId(),
    80,
    `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/${options.name ?? 'web-blue'}`,
  );
  h.emu.control.clearRequests();
  return versions;
}

const live = () => h.emu.control.endpointFor(lbId(), 80)!;
const preview = () => h.emu.control.endpointFor(lbId(), 8081)!;

async function context(extra: Record<string, string> = {}) {
  return contextFor(h.emu, {
    stages: 'deploy',
    'resource-group': RG,
    strategy: 'blue-green',
    'scale-set': 'web',
    'load-balancer': 'lb',
    'preview-port': '8081',
    'deploy-timeout': '10m',
    'scale-down-delay': '30m',
    'live-url': `${live()}/healthz`,
    'preview-url': `${preview()}/healthz`,
    ...extra,
  });
}

async function servedVersions(url: string, n = 9): Promise<string[]> {
  const r = await requestLoop(url, () => false, { maxRequests: n, maxMs: 5000 });
  expect(r.failures).toEqual([]);
  return [...r.versions.keys()].sort();
}

const lbWrites = () => writes(h.emu).filter((r) => r.operation === 'LoadBalancers_CreateOrUpdate');
const tagsOf = (id: string) => (h.emu.control.getResource(id) as { tags?: Record<string, string> }).tags ?? {};

describe('blue-green strategy', () => {
  it("a good release: green created from blue's model, healthy, previewed, ONE load balancer write, zero failed requests", async () => {
    const v = await setup();
    const { ctx } = await context({ 'image-id': v['2.0.0']! });
    const record = await strategy.inspect(ctx);
    expect(record).toMatchObject({ current: '1.0.0', activeSlot: 'blue' });
    h.emu.control.clearRequests();

    let done = false;
    const loop = requestLoop(live(), () => done, { maxRequests: 20_000, maxMs: 25_000 });
    const outcome = await strategy.deploy(ctx, { imageId: v['2.0.0'] }, record).finally(() => (done = true));
    const traffic = await loop;

    expect(traffic.failures).toEqual([]);
    expect(traffic.versions.get('1.0.0')).toBeGreaterThan(0);
    expect(await servedVersions(live())).toEqual(['2.0.0']);
    expect(await servedVersions(preview())).toEqual(['1.0.0']);
    expect(lbWrites()).toHaveLength(1);
    expect(outcome.outputs).toMatchObject({
      activeSlot: 'green',
      previousSlot: 'blue',
      imageVersion: '2.0.0',
      previousImageVersion: '1.0.0',
      previewUrl: `${preview()}/healthz`,
    });
    expect(outcome.rollback).toMatchObject({ strategy: 'blue-green', to: { slot: 'blue', imageVersion: '1.0.0' } });
    const green = await h.compute.virtualMachineScaleSets.get(RG, 'web-green');
    expect(green.sku?.capacity).toBe(3);
    expect(green.tags).toMatchObject({ 'immutable-deploy.colour': 'green' });
    expect(
      green.virtualMachineProfile?.networkProfile?.networkInterfaceConfigurations?.[0]?.ipConfigurations?.[0]
        ?.loadBalancerBackendAddressPools?.[0]?.id,
    ).toMatch(/web-green$/);
    // The old colour keeps running for scale-down-delay; the time it ends is recorded for clean-up.
    expect(h.emu.control.scaleSetInstances(ssId('web-blue')).map((i) => i.version)).toEqual([
      '1.0.0',
      '1.0.0',
      '1.0.0',
    ]);
    const blue = await h.compute.virtualMachineScaleSets.get(RG, 'web-blue');
    expect(Date.parse(blue.tags!['immutable-deploy.scale-down-after']!)).toBeGreaterThan(Date.now());
    const lb = await h.network.loadBalancers.get(RG, 'lb');
    expect(lb.tags).toMatchObject({
      'immutable-deploy.current-version': '2.0.0',
      'immutable-deploy.previous-version': '1.0.0',
      'immutable-deploy.active-slot': 'green',
      'immutable-deploy.state': 'live',
    });
    expect(outcome.items.map((i) => `${i.label}: ${i.value}`).join('\n')).toMatch(
      /created scale set web-green[\s\S]*one load balancer write/,
    );

    // Rollback: the old colour is up by design — one write, zero failed requests.
    h.emu.control.clearRequests();
    let rolled = false;
    const loop2 = requestLoop(live(), () => rolled, { maxRequests: 20_000, maxMs: 25_000 });
    const back = await strategy.rollback(ctx, outcome.rollback!).finally(() => (rolled = true));
    expect((await loop2).failures).toEqual([]);
    expect(await servedVersions(live())).toEqual(['1.0.0']);
    expect(lbWrites()).toHaveLength(1);
    expect(back.outputs).toMatchObject({
      rolledBack: true,
      activeSlot: 'blue',
      imageVersion: '1.0.0',
      previousImageVersion: '2.0.0',
    });
  });

  it('the next release re-uses the idle colour; an explicit rollback to an older version brings it up again', async () => {
    const v = await setup();
    const first = await context({ 'image-id': v['2.0.0']! });
    await strategy.deploy(first.ctx, { imageId: v['2.0.0'] }, await strategy.inspect(first.ctx));
    const second = await context({ 'image-id': v['3.0.0']! });
    h.emu.control.clearRequests();
    const out = await strategy.deploy(second.ctx, { imageId: v['3.0.0'] }, await strategy.inspect(second.ctx));
    expect(out.outputs).toMatchObject({ activeSlot: 'blue', previousSlot: 'green', previousImageVersion: '2.0.0' });
    expect(await servedVersions(live())).toEqual(['3.0.0']);
    expect(lbWrites()).toHaveLength(1);
    // Same deploy again: nothing to do, nothing written but the record.
    h.emu.control.clearRequests();
    const again = await strategy.deploy(second.ctx, { imageId: v['3.0.0'] }, await strategy.inspect(second.ctx));
    expect(again.rollback).toBeUndefined();
    expect(writes(h.emu).filter((r) => r.operation !== 'Tags_UpdateAtScope')).toEqual([]);

    const plan = await strategy.planRollback(second.ctx, await strategy.inspect(second.ctx), '0.9.0');
    expect(plan.to).toMatchObject({ slot: 'green', imageVersion: '0.9.0' });
    const back = await strategy.rollback(second.ctx, plan);
    expect(back.outputs).toMatchObject({ activeSlot: 'green', imageVersion: '0.9.0', previousImageVersion: '3.0.0' });
    expect(await servedVersions(live())).toEqual(['0.9.0']);
    // The version rolled back is recorded as failed, never as the default target of the next rollback.
    expect(tagsOf(lbId())).toMatchObject({
      'immutable-deploy.current-version': '0.9.0',
      'immutable-deploy.failed-version': '3.0.0',
    });
    expect(tagsOf(lbId())['immutable-deploy.previous-version']).toBeUndefined();
    const noDefault = await strategy
      .planRollback(second.ctx, await strategy.inspect(second.ctx))
      .catch((e: unknown) => e);
    expect((noDefault as EngineError).message).toMatch(/input 'to-version': is required/);
  });

  it('a release whose instances turn unhealthy never gets traffic: live stays on the old colour, no load balancer write', async () => {
    const v = await setup();
    h.emu.control.health.unhealthyImage('/versions/2.0.0');
    const { ctx } = await context({ 'image-id': v['2.0.0']! });
    h.emu.control.clearRequests();
    const err = await strategy
      .deploy(ctx, { imageId: v['2.0.0'] }, await strategy.inspect(ctx))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).kind).toBe('verify');
    expect((err as EngineError).message).toMatch(
      /the green colour \(web-green\) did not become healthy on 2\.0\.0: .*unhealthy.*live traffic was not touched \(blue, web-blue, still serves 1\.0\.0\)/,
    );
    expect(lbWrites()).toEqual([]);
    expect(await servedVersions(live())).toEqual(['1.0.0']);
  });

  it('adopts a single existing scale set as the blue colour', async () => {
    const v = await setup({ name: 'web', pool: 'web-blue' });
    const { ctx } = await context({ 'image-id': v['2.0.0']! });
    const out = await strategy.deploy(ctx, { imageId: v['2.0.0'] }, await strategy.inspect(ctx));
    expect(out.items.some((i) => i.label === 'adoption')).toBe(true);
    expect(out.outputs).toMatchObject({ activeSlot: 'green', previousSlot: 'blue' });
    expect(await servedVersions(live())).toEqual(['2.0.0']);
    // The next release goes back to the adopted scale set.
    const next = await context({ 'image-id': v['3.0.0']! });
    const out2 = await strategy.deploy(next.ctx, { imageId: v['3.0.0'] }, await strategy.inspect(next.ctx));
    expect(out2.outputs).toMatchObject({ activeSlot: 'blue', previousSlot: 'green' });
    expect(h.emu.control.scaleSetInstances(ssId('web')).map((i) => i.version)).toEqual(['3.0.0', '3.0.0', '3.0.0']);
  });

  it('rides out a 429/503 storm on reads, the scale set create, the listing and the switch', async () => {
    const v = await setup();
    for (const operation of [
      'LoadBalancers_Get',
      'VirtualMachineScaleSets_CreateOrUpdate',
      'VirtualMachineScaleSetVMs_List',
      'LoadBalancers_CreateOrUpdate',
    ]) {
      h.emu.control.addFault({ kind: 'throttle', operation, times: 2, retryAfterSeconds: 1 });
      h.emu.control.addFault({ kind: 'unavailable', operation, skip: 2, times: 1, retryAfterSeconds: 1 });
    }
    const { ctx } = await context({ 'image-id': v['2.0.0']! });
    await strategy.deploy(ctx, { imageId: v['2.0.0'] }, await strategy.inspect(ctx));
    expect(await servedVersions(live())).toEqual(['2.0.0']);
    expect(h.emu.requests.filter((r) => r.faults?.length).length).toBeGreaterThanOrEqual(12);
    expect(h.emu.requests.filter((r) => r.operation === 'LoadBalancers_CreateOrUpdate' && r.status < 300)).toHaveLength(
      1,
    );
  });

  it.each([
    // [phase, operation, matching calls let through first, on the second release, classified by this issue's ports]
    ['creating the idle colour', 'VirtualMachineScaleSets_CreateOrUpdate', 0, false, true],
    ['scaling in the idle colour', 'VirtualMachineScaleSets_Update', 0, true, true],
    ['re-pointing the idle colour', 'VirtualMachineScaleSets_Update', 1, true, false],
    ['scaling out the idle colour', 'VirtualMachineScaleSets_Update', 2, true, true],
    ['the switch', 'LoadBalancers_CreateOrUpdate', 0, false, true],
  ] as const)(
    'a long-running operation ending Failed in %s fails the deploy; a re-run completes it',
    async (_phase, operation, skip, second, ours) => {
      const v = await setup();
      const want = second ? '3.0.0' : '2.0.0';
      if (second) {
        const first = await context({ 'image-id': v['2.0.0']! });
        await strategy.deploy(first.ctx, { imageId: v['2.0.0'] }, await strategy.inspect(first.ctx));
      }
      h.emu.control.addFault({ kind: 'lro-failed', operation, skip, times: 1 });
      const { ctx } = await context({ 'image-id': v[want]! });
      const err = await strategy
        .deploy(ctx, { imageId: v[want] }, await strategy.inspect(ctx))
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EngineError);
      // setImage is part A's port, whose shared classifier reports a Failed operation as 'transient'.
      if (ours)
        expect(err).toMatchObject({ kind: 'terminal', message: expect.stringMatching(/the operation ended Failed/) });
      expect(await servedVersions(live())).toEqual([second ? '2.0.0' : '1.0.0']);
      const rerun = await context({ 'image-id': v[want]! });
      await strategy.deploy(rerun.ctx, { imageId: v[want] }, await strategy.inspect(rerun.ctx));
      expect(await servedVersions(live())).toEqual([want]);
    },
  );

  it('cancelled while the idle colour boots: live untouched; a re-run completes', async () => {
    const v = await setup();
    const first = await context({ 'image-id': v['2.0.0']! });
    const pending = strategy.deploy(first.ctx, { imageId: v['2.0.0'] }, await strategy.inspect(first.ctx));
    for (
      let i = 0;
      i < 5000 &&
      !h.emu.requests.some((r) => r.operation === 'VirtualMachineScaleSetVMs_List' && r.path.includes('web-green'));
      i++
    )
      await new Promise((r) => setTimeout(r, 2));
    first.abort();
    const err = await pending.catch((e: unknown) => e);
    expect((err as EngineError).kind).toBe('cancelled');
    expect(lbWrites()).toEqual([]);
    expect(await servedVersions(live())).toEqual(['1.0.0']);
    const second = await context({ 'image-id': v['2.0.0']! });
    await strategy.deploy(second.ctx, { imageId: v['2.0.0'] }, await strategy.inspect(second.ctx));
    expect(await servedVersions(live())).toEqual(['2.0.0']);
    expect(
      writes(h.emu).filter(
        (r) =>
          r.operation === 'VirtualMachineScaleSets_CreateOrUpdate' && r.path.includes('web-green') && r.status < 300,
      ),
    ).toHaveLength(1);
  });

  it('cancelled during the switch: a re-run finds the state and completes the release record', async () => {
    const v = await setup();
    h.emu.control.addFault({ kind: 'latency', operation: 'LoadBalancers_CreateOrUpdate', latencyMs: 300, times: 1 });
    const first = await context({ 'image-id': v['2.0.0']! });
    const pending = strategy.deploy(first.ctx, { imageId: v['2.0.0'] }, await strategy.inspect(first.ctx));
    const previewPassed = () => first.host.logs().some((m) => /preview \(green\)/.test(m) && /pass/i.test(m));
    for (let i = 0; i < 5000 && !previewPassed(); i++) await new Promise((r) => setTimeout(r, 2));
    await new Promise((r) => setTimeout(r, 100));
    first.abort();
    expect(((await pending.catch((e: unknown) => e)) as EngineError).kind).toBe('cancelled');
    const second = await context({ 'image-id': v['2.0.0']! });
    await strategy.deploy(second.ctx, { imageId: v['2.0.0'] }, await strategy.inspect(second.ctx));
    expect(await servedVersions(live())).toEqual(['2.0.0']);
    const lb = await h.network.loadBalancers.get(RG, 'lb');
    expect(lb.tags).toMatchObject({
      'immutable-deploy.current-version': '2.0.0',
      'immutable-deploy.active-slot': 'green',
      'immutable-deploy.state': 'live',
    });
    expect(lb.tags?.['immutable-deploy.target-version']).toBeUndefined();
    expect(
      (await h.compute.virtualMachineScaleSets.get(RG, 'web-blue')).tags?.['immutable-deploy.scale-down-after'],
    ).toBeDefined();
    expect(
      h.emu.requests.filter((r) => r.operation === 'LoadBalancers_CreateOrUpdate' && r.status < 300).length,
    ).toBeLessThanOrEqual(2);
  });

  it('bad inputs fail before any write: unknown scale set, missing load balancer, a load balancer without the colour pools, a preview port without a rule', async () => {
    const v = await setup();
    h.emu.control.clearRequests();
    const cases: Array<[Record<string, string>, RegExp]> = [
      [
        { 'scale-set': 'shop' },
        /input 'scale-set': no scale set 'shop-blue', 'shop-green' or 'shop' in resource group 'rg-deploy'/,
      ],
      [
        { 'load-balancer': 'lb2' },
        /input 'load-balancer': load balancer 'lb2' was not found in resource group 'rg-deploy'/,
      ],
      [
        { 'preview-port': '9999' },
        /input 'preview-port': load balancer 'lb' has no rule with frontend port 9999; expected the preview rule's frontend port \(rules: http \(port 80 → web-blue\), preview \(port 8081 → web-green\)\)/,
      ],
      [{ 'image-id': `${v['2.0.0']!.replace('2.0.0', '7.7.7')}` }, /gallery image version '7\.7\.7' was not found/],
    ];
    for (const [extra, message] of cases) {
      const { ctx } = await context({ 'image-id': v['2.0.0']!, ...extra });
      const err = await strategy.deploy(ctx, { imageId: ctx.settings.publish.imageId }, {}).catch((e: unknown) => e);
      expect((err as EngineError).kind).toBe('input');
      expect((err as EngineError).message).toMatch(message);
    }
    // A load balancer with a single pool.
    await h.network.loadBalancers.beginCreateOrUpdateAndWait(
      RG,
      'lb1',
      {
        location: LOCATION,
        frontendIPConfigurations: [{ name: 'fe' }],
        backendAddressPools: [{ name: 'only' }],
      },
      poll,
    );
    h.emu.control.clearRequests();
    const { ctx } = await context({ 'image-id': v['2.0.0']!, 'load-balancer': 'lb1' });
    await expect(strategy.inspect(ctx)).rejects.toMatchObject({
      kind: 'input',
      message: expect.stringMatching(
        /input 'load-balancer': load balancer 'lb1' has 1 backend pool\(s\) \(only\); expected two, one per colour/,
      ),
    });
    expect(writes(h.emu)).toEqual([]);
  });
});
