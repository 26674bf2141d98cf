/**
 * If-Match on every method (RFC 9110 §13.1.1, as Azure's front door evaluates it) and the engine
 * sending it on the write only: the load balancer switch and the deploy lock's writes go through
 * the real SDKs against the strict emulator.
 */
import { describe, expect, it } from 'vitest';
import type { NetworkManagementClient } from '@azure/arm-network';
import { EngineError } from '../../src/core/errors.js';
import { loadBalancerPort } from '../../src/azure/load-balancers.js';
import { leasePort } from '../../src/azure/leases.js';
import type { AzureConnection } from '../../src/azure/connection.js';
import { clientsFor } from '../../src/azure/clients.js';
import { LOCATION, RG, credential, poll, seedImageVersion, useHarness } from './helpers.js';

const h = useHarness({ timeScale: 600 });
const signal = new AbortController().signal;
const conn = (): AzureConnection => ({
  endpoint: h.emu.endpoint,
  caFile: h.emu.caFile,
  subscriptionId: h.emu.subscriptionId,
  credential,
  pollIntervalMs: 5,
});
const lbId = () => `${h.rgId}/providers/Microsoft.Network/loadBalancers/lb`;

async function createLb(network: NetworkManagementClient): Promise<string> {
  const id = lbId();
  const lb = await network.loadBalancers.beginCreateOrUpdateAndWait(
    RG,
    'lb',
    {
      location: LOCATION,
      frontendIPConfigurations: [{ name: 'fe' }],
      backendAddressPools: [{ name: 'blue' }, { name: 'green' }],
      loadBalancingRules: [
        {
          name: 'http',
          protocol: 'Tcp',
          frontendPort: 80,
          backendPort: 8080,
          frontendIPConfiguration: { id: `${id}/frontendIPConfigurations/fe` },
          backendAddressPool: { id: `${id}/backendAddressPools/blue` },
        },
      ],
    },
    poll,
  );
  return lb.etag!;
}

describe('If-Match / If-None-Match on reads (strict, as Azure)', () => {
  it('answers 412 to a GET whose If-Match is not the current ETag, 200 to the current one, 304 for If-None-Match', async () => {
    const etag = await createLb(h.network);
    h.emu.control.clearRequests();
    const current = await h.network.loadBalancers.get(RG, 'lb', {
      requestOptions: { customHeaders: { 'If-Match': etag } },
    });
    expect(current.etag).toBe(etag);
    await expect(
      h.network.loadBalancers.get(RG, 'lb', { requestOptions: { customHeaders: { 'If-Match': '"stale"' } } }),
    ).rejects.toMatchObject({ statusCode: 412 });
    await expect(
      h.network.loadBalancers.get(RG, 'lb', { requestOptions: { customHeaders: { 'If-Match': '*' } } }),
    ).resolves.toMatchObject({ etag });
    await expect(
      h.network.loadBalancers.get(RG, 'lb', { requestOptions: { customHeaders: { 'If-None-Match': etag } } }),
    ).rejects.toMatchObject({ statusCode: 304 });
    const log = h.emu.requests;
    expect(log.filter((r) => r.operation === 'LoadBalancers_Get').map((r) => r.status)).toEqual([200, 412, 200, 304]);
  });

  it('fails an If-Match sent as a custom header on the whole operation: the poll and final GET carry a stale ETag', async () => {
    const etag = await createLb(h.network);
    const lb = await h.network.loadBalancers.get(RG, 'lb');
    // The PUT itself is accepted (its If-Match is current) — the operation's later reads are refused.
    await expect(
      h.network.loadBalancers.beginCreateOrUpdateAndWait(
        RG,
        'lb',
        { ...lb, tags: { a: '1' } },
        {
          ...poll,
          requestOptions: { customHeaders: { 'If-Match': etag } },
        },
      ),
    ).rejects.toMatchObject({ statusCode: 412 });
    expect(h.emu.requests.some((r) => r.operation === 'LoadBalancers_CreateOrUpdate' && r.status === 200)).toBe(true);
  });
});

