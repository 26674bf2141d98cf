import type { ImageTemplate } from '@azure/arm-imagebuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLL, collect, startHarness, type Harness } from './helpers.js';
import { LOCATION, seedGallery } from './fixtures.js';

const RG = 'rg-aib';

describe('Microsoft.VirtualMachineImages image templates', () => {
  let h: Harness;
  let imageId: string;
  beforeAll(async () => {
    h = await startHarness();
    ({ imageId } = await seedGallery(h, RG, 'galaib', 'web'));
  });
  afterAll(async () => {
    await h.emu.close();
  });

  const template = (distribute: ImageTemplate['distribute']): ImageTemplate =>
    ({
      location: LOCATION,
      identity: {
        type: 'UserAssigned',
        userAssignedIdentities: {
          [`/subscriptions/${h.emu.subscriptionId}/resourceGroups/${RG}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib`]:
            {},
        },
      },
      source: {
        type: 'PlatformImage',
        publisher: 'Canonical',
        offer: 'ubuntu-24_04-lts',
        sku: 'server',
        version: 'latest',
      },
      customize: [{ type: 'Shell', name: 'install', inline: ['echo hi'] }],
      distribute,
    }) as ImageTemplate;

  it('creates a template, runs it and distributes a new gallery image version', async () => {
    const created = await h.imageBuilder.virtualMachineImageTemplates.beginCreateOrUpdateAndWait(
      RG,
      'tpl1',
      template([
        {
          type: 'SharedImage',
          runOutputName: 'gallery',
          galleryImageId: `${imageId}/versions/1.0.0`,
          targetRegions: [{ name: LOCATION, replicaCount: 1 }],
        },
      ]),
      POLL,
    );
    expect(created.provisioningState).toBe('Succeeded');
    await h.imageBuilder.virtualMachineImageTemplates.run(RG, 'tpl1', POLL);
    const after = await h.imageBuilder.virtualMachineImageTemplates.get(RG, 'tpl1');
    expect(after.lastRunStatus).toMatchObject({ runState: 'Succeeded' });
    const output = await h.imageBuilder.virtualMachineImageTemplates.getRunOutput(RG, 'tpl1', 'gallery');
    expect(output.artifactId).toBe(`${imageId}/versions/1.0.0`);
    const version = await h.compute.galleryImageVersions.get(RG, 'galaib', 'web', '1.0.0', {
      expand: 'ReplicationStatus',
    });
    expect(version).toMatchObject({
      provisioningState: 'Succeeded',
      replicationStatus: { aggregatedState: 'Completed' },
    });
  });

  it('versions with the Latest scheme and distributes managed images', async () => {
    const managedId = `/subscriptions/${h.emu.subscriptionId}/resourceGroups/${RG}/providers/Microsoft.Compute/images/web-aib`;
    await h.imageBuilder.virtualMachineImageTemplates.createOrUpdate(
      RG,
      'tpl2',
      template([
        {
          type: 'SharedImage',
          runOutputName: 'gallery',
          galleryImageId: imageId,
          versioning: { scheme: 'Latest', major: 1 },
        },
        { type: 'ManagedImage', runOutputName: 'managed', imageId: managedId, location: LOCATION },
      ]),
      POLL,
    );
    await h.imageBuilder.virtualMachineImageTemplates.run(RG, 'tpl2', POLL);
    const outputs = await collect(h.imageBuilder.virtualMachineImageTemplates.listRunOutputs(RG, 'tpl2'));
    expect(outputs.map((o) => [o.name, o.artifactId])).toEqual([
      ['gallery', `${imageId}/versions/1.0.1`],
      ['managed', managedId],
    ]);
    expect((await h.compute.images.get(RG, 'web-aib')).provisioningState).toBe('Succeeded');
  });

  it('reports Running, then Failed with a message when the build is scripted to fail', async () => {
    await h.imageBuilder.virtualMachineImageTemplates.createOrUpdate(
      RG,
      'tpl3',
      template([{ type: 'SharedImage', runOutputName: 'gallery', galleryImageId: `${imageId}/versions/9.0.0` }]),
      POLL,
    );
    h.emu.control.script('imageBuilder.runFailure', { template: 'tpl3', message: 'customizer exited 1' });
    h.emu.control.setTimeScale(1);
    try {
      const poller = h.imageBuilder.virtualMachineImageTemplates.run(RG, 'tpl3', POLL);
      await poller.submitted();
      expect((await h.imageBuilder.virtualMachineImageTemplates.get(RG, 'tpl3')).lastRunStatus?.runState).toBe(
        'Running',
      );
      h.emu.control.advanceTime(3600);
      await expect(poller.pollUntilDone()).rejects.toThrow(/customizer exited 1/);
    } finally {
      h.emu.control.setTimeScale(100_000);
    }
    const failed = await h.imageBuilder.virtualMachineImageTemplates.get(RG, 'tpl3');
    expect(failed.lastRunStatus).toMatchObject({ runState: 'Failed', message: 'customizer exited 1' });
    await expect(h.compute.galleryImageVersions.get(RG, 'galaib', 'web', '9.0.0')).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it('validates templates and deletes them with their run outputs', async () => {
    const noIdentity = {
      ...template([{ type: 'VHD', runOutputName: 'vhd' }]),
      identity: { type: 'None' },
    } as ImageTemplate;
    await expect(
      h.imageBuilder.virtualMachineImageTemplates.createOrUpdate(RG, 'bad', noIdentity, POLL),
    ).rejects.toMatchObject({ statusCode: 400 });
    await expect(
      h.imageBuilder.virtualMachineImageTemplates.createOrUpdate(RG, 'bad', template([]), POLL),
    ).rejects.toMatchObject({ statusCode: 400 });
    await h.imageBuilder.virtualMachineImageTemplates.delete(RG, 'tpl2', POLL);
    await expect(h.imageBuilder.virtualMachineImageTemplates.get(RG, 'tpl2')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
    });
    expect(
      h.emu.control
        .listResources('Microsoft.VirtualMachineImages/imageTemplates/runOutputs')
        .some((r) => r.id.includes('tpl2')),
    ).toBe(false);
  });
});
