/**
 * FrontDoorPort on @azure/arm-cdn (api-version 2024-02-01), loaded lazily on first use (the GitHub
 * bundle keeps it in a chunk of its own). Shapes: specification/cdn/resource-manager/Microsoft.Cdn/
 * stable/2024-02-01/afdx.json — `AFDOrigin` (hostName, httpPort, weight 1..1000, priority 1..5,
 * enabledState), `AFDOrigins_Update` a PATCH that Azure answers 200 or 202 and that is followed to
 * its end (x-ms-long-running-operation): the origin's provisioning is over when the poller ends.
 */
import type { AFDOrigin, CdnManagementClient } from '@azure/arm-cdn';
import type {
  FrontDoorOrigin,
  FrontDoorOriginGroup,
  FrontDoorPort,
  OriginGroupRef,
} from '../core/azure/front-door-port.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { orUndefined } from './errors.js';
import { DEFAULT_POLL_MS } from './image-sdk.js';
import { call } from './scale-sets.js';
import { armClientOptions } from './transport.js';
import { ifMatchOnWrite } from './write-only-if-match.js';

const label = (r: OriginGroupRef) => `origin group ${r.originGroup} of Front Door profile ${r.profile}`;

export function frontDoorPort(conn: AzureConnection): FrontDoorPort {
  const { lro } = clientsFor(conn);
  const bySubscription = new Map<string, Promise<CdnManagementClient>>();
  const cdn = (ref: OriginGroupRef): Promise<CdnManagementClient> => {
    const sub = ref.subscriptionId ?? conn.subscriptionId;
    let client = bySubscription.get(sub);
    if (!client) {
      const options = armClientOptions({ endpoint: conn.endpoint, caFile: conn.caFile });
      client = import('@azure/arm-cdn').then((m) => new m.CdnManagementClient(conn.credential, sub, options));
      bySubscription.set(sub, client);
    }
    return client;
  };

  return {
    pollIntervalMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,

    getOriginGroup: (ref, o) =>
      call(`reading ${label(ref)}`, o, async (signal) => {
        const c = await cdn(ref);
        const group = await orUndefined(() =>
          c.afdOriginGroups.get(ref.resourceGroup, ref.profile, ref.originGroup, { abortSignal: signal }),
        );
        if (!group) return undefined;
        const origins: FrontDoorOrigin[] = [];
        const list = c.afdOrigins.listByOriginGroup(ref.resourceGroup, ref.profile, ref.originGroup, {
          abortSignal: signal,
        });
        for await (const origin of list) origins.push(toOrigin(origin));
        return {
          id: group.id!,
          name: group.name!,
          provisioningState: group.provisioningState,
          origins,
        } satisfies FrontDoorOriginGroup;
      }),

    setOrigin: (ref, name, change, o) =>
      call(`setting origin ${name} of ${label(ref)}`, o, async (signal) => {
        const c = await cdn(ref);
        const current = toOrigin(
          await c.afdOrigins.get(ref.resourceGroup, ref.profile, ref.originGroup, name, { abortSignal: signal }),
        );
        const weightOk = change.weight === undefined || current.weight === change.weight;
        const settled = !['failed', 'updating', 'creating'].includes((current.provisioningState ?? '').toLowerCase());
        if (weightOk && current.enabled === change.enabled && settled) return false;
        const body = {
          ...(change.weight !== undefined ? { weight: change.weight } : {}),
          enabledState: change.enabled ? ('Enabled' as const) : ('Disabled' as const),
        };
        await c.afdOrigins.beginUpdateAndWait(ref.resourceGroup, ref.profile, ref.originGroup, name, body, {
          ...lro(signal),
          ...(current.etag ? ifMatchOnWrite(c, current.etag) : {}),
        });
        return true;
      }),
  };
}

function toOrigin(o: AFDOrigin): FrontDoorOrigin {
  const etag = (o as { etag?: string }).etag;
  return {
    id: o.id!,
    name: o.name!,
    hostName: o.hostName ?? '',
    httpPort: o.httpPort ?? undefined,
    httpsPort: o.httpsPort ?? undefined,
    weight: o.weight ?? undefined,
    priority: o.priority ?? undefined,
    enabled: (o.enabledState ?? 'Enabled').toLowerCase() === 'enabled',
    provisioningState: o.provisioningState,
    ...(etag ? { etag } : {}),
  };
}
