/**
 * The load balancer as Azure runs it (sim/lb-traffic.ts, sim/lb-probes.ts), through the real SDKs and
 * loopback traffic: a rule change takes effect after it has propagated, a new instance gets flows
 * only once its probe passed `probeThreshold` times at `intervalInSeconds`, and a request in flight
 * when the rules change completes on the backend it was sent to.
 */
import { describe, expect, it } from 'vitest';
import type { VirtualMachineScaleSet } from '@azure/arm-compute';
import { LOCATION, RG, poll, requestLoop, seedImageVersion, useHarness, waitFor, waitForRotation } from './helpers.js';

const h = useHarness({ timeScale: 600 });

const lbId = () => `${h.rgId}/providers/Microsoft.Network/loadBalancers/lb`;
const ssId = (name: string) => `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`;
const live = () => h.emu.control.endpointFor(lbId(), 80)!;

/** Live rule (80) and preview rule (8081), both probed by `http`. */
async function putLoadBalancer(livePool: string, previewPool: string, probe: Record<string, number> = {}) {
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
      frontendIPConfigurations: [{ name: 'fe' }],
      backendAddressPools: [{ name: 'blue' }, { name: 'green' }],
      probes: [{ name: 'http', protocol: 'Http', port: 8080, requestPath: '/health', ...probe }],
      loadBalancingRules: [rule('http', 80, livePool), rule('preview', 8081, previewPool)],
    },
    poll,
  );
}

function scaleSet(image: string, pool: string): VirtualMachineScaleSet {
  return {
    location: LOCATION,
    sku: { name: 'Standard_B2s', capacity: 2 },
    upgradePolicy: { mode: 'Manual' },
    virtualMachineProfile: {
      storageProfile: { imageReference: { id: image } },
      osProfile: { computerNamePrefix: pool, adminUsername: 'azureuser' },
      networkProfile: {
        networkInterfaceConfigurations: [
          {
            name: 'nic',
            primary: true,
            ipConfigurations: [
              { name: 'ipc', loadBalancerBackendAddressPools: [{ id: `${lbId()}/backendAddressPools/${pool}` }] },
            ],
          },
        ],
      },
    },
  };
}

/** Blue (1.0.0) live, green (2.0.0) on the preview rule, every instance in rotation. */
async function blueAndGreen(): Promise<void> {
  await putLoadBalancer('blue', 'green');
  const v1 = seedImageVersion(h, '1.0.0');
  const v2 = seedImageVersion(h, '2.0.0');
  await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'blue', scaleSet(v1, 'blue'), poll);
  await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'green', scaleSet(v2, 'green'), poll);
  await waitForRotation(h, lbId(), 80, ssId('blue'));
  await waitForRotation(h, lbId(), 8081, ssId('green'));
}

const served = async (n = 6) => [
  ...(await requestLoop(live(), () => false, { maxRequests: n, maxMs: 5000 })).versions.keys(),
];
const rotationOf = (port: number) => h.emu.control.loadBalancerRotation(lbId(), port).map((r) => r.scaleSet);

describe('load balancer: propagation of a rule change', () => {
  it('a switch takes effect only after the propagation delay, then every new flow goes to the new pool', async () => {
    await blueAndGreen();
    h.emu.control.setLoadBalancerTimings({ propagationSeconds: 30 });
    h.emu.control.setTimeScale(0.001); // simulated time moves only when the test says so
    await putLoadBalancer('green', 'blue');
    // The PUT succeeded, but the hosts still run the old rules.
    expect((await h.network.loadBalancers.get(RG, 'lb')).provisioningState).toBe('Succeeded');
    expect(await served()).toEqual(['1.0.0']);
    h.emu.control.advanceTime(29);
    expect(await served()).toEqual(['1.0.0']);
    h.emu.control.advanceTime(2);
    expect(await served()).toEqual(['2.0.0']);
    expect(rotationOf(8081)).toEqual(['blue', 'blue']);
  });

  it('without a delay (propagationSeconds 0) the rules switch as the PUT succeeds', async () => {
    await blueAndGreen();
    h.emu.control.setLoadBalancerTimings({ propagationSeconds: 0 });
    h.emu.control.setTimeScale(0.001);
    await putLoadBalancer('green', 'blue');
    expect(await served()).toEqual(['2.0.0']);
  });
});

