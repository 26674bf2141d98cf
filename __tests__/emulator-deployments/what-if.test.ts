import { describe, expect, it } from 'vitest';
import { deployment, poll, RG, scaleSetTemplate, seedImageVersion, useDeploymentsHarness } from './helpers.js';

const h = useDeploymentsHarness();

const IMAGE_PATH = 'properties.virtualMachineProfile.storageProfile.imageReference.id';

describe('deployments: what-if and validate', () => {
  it('what-if lists the image change as Modify with its delta path, and changes nothing', async () => {
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    await h.client.deployments.beginCreateOrUpdateAndWait(
      RG,
      'd1',
      deployment(scaleSetTemplate, { imageVersion: '1.0.0' }),
      poll,
    );
    const before = await h.compute.virtualMachineScaleSets.get(RG, 'web-vmss');
    h.emu.control.clearRequests();

    const result = await h.client.deployments.beginWhatIfAndWait(
      RG,
      'plan',
      deployment(scaleSetTemplate, { imageVersion: '2.0.0' }),
      poll,
    );
    expect(result.status).toBe('Succeeded');
    const change = result.changes!.find((c) => c.resourceId?.endsWith('/virtualMachineScaleSets/web-vmss'))!;
    expect(change.changeType).toBe('Modify');
    const paths = change.delta!.map((d) => d.path);
    // Only what the template changes: not provisioningState, uniqueId, etag, the write-only password...
    expect(paths.sort()).toEqual([IMAGE_PATH, 'tags.release']);
    expect(change.delta!.find((d) => d.path === IMAGE_PATH)).toEqual({
      path: IMAGE_PATH,
      propertyChangeType: 'Modify',
      before: v1,
      after: v2,
    });
    expect(
      (change.after as { properties: { virtualMachineProfile: unknown } }).properties.virtualMachineProfile,
    ).toMatchObject({
      storageProfile: { imageReference: { id: v2 } },
    });

    // Nothing changed, and neither what-if nor its polling is a write in the request log.
    const after = await h.compute.virtualMachineScaleSets.get(RG, 'web-vmss');
    expect(after.etag).toBe(before.etag);
    expect(after.virtualMachineProfile?.storageProfile?.imageReference?.id).toBe(v1);
    expect(h.emu.requests.filter((r) => r.write)).toEqual([]);
    expect(h.emu.requests.map((r) => r.operation)).toContain('Deployments_WhatIf');
    await expect(h.client.deployments.get(RG, 'plan')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('what-if reports NoChange for an identical template, Create for a new resource, Ignore for others in the group', async () => {
    seedImageVersion(h, '1.0.0');
    await h.client.deployments.beginCreateOrUpdateAndWait(
      RG,
      'd1',
      deployment(scaleSetTemplate, { imageVersion: '1.0.0' }),
      poll,
    );
    const same = await h.client.deployments.beginWhatIfAndWait(
      RG,
      'p',
      deployment(scaleSetTemplate, { imageVersion: '1.0.0' }),
      poll,
    );
    expect(same.changes!.map((c) => c.changeType)).toEqual(['NoChange']);

    const renamed = { ...scaleSetTemplate, variables: { ...scaleSetTemplate.variables, name: 'api-vmss' } };
    const other = await h.client.deployments.beginWhatIfAndWait(
      RG,
      'p',
      deployment(renamed, { imageVersion: '1.0.0' }),
      poll,
    );
    const byId = Object.fromEntries(other.changes!.map((c) => [c.resourceId!.split('/').pop(), c.changeType]));
    expect(byId).toEqual({ 'api-vmss': 'Create', 'web-vmss': 'Ignore' });
  });

  it('validate succeeds for a good template (200 result via Location) and is not a write', async () => {
    seedImageVersion(h, '1.0.0');
    h.emu.control.clearRequests();
    const result = await h.client.deployments.beginValidateAndWait(
      RG,
      'v',
      deployment(scaleSetTemplate, { imageVersion: '1.0.0' }),
      poll,
    );
    expect(result.properties?.provisioningState).toBe('Succeeded');
    expect(result.properties?.validatedResources?.map((r) => r.id)).toEqual([
      `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss`,
    ]);
    expect(h.emu.requests.filter((r) => r.write)).toEqual([]);
    expect(h.emu.control.listResources('Microsoft.Compute/virtualMachineScaleSets')).toEqual([]);
  });
});
