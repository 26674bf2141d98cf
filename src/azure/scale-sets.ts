/**
 * ScaleSetPort on @azure/arm-compute, loaded lazily on first use. One SDK call per port call (the
 * SDK's retry policy rides out 429/5xx: no second retry loop here); pollers poll at the
 * connection's interval, stop on the run's signal and give up after `timeoutMs`.
 */
import type { VirtualMachineScaleSet, VirtualMachineScaleSetVM } from '@azure/arm-compute';
import { EngineError } from '../core/errors.js';
import type {
  DeployCallOptions,
  ImageVersionInfo,
  InstanceHealth,
  InstanceInfo,
  RollingUpgradeInfo,
  RollingUpgradePolicy,
  ScaleSetInfo,
  ScaleSetPort,
  ScaleSetRef,
  UpgradeMode,
} from '../core/azure/scale-set-port.js';
import { bounded } from './bounded.js';
import { clientsFor } from './clients.js';
import type { AzureConnection } from './connection.js';
import { DEFAULT_POLL_MS } from './image-sdk.js';
import { classify, orUndefined, statusOf } from './errors.js';

/** The stable methods of the ScaleSetPort; blue-green's methods are composed in scale-sets-ports.ts. */
export type ScaleSetCorePort = Omit<
  ScaleSetPort,
  'createFromModel' | 'rewriteModel' | 'setCapacity' | 'listAllInSubscription'
>;

export function scaleSetPort(conn: AzureConnection): ScaleSetCorePort {
  const compute = clientsFor(conn).compute;
  const { poll } = clientsFor(conn);

  return {
    pollIntervalMs: conn.pollIntervalMs ?? DEFAULT_POLL_MS,
    get: (ref, o) =>
      call(`reading scale set ${ref.name}`, o, async (signal) => {
        const ss = await orUndefined(async () =>
          (await compute()).virtualMachineScaleSets.get(ref.resourceGroup, ref.name, { abortSignal: signal }),
        );
        return ss ? toInfo(ss) : undefined;
      }),

    setImage: (ref, change, o) =>
      call(`pointing scale set ${ref.name} at image ${change.imageId}`, o, async (signal) => {
        const c = await compute();
        const upgradePolicy = change.rollingPolicy ? { rollingUpgradePolicy: { ...change.rollingPolicy } } : undefined;
        const written = await c.virtualMachineScaleSets.update(
          ref.resourceGroup,
          ref.name,
          {
            virtualMachineProfile: { storageProfile: { imageReference: { id: change.imageId } } },
            ...(upgradePolicy ? { upgradePolicy } : {}),
          },
          { abortSignal: signal, ...poll, ...(change.etag ? { ifMatch: change.etag } : {}) },
        );
        return toInfo(written);
      }),

    setRollingPolicy: (ref, policy, etag, o) =>
      call(`restoring the rolling upgrade policy of scale set ${ref.name}`, o, async (signal) => {
        const c = await compute();
        const written = await c.virtualMachineScaleSets.update(
          ref.resourceGroup,
          ref.name,
          { upgradePolicy: { rollingUpgradePolicy: { ...policy } } },
          { abortSignal: signal, ...poll, ...(etag ? { ifMatch: etag } : {}) },
        );
        return toInfo(written);
      }),

    listInstances: (ref, o) =>
      call(`listing the instances of scale set ${ref.name}`, o, async (signal) => {
        const c = await compute();
        const out: InstanceInfo[] = [];
        for await (const vm of c.virtualMachineScaleSetVMs.list(ref.resourceGroup, ref.name, {
          expand: 'instanceView',
          abortSignal: signal,
        }))
          out.push(toInstance(vm));
        return out;
      }),

    updateInstances: (ref, instanceIds, o) =>
      call(`replacing instance(s) ${instanceIds.join(', ')} of scale set ${ref.name}`, o, async (signal) => {
        const c = await compute();
        await c.virtualMachineScaleSets.updateInstances(
          ref.resourceGroup,
          ref.name,
          { instanceIds: [...instanceIds] },
          { abortSignal: signal, ...poll },
        );
      }),

    startRollingUpgrade: (ref, o) =>
      call(`starting a rolling upgrade of scale set ${ref.name}`, o, async (signal) => {
        const c = await compute();
        // Accepted is enough: the upgrade is followed with latestRollingUpgrade.
        await c.virtualMachineScaleSetRollingUpgrades.beginStartOSUpgrade(ref.resourceGroup, ref.name, {
          abortSignal: signal,
          ...poll,
        });
      }),

    latestRollingUpgrade: (ref, o) =>
      call(`reading the rolling upgrade of scale set ${ref.name}`, o, async (signal) => {
        const latest = await orUndefined(async () =>
          (await compute()).virtualMachineScaleSetRollingUpgrades.getLatest(ref.resourceGroup, ref.name, {
            abortSignal: signal,
          }),
        );
        if (!latest) return undefined;
        const p = latest.progress ?? {};
        const info: RollingUpgradeInfo = {
          code: latest.runningStatus?.code ?? 'Unknown',
          startTime: isoOf(latest.runningStatus?.startTime),
          lastAction: latest.runningStatus?.lastAction,
          successful: p.successfulInstanceCount ?? 0,
          failed: p.failedInstanceCount ?? 0,
          inProgress: p.inProgressInstanceCount ?? 0,
          pending: p.pendingInstanceCount ?? 0,
          ...(latest.error ? { error: `${latest.error.code ?? 'Error'}: ${latest.error.message ?? ''}`.trim() } : {}),
        };
        return info;
      }),

    cancelRollingUpgrade: (ref, o) =>
      call(`cancelling the rolling upgrade of scale set ${ref.name}`, o, async (signal) => {
        const c = await compute();
        await c.virtualMachineScaleSetRollingUpgrades.beginCancel(ref.resourceGroup, ref.name, {
          abortSignal: signal,
          ...poll,
        });
      }),

    getImageVersion: (imageId, o) =>
      call(`reading gallery image version ${imageId}`, o, async (signal) => {
        const m =
          /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)\/images\/([^/]+)\/versions\/([^/]+)$/i.exec(
            imageId,
          );
        if (!m)
          throw new EngineError(
            'input',
            `'${imageId}' is not a gallery image version resource id; expected /subscriptions/…/galleries/<gallery>/images/<definition>/versions/<version>`,
          );
        const c = await compute();
        const v = await orUndefined(() =>
          c.galleryImageVersions.get(m[1]!, m[2]!, m[3]!, m[4]!, { abortSignal: signal }),
        );
        if (!v) return undefined;
        const regions = (v.publishingProfile?.targetRegions ?? []).map((r) => normalizeRegion(r.name));
        const info: ImageVersionInfo = {
          id: v.id ?? imageId,
          version: v.name ?? m[4]!,
          provisioningState: v.provisioningState,
          regions: regions.length > 0 ? regions : [normalizeRegion(v.location)],
        };
        return info;
      }),
  };
}

