/** The blue-green world of the stage tests: a load balancer with two colour pools, blue live on 1.0.0. */
import type { VirtualMachineScaleSet } from '@azure/arm-compute';
import { LOCATION, RG, poll, seedImageVersion, useHarness, waitForRotation } from '../emulator-deploy/helpers.js';
import { writes } from '../stages-slotswap/context.js';
import { createPairLoadBalancer } from './pair-lb.js';

/**
 * The Application Health extension: the only source of per-instance health (`vmHealth`) in Azure —
 * a load balancer probe as `healthProbe` does not report it. Worlds whose tests mean instance health add it.
 */
const APP_HEALTH_EXTENSION = {
  name: 'HealthExtension',
  // The SDK's flattened shape (properties.type is `typePropertiesType`).
  publisher: 'Microsoft.ManagedServices',
  typePropertiesType: 'ApplicationHealthLinux',
  typeHandlerVersion: '1.0',
  autoUpgradeMinorVersion: true,
  settings: { protocol: 'http', port: 8080, requestPath: '/health' },
};

export const h = useHarness({ timeScale: 600 });

export const lbId = () => `${h.rgId}/providers/Microsoft.Network/loadBalancers/lb`;
export const live = () => h.emu.control.endpointFor(lbId(), 80)!;
export const preview = () => h.emu.control.endpointFor(lbId(), 8081)!;
export const lbWrites = () => writes(h.emu).filter((r) => r.operation === 'LoadBalancers_CreateOrUpdate');
export const lbBody = () =>
  h.emu.control.getResource(lbId()) as {
    tags?: Record<string, string>;
    properties: { loadBalancingRules: { name: string; properties: { backendAddressPool: { id: string } } }[] };
  };
export const liveRulePool = () =>
  lbBody().properties.loadBalancingRules.find((r) => r.name === 'http')!.properties.backendAddressPool.id;
export const lockTag = () => lbBody().tags?.['immutable-deploy.lock'];

export async function setup(): Promise<Record<string, string>> {
  const gallery = `${h.rgId}/providers/Microsoft.Compute/galleries/gal`;
  h.emu.control.seedResource({
    id: gallery,
    body: { location: LOCATION, properties: { provisioningState: 'Succeeded' } },
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
  const v = Object.fromEntries(['1.0.0', '2.0.0', '3.0.0'].map((x) => [x, seedImageVersion(h, x)]));
  const id = lbId();
  await createPairLoadBalancer(h, 'lb', 'web');
  const model: VirtualMachineScaleSet = {
    location: LOCATION,
    sku: { name: 'Standard_B2s', capacity: 2 },
    upgradePolicy: { mode: 'Manual' },
    virtualMachineProfile: {
      storageProfile: { imageReference: { id: v['1.0.0'] } },
      osProfile: {
        computerNamePrefix: 'web',
        adminUsername: 'azureuser',
        linuxConfiguration: { disablePasswordAuthentication: true },
      },
      extensionProfile: { extensions: [APP_HEALTH_EXTENSION] },
      networkProfile: {
        healthProbe: { id: `${id}/probes/http` },
        networkInterfaceConfigurations: [
          {
            name: 'nic',
            primary: true,
            ipConfigurations: [
              { name: 'ipc', loadBalancerBackendAddressPools: [{ id: `${id}/backendAddressPools/web-blue` }] },
            ],
          },
        ],
      },
    },
  };
  await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web-blue', model, poll);
  await waitForRotation(h, id, 80, `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web-blue`);
  h.emu.control.clearRequests();
  return v as Record<string, string>;
}

export const inputs = (extra: Record<string, string>) => ({
  'resource-group': RG,
  strategy: 'blue-green',
  'scale-set': 'web',
  'load-balancer': 'lb',
  'preview-port': '8081',
  'deploy-timeout': '10m',
  'probe-timeout': '1m',
  'remote-access': 'allow',
  'live-url': `${live()}/healthz`,
  'preview-url': `${preview()}/healthz`,
  ...extra,
});
