/**
 * Front Door traffic: an endpoint in front of the blue-green load balancer (live rule → blue, preview
 * rule → green), weights 900/100, weight changes after the propagation delay (simulated time).
 */
import { describe, expect, it } from 'vitest';
import { RG, poll, waitForRotation } from '../emulator-deploy/helpers.js';
import { h, lbId, setup } from '../stages-bluegreen/world.js';
import { addFrontDoor, waitForFrontDoor, type FrontDoorWorld } from './world.js';

/** The green scale set behind the preview rule, on image 2.0.0 (the blue one is setup()'s, on 1.0.0). */
async function addGreen(versions: Record<string, string>): Promise<void> {
  const blue = await h.compute.virtualMachineScaleSets.get(RG, 'web-blue');
  const profile = structuredClone(blue.virtualMachineProfile!);
  profile.storageProfile!.imageReference = { id: versions['2.0.0'] };
  const ipConfig = profile.networkProfile!.networkInterfaceConfigurations![0]!.ipConfigurations![0]!;
  ipConfig.loadBalancerBackendAddressPools = [{ id: `${lbId()}/backendAddressPools/web-green` }];
  await h.compute.virtualMachineScaleSets.beginCreateOrUpdateAndWait(
    RG,
    'web-green',
    { location: blue.location, sku: blue.sku, upgradePolicy: { mode: 'Manual' }, virtualMachineProfile: profile },
    poll,
  );
  await waitForRotation(h, lbId(), 8081, `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web-green`);
}

/** `n` requests to the endpoint: count per origin (telemetry) and per version (the answering instance). */
async function send(fd: FrontDoorWorld, n: number) {
  const seen = h.emu.control.frontDoorRequests().length;
  const versions = new Map<string, number>();
  const statuses = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${fd.endpointUrl}/healthz`);
    const body = (await res.json()) as { version?: string };
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (body.version) versions.set(body.version, (versions.get(body.version) ?? 0) + 1);
  }
  const origins = new Map<string, number>();
  for (const r of h.emu.control.frontDoorRequests().slice(seen)) {
    origins.set(r.origin ?? '-', (origins.get(r.origin ?? '-') ?? 0) + 1);
  }
  return { versions, statuses, origins };
}

async function world(weights = { live: 900, preview: 100 }): Promise<FrontDoorWorld> {
  const versions = await setup();
  await addGreen(versions);
  return addFrontDoor(h.emu, { lbId: lbId(), livePort: 80, previewPort: 8081, weights });
}

describe('Front Door traffic to a blue-green load balancer', () => {
  it('splits 900/100 between the live and preview rules, exactly per 100 requests', async () => {
    const fd = await world();
    expect(fd.hostName).toMatch(/\.z01\.azurefd\.net$/);
    expect(h.emu.control.frontDoorUrl(fd.hostName)).toBe(fd.endpointUrl);
    const { versions, statuses, origins } = await send(fd, 200);
    expect(statuses).toEqual(new Map([[200, 200]]));
    expect(origins).toEqual(
      new Map([
        ['live', 180],
        ['preview', 20],
      ]),
    );
    // The preview origin's answers come from green (2.0.0) through the load balancer's preview rule.
    expect(versions).toEqual(
      new Map([
        ['1.0.0', 180],
        ['2.0.0', 20],
      ]),
    );
  });

  it('applies a weight change after the propagation delay, and disabled origins get nothing', async () => {
    const fd = await world();
    // A day of propagation: at the harness's time scale that is minutes of real time, so only advanceTime ends it.
    const DAY = 86_400;
    h.emu.control.setFrontDoorTimings({ propagationSeconds: DAY });
    await fd.cdn.afdOrigins.beginUpdateAndWait(
      RG,
      fd.profileName,
      fd.originGroupName,
      'preview',
      { weight: 900 },
      poll,
    );
    // Not yet propagated: still 9:1.
    expect((await send(fd, 100)).origins.get('preview')).toBe(10);
    expect(h.emu.control.frontDoorPropagated(fd.originGroupId)).toBe(false);
    h.emu.control.advanceTime(DAY);
    expect(h.emu.control.frontDoorOrigins(fd.originGroupId).map((o) => [o.name, o.weight])).toEqual([
      ['live', 900],
      ['preview', 900],
    ]);
    expect((await send(fd, 100)).origins.get('preview')).toBe(50);
    await fd.cdn.afdOrigins.beginUpdateAndWait(
      RG,
      fd.profileName,
      fd.originGroupName,
      'live',
      { enabledState: 'Disabled' },
      poll,
    );
    h.emu.control.advanceTime(DAY);
    expect((await send(fd, 50)).origins).toEqual(new Map([['preview', 50]]));
    await fd.cdn.afdOrigins.beginUpdateAndWait(
      RG,
      fd.profileName,
      fd.originGroupName,
      'preview',
      { enabledState: 'Disabled' },
      poll,
    );
    h.emu.control.advanceTime(DAY);
    expect((await send(fd, 5)).statuses).toEqual(new Map([[503, 5]]));
  });

  it('answers 502 for an origin nothing in the emulator serves, and prefers the best priority', async () => {
    const fd = await world();
    h.emu.control.setFrontDoorTimings({ propagationSeconds: 1 });
    const { cdn, profileName: p, originGroupName: g } = fd;
    await cdn.afdOrigins.beginCreateAndWait(
      RG,
      p,
      g,
      'elsewhere',
      { hostName: 'elsewhere.example.com', priority: 1 },
      poll,
    );
    await cdn.afdOrigins.beginUpdateAndWait(RG, p, g, 'live', { priority: 2 }, poll);
    await cdn.afdOrigins.beginUpdateAndWait(RG, p, g, 'preview', { priority: 2 }, poll);
    await waitForFrontDoor(h.emu, fd.originGroupId);
    const first = await send(fd, 4);
    expect(first.statuses).toEqual(new Map([[502, 4]]));
    expect(first.origins).toEqual(new Map([['elsewhere', 4]]));
    await cdn.afdOrigins.beginUpdateAndWait(RG, p, g, 'elsewhere', { enabledState: 'Disabled' }, poll);
    await waitForFrontDoor(h.emu, fd.originGroupId);
    expect((await send(fd, 10)).origins).toEqual(
      new Map([
        ['live', 9],
        ['preview', 1],
      ]),
    );
    // By the public IP's DNS name too: the load balancer rule of the origin's port answers.
    const pipId = `${h.rgId}/providers/Microsoft.Network/publicIPAddresses/lb-pip`;
    const pip = h.emu.control.getResource(pipId)!['properties'] as Record<string, unknown>;
    pip['dnsSettings'] = { domainNameLabel: 'shop', fqdn: 'shop.westeurope.cloudapp.azure.com' };
    const byName = { hostName: 'shop.westeurope.cloudapp.azure.com', httpPort: 8081, priority: 1 };
    await cdn.afdOrigins.beginCreateAndWait(RG, p, g, 'by-name', byName, poll);
    await waitForFrontDoor(h.emu, fd.originGroupId);
    const named = await send(fd, 4);
    expect(named.origins).toEqual(new Map([['by-name', 4]]));
    expect(named.versions).toEqual(new Map([['2.0.0', 4]]));
  });
});
