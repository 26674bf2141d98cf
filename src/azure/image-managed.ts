/** ManagedImagesPort on @azure/arm-compute (Microsoft.Compute/images). */
import type { ManagedImageInfo, ManagedImagesPort } from '../core/azure/image-ports.js';
import { parseId, type ImageSdk } from './image-sdk.js';
import { guard, orUndefined } from './errors.js';

export function managedImagesPort(sdk: ImageSdk): ManagedImagesPort {
  return {
    get: (id, { signal }) =>
      guard(`reading managed image ${id}`, signal, async () => {
        const { resourceGroup, name } = parseId(id, 'Microsoft.Compute/images');
        const image = await orUndefined(async () =>
          (await sdk.compute()).images.get(resourceGroup, name, { abortSignal: signal }),
        );
        return image
          ? {
              id: image.id!,
              location: (image.location ?? '').toLowerCase(),
              provisioningState: image.provisioningState,
            }
          : undefined;
      }),
    delete: (id, { signal }) =>
      guard(`deleting managed image ${id}`, signal, async () => {
        const { resourceGroup, name } = parseId(id, 'Microsoft.Compute/images');
        await orUndefined(async () => (await sdk.compute()).images.delete(resourceGroup, name, sdk.lro(signal)));
      }),
    listByTag: (resourceGroup, tagName, { signal }) =>
      guard(`listing the managed images of resource group ${resourceGroup}`, signal, async () => {
        const client = await sdk.compute();
        const out: ManagedImageInfo[] = [];
        const wanted = tagName.toLowerCase();
        for await (const image of client.images.listByResourceGroup(resourceGroup, { abortSignal: signal })) {
          const tags = { ...(image.tags ?? {}) };
          if (!Object.keys(tags).some((k) => k.toLowerCase() === wanted)) continue;
          out.push({
            id: image.id!,
            location: (image.location ?? '').toLowerCase(),
            provisioningState: image.provisioningState,
            tags,
          });
        }
        return out;
      }),
  };
}
