/** LoadBalancerPort on @azure/arm-network, loaded lazily on first use. */
import type { LoadBalancer } from '@azure/arm-network';
import { EngineError } from '../core/errors.js';
import type { LbCallOptions, LoadBalancerInfo, LoadBalancerPort } from '../core/azure/load-balancer-port.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { bounded } from './bounded.js';
import { classify, guard, orUndefined, statusOf } from './errors.js';
import { ifMatchOnWrite } from './write-only-if-match.js';

export function loadBalancerPort(conn: AzureConnection): LoadBalancerPort {
  const network = clientsFor(conn).network;
  const { lro } = clientsFor(conn);

  async function switchRules(
    lb: LoadBalancerInfo,
    switches: Record<string, string>,
    etag: string,
    signal: AbortSignal,
  ): Promise<LoadBalancerInfo> {
    const what = `switching rule(s) ${Object.keys(switches).join(', ')} of load balancer ${lb.name}`;
    const c = await guard(what, signal, network);
    // The full body is needed for the PUT: read it, refuse if it is not the version the caller
    // decided on, then write it back guarded by the same ETag (Azure answers 412 if it moved).
    const current = await guard(`reading load balancer ${lb.name}`, signal, () =>
      c.loadBalancers.get(lb.resourceGroup, lb.name, { abortSignal: signal }),
    );
    if (current.etag !== etag) throw stale(lb.name);
    const body: LoadBalancer = structuredClone(current);
    for (const [ruleName, poolId] of Object.entries(switches)) {
      const rule = body.loadBalancingRules?.find((r) => r.name?.toLowerCase() === ruleName.toLowerCase());
      if (!rule) throw new EngineError('input', `load balancer ${lb.name} has no rule '${ruleName}'`);
      rule.backendAddressPool = { id: poolId };
      if (rule.backendAddressPools && rule.backendAddressPools.length > 0) rule.backendAddressPools = [{ id: poolId }];
    }
    try {
      const written = await c.loadBalancers.beginCreateOrUpdateAndWait(lb.resourceGroup, lb.name, body, {
        ...lro(signal),
        // If-Match on the PUT only: the status poll and the final GET must not carry it.
        ...ifMatchOnWrite(c, etag),
      });
      return toInfo(written, lb.resourceGroup);
    } catch (err) {
      if (statusOf(err) === 412) throw stale(lb.name);
      throw classify(err, what, signal);
    }
  }

  return {
    getLoadBalancer: (resourceGroup, name, { signal }: LbCallOptions) =>
      guard(`reading load balancer ${name}`, signal, async () => {
        const lb = await orUndefined(async () =>
          (await network()).loadBalancers.get(resourceGroup, name, { abortSignal: signal }),
        );
        return lb ? toInfo(lb, resourceGroup) : undefined;
      }),

    switchRules: (lb, switches, etag, options) =>
      bounded(`switching rule(s) ${Object.keys(switches).join(', ')} of load balancer ${lb.name}`, options, (signal) =>
        switchRules(lb, switches, etag, signal),
      ),

    publicIpAddress: (publicIpId, { signal }) =>
      guard(`reading public IP address ${publicIpId.split('/').pop()}`, signal, async () => {
        const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/publicIPAddresses\/([^/]+)$/i.exec(
          publicIpId,
        );
        if (!m) return undefined;
        const ip = await orUndefined(async () =>
          (await network()).publicIPAddresses.get(m[1]!, m[2]!, { abortSignal: signal }),
        );
        return ip?.ipAddress ?? undefined;
      }),
  };
}

function stale(name: string): EngineError {
  return new EngineError(
    'transient',
    `load balancer ${name} changed while the switch was being prepared (ETag mismatch): nothing was switched; re-run the step`,
  );
}

function toInfo(lb: LoadBalancer, resourceGroup: string): LoadBalancerInfo {
  const ref = (r: { id?: string } | undefined) => r?.id ?? undefined;
  return {
    id: lb.id!,
    name: lb.name!,
    resourceGroup,
    location: lb.location ?? '',
    etag: lb.etag ?? '',
    provisioningState: lb.provisioningState,
    frontends: (lb.frontendIPConfigurations ?? []).map((f) => ({
      id: f.id!,
      name: f.name!,
      publicIpAddressId: ref(f.publicIPAddress),
      privateIpAddress: f.privateIPAddress ?? undefined,
    })),
    pools: (lb.backendAddressPools ?? []).map((p) => ({
      id: p.id!,
      name: p.name!,
      memberCount: p.backendIPConfigurations?.length ?? 0,
    })),
    probes: (lb.probes ?? []).map((p) => ({
      id: p.id!,
      name: p.name!,
      protocol: p.protocol,
      port: p.port,
      requestPath: p.requestPath ?? undefined,
    })),
    rules: (lb.loadBalancingRules ?? []).map((r) => ({
      id: r.id!,
      name: r.name!,
      protocol: r.protocol,
      frontendPort: r.frontendPort ?? 0,
      backendPort: r.backendPort ?? undefined,
      frontendId: ref(r.frontendIPConfiguration),
      poolId: ref(r.backendAddressPool) ?? ref(r.backendAddressPools?.[0]),
      probeId: ref(r.probe),
    })),
    tags: { ...(lb.tags ?? {}) },
  };
}
