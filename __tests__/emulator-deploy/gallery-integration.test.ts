import { describe, expect, it } from 'vitest';
import { LOCATION, RG, poll, useHarness } from './helpers.js';

const h = useHarness();

/** Through the galleries provider: a version is usable by a scale set only once replicated to its region. */
describe('scale set on a published gallery image version', () => {
  it('answers GalleryImageNotFound while replication runs, then boots the version', async () => {
    const imageId = `${h.rgId}/providers/Microsoft.Compute/images/baked`;
    await h.compute.images.createOrUpdate(
      RG,
      'baked',
      {
        location: LOCATION,
        storageProfile: {
          osDisk: { osType: 'Linux', osState: 'Generalized', blobUri: 'https://sa.blob.core.windows.net/vhds/os.vhd' },
        },
      },
      poll,
    );
    await h.compute.galleries.createOrUpdate(RG, 'gal', { location: LOCATION }, poll);
    await h.compute.galleryImages.createOrUpdate(
      RG,
      'gal',
      'app',
      {
        location: LOCATION,
        osType: 'Linux',
        osState: 'Generalized',
        identifier: { publisher: 'contoso', offer: 'app', sku: 'linux' },
      },
      poll,
    );
    const publishing = h.compute.galleryImageVersions.createOrUpdate(
      RG,
      'gal',
      'app',
      '1.0.0',
      {
        location: LOCATION,
        publishingProfile: { targetRegions: [{ name: LOCATION }] },
        storageProfile: { source: { id: imageId } },
      },
      poll,
    );
    const versionId = `${h.rgId}/providers/Microsoft.Compute/galleries/gal/images/app/versions/1.0.0`;
    const scaleSet = {
      location: LOCATION,
      sku: { name: 'Standard_B2s', capacity: 2 },
      upgradePolicy: { mode: 'Manual' as const },
      virtualMachineProfile: { storageProfile: { imageReference: { id: versionId } } },
    };
    await h.compute.galleryImageVersions.get(RG, 'gal', 'app', '1.0.0');
    await expect(h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web', scaleSet, poll)).rejects.toMatchObject({
      code: 'GalleryImageNotFound',
    });
    await publishing;
    const created = await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web', scaleSet, poll);
    expect(created.provisioningState).toBe('Succeeded');
    const ids = h.emu.control.scaleSetInstances(created.id!).map((i) => [i.version, i.health]);
    expect(ids).toEqual([
      ['1.0.0', 'healthy'],
      ['1.0.0', 'healthy'],
    ]);
    // A managed image works too, in its own region only.
    const fromImage = { ...scaleSet, virtualMachineProfile: { storageProfile: { imageReference: { id: imageId } } } };
    await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web2', fromImage, poll);
    await expect(
      h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web3', { ...fromImage, location: 'northeurope' }, poll),
    ).rejects.toMatchObject({ statusCode: 404, code: 'NotFound' });
  });
});