describe('the engine sends If-Match on the write only', () => {
  /** Another writer changes the load balancer just before the engine's PUT leaves (after its read). */
  async function raceBeforeEnginePut(c: AzureConnection): Promise<void> {
    const engineClient = await clientsFor(c).network();
    let raced = false;
    engineClient.pipeline.addPolicy({
      name: 'test-race-before-put',
      sendRequest: async (req, next) => {
        if (req.method === 'PUT' && !raced) {
          raced = true;
          const lb = await h.network.loadBalancers.get(RG, 'lb');
          await h.network.loadBalancers.beginCreateOrUpdateAndWait(
            RG,
            'lb',
            { ...lb, tags: { other: 'writer' } },
            poll,
          );
        }
        return next(req);
      },
    });
  }

  it('switches a load balancer rule through the real SDK: no 412 on the poll or the final GET', async () => {
    await createLb(h.network);
    const port = loadBalancerPort(conn());
    const before = (await port.getLoadBalancer(RG, 'lb', { signal }))!;
    h.emu.control.clearRequests();
    const switched = await port.switchRules(before, { http: `${lbId()}/backendAddressPools/green` }, before.etag, {
      signal,
      timeoutMs: 30_000,
    });
    expect(switched.rules[0]!.poolId).toBe(`${lbId()}/backendAddressPools/green`);
    expect(h.emu.requests.filter((r) => r.status >= 400)).toEqual([]);
    expect(h.emu.requests.filter((r) => r.operation === 'LoadBalancers_CreateOrUpdate').map((r) => r.status)).toEqual([
      200,
    ]);
  });

  it('a stale ETag on the switch PUT still gets 412 (nothing switched, transient)', async () => {
    await createLb(h.network);
    const c = conn();
    const port = loadBalancerPort(c);
    const before = (await port.getLoadBalancer(RG, 'lb', { signal }))!;
    await raceBeforeEnginePut(c);
    h.emu.control.clearRequests();
    const err = await port
      .switchRules(before, { http: `${lbId()}/backendAddressPools/green` }, before.etag, { signal, timeoutMs: 30_000 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).kind).toBe('transient');
    expect(h.emu.requests.filter((r) => r.operation === 'LoadBalancers_CreateOrUpdate').map((r) => r.status)).toEqual([
      200, 412,
    ]);
    const rule = (await h.network.loadBalancers.get(RG, 'lb')).loadBalancingRules![0]!;
    expect(rule.backendAddressPool!.id).toBe(`${lbId()}/backendAddressPools/blue`);
  });

  it('a stale ETag on the lock PUT of a load balancer gets 412: the write reports false', async () => {
    await createLb(h.network);
    const c = conn();
    const leases = leasePort(c);
    const target = { kind: 'load-balancer' as const, resourceGroup: RG, name: 'lb' };
    const state = (await leases.read(target, { signal }))!;
    await raceBeforeEnginePut(c);
    expect(await leases.writeTag(target, state, 'immutable-deploy.lock', 'run-1', { signal, timeoutMs: 30_000 })).toBe(
      false,
    );
    expect(h.emu.requests.some((r) => r.operation === 'LoadBalancers_CreateOrUpdate' && r.status === 412)).toBe(true);
    expect((await leases.read(target, { signal }))!.tags['immutable-deploy.lock']).toBeUndefined();
  });

  it('writes the deploy lock tag on a load balancer and a scale set (If-Match on the write only); a stale one is refused', async () => {
    await createLb(h.network);
    const image = seedImageVersion(h, '1.0.0');
    await h.compute.virtualMachineScaleSets.createOrUpdate(
      RG,
      'web',
      {
        location: LOCATION,
        sku: { name: 'Standard_B2s', capacity: 1 },
        upgradePolicy: { mode: 'Manual' },
        virtualMachineProfile: {
          storageProfile: { imageReference: { id: image } },
          osProfile: { computerNamePrefix: 'w', adminUsername: 'u' },
        },
      },
      poll,
    );
    const leases = leasePort(conn());
    for (const kind of ['load-balancer', 'scale-set'] as const) {
      const target = { kind, resourceGroup: RG, name: kind === 'load-balancer' ? 'lb' : 'web' };
      const state = (await leases.read(target, { signal }))!;
      h.emu.control.clearRequests();
      expect(
        await leases.writeTag(target, state, 'immutable-deploy.lock', 'run-1', { signal, timeoutMs: 30_000 }),
      ).toBe(true);
      expect(h.emu.requests.filter((r) => r.status >= 400)).toEqual([]);
      const after = (await leases.read(target, { signal }))!;
      expect(after.tags['immutable-deploy.lock']).toBe('run-1');
      // The state read before the first write is stale now: the guarded write is refused, nothing written.
      expect(
        await leases.writeTag(target, state, 'immutable-deploy.lock', 'run-2', { signal, timeoutMs: 30_000 }),
      ).toBe(false);
      expect((await leases.read(target, { signal }))!.tags['immutable-deploy.lock']).toBe('run-1');
    }
  });
});
