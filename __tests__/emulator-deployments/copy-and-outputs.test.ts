import { describe, expect, it } from 'vitest';
import { deployment, poll, RG, useDeploymentsHarness } from './helpers.js';

const h = useDeploymentsHarness();

/** Three galleries from a copy loop, an image definition waiting for the whole loop, a skipped resource. */
const template = {
  parameters: { count: { type: 'int', defaultValue: 3 }, withExtra: { type: 'bool', defaultValue: false } },
  resources: [
    {
      type: 'Microsoft.Compute/galleries',
      apiVersion: '2025-03-03',
      name: "[format('gal{0}', copyIndex(1))]",
      location: '[resourceGroup().location]',
      copy: { name: 'galleries', count: "[parameters('count')]" },
    },
    {
      condition: "[parameters('withExtra')]",
      type: 'Microsoft.Compute/galleries',
      apiVersion: '2025-03-03',
      name: 'extra',
      location: '[resourceGroup().location]',
    },
    {
      type: 'Microsoft.Compute/galleries/images',
      apiVersion: '2025-03-03',
      name: 'gal1/app',
      location: '[resourceGroup().location]',
      dependsOn: ['galleries', "[resourceId('Microsoft.Compute/galleries', 'extra')]"],
      properties: {
        osType: 'Linux',
        osState: 'Generalized',
        identifier: { publisher: 'contoso', offer: 'app', sku: "[toLower('MAIN')]" },
        copy: [
          { name: 'features', count: 2, input: { name: "[concat('feature', copyIndex('features'))]", value: 'True' } },
        ],
      },
    },
  ],
  outputs: {
    galleries: { type: 'array', copy: { count: "[parameters('count')]", input: "[format('gal{0}', copyIndex(1))]" } },
    extra: { condition: "[parameters('withExtra')]", type: 'string', value: 'extra' },
    suffix: { type: 'string', value: '[uniqueString(resourceGroup().id)]' },
  },
};

/** Start of an operation: its timestamp (end) minus its duration. */
const startOf = (op: { timestamp?: Date; duration?: string }) =>
  op.timestamp!.getTime() - Number(/PT([\d.]+)S/.exec(op.duration!)![1]) * 1000;

describe('deployments: copy loops, conditions, dependsOn and outputs', () => {
  it('deploys every copy, skips the false condition, waits for the loop, and returns outputs', async () => {
    const result = await h.client.deployments.beginCreateOrUpdateAndWait(RG, 'loops', deployment(template), poll);
    expect(result.properties?.provisioningState).toBe('Succeeded');
    const galleries = h.emu.control.listResources('Microsoft.Compute/galleries').map((r) => r.body['name']);
    expect(galleries).toEqual(['gal1', 'gal2', 'gal3']);
    const image = h.emu.control.getResource(`${h.rgId}/providers/Microsoft.Compute/galleries/gal1/images/app`)!;
    expect(image['properties']).toMatchObject({
      identifier: { sku: 'main' },
      features: [
        { name: 'feature0', value: 'True' },
        { name: 'feature1', value: 'True' },
      ],
    });
    expect(result.properties?.outputs).toEqual({
      galleries: { type: 'Array', value: ['gal1', 'gal2', 'gal3'] },
      suffix: { type: 'String', value: expect.stringMatching(/^[a-z2-7]{13}$/) },
    });

    const ops = [];
    for await (const op of h.client.deploymentOperations.list(RG, 'loops')) ops.push(op.properties!);
    expect(ops.map((o) => o.targetResource?.resourceName).sort()).toEqual(['gal1', 'gal1/app', 'gal2', 'gal3']);
    const imageOp = ops.find((o) => o.targetResource?.resourceName === 'gal1/app')!;
    const galleryEnds = ops.filter((o) => o !== imageOp).map((o) => o.timestamp!.getTime());
    expect(startOf(imageOp)).toBeGreaterThanOrEqual(Math.max(...galleryEnds));
    expect(result.properties?.dependencies).toEqual([
      expect.objectContaining({
        resourceName: 'gal1/app',
        dependsOn: expect.arrayContaining([expect.objectContaining({ resourceName: 'gal2' })]),
      }),
    ]);
  });

  it('gets, lists with a filter, exports and deletes deployments', async () => {
    await h.client.deployments.beginCreateOrUpdateAndWait(RG, 'one', deployment(template, { count: 1 }), poll);
    expect((await h.client.deployments.checkExistence(RG, 'one')).body).toBe(true);
    const names = async (filter?: string) => {
      const out = [];
      for await (const d of h.client.deployments.listByResourceGroup(RG, filter ? { filter } : {})) out.push(d.name);
      return out;
    };
    expect(await names("provisioningState eq 'Succeeded'")).toEqual(['one']);
    expect(await names("provisioningState eq 'Failed'")).toEqual([]);
    expect((await h.client.deployments.exportTemplate(RG, 'one')).template).toEqual(template);
    await h.client.deployments.beginDeleteAndWait(RG, 'one', poll);
    expect((await h.client.deployments.checkExistence(RG, 'one')).body).toBe(false);
    // The deployed resources stay: deleting a deployment removes its history only.
    expect(h.emu.control.listResources('Microsoft.Compute/galleries')).toHaveLength(1);
  });

  it('cancels a running deployment: Canceled at once, nothing more starts', async () => {
    // One gallery's operation never ends, so the deployment is still running when it is canceled.
    h.emu.control.addFault({ kind: 'lro-never-ends', operation: 'Galleries_CreateOrUpdate', times: 1 });
    const poller = h.client.deployments.createOrUpdate(RG, 'slow', deployment(template), poll);
    await poller.submitted();
    for (let n = 0; ; n++) {
      const ops = [];
      for await (const op of h.client.deploymentOperations.list(RG, 'slow')) ops.push(op.properties!.provisioningState);
      if (ops.filter((s) => s === 'Succeeded').length === 2) break;
      if (n > 100) throw new Error('the galleries did not start');
      h.emu.control.advanceTime(5);
    }
    await h.client.deployments.cancel(RG, 'slow');
    await expect(poller.pollUntilDone()).rejects.toThrow();
    expect((await h.client.deployments.get(RG, 'slow')).properties?.provisioningState).toBe('Canceled');
    h.emu.control.advanceTime(120);
    await h.client.deployments.get(RG, 'slow');
    expect(h.emu.control.listResources('Microsoft.Compute/galleries/images')).toEqual([]);
    await expect(h.client.deployments.cancel(RG, 'slow')).rejects.toMatchObject({ statusCode: 409 });
  });

  it('prunes the history past 700 deployments down to the newest 600', async () => {
    for (let i = 0; i < 700; i++) {
      const id = `${h.rgId}/providers/Microsoft.Resources/deployments/old-${String(i).padStart(3, '0')}`;
      h.emu.control.seedResource({
        id,
        type: 'Microsoft.Resources/deployments',
        body: {
          id,
          name: id.split('/').pop(),
          type: 'Microsoft.Resources/deployments',
          properties: { provisioningState: 'Succeeded' },
        },
        meta: { startMs: i },
      });
    }
    await h.client.deployments.beginCreateOrUpdateAndWait(RG, 'newest', deployment(template, { count: 1 }), poll);
    const names = h.emu.control.listResources('Microsoft.Resources/deployments').map((d) => String(d.body['name']));
    expect(names).toHaveLength(600);
    expect(names).toContain('newest');
    expect(names).not.toContain('old-100');
    expect(names).toContain('old-101');
  });
});
