/**
 * The scale-set methods blue-green adds to the ScaleSetPort: create the idle
 * colour from a copy of the active colour's model, and scale a colour. @azure/arm-compute, loaded
 * lazily; errors classified by scale-sets.ts's `call`.
 */
import type { VirtualMachineScaleSet } from '@azure/arm-compute';
import type { DeployCallOptions, ScaleSetPort } from '../core/azure/scale-set-port.js';
import { EngineError } from '../core/errors.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { classify } from './errors.js';
import { call as baseCall, toInfo } from './scale-sets.js';

/** scale-sets.ts's `call`, with a long-running operation that ended Failed classified 'terminal' (see deploy-guard.ts). */
const call = <T>(what: string, o: DeployCallOptions, fn: (signal: AbortSignal) => Promise<T>): Promise<T> =>
  baseCall(what, o, async (signal) => {
    try {
      return await fn(signal);
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode !== undefined || signal.aborted) throw err;
      throw classify(err, what, o.signal);
    }
  });

export function blueGreenScaleSetMethods(
  conn: AzureConnection,
): Pick<ScaleSetPort, 'createFromModel' | 'rewriteModel' | 'setCapacity'> {
  const compute = clientsFor(conn).compute;
  const { poll } = clientsFor(conn);

  return {
    createFromModel: (source, target, change, o) =>
      call(`creating scale set ${target.name} from the model of ${source.name}`, o, async (signal) => {
        const c = await compute();
        const model = await c.virtualMachineScaleSets.get(source.resourceGroup, source.name, { abortSignal: signal });
        const body = copyModel(model, change);
        // Create-only: If-None-Match: * never overwrites a scale set someone else created meanwhile.
        const created = await c.virtualMachineScaleSets.createOrUpdate(target.resourceGroup, target.name, body, {
          abortSignal: signal,
          ifNoneMatch: '*',
          ...poll,
        });
        return toInfo(created);
      }),

    rewriteModel: (ref, etag, o) =>
      call(`writing the model of scale set ${ref.name} again`, o, async (signal) => {
        const c = await compute();
        const model = await c.virtualMachineScaleSets.get(ref.resourceGroup, ref.name, { abortSignal: signal });
        const body = copyModel(model, {
          imageId: String(model.virtualMachineProfile?.storageProfile?.imageReference?.id ?? ''),
          poolMap: {},
          capacity: model.sku?.capacity ?? 0,
        });
        const written = await c.virtualMachineScaleSets.createOrUpdate(ref.resourceGroup, ref.name, body, {
          abortSignal: signal,
          ...poll,
          ...(etag ? { ifMatch: etag } : {}),
        });
        return toInfo(written);
      }),

    setCapacity: (ref, capacity, etag, o) =>
      call(`scaling scale set ${ref.name} to ${capacity} instance(s)`, o, async (signal) => {
        const c = await compute();
        const written = await c.virtualMachineScaleSets.update(
          ref.resourceGroup,
          ref.name,
          { sku: { capacity } },
          { abortSignal: signal, ...poll, ...(etag ? { ifMatch: etag } : {}) },
        );
        return toInfo(written);
      }),
  };
}

/** The writable part of `model`, with the new image, the backend pools mapped, capacity and tags. */
function copyModel(
  model: VirtualMachineScaleSet,
  change: {
    imageId: string;
    poolMap: Readonly<Record<string, string>>;
    capacity: number;
    tags?: Readonly<Record<string, string>>;
  },
): VirtualMachineScaleSet {
  const profile = structuredClone(model.virtualMachineProfile);
  if (!profile) throw new EngineError('input', `scale set ${model.name} has no virtual machine profile to copy`);
  profile.storageProfile = { ...profile.storageProfile, imageReference: { id: change.imageId } };
  const map = new Map(Object.entries(change.poolMap).map(([from, to]) => [from.toLowerCase(), to]));
  for (const nic of profile.networkProfile?.networkInterfaceConfigurations ?? []) {
    for (const ip of nic.ipConfigurations ?? []) {
      ip.loadBalancerBackendAddressPools = (ip.loadBalancerBackendAddressPools ?? []).map((p) => ({
        id: map.get(String(p.id).toLowerCase()) ?? p.id,
      }));
    }
  }
  delete (profile as { timeCreated?: unknown }).timeCreated;
  return {
    location: model.location,
    tags: { ...(model.tags ?? {}), ...(change.tags ?? {}) },
    sku: { ...model.sku, capacity: change.capacity },
    ...(model.zones ? { zones: model.zones } : {}),
    ...(model.plan ? { plan: model.plan } : {}),
    ...(model.identity
      ? {
          identity: {
            type: model.identity.type,
            userAssignedIdentities: model.identity.userAssignedIdentities
              ? Object.fromEntries(Object.keys(model.identity.userAssignedIdentities).map((k) => [k, {}]))
              : undefined,
          },
        }
      : {}),
    upgradePolicy: model.upgradePolicy,
    ...(model.overprovision !== undefined ? { overprovision: model.overprovision } : {}),
    ...(model.singlePlacementGroup !== undefined ? { singlePlacementGroup: model.singlePlacementGroup } : {}),
    ...(model.platformFaultDomainCount !== undefined
      ? { platformFaultDomainCount: model.platformFaultDomainCount }
      : {}),
    ...(model.orchestrationMode ? { orchestrationMode: model.orchestrationMode } : {}),
    virtualMachineProfile: profile,
  };
}
