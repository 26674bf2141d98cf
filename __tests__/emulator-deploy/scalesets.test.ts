import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VirtualMachineScaleSet } from '@azure/arm-compute';
import {
  LOCATION,
  RG,
  poll,
  requestLoop,
  seedImageVersion,
  startHarness,
  waitFor,
  waitForRotation,
  type Harness,
} from './helpers.js';

/**
 * The Application Health extension: the only source of per-instance health (`vmHealth`) in Azure —
 * a load balancer probe as `healthProbe` does not report it. Worlds whose tests mean instance health add it.
 */
const APP_HEALTH_EXTENSION = {
  name: 'HealthExtension',
  // The SDK's flattened shape (properties.type is `typePropertiesType`).
  publisher: 'Microsoft.ManagedServices',
  typePropertiesType: 'ApplicationHealthLinux',
  typeHandlerVersion: '1.0',
  autoUpgradeMinorVersion: true,
  settings: { protocol: 'http', port: 8080, requestPath: '/health' },
};

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.emu.close();
});

const lbId = () => `${h.rgId}/providers/Microsoft.Network/loadBalancers/lb`;

async function createLoadBalancer(pool = 'blue') {
  const id = lbId();
  return h.network.loadBalancers.beginCreateOrUpdateAndWait(
    RG,
    'lb',
    {
      location: LOCATION,
      sku: { name: 'Standard' },
      frontendIPConfigurations: [{ name: 'fe' }],
      backendAddressPools: [{ name: 'blue' }, { name: 'green' }],
      probes: [
        { name: 'http', protocol: 'Http', port: 80, requestPath: '/health', intervalInSeconds: 5, numberOfProbes: 1 },
      ],
      loadBalancingRules: [
        {
          name: 'http',
          protocol: 'Tcp',
          frontendPort: 80,
          backendPort: 8080,
          frontendIPConfiguration: { id: `${id}/frontendIPConfigurations/fe` },
          backendAddressPool: { id: `${id}/backendAddressPools/${pool}` },
          probe: { id: `${id}/probes/http` },
        },
      ],
    },
    poll,
  );
}

function scaleSet(
  image: string,
  options: { capacity?: number; mode?: 'Manual' | 'Automatic' | 'Rolling'; pool?: string; rolling?: object } = {},
): VirtualMachineScaleSet {
  return {
    location: LOCATION,
    sku: { name: 'Standard_B2s', capacity: options.capacity ?? 5 },
    upgradePolicy: {
      mode: options.mode ?? 'Rolling',
      rollingUpgradePolicy: { maxBatchInstancePercent: 20, pauseTimeBetweenBatches: 'PT10S', ...options.rolling },
    },
    virtualMachineProfile: {
      storageProfile: { imageReference: { id: image } },
      osProfile: { computerNamePrefix: 'web', adminUsername: 'azureuser', adminPassword: 'S3cret!S3cret!' },
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
                loadBalancerBackendAddressPools: [{ id: `${lbId()}/backendAddressPools/${options.pool ?? 'blue'}` }],
              },
            ],
          },
        ],
      },
    },
  };
}

async function vms(name = 'web') {
  const out = [];
  for await (const vm of h.compute.virtualMachineScaleSetVMs.list(RG, name, { expand: 'instanceView' })) out.push(vm);
  return out;
}

