import { describe, expect, it } from 'vitest';
import type { RecordedExchange } from '../../src/emulator/index.js';
import { deployment, poll, RG, scaleSetTemplate, seedImageVersion, useDeploymentsHarness } from './helpers.js';

const exchanges: RecordedExchange[] = [];
const h = useDeploymentsHarness({ record: (x) => exchanges.push(x) });

describe('deployments: a template that sets a scale set image', () => {
  it('deploys through the scale set provider: Accepted, then Succeeded with outputs; the model has the new image', async () => {
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    const first = await h.client.deployments.beginCreateOrUpdateAndWait(
      RG,
      'release-1',
      deployment(scaleSetTemplate, { imageVersion: '1.0.0' }),
      poll,
    );
    expect(first.properties?.provisioningState).toBe('Succeeded');
    const created = await h.compute.virtualMachineScaleSets.get(RG, 'web-vmss');
    expect(created.virtualMachineProfile?.storageProfile?.imageReference?.id).toBe(v1);
    expect(created.sku?.capacity).toBe(2);
    expect(created.tags).toEqual({ release: 'v1.0.0' });

    const second = await h.client.deployments.beginCreateOrUpdateAndWait(
      RG,
      'release-2',
      deployment(scaleSetTemplate, { imageVersion: '2.0.0', capacity: 3 }),
      poll,
    );
    expect(second.properties?.provisioningState).toBe('Succeeded');
    expect(second.properties?.outputs).toEqual({
      scaleSetId: { type: 'String', value: `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss` },
      image: { type: 'String', value: v2 },
    });
    expect(second.properties?.parameters).toMatchObject({ imageVersion: { type: 'String', value: '2.0.0' } });
    expect(second.properties?.outputResources?.map((r) => r.id)).toEqual([
      `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss`,
    ]);
    const updated = await h.compute.virtualMachineScaleSets.get(RG, 'web-vmss');
    expect(updated.virtualMachineProfile?.storageProfile?.imageReference?.id).toBe(v2);
    expect(updated.sku?.capacity).toBe(3);
    // The provider applied the model as a direct PUT does (Manual mode): the added instance runs
    // the new image, the existing two keep theirs until they are upgraded.
    const versions = h.emu.control.scaleSetInstances(updated.id!).map((i) => i.version);
    expect(versions.sort()).toEqual(['1.0.0', '1.0.0', '2.0.0']);
  });

  it('answers the PUT 201 Accepted with Azure-AsyncOperation and lists one operation per resource', async () => {
    seedImageVersion(h, '1.0.0');
    exchanges.length = 0;
    const result = await h.client.deployments.beginCreateOrUpdateAndWait(
      RG,
      'r1',
      deployment(scaleSetTemplate, { imageVersion: '1.0.0' }),
      poll,
    );
    expect(result.properties?.provisioningState).toBe('Succeeded');
    const put = exchanges.find((x) => x.operation === 'Deployments_CreateOrUpdate')!;
    expect(put.response.statusCode).toBe(201);
    expect(put.response.headers['Azure-AsyncOperation']).toMatch(/operationStatuses\//);
    expect(put.response.body).toMatchObject({ properties: { provisioningState: 'Accepted', mode: 'Incremental' } });
    const states = exchanges
      .filter((x) => x.operation === 'OperationStatuses_Get')
      .map((x) => (x.response.body as { status: string }).status);
    expect(states.at(-1)).toBe('Succeeded');
    const ops = [];
    for await (const op of h.client.deploymentOperations.list(RG, 'r1')) ops.push(op);
    expect(ops).toHaveLength(1);
    expect(ops[0]!.properties).toMatchObject({
      provisioningOperation: 'Create',
      provisioningState: 'Succeeded',
      statusCode: 'Created',
      targetResource: {
        id: `${h.rgId}/providers/Microsoft.Compute/virtualMachineScaleSets/web-vmss`,
        resourceType: 'Microsoft.Compute/virtualMachineScaleSets',
        resourceName: 'web-vmss',
      },
    });
    const listed = [];
    for await (const d of h.client.deployments.listByResourceGroup(RG)) listed.push(d.name);
    expect(listed).toEqual(['r1']);
  });
});
