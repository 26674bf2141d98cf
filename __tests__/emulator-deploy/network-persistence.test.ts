import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCATION, RG, poll, seedImageVersion, startHarness, waitFor, type Harness } from './helpers.js';

let h: Harness | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await h?.emu.close();
  h = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function lbAndScaleSet(harness: Harness) {
  const lb = `${harness.rgId}/providers/Microsoft.Network/loadBalancers/lb`;
  await harness.network.loadBalancers.beginCreateOrUpdateAndWait(
    RG,
    'lb',
    {
      location: LOCATION,
      frontendIPConfigurations: [{ name: 'fe' }],
      backendAddressPools: [{ name: 'pool' }],
      loadBalancingRules: [
        {
          name: 'http',
          protocol: 'Tcp',
          frontendPort: 80,
          backendPort: 80,
          frontendIPConfiguration: { id: `${lb}/frontendIPConfigurations/fe` },
          backendAddressPool: { id: `${lb}/backendAddressPools/pool` },
        },
      ],
    },
    poll,
  );
  await harness.compute.virtualMachineScaleSets.createOrUpdate(
    RG,
    'web',
    {
      location: LOCATION,
      sku: { name: 'Standard_B2s', capacity: 2 },
      upgradePolicy: { mode: 'Manual' },
      virtualMachineProfile: {
        storageProfile: { imageReference: { id: seedImageVersion(harness, '1.0.0') } },
        networkProfile: {
          networkInterfaceConfigurations: [
            {
              name: 'nic',
              primary: true,
              ipConfigurations: [
                {
                  name: 'ipc',
                  publicIPAddressConfiguration: { name: 'pip', idleTimeoutInMinutes: 4 },
                  loadBalancerBackendAddressPools: [{ id: `${lb}/backendAddressPools/pool` }],
                },
              ],
            },
          ],
        },
      },
    },
    poll,
  );
  return lb;
}

describe('network security and remote-access exposure', () => {
  it('NSG rules (with Azure defaults) and scale set public IP configurations are readable', async () => {
    h = await startHarness();
    await h.network.networkSecurityGroups.beginCreateOrUpdateAndWait(
      RG,
      'nsg',
      {
        location: LOCATION,
        securityRules: [
          {
            name: 'ssh',
            protocol: 'Tcp',
            access: 'Allow',
            direction: 'Inbound',
            priority: 100,
            sourceAddressPrefix: '*',
            sourcePortRange: '*',
            destinationAddressPrefix: '*',
            destinationPortRange: '22',
          },
        ],
      },
      poll,
    );
    const nsg = await h.network.networkSecurityGroups.get(RG, 'nsg');
    expect(nsg.securityRules?.map((r) => [r.name, r.destinationPortRange, r.access])).toEqual([['ssh', '22', 'Allow']]);
    expect(nsg.defaultSecurityRules?.map((r) => r.name)).toContain('DenyAllInBound');
    const rules = [];
    for await (const r of h.network.securityRules.list(RG, 'nsg')) rules.push(r.name);
    expect(rules).toEqual(['ssh']);
    await lbAndScaleSet(h);
    const ss = await h.compute.virtualMachineScaleSets.get(RG, 'web');
    const ipc = ss.virtualMachineProfile?.networkProfile?.networkInterfaceConfigurations?.[0]?.ipConfigurations?.[0];
    expect(ipc?.publicIPAddressConfiguration?.name).toBe('pip');
  });

  it('load balancer rules without a probe send traffic to unhealthy instances too (503 or reset)', async () => {
    h = await startHarness();
    const lb = await lbAndScaleSet(h);
    h.emu.control.health.unhealthyInstance(`${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web`, '1');
    const statuses = new Set<number>();
    for (let n = 0; n < 4; n++) statuses.add((await fetch(h.emu.control.endpointFor(lb, 80)!)).status);
    expect([...statuses].sort()).toEqual([200, 503]);
    await expect(
      h.network.loadBalancers.beginCreateOrUpdateAndWait(
        RG,
        'lb2',
        {
          location: LOCATION,
          loadBalancingRules: [
            {
              name: 'r',
              frontendPort: 81,
              backendPort: 81,
              backendAddressPool: { id: `${lb}2/backendAddressPools/missing` },
            },
          ],
        },
        poll,
      ),
    ).rejects.toMatchObject({ code: 'InvalidResourceReference' });
  });
});

describe('persistence (--state)', () => {
  it('reload recreates instances, load balancer endpoints and slot apps', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-deploy-'));
    dirs.push(dir);
    const statePath = join(dir, 'state.json');
    h = await startHarness({ statePath });
    const lb = await lbAndScaleSet(h);
    await h.web.webApps.createOrUpdate(
      RG,
      'shop',
      { location: LOCATION, siteConfig: { linuxFxVersion: 'DOCKER|shop:4.0.0' } },
      poll,
    );
    await h.emu.close();

    h = await startHarness({ statePath });
    const harness = h;
    const vms = [];
    for await (const vm of harness.compute.virtualMachineScaleSetVMs.list(RG, 'web')) vms.push(vm.instanceId);
    expect(vms).toEqual(['0', '1']);
    await waitFor(() => harness.emu.control.endpointFor(lb, 80) !== undefined);
    expect(await (await fetch(harness.emu.control.endpointFor(lb, 80)!)).json()).toMatchObject({ version: '1.0.0' });
    const site = `${harness.rgId}/providers/Microsoft.Web/sites/shop`;
    await waitFor(() => harness.emu.control.urlFor(site) !== undefined);
    expect(await (await fetch(harness.emu.control.urlFor(site)!)).json()).toMatchObject({ version: '4.0.0' });
  });
});