describe('virtual machine scale sets behind a load balancer', () => {
  it('rolls to a new gallery version batch by batch with zero failed requests', async () => {
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    await createLoadBalancer();
    const created = await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web', scaleSet(v1), poll);
    expect(created.provisioningState).toBe('Succeeded');
    expect(created.virtualMachineProfile?.osProfile?.adminPassword).toBeUndefined();
    const url = h.emu.control.endpointFor(lbId(), 80)!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const first = await (await fetch(url)).json();
    expect(first).toMatchObject({ version: '1.0.0', backendPort: 8080 });

    await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web', scaleSet(v2), poll);
    const progress: string[] = [];
    let done = false;
    const watcher = (async () => {
      await waitFor(async () => {
        const latest = await h.compute.virtualMachineScaleSetRollingUpgrades.getLatest(RG, 'web');
        const p = latest.progress!;
        progress.push(`${p.successfulInstanceCount}/${p.inProgressInstanceCount}/${p.pendingInstanceCount}`);
        done = latest.runningStatus?.code !== 'RollingForward';
        return done;
      });
    })();
    const loop = await requestLoop(url, () => done);
    await watcher;

    const latest = await h.compute.virtualMachineScaleSetRollingUpgrades.getLatest(RG, 'web');
    expect(latest.runningStatus?.code).toBe('Completed');
    expect(latest.progress).toEqual({
      successfulInstanceCount: 5,
      failedInstanceCount: 0,
      inProgressInstanceCount: 0,
      pendingInstanceCount: 0,
    });
    expect(loop.failures).toEqual([]);
    expect(loop.versions.get('1.0.0')).toBeGreaterThan(0);
    // Batches of one instance: progress went through intermediate states, never two at once.
    expect(progress.some((p) => p.startsWith('2/'))).toBe(true);
    expect(progress.every((p) => Number(p.split('/')[1]) <= 1)).toBe(true);
    const after = (await (await fetch(url)).json()) as { version: string };
    expect(after.version).toBe('2.0.0');
    expect((await vms()).every((vm) => vm.latestModelApplied)).toBe(true);
  });

  it('lists VMs paged with instance view and health', async () => {
    await h.emu.close();
    h = await startHarness({ pageSize: 2 });
    const v1 = seedImageVersion(h, '1.0.0');
    await createLoadBalancer();
    await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web', scaleSet(v1, { capacity: 5 }), poll);
    const list = await vms();
    expect(list.map((vm) => vm.instanceId)).toEqual(['0', '1', '2', '3', '4']);
    const pages = h.emu.requests.filter((r) => r.operation === 'VirtualMachineScaleSetVMs_List');
    expect(pages).toHaveLength(3);
    const vm = list[0]!;
    expect(vm.name).toBe('web_0');
    expect(vm.latestModelApplied).toBe(true);
    expect(vm.instanceView?.statuses?.map((s) => s.code)).toEqual([
      'ProvisioningState/succeeded',
      'PowerState/running',
    ]);
    expect(vm.instanceView?.vmHealth?.status?.code).toBe('HealthState/healthy');
    expect(vm.instanceView?.computerName).toBe('web000000');
    const all = [];
    for await (const ss of h.compute.virtualMachineScaleSets.listAll()) all.push(ss.name);
    expect(all).toEqual(['web']);
    const view = await h.compute.virtualMachineScaleSets.getInstanceView(RG, 'web');
    expect(view.virtualMachine?.statusesSummary).toContainEqual({ code: 'PowerState/running', count: 5 });
  });

  it('Manual mode: a new model touches nothing until updateInstances on chosen ids', async () => {
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    await createLoadBalancer();
    await h.compute.virtualMachineScaleSets.createOrUpdate(
      RG,
      'web',
      scaleSet(v1, { capacity: 3, mode: 'Manual' }),
      poll,
    );
    await h.compute.virtualMachineScaleSets.createOrUpdate(
      RG,
      'web',
      scaleSet(v2, { capacity: 3, mode: 'Manual' }),
      poll,
    );
    expect((await vms()).map((vm) => vm.latestModelApplied)).toEqual([false, false, false]);
    await h.compute.virtualMachineScaleSets.updateInstances(RG, 'web', { instanceIds: ['0', '2'] }, poll);
    const list = await vms();
    expect(list.map((vm) => vm.latestModelApplied)).toEqual([true, false, true]);
    expect(list[0]!.storageProfile?.imageReference?.id).toBe(v2);
    await expect(
      h.compute.virtualMachineScaleSets.updateInstances(RG, 'web', { instanceIds: ['9'] }, poll),
    ).rejects.toMatchObject({ code: 'InvalidParameter' });
    await h.compute.virtualMachineScaleSets.reimage(RG, 'web', {
      ...poll,
      vmScaleSetReimageInput: { instanceIds: ['1'] },
    });
    expect((await vms()).every((vm) => vm.latestModelApplied)).toBe(true);
  });

  it('Automatic mode updates every instance at once; capacity changes scale', async () => {
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    await createLoadBalancer();
    await h.compute.virtualMachineScaleSets.createOrUpdate(
      RG,
      'web',
      scaleSet(v1, { capacity: 3, mode: 'Automatic' }),
      poll,
    );
    await h.compute.virtualMachineScaleSets.createOrUpdate(
      RG,
      'web',
      scaleSet(v2, { capacity: 3, mode: 'Automatic' }),
      poll,
    );
    const ssId = `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web`;
    expect(h.emu.control.scaleSetInstances(ssId).map((i) => i.version)).toEqual(['2.0.0', '2.0.0', '2.0.0']);
    await h.compute.virtualMachineScaleSets.update(RG, 'web', { sku: { capacity: 5 } }, poll);
    expect((await vms()).map((vm) => vm.instanceId)).toEqual(['0', '1', '2', '3', '4']);
    await h.compute.virtualMachineScaleSets.update(RG, 'web', { sku: { capacity: 2 } }, poll);
    expect((await vms()).map((vm) => vm.instanceId)).toEqual(['0', '1']);
    await expect(
      h.compute.virtualMachineScaleSets.update(RG, 'web', { sku: { capacity: -1 } }, poll),
    ).rejects.toMatchObject({ code: 'InvalidParameter' });
  });

  it('unhealthy new version faults the rolling upgrade and keeps serving the old one', async () => {
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    await createLoadBalancer();
    await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web', scaleSet(v1, { mode: 'Manual' }), poll);
    h.emu.control.health.unhealthyImage('/versions/2.0.0');
    await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web', scaleSet(v2, { mode: 'Rolling' }), poll);
    await waitFor(
      async () =>
        (await h.compute.virtualMachineScaleSetRollingUpgrades.getLatest(RG, 'web')).runningStatus?.code !==
        'RollingForward',
    );
    const latest = await h.compute.virtualMachineScaleSetRollingUpgrades.getLatest(RG, 'web');
    expect(latest.runningStatus?.code).toBe('Faulted');
    expect(latest.error?.code).toBe('MaxUnhealthyUpgradedInstancePercentExceededInRollingUpgrade');
    expect(latest.progress).toMatchObject({ failedInstanceCount: 1, pendingInstanceCount: 4 });
    const health = (await vms()).map((vm) => vm.instanceView?.vmHealth?.status?.code);
    expect(health.filter((c) => c === 'HealthState/unhealthy')).toHaveLength(1);
    const loop = await requestLoop(h.emu.control.endpointFor(lbId(), 80)!, () => false, {
      maxRequests: 20,
      maxMs: 5000,
    });
    expect(loop.failures).toEqual([]);
    expect([...loop.versions.keys()]).toEqual(['1.0.0']);
    // osRollingUpgrade retries; the LRO fails with the same policy error (core-lro puts it in the message).
    await expect(h.compute.virtualMachineScaleSetRollingUpgrades.startOSUpgrade(RG, 'web', poll)).rejects.toThrow(
      /MaxUnhealthyUpgradedInstancePercentExceededInRollingUpgrade/,
    );
  });

  it('cancel stops a rolling upgrade', async () => {
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    await createLoadBalancer();
    await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web', scaleSet(v1, { mode: 'Manual' }), poll);
    await h.compute.virtualMachineScaleSets.createOrUpdate(
      RG,
      'web',
      scaleSet(v2, { mode: 'Manual', rolling: { pauseTimeBetweenBatches: 'PT1H' } }),
      poll,
    );
    const upgrade = h.compute.virtualMachineScaleSetRollingUpgrades.startOSUpgrade(RG, 'web', poll);
    await waitFor(
      async () =>
        (await h.compute.virtualMachineScaleSetRollingUpgrades.getLatest(RG, 'web')).progress
          ?.successfulInstanceCount === 1,
    );
    await h.compute.virtualMachineScaleSetRollingUpgrades.cancel(RG, 'web', poll);
    await expect(upgrade).rejects.toBeDefined();
    const latest = await h.compute.virtualMachineScaleSetRollingUpgrades.getLatest(RG, 'web');
    expect(latest.runningStatus).toMatchObject({ code: 'Cancelled', lastAction: 'Cancel' });
  });

  it('honours If-Match with 412 on a stale ETag', async () => {
    const v1 = seedImageVersion(h, '1.0.0');
    await createLoadBalancer();
    const created = await h.compute.virtualMachineScaleSets.createOrUpdate(
      RG,
      'web',
      scaleSet(v1, { capacity: 1 }),
      poll,
    );
    expect(created.etag).toMatch(/^".+"$/);
    await h.compute.virtualMachineScaleSets.update(
      RG,
      'web',
      { sku: { capacity: 2 } },
      { ...poll, ifMatch: created.etag },
    );
    await expect(
      h.compute.virtualMachineScaleSets.update(RG, 'web', { sku: { capacity: 3 } }, { ...poll, ifMatch: created.etag }),
    ).rejects.toMatchObject({ statusCode: 412, code: 'PreconditionFailed' });
  });

  it('rejects images that do not exist or are not replicated to the region', async () => {
    await createLoadBalancer();
    const missing = `${h.rgId}/providers/Microsoft.Compute/galleries/gal/images/app/versions/9.9.9`;
    await expect(
      h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web', scaleSet(missing), poll),
    ).rejects.toMatchObject({
      statusCode: 404,
      code: 'GalleryImageNotFound',
    });
    const elsewhere = seedImageVersion(h, '3.0.0', ['northeurope']);
    await expect(
      h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web', scaleSet(elsewhere), poll),
    ).rejects.toMatchObject({
      code: 'GalleryImageNotFound',
      message: expect.stringContaining('is not available in westeurope region'),
    });
    const noProbe = scaleSet(seedImageVersion(h, '1.0.0'));
    delete noProbe.virtualMachineProfile!.networkProfile!.healthProbe;
    delete noProbe.virtualMachineProfile!.extensionProfile;
    await expect(h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web', noProbe, poll)).rejects.toMatchObject({
      code: 'BadRequest',
    });
  });

  it('blue-green: one load balancer PUT switches traffic between pools once it has propagated', async () => {
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    await createLoadBalancer('blue');
    await h.compute.virtualMachineScaleSets.createOrUpdate(
      RG,
      'blue',
      scaleSet(v1, { capacity: 2, mode: 'Manual', pool: 'blue' }),
      poll,
    );
    await h.compute.virtualMachineScaleSets.createOrUpdate(
      RG,
      'green',
      scaleSet(v2, { capacity: 2, mode: 'Manual', pool: 'green' }),
      poll,
    );
    const url = h.emu.control.endpointFor(lbId(), 80)!;
    await waitForRotation(h, lbId(), 80, `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/blue`);
    let switched = false;
    const loopDuringSwitch = requestLoop(url, () => switched, { maxRequests: 5000, maxMs: 10_000 });
    await createLoadBalancer('green');
    // The change propagates (sim/lb-traffic.ts), then green gets flows once the probe admits it:
    // no rule sent to green before, so its probe starts with the switch (a gap: no backend).
    await waitFor(() => {
      const rotation = h.emu.control.loadBalancerRotation(lbId(), 80);
      return rotation.length === 2 && rotation.every((r) => r.scaleSet === 'green');
    });
    switched = true;
    const during = await loopDuringSwitch;
    expect(during.failures.filter((f) => !f.body.includes('NoHealthyBackend'))).toEqual([]);
    expect(during.versions.get('1.0.0')).toBeGreaterThan(0);
    const after = await requestLoop(url, () => false, { maxRequests: 10, maxMs: 5000 });
    expect([...after.versions.keys()]).toEqual(['2.0.0']);
    const lb = await h.network.loadBalancers.get(RG, 'lb');
    expect(lb.backendAddressPools?.find((p) => p.name === 'green')?.backendIPConfigurations).toHaveLength(2);
  });
});
