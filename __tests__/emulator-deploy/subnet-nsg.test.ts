/**
 * Subnets_Get (Microsoft.Network): a network security group on the scale set's subnet (none on its
 * NIC configuration) is seen by the remote-access gate.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LOCATION } from './helpers.js';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  poll,
  RG,
  runSteps,
  seedImageVersion,
  start,
  type Harness,
} from '../stages-deploy/harness.js';

let h: Harness;
afterEach(async () => {
  await h?.emu.close();
});

async function subnetWithNsg(sshFrom: string | undefined): Promise<void> {
  const rules = sshFrom
    ? [
        {
          name: 'ssh',
          protocol: 'Tcp',
          sourcePortRange: '*',
          destinationPortRange: '22',
          sourceAddressPrefix: sshFrom,
          destinationAddressPrefix: '*',
          access: 'Allow',
          priority: 100,
          direction: 'Inbound',
        },
      ]
    : [];
  const nsg = await h.network.networkSecurityGroups.beginCreateOrUpdateAndWait(
    RG,
    'subnet-nsg',
    { location: LOCATION, securityRules: rules },
    poll,
  );
  await h.network.virtualNetworks.beginCreateOrUpdateAndWait(
    RG,
    'vnet',
    {
      location: LOCATION,
      addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
      subnets: [{ name: 'default', addressPrefix: '10.0.0.0/24', networkSecurityGroup: { id: nsg.id! } }],
    },
    poll,
  );
}

describe('remote-access gate: the NSG on the subnet', () => {
  it('Subnets_Get returns the subnet with its network security group', async () => {
    h = await start();
    await subnetWithNsg('Internet');
    const subnet = await h.network.subnets.get(RG, 'vnet', 'default');
    expect(subnet.networkSecurityGroup?.id).toMatch(/\/networkSecurityGroups\/subnet-nsg$/);
    await expect(h.network.subnets.get(RG, 'vnet', 'nope')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('deny fails a scale set whose subnet NSG (only) allows SSH from the Internet', async () => {
    h = await start();
    const v1 = seedImageVersion(h, '1.0.0');
    await createLoadBalancer(h);
    await subnetWithNsg('Internet');
    await createScaleSet(h, v1, { capacity: 1 });
    const { result } = await runSteps(
      h,
      baseInputs(h, { stages: 'verify', 'remote-access': 'deny', 'instance-health': 'false' }),
    );
    expect(result.status).toBe('failed');
    const item = result.stages[0]!.items.find((i) => i.label === 'remote access')!;
    expect(item.ok).toBe(false);
    expect(item.value).toContain('SSH (22) is open to the Internet (ssh in subnet-nsg)');
    expect(h.emu.requests.some((r) => r.operation === 'Subnets_Get' && r.status === 200)).toBe(true);
  }, 30_000);

  it('passes when the subnet NSG lets SSH in from the virtual network only (its DenyAllInBound decides)', async () => {
    h = await start();
    const v1 = seedImageVersion(h, '1.0.0');
    await createLoadBalancer(h);
    await subnetWithNsg('VirtualNetwork');
    await createScaleSet(h, v1, { capacity: 1 });
    const { result } = await runSteps(
      h,
      baseInputs(h, { stages: 'verify', 'remote-access': 'deny', 'instance-health': 'false' }),
    );
    expect(result.error).toBeUndefined();
    expect(result.stages[0]!.items.find((i) => i.label === 'remote access')!.ok).toBe(true);
  }, 30_000);
});