describe('load balancer: probe admission', () => {
  it('instances that just booted get no flows until probeThreshold probes at intervalInSeconds passed', async () => {
    await putLoadBalancer('blue', 'green', { intervalInSeconds: 300, probeThreshold: 2 });
    const v1 = seedImageVersion(h, '1.0.0');
    await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'blue', scaleSet(v1, 'blue'), poll);
    // Booted a few simulated seconds ago (600×); from here time moves only when the test says so.
    h.emu.control.setTimeScale(0.001);
    expect(h.emu.control.scaleSetInstances(ssId('blue')).map((i) => [i.serving, i.health])).toEqual([
      [true, 'healthy'],
      [true, 'healthy'],
    ]);
    // Up and healthy, but not probed twice yet: no backend for the rule.
    const early = await requestLoop(live(), () => false, { maxRequests: 3, maxMs: 5000 });
    expect(early.ok).toBe(0);
    expect(early.failures.map((f) => f.status)).toEqual([503, 503, 503]);
    expect(early.failures[0]!.body).toContain('NoHealthyBackend');
    // The second probe after the boot runs 300 to 600 s after it: not within 250 s…
    h.emu.control.advanceTime(250);
    expect(rotationOf(80)).toEqual([]);
    // …but within 610 s.
    h.emu.control.advanceTime(360);
    expect(rotationOf(80)).toEqual(['blue', 'blue']);
    expect(await served()).toEqual(['1.0.0']);
  });

  it('an instance that is reimaged leaves the rotation and comes back only after its probe passes again', async () => {
    await blueAndGreen();
    await putLoadBalancer('blue', 'green', { intervalInSeconds: 15, probeThreshold: 2 });
    h.emu.control.advanceTime(60); // both probed twice under the new settings
    expect(rotationOf(80)).toEqual(['blue', 'blue']);
    h.emu.control.setTimeScale(0.001);
    await h.compute.virtualMachineScaleSetVMs.beginReimage(RG, 'blue', '0');
    expect(rotationOf(80)).toEqual(['blue']);
    h.emu.control.advanceTime(90); // reimage done
    const back = h.emu.control.scaleSetInstances(ssId('blue')).find((i) => i.instanceId === '0')!;
    expect([back.serving, back.health]).toEqual([true, 'healthy']);
    expect(rotationOf(80)).toHaveLength(1);
    h.emu.control.advanceTime(31); // two probes at 15 s
    expect(rotationOf(80)).toEqual(['blue', 'blue']);
  });
});

describe('load balancer: draining', () => {
  it('a request in flight when the switch lands completes on the old backend; the next flow goes to the new one', async () => {
    await blueAndGreen();
    h.emu.control.setTimeScale(50);
    // A backend takes 15 simulated seconds (300 ms) to answer; the switch propagates in 1 s (20 ms).
    h.emu.control.setLoadBalancerTimings({ propagationSeconds: 1, responseSeconds: 15 });
    let firstDone = false;
    const first = fetch(live()).then(async (res) => {
      firstDone = true;
      return { status: res.status, body: (await res.json()) as { version: string } };
    });
    await new Promise((r) => setTimeout(r, 20)); // the request has reached its backend
    await putLoadBalancer('green', 'blue');
    await waitFor(() => rotationOf(80).every((s) => s === 'green') && rotationOf(80).length === 2);
    expect(firstDone).toBe(false); // still in flight after the switch took effect
    const second = await fetch(live()).then(async (res) => (await res.json()) as { version: string });
    expect(second.version).toBe('2.0.0');
    expect(await first).toEqual({ status: 200, body: expect.objectContaining({ version: '1.0.0' }) });
  });
});