/**
 * Runs one port call with the run's signal plus, when given, a timeout; every failure leaves as a
 * classified EngineError (a stale ETag is 'transient': nothing was written, a re-run re-reads).
 */
export async function call<T>(
  what: string,
  options: DeployCallOptions,
  fn: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  try {
    return await bounded(what, options, fn);
  } catch (err) {
    if (err instanceof EngineError) throw err;
    if (statusOf(err) === 412) {
      throw new EngineError(
        'transient',
        `${what}: the resource changed since it was read (HTTP 412, ETag mismatch); nothing was written, re-run to act on its current state`,
        { cause: err },
      );
    }
    throw classify(err, what, options.signal);
  }
}

const normalizeRegion = (name: string | undefined): string => (name ?? '').toLowerCase().replace(/\s+/g, '');
const isoOf = (d: Date | string | undefined): string | undefined =>
  d === undefined ? undefined : d instanceof Date ? d.toISOString() : String(d);

function modeOf(raw: string | undefined): UpgradeMode {
  const m = (raw ?? 'Manual').toLowerCase();
  return m === 'rolling' ? 'Rolling' : m === 'automatic' ? 'Automatic' : 'Manual';
}

export function toInfo(ss: VirtualMachineScaleSet): ScaleSetInfo {
  const profile = ss.virtualMachineProfile;
  const ref = profile?.storageProfile?.imageReference;
  const nics = profile?.networkProfile?.networkInterfaceConfigurations ?? [];
  const ipConfigs = nics.flatMap((n) => n.ipConfigurations ?? []);
  const extensions = profile?.extensionProfile?.extensions ?? [];
  const hasHealthExtension = extensions.some((e) =>
    /^ApplicationHealth(Linux|Windows)$/i.test(String(e.typePropertiesType ?? '')),
  );
  const healthProbeId = profile?.networkProfile?.healthProbe?.id;
  const linux = profile?.osProfile?.linuxConfiguration;
  const windows = profile?.osProfile?.windowsConfiguration;
  const osType = linux
    ? 'Linux'
    : windows
      ? 'Windows'
      : (profile?.storageProfile?.osDisk?.osType as 'Linux' | 'Windows' | undefined);
  const policy = ss.upgradePolicy?.rollingUpgradePolicy;
  return {
    id: ss.id ?? '',
    name: ss.name ?? '',
    location: normalizeRegion(ss.location),
    etag: ss.etag,
    provisioningState: ss.provisioningState,
    imageId: ref?.id,
    imageDescription:
      ref?.id ??
      ref?.sharedGalleryImageId ??
      ref?.communityGalleryImageId ??
      ([ref?.publisher, ref?.offer, ref?.sku, ref?.version].filter(Boolean).join(':') || 'no image reference'),
    upgradeMode: modeOf(ss.upgradePolicy?.mode),
    rollingPolicy: policy
      ? {
          maxBatchInstancePercent: policy.maxBatchInstancePercent,
          maxUnhealthyInstancePercent: policy.maxUnhealthyInstancePercent,
          maxUnhealthyUpgradedInstancePercent: policy.maxUnhealthyUpgradedInstancePercent,
          pauseTimeBetweenBatches: policy.pauseTimeBetweenBatches,
          maxSurge: policy.maxSurge,
          prioritizeUnhealthyInstances: policy.prioritizeUnhealthyInstances,
        }
      : undefined,
    capacity: ss.sku?.capacity ?? 0,
    tags: { ...(ss.tags ?? {}) },
    healthSignal: healthProbeId ? 'probe' : hasHealthExtension ? 'extension' : 'none',
    osType,
    linuxPasswordAuth: osType === 'Linux' || linux ? linux?.disablePasswordAuthentication !== true : undefined,
    network: {
      nsgIds: nics.flatMap((n) => (n.networkSecurityGroup?.id ? [n.networkSecurityGroup.id] : [])),
      subnetIds: [...new Set(ipConfigs.flatMap((ip) => (ip.subnet?.id ? [ip.subnet.id] : [])))],
      backendPoolIds: ipConfigs.flatMap((ip) =>
        (ip.loadBalancerBackendAddressPools ?? []).flatMap((p) => (p.id ? [p.id.toLowerCase()] : [])),
      ),
      healthProbeId,
      publicIpPerInstance: ipConfigs.some(
        (ip) => ip.publicIPAddressConfiguration !== undefined && ip.publicIPAddressConfiguration !== null,
      ),
    },
  };
}

function toInstance(vm: VirtualMachineScaleSetVM): InstanceInfo {
  const statuses = vm.instanceView?.statuses ?? [];
  const codeAfter = (prefix: string) =>
    statuses
      .map((s) => s.code ?? '')
      .find((c) => c.startsWith(prefix))
      ?.slice(prefix.length)
      .split('/')[0];
  const healthCode = vm.instanceView?.vmHealth?.status?.code;
  const health: InstanceHealth = healthCode
    ? ((healthCode.replace(/^HealthState\//, '').toLowerCase() as InstanceHealth) ?? 'unknown')
    : 'none';
  return {
    instanceId: vm.instanceId ?? '',
    name: vm.name ?? '',
    imageId: vm.storageProfile?.imageReference?.id,
    latestModelApplied: vm.latestModelApplied === true,
    health: ['healthy', 'unhealthy', 'unknown'].includes(health) ? health : healthCode ? 'unknown' : 'none',
    provisioningState: codeAfter('ProvisioningState/') ?? vm.provisioningState?.toLowerCase(),
    power: codeAfter('PowerState/'),
  };
}

export type { RollingUpgradePolicy, ScaleSetRef };
