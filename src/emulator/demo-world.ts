/**
 * The demo's starting point on an emulator, built through the real SDK clients as a user's
 * infrastructure code would: a resource group, a gallery with an image definition and a first
 * version, a blue-green pair of scale sets (blue live on 1.0.0) behind a load balancer with a live
 * and a preview rule, and an App Service with a staging slot.
 */
import type { TokenCredential } from '@azure/core-auth';
import { armClientOptions } from '../azure/transport.js';
import type { Emulator } from './index.js';

export const DEMO = {
  location: 'westeurope',
  resourceGroup: 'rg-demo',
  gallery: 'demogallery',
  definition: 'web',
  scaleSet: 'web',
  loadBalancer: 'web-lb',
  livePort: 80,
  previewPort: 8081,
  identity: 'aib-identity',
  site: 'shop',
  slot: 'staging',
} as const;

export interface DemoWorld {
  readonly subscriptionId: string;
  readonly resourceGroupId: string;
  readonly loadBalancerId: string;
  readonly identityId: string;
  /** Loopback URLs the emulator serves for the load balancer's live and preview rules. */
  readonly liveUrl: string;
  readonly previewUrl: string;
  /** Loopback URLs of the web app's production site and staging slot. */
  readonly siteUrl: string;
  readonly slotUrl: string;
}

const credential: TokenCredential = {
  getToken: async () => ({ token: 'demo-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
};
const fast = { updateIntervalInMs: 5 };

export async function seedDemoWorld(emu: Emulator): Promise<DemoWorld> {
  const { ComputeManagementClient } = await import('@azure/arm-compute');
  const { NetworkManagementClient } = await import('@azure/arm-network');
  const { WebSiteManagementClient } = await import('@azure/arm-appservice');
  const { ResourceManagementClient } = await import('@azure/arm-resources');
  const options = armClientOptions({ endpoint: emu.endpoint, caFile: emu.caFile });
  const sub = emu.subscriptionId;
  const resources = new ResourceManagementClient(credential, sub, options);
  const compute = new ComputeManagementClient(credential, sub, options);
  const network = new NetworkManagementClient(credential, sub, options);
  const web = new WebSiteManagementClient(credential, sub, options);
  const { location, resourceGroup: rg } = DEMO;
  const rgId = `/subscriptions/${sub}/resourceGroups/${rg}`;

  await resources.resourceGroups.createOrUpdate(rg, { location });
  await compute.galleries.beginCreateOrUpdateAndWait(rg, DEMO.gallery, { location }, fast);
  await compute.galleryImages.beginCreateOrUpdateAndWait(
    rg,
    DEMO.gallery,
    DEMO.definition,
    {
      location,
      osType: 'Linux',
      osState: 'Generalized',
      hyperVGeneration: 'V2',
      identifier: { publisher: 'contoso', offer: 'web', sku: 'ubuntu-24' },
    },
    fast,
  );
  // The first release, as an earlier pipeline left it: a managed image published as 1.0.0.
  const imageId = `${rgId}/providers/Microsoft.Compute/images/web-1.0.0`;
  await compute.images.beginCreateOrUpdateAndWait(
    rg,
    'web-1.0.0',
    {
      location,
      hyperVGeneration: 'V2',
      storageProfile: { osDisk: { osType: 'Linux', osState: 'Generalized' } },
    },
    fast,
  );
  const first = await compute.galleryImageVersions.beginCreateOrUpdateAndWait(
    rg,
    DEMO.gallery,
    DEMO.definition,
    '1.0.0',
    {
      location,
      storageProfile: { source: { id: imageId } },
      publishingProfile: { targetRegions: [{ name: location, regionalReplicaCount: 1 }] },
    },
    fast,
  );
  await waitForReplication(emu, first.id!);

  const lbId = `${rgId}/providers/Microsoft.Network/loadBalancers/${DEMO.loadBalancer}`;
  const rule = (name: string, port: number, pool: string) => ({
    name,
    protocol: 'Tcp' as const,
    frontendPort: port,
    backendPort: 8080,
    frontendIPConfiguration: { id: `${lbId}/frontendIPConfigurations/public` },
    backendAddressPool: { id: `${lbId}/backendAddressPools/${pool}` },
    probe: { id: `${lbId}/probes/health` },
  });
  await network.loadBalancers.beginCreateOrUpdateAndWait(
    rg,
    DEMO.loadBalancer,
    {
      location,
      frontendIPConfigurations: [{ name: 'public' }],
      backendAddressPools: [{ name: `${DEMO.scaleSet}-blue` }, { name: `${DEMO.scaleSet}-green` }],
      probes: [{ name: 'health', protocol: 'Http', port: 8080, requestPath: '/healthz' }],
      loadBalancingRules: [
        rule('live', DEMO.livePort, `${DEMO.scaleSet}-blue`),
        rule('preview', DEMO.previewPort, `${DEMO.scaleSet}-green`),
      ],
    },
    fast,
  );
  await compute.virtualMachineScaleSets.beginCreateOrUpdateAndWait(
    rg,
    `${DEMO.scaleSet}-blue`,
    {
      location,
      sku: { name: 'Standard_B2s', capacity: 3 },
      upgradePolicy: { mode: 'Manual' },
      virtualMachineProfile: {
        storageProfile: { imageReference: { id: first.id! } },
        osProfile: {
          computerNamePrefix: 'web',
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
                {
                  name: 'ipc',
                  loadBalancerBackendAddressPools: [{ id: `${lbId}/backendAddressPools/${DEMO.scaleSet}-blue` }],
                },
              ],
            },
          ],
        },
      },
    },
    fast,
  );

  await web.webApps.beginCreateOrUpdateAndWait(
    rg,
    DEMO.site,
    { location, siteConfig: { linuxFxVersion: 'DOCKER|contoso.azurecr.io/shop:1.0.0' } },
    fast,
  );
  await web.webApps.beginCreateOrUpdateSlotAndWait(
    rg,
    DEMO.site,
    DEMO.slot,
    { location, siteConfig: { linuxFxVersion: 'DOCKER|contoso.azurecr.io/shop:1.0.0' } },
    fast,
  );

  const siteId = `${rgId}/providers/Microsoft.Web/sites/${DEMO.site}`;
  return {
    subscriptionId: sub,
    resourceGroupId: rgId,
    loadBalancerId: lbId,
    identityId: `${rgId}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${DEMO.identity}`,
    liveUrl: `${emu.control.endpointFor(lbId, DEMO.livePort)}/healthz`,
    previewUrl: `${emu.control.endpointFor(lbId, DEMO.previewPort)}/healthz`,
    siteUrl: `${emu.control.urlFor(siteId)}/`,
    slotUrl: `${emu.control.urlFor(siteId, DEMO.slot)}/`,
  };
}

/** Replication moves on simulated time; advance it instead of waiting. */
async function waitForReplication(emu: Emulator, versionId: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const v = emu.control.getResource(versionId) as { properties?: { provisioningState?: string } } | undefined;
    if (v?.properties?.provisioningState === 'Succeeded') return;
    emu.control.advanceTime(60);
  }
  throw new Error(`demo: gallery version ${versionId} did not finish replicating`);
}
