import type { Harness } from './helpers.js';
import { POLL } from './helpers.js';

export const LOCATION = 'westeurope';

/** Resource group + gallery + image definition + managed image, created through the SDKs. */
export async function seedGallery(
  h: Harness,
  rg = 'rg-gal',
  gallery = 'gal1',
  image = 'app',
): Promise<{ imageId: string; managedImageId: string }> {
  await h.resources.resourceGroups.createOrUpdate(rg, { location: LOCATION });
  await h.compute.galleries.createOrUpdate(rg, gallery, { location: LOCATION, description: 'test gallery' }, POLL);
  await h.compute.galleryImages.createOrUpdate(
    rg,
    gallery,
    image,
    {
      location: LOCATION,
      osType: 'Linux',
      osState: 'Generalized',
      hyperVGeneration: 'V2',
      identifier: { publisher: 'contoso', offer: 'app', sku: 'v1' },
      features: [{ name: 'SecurityType', value: 'TrustedLaunchSupported' }],
    },
    POLL,
  );
  const managed = await h.compute.images.createOrUpdate(
    rg,
    `${image}-managed`,
    {
      location: LOCATION,
      storageProfile: { osDisk: { osType: 'Linux', osState: 'Generalized' } },
    },
    POLL,
  );
  const gal = await h.compute.galleryImages.get(rg, gallery, image);
  return { imageId: gal.id!, managedImageId: managed.id! };
}
