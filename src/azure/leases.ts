/**
 * LeasePort (the deploy lock's tag, issue #6) on the SDKs, loaded lazily:
 * - scale set: `virtualMachineScaleSets.update` (PATCH `{ tags }`) with `ifMatch`;
 * - load balancer: `loadBalancers.beginCreateOrUpdateAndWait` (PUT of the load balancer as read,
 *   tags changed) with an `If-Match` header: Network takes If-Match on PUT, its UpdateTags takes none;
 * - web app: Microsoft.Web/sites takes no If-Match: a Tags merge (unguarded, see lease-port.ts).
 * Release: Tags `UpdateAtScope` with operation Delete and name=value (deletes only our lease).
 * ARM replaces the whole tags map on a PATCH of tags: the write sends the union.
 */
import type { LeasePort, LeaseState, LeaseTarget, LeaseTargetKind } from '../core/azure/lease-port.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { DEFAULT_POLL_MS } from './image-sdk.js';
import { orUndefined, statusOf } from './errors.js';
import { call } from './scale-sets.js';

const PROVIDER: Record<LeaseTargetKind, string> = {
  'scale-set': 'Microsoft.Compute/virtualMachineScaleSets',
  'load-balancer': 'Microsoft.Network/loadBalancers',
  'web-app': 'Microsoft.Web/sites',
};
const LABEL: Record<LeaseTargetKind, string> = { 'scale-set': 'scale set', 'load-balancer': 'load balancer', 'web-app': 'web app' };

export function leasePort(conn: AzureConnection): LeasePort {
  const clients = clientsFor(conn);
  const { compute: computeClient, network: networkClient, resources: resourcesClient, web: webClient, poll } = clients;
  const idOf = (t: LeaseTarget) => `/subscriptions/${conn.subscriptionId}/resourceGroups/${t.resourceGroup}/providers/${PROVIDER[t.kind]}/${t.name}`;
  const label = (t: LeaseTarget) => `${LABEL[t.kind]} ${t.name}`;

  /** Runs a guarded write; a 412 (the target changed since it was read) is `false`, nothing written. */
  const guardedWrite = async (write: () => Promise<unknown>): Promise<boolean> => {
    try {
      await write();
      return true;
    } catch (err) {
      if (statusOf(err) === 412) return false;
      throw err;
    }
  };

  return {
    pollIntervalMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
    guarded: (kind) => kind !== 'web-app',

    read: (t, o) =>
      call(`reading the deploy lock on ${label(t)}`, o, async (signal): Promise<LeaseState | undefined> => {
        if (t.kind === 'scale-set') {
          const ss = await orUndefined(async () => (await computeClient()).virtualMachineScaleSets.get(t.resourceGroup, t.name, { abortSignal: signal }));
          return ss ? { tags: { ...(ss.tags ?? {}) }, etag: ss.etag } : undefined;
        }
        if (t.kind === 'load-balancer') {
          const lb = await orUndefined(async () => (await networkClient()).loadBalancers.get(t.resourceGroup, t.name, { abortSignal: signal }));
          return lb ? { tags: { ...(lb.tags ?? {}) }, etag: lb.etag } : undefined;
        }
        const site = await orUndefined(async () => (await webClient()).webApps.get(t.resourceGroup, t.name, { abortSignal: signal }));
        return site ? { tags: { ...(site.tags ?? {}) } } : undefined;
      }),

    writeTag: (t, state, name, value, o) =>
      call(`writing the deploy lock on ${label(t)}`, o, async (signal) => {
        const tags = { ...state.tags, [name]: value };
        if (t.kind === 'scale-set') {
          const c = await computeClient();
          return guardedWrite(() => c.virtualMachineScaleSets.update(t.resourceGroup, t.name, { tags }, { abortSignal: signal, ...poll, ...(state.etag ? { ifMatch: state.etag } : {}) }));
        }
        if (t.kind === 'load-balancer') {
          const c = await networkClient();
          // The PUT needs the whole body: the load balancer as read now, refused unless it is the version `state` saw.
          const current = await c.loadBalancers.get(t.resourceGroup, t.name, { abortSignal: signal });
          if (state.etag && current.etag !== state.etag) return false;
          const body = { ...structuredClone(current), tags };
          return guardedWrite(() =>
            c.loadBalancers.beginCreateOrUpdateAndWait(t.resourceGroup, t.name, body, {
              abortSignal: signal,
              ...poll,
              ...(state.etag ? { requestOptions: { customHeaders: { 'If-Match': state.etag } } } : {}),
            }),
          );
        }
        const c = await resourcesClient();
        await c.tagsOperations.beginUpdateAtScopeAndWait(idOf(t), { operation: 'Merge', properties: { tags: { [name]: value } } }, { abortSignal: signal, ...poll });
        return true;
      }),

    removeTagIfValue: (t, name, value, o) =>
      call(`releasing the deploy lock on ${label(t)}`, o, async (signal) => {
        const c = await resourcesClient();
        // Operation Delete with name AND value: removed only while it still holds our lease.
        await orUndefined(() => c.tagsOperations.beginUpdateAtScopeAndWait(idOf(t), { operation: 'Delete', properties: { tags: { [name]: value } } }, { abortSignal: signal, ...poll }));
      }),
  };
}
