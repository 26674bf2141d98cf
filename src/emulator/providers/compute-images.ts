import { invalidParameter } from '../errors.js';
import { registerTrackedResource } from '../resource-kit.js';
import type { Json } from '../state.js';
import type { ArmRequest, Provider } from '../types.js';
import { COMPUTE_API_VERSIONS, RG_PROVIDERS } from './compute-api.js';

/** Microsoft.Compute/images (managed images), compute api 2026-03-01. */
export const MANAGED_IMAGE_TYPE = 'Microsoft.Compute/images';

export const computeImagesProvider: Provider = {
  name: 'Microsoft.Compute/images',
  register(router) {
    registerTrackedResource(router, {
      type: MANAGED_IMAGE_TYPE,
      path: `${RG_PROVIDERS}/Microsoft.Compute/images/{imageName}`,
      nameParam: 'imageName',
      apiVersions: COMPUTE_API_VERSIONS,
      operations: {
        createOrUpdate: 'Images_CreateOrUpdate',
        update: 'Images_Update',
        get: 'Images_Get',
        delete: 'Images_Delete',
        listByParent: { path: `${RG_PROVIDERS}/Microsoft.Compute/images`, operation: 'Images_ListByResourceGroup' },
        listBySubscription: {
          path: '/subscriptions/{subscriptionId}/providers/Microsoft.Compute/images',
          operation: 'Images_List',
        },
      },
      durations: { create: 30, update: 10, delete: 20 },
      build: buildImage,
    });
  },
};

function buildImage(req: ArmRequest, input: Json): { properties: Json } {
  const props = { ...((input['properties'] as Json | undefined) ?? {}) };
  const sourceVm = (props['sourceVirtualMachine'] as Json | undefined)?.['id'];
  const storage = (props['storageProfile'] as Json | undefined) ?? {};
  const osDisk = storage['osDisk'] as Json | undefined;
  if (typeof sourceVm === 'string') {
    if (!req.emu.state.has(sourceVm))
      throw invalidParameter(`The source virtual machine '${sourceVm}' was not found.`, 'sourceVirtualMachine.id');
  } else if (!osDisk) {
    throw invalidParameter(
      "Either 'sourceVirtualMachine' or 'storageProfile.osDisk' must be specified.",
      'storageProfile.osDisk',
    );
  } else {
    for (const field of ['osType', 'osState']) {
      if (!osDisk[field])
        throw invalidParameter(
          `Required parameter 'storageProfile.osDisk.${field}' is missing (null).`,
          `storageProfile.osDisk.${field}`,
        );
    }
  }
  // What Azure fills in when capturing from a VM.
  props['storageProfile'] = {
    dataDisks: [],
    ...storage,
    osDisk: osDisk ?? {
      osType: 'Linux',
      osState: 'Generalized',
      caching: 'ReadWrite',
      storageAccountType: 'Standard_LRS',
      diskSizeGB: 30,
    },
  };
  props['hyperVGeneration'] ??= 'V1';
  return { properties: props };
}
