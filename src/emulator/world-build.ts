/**
 * Builds a World on a running emulator. The gallery and its versions are seeded directly (as an
 * earlier pipeline would have left them); everything with a runtime behind it — load balancers,
 * scale sets, web apps — goes through the real SDK clients, so instances boot and loopback
 * listeners open as for any user's infrastructure code. Ends with the request log cleared.
 */
import type { TokenCredential } from '@azure/core-auth';
import { armClientOptions } from '../azure/transport.js';
import type { Emulator } from './index.js';
import type { PairTarget, ScaleSetTarget, WebAppTarget, World, WorldTarget } from './world.js';
import { buildMonitoring, type MonitoringInfo } from './world-monitoring.js';

/** What a release needs to know about one target: its `run` inputs (without the connection). */
export interface TargetInfo {
  strategy: WorldTarget['strategy'];
  inputs: Record<string, string>;
}

export interface WorldInfo {
  name: string;
  resourceGroup: string;
  location: string;
  targets: Record<string, TargetInfo>;
  /** Components, workspaces and alert rules of the world's `monitoring` section. */
  monitoring?: MonitoringInfo;
}

type Clients = Awaited<ReturnType<typeof clients>>;

const credential: TokenCredential = {
  getToken: async () => ({ token: 'world-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
};
const fast = { updateIntervalInMs: 2 };
/** Simulated seconds per real second while building: instance boots take milliseconds. */
const BUILD_TIME_SCALE = 20_000;

export async function buildWorld(emu: Emulator, world: World): Promise<WorldInfo> {
  const scale = emu.control.context.clock.timeScale;
  emu.control.setTimeScale(Math.max(scale, BUILD_TIME_SCALE));
  try {
    const c = await clients(emu, world);
    await c.resources.resourceGroups.createOrUpdate(world.resourceGroup, { location: world.location });
    seedGallery(emu, c, world);
    const targets: Record<string, TargetInfo> = {};
    for (const t of world.targets) targets[t.name] = await buildTarget(emu, c, world, t);
    const monitoring = world.monitoring ? buildMonitoring(emu, world.monitoring, world) : undefined;
    emu.control.clearRequests();
    const info = { name: world.name, resourceGroup: world.resourceGroup, location: world.location, targets };
    return monitoring ? { ...info, monitoring } : info;
  } finally {
    emu.control.setTimeScale(scale);
  }
}

async function clients(emu: Emulator, world: World) {
  const [
    { ComputeManagementClient },
    { NetworkManagementClient },
    { WebSiteManagementClient },
    { ResourceManagementClient },
  ] = await Promise.all([
    import('@azure/arm-compute'),
    import('@azure/arm-network'),
    import('@azure/arm-appservice'),
    import('@azure/arm-resources'),
  ]);
  const options = armClientOptions({ endpoint: emu.endpoint, caFile: emu.caFile });
  const sub = emu.subscriptionId;
  return {
    rgId: `/subscriptions/${sub}/resourceGroups/${world.resourceGroup}`,
    resources: new ResourceManagementClient(credential, sub, options),
    compute: new ComputeManagementClient(credential, sub, options),
    network: new NetworkManagementClient(credential, sub, options),
    web: new WebSiteManagementClient(credential, sub, options),
  };
}

/** Gallery, image definitions and versions replicated to the world's location, as published. */
function seedGallery(emu: Emulator, c: Clients, world: World): void {
  const { location } = world;
  const galleryId = `${c.rgId}/providers/Microsoft.Compute/galleries/${world.gallery.name}`;
  const succeeded = { provisioningState: 'Succeeded' };
  emu.control.seedResource({
    id: galleryId,
    body: {
      location,
      properties: {
        ...succeeded,
        identifier: { uniqueName: `${emu.subscriptionId}-${world.gallery.name.toUpperCase()}` },
      },
    },
  });
  for (const image of world.gallery.images) {
    const imageId = `${galleryId}/images/${image.name}`;
    emu.control.seedResource({
      id: imageId,
      body: {
        location,
        properties: {
          ...succeeded,
          osType: image.osType,
          osState: 'Generalized',
          hyperVGeneration: 'V2',
          identifier: { publisher: 'contoso', offer: image.name, sku: 'v1' },
        },
      },
    });
    for (const version of image.versions) {
      emu.control.seedResource({
        id: `${imageId}/versions/${version}`,
        body: {
          location,
          properties: {
            ...succeeded,
            publishingProfile: {
              targetRegions: [{ name: location, regionalReplicaCount: 1 }],
              publishedDate: emu.control.now().toISOString(),
            },
          },
        },
      });
    }
  }
}

function buildTarget(emu: Emulator, c: Clients, world: World, t: WorldTarget): Promise<TargetInfo> {
  if (t.shape === 'web-app') return appService(emu, c, world, t);
  return scaleSetTarget(emu, c, world, t);
}

async function scaleSetTarget(
  emu: Emulator,
  c: Clients,
  world: World,
  t: PairTarget | ScaleSetTarget,
): Promise<TargetInfo> {
  const lb = `${t.name}-lb`;
  const lbId = `${c.rgId}/providers/Microsoft.Network/loadBalancers/${lb}`;
  const blueGreen = t.shape === 'scale-set-pair';
  const livePool = blueGreen ? `${t.name}-blue` : t.name;
  const rule = (name: string, port: number, pool: string) => ({
    name,
    protocol: 'Tcp' as const,
    frontendPort: port,
    backendPort: 8080,
    frontendIPConfiguration: { id: `${lbId}/frontendIPConfigurations/public` },
    backendAddressPool: { id: `${lbId}/backendAddressPools/${pool}` },
    probe: { id: `${lbId}/probes/health` },
  });
  await c.network.loadBalancers.beginCreateOrUpdateAndWait(
    world.resourceGroup,
    lb,
    {
      location: world.location,
      sku: { name: 'Standard' },
      frontendIPConfigurations: [{ name: 'public' }],
      backendAddressPools: blueGreen ? [{ name: `${t.name}-blue` }, { name: `${t.name}-green` }] : [{ name: t.name }],
      probes: [{ name: 'health', protocol: 'Http', port: 8080, requestPath: '/healthz' }],
      loadBalancingRules: [
        rule('live', t.livePort, livePool),
        ...(blueGreen ? [rule('preview', t.previewPort, `${t.name}-green`)] : []),
      ],
    },
    fast,
  );
  const mode = blueGreen ? 'Manual' : t.upgradeMode;
  const imageId = `${c.rgId}/providers/Microsoft.Compute/galleries/${world.gallery.name}/images/${t.image}/versions/${t.version}`;
  await c.compute.virtualMachineScaleSets.beginCreateOrUpdateAndWait(
    world.resourceGroup,
    livePool,
    {
      location: world.location,
      sku: { name: 'Standard_B2s', capacity: t.capacity },
      upgradePolicy: {
        mode,
        ...(mode === 'Rolling'
          ? { rollingUpgradePolicy: { maxBatchInstancePercent: 25, pauseTimeBetweenBatches: 'PT0S' } }
          : {}),
      },
      virtualMachineProfile: {
        storageProfile: { imageReference: { id: imageId } },
        osProfile: {
          computerNamePrefix: t.name,
          adminUsername: 'azureuser',
          linuxConfiguration: { disablePasswordAuthentication: true },
        },
        networkProfile: {
          healthProbe: { id: `${lbId}/probes/health` },
          networkInterfaceConfigurations: [
            {
              name: 'nic',
              primary: true,
              ipConfigurations: [
                { name: 'ipc', loadBalancerBackendAddressPools: [{ id: `${lbId}/backendAddressPools/${livePool}` }] },
              ],
            },
          ],
        },
      },
    },
    fast,
  );
  const url = (port: number) => `${emu.control.endpointFor(lbId, port)}/healthz`;
  const inputs: Record<string, string> = {
    strategy: t.strategy,
    'scale-set': t.name,
    'gallery-name': world.gallery.name,
    'image-definition': t.image,
    'live-url': url(t.livePort),
  };
  if (blueGreen)
    Object.assign(inputs, {
      'load-balancer': lb,
      'preview-port': String(t.previewPort),
      'preview-url': url(t.previewPort),
    });
  return { strategy: t.strategy, inputs };
}

async function appService(emu: Emulator, c: Clients, world: World, t: WebAppTarget): Promise<TargetInfo> {
  const siteConfig = { linuxFxVersion: `DOCKER|${t.container}` };
  await c.web.webApps.beginCreateOrUpdateAndWait(
    world.resourceGroup,
    t.name,
    { location: world.location, kind: 'app,linux,container', siteConfig },
    fast,
  );
  await c.web.webApps.beginCreateOrUpdateSlotAndWait(
    world.resourceGroup,
    t.name,
    t.slot,
    { location: world.location, siteConfig },
    fast,
  );
  const siteId = `${c.rgId}/providers/Microsoft.Web/sites/${t.name}`;
  return {
    strategy: t.strategy,
    inputs: {
      strategy: t.strategy,
      'app-service': t.name,
      slot: t.slot,
      'live-url': `${emu.control.urlFor(siteId)}/`,
      'preview-url': `${emu.control.urlFor(siteId, t.slot)}/`,
    },
  };
}
