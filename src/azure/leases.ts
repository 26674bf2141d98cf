/**
 * LeasePort (the deploy lock's tag) on the SDKs, loaded lazily:
 * - scale set: `virtualMachineScaleSets.update` (PATCH `{ tags }`) with `ifMatch`;
 * - load balancer: `loadBalancers.beginCreateOrUpdateAndWait` (PUT of the load balancer as read,
 *   tags changed) with an `If-Match` header on the PUT only (write-only-if-match.ts): Network takes
 *   If-Match on PUT, its UpdateTags takes none; arm-compute's `ifMatch` goes on the PATCH only;
 * - web app: Microsoft.Web/sites takes no If-Match: a Tags merge (unguarded, see lease-port.ts).
 * Release: Tags `UpdateAtScope` with operation Delete and name=value (deletes only our lease).
 * Repair (`rewrite`): the same PATCH / PUT with the target as read, to leave a Failed provisioning state.
 * ARM replaces the whole tags map on a PATCH of tags: the write sends the union.
 */
import type { NetworkManagementClient } from '@azure/arm-network';
import type { LeasePort, LeaseState, LeaseTarget, LeaseTargetKind } from '../core/azure/lease-port.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { DEFAULT_POLL_MS } from './image-sdk.js';
import { orUndefined, statusOf } from './errors.js';
import { call } from './scale-sets.js';
import { ifMatchOnWrite } from './write-only-if-match.js';

const PROVIDER: Record<LeaseTargetKind, string> = {
  'scale-set': 'Microsoft.Compute/virtualMachineScaleSets',
  'load-balancer': 'Microsoft.Network/loadBalancers',
  'web-app': 'Microsoft.Web/sites',
  'resource-group': '',
};
const LABEL: Record<LeaseTargetKind, string> = {
  'scale-set': 'scale set',
  'load-balancer': 'load balancer',
  'web-app': 'web app',
  'resource-group': 'resource group',
};

/** Runs a guarded write; a 412 (the target changed since it was read) is `false`, nothing written. */
async function guardedWrite(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (err) {
    if (statusOf(err) === 412) return false;
    throw err;
  }
}

const isFailed = (state: string | undefined): boolean => state?.toLowerCase() === 'failed';

export function leasePort(conn: AzureConnection): LeasePort {
  const clients = clientsFor(conn);
  const { compute: computeClient, network: networkClient, resources: resourcesClient, web: webClient, poll } = clients;
  const idOf = (t: LeaseTarget) =>
    t.kind === 'resource-group'
      ? `/subscriptions/${conn.subscriptionId}/resourceGroups/${t.resourceGroup}`
      : `/subscriptions/${conn.subscriptionId}/resourceGroups/${t.resourceGroup}/providers/${PROVIDER[t.kind]}/${t.name}`;
  const label = (t: LeaseTarget) => `${LABEL[t.kind]} ${t.name}`;

  /** PATCH of the scale set's tags alone (no instance is touched), If-Match on the ETag `state` saw. */
  const patchScaleSet = async (
    t: LeaseTarget,
    state: LeaseState,
    tags: Record<string, string>,
    signal: AbortSignal,
  ) => {
    const c = await computeClient();
    const ifMatch = state.etag ? { ifMatch: state.etag } : {};
    return guardedWrite(() =>
      c.virtualMachineScaleSets.update(t.resourceGroup, t.name, { tags }, { abortSignal: signal, ...poll, ...ifMatch }),
    );
  };

  /** PUT of the whole load balancer as read now with `tags`, refused unless it is the version `state` saw. */
  const putLoadBalancer = async (
    t: LeaseTarget,
    state: LeaseState,
    tags: Record<string, string>,
    signal: AbortSignal,
  ) => {
    const c: NetworkManagementClient = await networkClient();
    const current = await c.loadBalancers.get(t.resourceGroup, t.name, { abortSignal: signal });
    if (state.etag && current.etag !== state.etag) return false;
    const body = { ...structuredClone(current), tags };
    // If-Match on the PUT only (not on its status poll / final GET): see write-only-if-match.ts.
    const headers = state.etag ? ifMatchOnWrite(c, state.etag) : {};
    return guardedWrite(() =>
      c.loadBalancers.beginCreateOrUpdateAndWait(t.resourceGroup, t.name, body, {
        abortSignal: signal,
        ...poll,
        ...headers,
      }),
    );
  };

  return {
    pollIntervalMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
    guarded: (kind) => kind !== 'web-app' && kind !== 'resource-group',

    read: (t, o) =>
      call(`reading the deploy lock on ${label(t)}`, o, async (signal): Promise<LeaseState | undefined> => {
        const options = { abortSignal: signal };
        if (t.kind === 'scale-set') {
          const ss = await orUndefined(async () =>
            (await computeClient()).virtualMachineScaleSets.get(t.resourceGroup, t.name, options),
          );
          return ss
            ? { tags: { ...(ss.tags ?? {}) }, etag: ss.etag, failed: isFailed(ss.provisioningState) }
            : undefined;
        }
        if (t.kind === 'load-balancer') {
          const lb = await orUndefined(async () =>
            (await networkClient()).loadBalancers.get(t.resourceGroup, t.name, options),
          );
          return lb
            ? { tags: { ...(lb.tags ?? {}) }, etag: lb.etag, failed: isFailed(lb.provisioningState) }
            : undefined;
        }
        if (t.kind === 'resource-group') {
          const group = await orUndefined(async () =>
            (await resourcesClient()).resourceGroups.get(t.resourceGroup, options),
          );
          return group ? { tags: { ...(group.tags ?? {}) } } : undefined;
        }
        const site = await orUndefined(async () => (await webClient()).webApps.get(t.resourceGroup, t.name, options));
        return site ? { tags: { ...(site.tags ?? {}) } } : undefined;
      }),

    writeTag: (t, state, name, value, o) =>
      call(`writing the deploy lock on ${label(t)}`, o, async (signal) => {
        const tags = { ...state.tags, [name]: value };
        if (t.kind === 'scale-set') return patchScaleSet(t, state, tags, signal);
        if (t.kind === 'load-balancer') return putLoadBalancer(t, state, tags, signal);
        const c = await resourcesClient();
        const merge = { operation: 'Merge' as const, properties: { tags: { [name]: value } } };
        await c.tagsOperations.beginUpdateAtScopeAndWait(idOf(t), merge, { abortSignal: signal, ...poll });
        return true;
      }),

    rewrite: (t, state, o) =>
      call(`repairing ${label(t)} after a failed deploy lock write`, o, async (signal) => {
        if (t.kind === 'scale-set') return patchScaleSet(t, state, { ...state.tags }, signal);
        if (t.kind === 'load-balancer') return putLoadBalancer(t, state, { ...state.tags }, signal);
        return true;
      }),

    removeTagIfValue: (t, name, value, o) =>
      call(`releasing the deploy lock on ${label(t)}`, o, async (signal) => {
        const c = await resourcesClient();
        // Operation Delete with name AND value: removed only while it still holds our lease.
        const remove = { operation: 'Delete' as const, properties: { tags: { [name]: value } } };
        await orUndefined(() =>
          c.tagsOperations.beginUpdateAtScopeAndWait(idOf(t), remove, { abortSignal: signal, ...poll }),
        );
      }),
  };
}
