/**
 * Templates and inputs for the template tests: ARM JSON written here (no fixture files to drift),
 * in the shape `bicep build` emits for a scale set whose image comes from a parameter.
 */
import type { ReadTextFile } from '../../src/core/settings/files.js';

/** A scale set `web` whose imageReference.id is parameter `imageId` (the rest as the world builds it). */
export function scaleSetTemplate(options: { capacity?: number; mode?: string; extraParameters?: object } = {}) {
  return {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: {
      imageId: { type: 'string' },
      location: { type: 'string', defaultValue: '[resourceGroup().location]' },
      adminKey: { type: 'secureString', defaultValue: '' },
      ...options.extraParameters,
    },
    variables: { lb: "[resourceId('Microsoft.Network/loadBalancers', 'lb')]" },
    resources: [
      {
        type: 'Microsoft.Compute/virtualMachineScaleSets',
        apiVersion: '2024-07-01',
        name: 'web',
        location: "[parameters('location')]",
        sku: { name: 'Standard_B2s', capacity: options.capacity ?? 4 },
        properties: {
          upgradePolicy: { mode: options.mode ?? 'Manual' },
          virtualMachineProfile: {
            storageProfile: { imageReference: { id: "[parameters('imageId')]" } },
            osProfile: {
              computerNamePrefix: 'web',
              adminUsername: 'azureuser',
              linuxConfiguration: { disablePasswordAuthentication: true },
            },
            networkProfile: {
              healthProbe: { id: "[concat(variables('lb'), '/probes/http')]" },
              networkInterfaceConfigurations: [
                {
                  name: 'nic',
                  properties: {
                    primary: true,
                    ipConfigurations: [
                      {
                        name: 'ipc',
                        properties: {
                          loadBalancerBackendAddressPools: [
                            { id: "[concat(variables('lb'), '/backendAddressPools/pool')]" },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        },
      },
    ],
  };
}

/** A ReadTextFile over in-memory files (the adapters read the disk). */
export function filesOf(files: Record<string, unknown>): ReadTextFile {
  return (path) => {
    const content = files[path];
    if (content === undefined) return { ok: false, reason: 'no such file' };
    return { ok: true, text: typeof content === 'string' ? content : JSON.stringify(content, null, 2) };
  };
}
