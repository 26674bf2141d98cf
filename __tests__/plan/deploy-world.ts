/**
 * Realistic targets for the plan-mode tests, built through the real SDKs on the emulator: a rolling
 * scale set behind a load balancer, a blue-green pair with both colours up, an App Service with a
 * staging slot. Each ends with the request log cleared, so a test sees only its own requests.
 */
import type { VirtualMachineScaleSet } from '@azure/arm-compute';
import { LOCATION, RG, poll, seedImageVersion, type Harness } from '../emulator-deploy/helpers.js';

export const lbId = (h: Harness) => `${h.rgId}/providers/Microsoft.Network/loadBalancers/lb`;
export const siteId = (h: Harness) => `${h.rgId}/providers/Microsoft.Web/sites/shop`;
export const RECORD = (current: string, previous?: string) => ({
  'immutable-deploy.current-version': current,
  ...(previous ? { 'immutable-deploy.previous-version': previous } : {}),
  'immutable-deploy.state': 'live',
});

/** Gallery, definition 'app' and the versions, seeded (no requests). */
export function seedGallery(h: Harness, versions: readonly string[]): Record<string, string> {
  const gallery = `${h.rgId}/providers/Microsoft.Compute/galleries/gal`;
  h.emu.control.seedResource({
    id: gallery,
    body: { location: LOCATION, properties: { provisioningState: 'Succeeded', identifier: { uniqueName: 'x' } } },
  });
  h.emu.control.seedResource({
    id: `${gallery}/images/app`,
    body: {
      location: LOCATION,
      properties: {
        osType: 'Linux',
        osState: 'Generalized',
        hyperVGeneration: 'V2',
        identifier: { publisher: 'c', offer: 'app', sku: 'v1' },
        provisioningState: 'Succeeded',
      },
    },
  });
  return Object.fromEntries(versions.map((v) => [v, seedImageVersion(h, v)]));
}

export async function loadBalancer(
  h: Harness,
  pools: readonly string[],
  rules: readonly [name: string, port: number, pool: string][],
  tags: Record<string, string> = {},
): Promise<void> {
  const id = lbId(h);
  await h.network.loadBalancers.beginCreateOrUpdateAndWait(
    RG,
    'lb',
    {
      location: LOCATION,
      tags,
      sku: { name: 'Standard' },
      frontendIPConfigurations: [{ name: 'fe' }],
      backendAddressPools: pools.map((name) => ({ name })),
      probes: [
        { name: 'http', protocol: 'Http', port: 8080, requestPath: '/health', intervalInSeconds: 5, numberOfProbes: 1 },
      ],
      loadBalancingRules: rules.map(([name, port, pool]) => ({
        name,
        protocol: 'Tcp' as const,
        frontendPort: port,
        backendPort: 8080,
        frontendIPConfiguration: { id: `${id}/frontendIPConfigurations/fe` },
        backendAddressPool: { id: `${id}/backendAddressPools/${pool}` },
        probe: { id: `${id}/probes/http` },
      })),
    },
    poll,
  );
}

export interface SetOptions {
  readonly capacity: number;
  readonly mode?: 'Manual' | 'Automatic' | 'Rolling';
  readonly tags?: Record<string, string>;
}

export async function scaleSet(h: Harness, name: string, image: string, pool: string, o: SetOptions): Promise<void> {
  const model: VirtualMachineScaleSet = {
    location: LOCATION,
    tags: o.tags ?? {},
    sku: { name: 'Standard_B2s', capacity: o.capacity },
    upgradePolicy: {
      mode: o.mode ?? 'Manual',
      rollingUpgradePolicy: { maxBatchInstancePercent: 20, pauseTimeBetweenBatches: 'PT0S' },
    },
    virtualMachineProfile: {
      storageProfile: { imageReference: { id: image } },
      osProfile: {
        computerNamePrefix: 'web',
        adminUsername: 'azureuser',
        linuxConfiguration: {
          disablePasswordAuthentication: true,
          ssh: { publicKeys: [{ path: '/home/azureuser/.ssh/authorized_keys', keyData: 'ssh-ed25519 AAAA' }] },
        },
      },
      networkProfile: {
        healthProbe: { id: `${lbId(h)}/probes/http` },
        networkInterfaceConfigurations: [
          {
            name: 'nic',
            primary: true,
            ipConfigurations: [
              {
                name: 'ipc',
                subnet: { id: `${h.rgId}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default` },
                loadBalancerBackendAddressPools: [{ id: `${lbId(h)}/backendAddressPools/${pool}` }],
              },
            ],
          },
        ],
      },
    },
  };
  await h.compute.virtualMachineScaleSets.createOrUpdate(RG, name, model, poll);
}

/** A web app 'shop' whose production runs `prod` and whose staging slot runs `staging` (container images). */
export async function webApp(
  h: Harness,
  prod: string,
  staging: string,
  tags: Record<string, string> = {},
): Promise<void> {
  await h.web.webApps.createOrUpdate(
    RG,
    'shop',
    { location: LOCATION, tags, kind: 'app,linux,container', siteConfig: { linuxFxVersion: `DOCKER|${prod}` } },
    poll,
  );
  await h.web.webApps.createOrUpdateSlot(
    RG,
    'shop',
    'staging',
    { location: LOCATION, siteConfig: { linuxFxVersion: `DOCKER|${staging}` } },
    poll,
  );
}

export { azureInputs } from '../stages-deploy/harness.js';
