/** ManagedImagesPort on @azure/arm-compute (Microsoft.Compute/images). */
import type { ManagedImagesPort } from '../core/azure/image-ports.js';
import { parseId, type ImageSdk } from './image-sdk.js';
import { guard, orUndefined } from './errors.js';

export function managedImagesPort(sdk: ImageSdk): ManagedImagesPort {
  return {
    get: (id, { signal }) =>
      guard(`reading managed image ${id}`, signal, async () => {
        const { resourceGroup, name } = parseId(id, 'Microsoft.Compute/images');
        const image = await orUndefined(async () => (await sdk.compute()).images.get(resourceGroup, name, { abortSignal: signal }));
        return image ? { id: image.id!, location: (image.location ?? '').toLowerCase(), provisioningState: image.provisioningState } : undefined;
      }),
    delete: (id, { signal }) =>
      guard(`deleting managed image ${id}`, signal, async () => {
        const { resourceGroup, name } = parseId(id, 'Microsoft.Compute/images');
        await orUndefined(async () => (await sdk.compute()).images.delete(resourceGroup, name, sdk.lro(signal)));
      }),
  };
}
