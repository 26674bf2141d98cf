import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, collect, startHarness, type Harness } from './helpers.js';
import { LOCATION, seedGallery } from './fixtures.js';

const RG = 'rg-gal';

describe('Microsoft.Compute galleries, image definitions, versions, managed images', () => {
  let h: Harness;
  let managedImageId: string;
  beforeAll(async () => {
    h = await startHarness();
    ({ managedImageId } = await seedGallery(h, RG, 'gal1', 'app'));
  });
  afterAll(async () => {
    await h.emu.close();
  });

  const version = (name: string, extra: Record<string, unknown> = {}) => ({
    location: LOCATION,
    storageProfile: { source: { id: managedImageId } },
    publishingProfile: {
      targetRegions: [{ name: LOCATION, regionalReplicaCount: 2 }, { name: 'northeurope' }],
      ...extra,
    },
  });

  it('creates galleries and image definitions with Azure-filled fields', async () => {
    const gallery = await h.compute.galleries.get(RG, 'gal1');
    expect(gallery).toMatchObject({ provisioningState: 'Succeeded', location: LOCATION, description: 'test gallery' });
    expect(gallery.identifier?.uniqueName).toBe(`${h.emu.subscriptionId}-GAL1`);
    const image = await h.compute.galleryImages.get(RG, 'gal1', 'app');
    expect(image).toMatchObject({
      osType: 'Linux',
      osState: 'Generalized',
      hyperVGeneration: 'V2',
      identifier: { publisher: 'contoso', offer: 'app', sku: 'v1' },
      provisioningState: 'Succeeded',
    });
    expect(image.features).toEqual([{ name: 'SecurityType', value: 'TrustedLaunchSupported' }]);
    const updated = await h.compute.galleries.update(RG, 'gal1', { description: 'changed' }, POLL);
    expect(updated.description).toBe('changed');
  });

  it('validates gallery and definition input like Azure', async () => {
    await expect(
      h.compute.galleries.createOrUpdate(RG, 'bad-name', { location: LOCATION }, POLL),
    ).rejects.toMatchObject({ statusCode: 400, code: 'InvalidParameter' });
    await expect(
      h.compute.galleryImages.createOrUpdate(
        RG,
        'gal1',
        'noid',
        { location: LOCATION, osType: 'Linux', osState: 'Generalized' } as never,
        POLL,
      ),
    ).rejects.toMatchObject({ statusCode: 400, code: 'InvalidParameter' });
    await expect(
      h.compute.galleryImages.createOrUpdate(
        RG,
        'missing-gallery',
        'x',
        {
          location: LOCATION,
          osType: 'Linux',
          osState: 'Generalized',
          identifier: { publisher: 'p', offer: 'o', sku: 's' },
        },
        POLL,
      ),
    ).rejects.toMatchObject({ statusCode: 404, code: 'ParentResourceNotFound' });
    await expect(
      h.compute.galleryImages.createOrUpdate(
        RG,
        'gal1',
        'app',
        {
          location: LOCATION,
          osType: 'Windows',
          osState: 'Generalized',
          hyperVGeneration: 'V2',
          identifier: { publisher: 'contoso', offer: 'app', sku: 'v1' },
        },
        POLL,
      ),
    ).rejects.toMatchObject({ statusCode: 409, code: 'PropertyChangeNotAllowed' });
  });

  it('publishes a version from a managed image (beginCreateOrUpdateAndWait)', async () => {
    const v = await h.compute.galleryImageVersions.beginCreateOrUpdateAndWait(
      RG,
      'gal1',
      'app',
      '1.0.0',
      version('1.0.0', { excludeFromLatest: true, endOfLifeDate: new Date('2030-01-01T00:00:00Z') }),
      POLL,
    );
    expect(v.provisioningState).toBe('Succeeded');
    expect(v.storageProfile?.source?.id).toBe(managedImageId);
    expect(v.publishingProfile).toMatchObject({
      replicaCount: 1,
      excludeFromLatest: true,
      replicationMode: 'Full',
      storageAccountType: 'Standard_LRS',
    });
    expect(v.publishingProfile?.targetRegions).toEqual([
      { name: LOCATION, regionalReplicaCount: 2, storageAccountType: 'Standard_LRS' },
      { name: 'northeurope', regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' },
    ]);
    expect(v.publishingProfile?.endOfLifeDate?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    expect(v.publishingProfile?.publishedDate).toBeInstanceOf(Date);
  });

  it('moves replication status from Replicating to Completed over simulated time', async () => {
    h.emu.control.setTimeScale(1);
    try {
      const poller = h.compute.galleryImageVersions.createOrUpdate(RG, 'gal1', 'app', '1.1.0', version('1.1.0'), POLL);
      await poller.submitted();
      const early = await h.compute.galleryImageVersions.get(RG, 'gal1', 'app', '1.1.0', {
        expand: 'ReplicationStatus',
      });
      expect(early.provisioningState).toBe('Creating');
      expect(early.replicationStatus?.aggregatedState).toBe('InProgress');
      expect(early.replicationStatus?.summary?.map((s) => s.state)).toEqual(['Replicating', 'Replicating']);
      h.emu.control.advanceTime(150);
      const mid = await h.compute.galleryImageVersions.get(RG, 'gal1', 'app', '1.1.0', { expand: 'ReplicationStatus' });
      const progress = mid.replicationStatus!.summary!.map((s) => s.progress!);
      expect(progress[0]).toBeGreaterThan(early.replicationStatus!.summary![0]!.progress!);
      expect(progress[0]).toBeLessThan(100);
      h.emu.control.advanceTime(600);
      const done = await poller.pollUntilDone();
      expect(done.provisioningState).toBe('Succeeded');
      const after = await h.compute.galleryImageVersions.get(RG, 'gal1', 'app', '1.1.0', {
        expand: 'ReplicationStatus',
      });
      expect(after.replicationStatus).toEqual({
        aggregatedState: 'Completed',
        summary: [
          { region: LOCATION, state: 'Completed', details: '', progress: 100 },
          { region: 'northeurope', state: 'Completed', details: '', progress: 100 },
        ],
      });
      expect((await h.compute.galleryImageVersions.get(RG, 'gal1', 'app', '1.1.0')).replicationStatus).toBeUndefined();
    } finally {
      h.emu.control.setTimeScale(100_000);
    }
  });

  it('fails the version when a region replication is scripted to fail', async () => {
    h.emu.control.script('compute.galleryImageVersion.replicationFailure', {
      version: '1.2.0',
      region: 'northeurope',
      message: 'disk copy failed',
    });
    try {
      const err = await h.compute.galleryImageVersions
        .createOrUpdate(RG, 'gal1', 'app', '1.2.0', version('1.2.0'), POLL)
        .catch((e: unknown) => e);
      expect(String((err as Error).message)).toContain('disk copy failed');
      const v = await h.compute.galleryImageVersions.get(RG, 'gal1', 'app', '1.2.0', { expand: 'ReplicationStatus' });
      expect(v.provisioningState).toBe('Failed');
      expect(v.replicationStatus?.aggregatedState).toBe('Failed');
      expect(v.replicationStatus?.summary?.find((s) => s.region === 'northeurope')).toMatchObject({
        state: 'Failed',
        details: 'disk copy failed',
      });
    } finally {
      h.emu.control.script('compute.galleryImageVersion.replicationFailure', undefined);
    }
  });

  it('rejects bad version names, replica counts, sources and target regions', async () => {
    for (const bad of ['1.0', '1.0.0.0', 'v1.0.0', '1.2147483648.0']) {
      await expect(
        h.compute.galleryImageVersions.createOrUpdate(RG, 'gal1', 'app', bad, version(bad), POLL),
      ).rejects.toMatchObject({ statusCode: 400, code: 'InvalidParameter' });
    }
    await expect(
      h.compute.galleryImageVersions.createOrUpdate(
        RG,
        'gal1',
        'app',
        '2.0.0',
        version('2.0.0', { targetRegions: [{ name: LOCATION, regionalReplicaCount: 0 }] }),
        POLL,
      ),
    ).rejects.toMatchObject({ statusCode: 400, code: 'InvalidParameter' });
    await expect(
      h.compute.galleryImageVersions.createOrUpdate(
        RG,
        'gal1',
        'app',
        '2.0.0',
        version('2.0.0', { replicaCount: 101 }),
        POLL,
      ),
    ).rejects.toMatchObject({ statusCode: 400, code: 'InvalidParameter' });
    await expect(
      h.compute.galleryImageVersions.createOrUpdate(
        RG,
        'gal1',
        'app',
        '2.0.0',
        version('2.0.0', { targetRegions: [{ name: 'eastus' }] }),
        POLL,
      ),
    ).rejects.toMatchObject({ statusCode: 400, code: 'InvalidParameter' });
    const noSource = { ...version('2.0.0'), storageProfile: { source: { id: `${managedImageId}-missing` } } };
    await expect(
      h.compute.galleryImageVersions.createOrUpdate(RG, 'gal1', 'app', '2.0.0', noSource, POLL),
    ).rejects.toMatchObject({ statusCode: 404 });
  });

  it('refuses to change the source of a published version but allows other updates', async () => {
    const other = await h.compute.images.createOrUpdate(
      RG,
      'other-managed',
      { location: LOCATION, storageProfile: { osDisk: { osType: 'Linux', osState: 'Generalized' } } },
      POLL,
    );
    const changed = { ...version('1.0.0'), storageProfile: { source: { id: other.id! } } };
    await expect(
      h.compute.galleryImageVersions.createOrUpdate(RG, 'gal1', 'app', '1.0.0', changed, POLL),
    ).rejects.toMatchObject({ statusCode: 409, code: 'PropertyChangeNotAllowed' });
    const patched = await h.compute.galleryImageVersions.update(
      RG,
      'gal1',
      'app',
      '1.0.0',
      { publishingProfile: { excludeFromLatest: false, targetRegions: [{ name: LOCATION }] } },
      POLL,
    );
    expect(patched.publishingProfile?.excludeFromLatest).toBe(false);
    expect(patched.storageProfile?.source?.id).toBe(managedImageId);
  });

  it('lists versions page by page and deletes them with the LRO poller', async () => {
    for (const n of ['3.0.0', '3.0.1', '3.0.2'])
      await h.compute.galleryImageVersions.createOrUpdate(RG, 'gal1', 'app', n, version(n), POLL);
    h.emu.control.clearRequests();
    const names = (await collect(h.compute.galleryImageVersions.listByGalleryImage(RG, 'gal1', 'app'))).map(
      (v) => v.name,
    );
    expect(names).toEqual(['1.0.0', '1.1.0', '1.2.0', '3.0.0', '3.0.1', '3.0.2']);
    expect(h.emu.requests.filter((r) => r.operation === 'GalleryImageVersions_ListByGalleryImage')).toHaveLength(3);
    await h.compute.galleryImageVersions.beginDeleteAndWait(RG, 'gal1', 'app', '3.0.2', POLL);
    await expect(h.compute.galleryImageVersions.get(RG, 'gal1', 'app', '3.0.2')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
    });
  });

  it('refuses to delete a definition that still has versions', async () => {
    await expect(h.compute.galleryImages.delete(RG, 'gal1', 'app', POLL)).rejects.toMatchObject({
      statusCode: 409,
      code: 'OperationNotAllowed',
    });
  });

  it('creates, lists and deletes managed images', async () => {
    const all = await collect(h.compute.images.listByResourceGroup(RG));
    expect(all.map((i) => i.name)).toEqual(['app-managed', 'other-managed']);
    expect(all[0]).toMatchObject({
      provisioningState: 'Succeeded',
      hyperVGeneration: 'V1',
      storageProfile: { osDisk: { osType: 'Linux', osState: 'Generalized' } },
    });
    await h.compute.images.delete(RG, 'other-managed', POLL);
    expect((await collect(h.compute.images.list())).map((i) => i.name)).toEqual(['app-managed']);
  });
});
