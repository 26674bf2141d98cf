import { afterEach, beforeEach } from 'vitest';
import { ComputeManagementClient } from '@azure/arm-compute';
import { ResourceManagementClient } from '@azure/arm-resources';
// Deployments left @azure/arm-resources in 7.0.0 for this package (DeploymentsClient, api-version 2026-06-01).
import { DeploymentsClient } from '@azure/arm-resourcesdeployments';
import { armClientOptions } from '../../src/azure/transport.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { credential, LOCATION, poll, RG } from '../emulator-deploy/helpers.js';

export { LOCATION, poll, RG };

export interface DeploymentsHarness {
  emu: Emulator;
  client: DeploymentsClient;
  compute: ComputeManagementClient;
  rgId: string;
}

async function start(options: EmulatorOptions): Promise<DeploymentsHarness> {
  const emu = await startEmulator({ timeScale: 600, seed: 5, ...options });
  const clientOptions = armClientOptions({ endpoint: emu.endpoint, caFile: emu.caFile });
  const resources = new ResourceManagementClient(credential, emu.subscriptionId, clientOptions);
  await resources.resourceGroups.createOrUpdate(RG, { location: LOCATION });
  return {
    emu,
    client: new DeploymentsClient(credential, emu.subscriptionId, clientOptions),
    compute: new ComputeManagementClient(credential, emu.subscriptionId, clientOptions),
    rgId: `/subscriptions/${emu.subscriptionId}/resourceGroups/${RG}`,
  };
}

/** A fresh emulator per test; the returned object reads the current test's harness. */
export function useDeploymentsHarness(options: EmulatorOptions = {}): DeploymentsHarness {
  let current: DeploymentsHarness | undefined;
  beforeEach(async () => {
    current = await start(options);
  });
  afterEach(async () => {
    await current?.emu.close();
    current = undefined;
  });
  const now = (): DeploymentsHarness => {
    if (!current) throw new Error('the harness exists only while a test runs');
    return current;
  };
  return {
    get emu() {
      return now().emu;
    },
    get client() {
      return now().client;
    },
    get compute() {
      return now().compute;
    },
    get rgId() {
      return now().rgId;
    },
  };
}

/** A gallery image version as the galleries provider leaves it (seeded: these tests are about templates). */
export function seedImageVersion(h: DeploymentsHarness, version: string): string {
  const id = `${h.rgId}/providers/Microsoft.Compute/galleries/gal/images/app/versions/${version}`;
  h.emu.control.seedResource({
    id,
    body: {
      location: LOCATION,
      properties: {
        provisioningState: 'Succeeded',
        publishingProfile: { targetRegions: [{ name: LOCATION, regionalReplicaCount: 1 }] },
      },
    },
  });
  return id;
}

/**
 * An ARM JSON template with one Manual-mode scale set whose image is the `imageId` parameter; the
 * name is built with variables / concat and the image id with resourceId / format.
 */
export const scaleSetTemplate = {
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  parameters: {
    imageVersion: { type: 'string', allowedValues: ['1.0.0', '2.0.0', '3.0.0', '9.9.9'] },
    capacity: { type: 'int', defaultValue: 2, minValue: 0, maxValue: 10 },
  },
  variables: {
    name: "[concat('web', '-', 'vmss')]",
    imageId: "[resourceId('Microsoft.Compute/galleries/images/versions', 'gal', 'app', parameters('imageVersion'))]",
  },
  resources: [
    {
      type: 'Microsoft.Compute/virtualMachineScaleSets',
      apiVersion: '2024-11-01',
      name: "[variables('name')]",
      location: '[resourceGroup().location]',
      tags: { release: "[format('v{0}', parameters('imageVersion'))]" },
      sku: { name: 'Standard_B2s', capacity: "[parameters('capacity')]" },
      properties: {
        upgradePolicy: { mode: 'Manual' },
        virtualMachineProfile: {
          storageProfile: { imageReference: { id: "[variables('imageId')]" } },
          osProfile: { computerNamePrefix: 'web', adminUsername: 'azureuser', adminPassword: 'S3cret!S3cret!' },
        },
      },
    },
  ],
  outputs: {
    scaleSetId: {
      type: 'string',
      value: "[resourceId('Microsoft.Compute/virtualMachineScaleSets', variables('name'))]",
    },
    image: { type: 'string', value: "[variables('imageId')]" },
  },
};

export const deployment = (template: object, parameters: Record<string, unknown> = {}) => ({
  properties: {
    mode: 'Incremental' as const,
    template,
    parameters: Object.fromEntries(Object.entries(parameters).map(([k, value]) => [k, { value }])),
  },
});
