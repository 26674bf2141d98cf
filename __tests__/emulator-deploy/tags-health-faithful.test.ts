/**
 * Faithfulness where the deploy's safety is decided: tag names case-insensitive with Azure's limits
 * (tag-rules.ts), and per-instance health reported only by the Application Health extension.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ResourceManagementClient } from '@azure/arm-resources';
import { armClientOptions } from '../../src/azure/transport.js';
import {
  baseInputs,
  createLoadBalancer,
  createScaleSet,
  poll,
  RG,
  runSteps,
  scaleSetModel,
  seedImageVersion,
  ssId,
  start,
  tagsOf,
  writes,
  type Harness,
} from '../stages-deploy/harness.js';
import { credential } from './helpers.js';

let h: Harness;
afterEach(async () => {
  await h?.emu.close();
});

const resources = (x: Harness) =>
  new ResourceManagementClient(
    credential,
    x.emu.subscriptionId,
    armClientOptions({ endpoint: x.emu.endpoint, caFile: x.emu.caFile }),
  );
const fifty = () => Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`team-${i}`, `v${i}`]));

describe('tags as Azure keeps them', () => {
  it('names are case-insensitive: a merge in another casing updates the stored tag; delete matches any casing', async () => {
    h = await start();
    await createLoadBalancer(h);
    await createScaleSet(h, seedImageVersion(h, '1.0.0'), { capacity: 1 });
    const c = resources(h);
    const id = ssId(h);
    await c.tagsOperations.beginUpdateAtScopeAndWait(
      id,
      { operation: 'Merge', properties: { tags: { Env: 'prod' } } },
      poll,
    );
    await c.tagsOperations.beginUpdateAtScopeAndWait(
      id,
      { operation: 'Merge', properties: { tags: { ENV: 'Staging' } } },
      poll,
    );
    expect(tagsOf(h)).toEqual({ Env: 'Staging' }); // first casing kept, value (case-sensitive) replaced
    await c.tagsOperations.beginUpdateAtScopeAndWait(
      id,
      { operation: 'Delete', properties: { tags: { env: 'staging' } } },
      poll,
    );
    expect(tagsOf(h)).toEqual({ Env: 'Staging' }); // values match exactly
    await c.tagsOperations.beginUpdateAtScopeAndWait(
      id,
      { operation: 'Delete', properties: { tags: { env: '' } } },
      poll,
    );
    expect(tagsOf(h)).toEqual({});
  });

  it('limits: 512-character names, 256-character values, 50 tags — with Azure codes, on the Tags API and on resource writes', async () => {
    h = await start();
    await createLoadBalancer(h);
    await createScaleSet(h, seedImageVersion(h, '1.0.0'), { capacity: 1 });
    const c = resources(h);
    const id = ssId(h);
    const merge = (tags: Record<string, string>) =>
      c.tagsOperations.beginUpdateAtScopeAndWait(id, { operation: 'Merge', properties: { tags } }, poll);
    await merge({ ['n'.repeat(512)]: 'v'.repeat(256) });
    await expect(merge({ ['n'.repeat(513)]: 'v' })).rejects.toMatchObject({
      statusCode: 400,
      code: 'InvalidTagNameLength',
    });
    await expect(merge({ k: 'v'.repeat(257) })).rejects.toMatchObject({
      statusCode: 400,
      code: 'InvalidTagValueLength',
    });
    await c.tagsOperations.beginCreateOrUpdateAtScopeAndWait(id, { properties: { tags: fifty() } }, poll);
    await expect(merge({ another: 'x' })).rejects.toMatchObject({ statusCode: 400, code: 'InvalidTag' });
    await merge({ 'TEAM-0': 'same count' }); // a name already there, in another casing: still 50
    expect(Object.keys(tagsOf(h))).toHaveLength(50);
    const model = {
      ...scaleSetModel(h, seedImageVersion(h, '2.0.0'), { capacity: 1 }),
      tags: { ...fifty(), extra: 'x' },
    };
    await expect(h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'other', model, poll)).rejects.toMatchObject({
      code: 'InvalidTag',
    });
  });

  it('a target that already holds 50 tags: the deploy fails before touching it, naming the limit', async () => {
    h = await start();
    const v1 = seedImageVersion(h, '1.0.0');
    const v2 = seedImageVersion(h, '2.0.0');
    await createLoadBalancer(h);
    await createScaleSet(h, v1, { capacity: 2, mode: 'Manual' });
    await resources(h).tagsOperations.beginCreateOrUpdateAtScopeAndWait(
      ssId(h),
      { properties: { tags: fifty() } },
      poll,
    );
    h.emu.control.clearRequests();
    const { result } = await runSteps(h, baseInputs(h, { stages: 'deploy', 'image-id': v2, 'rollout-mode': 'manual' }));
    expect(result.status).toBe('failed');
    expect(result.error!.message).toMatch(
      /deploy lock on scale set web failed \(HTTP 400\): InvalidTag: .*maximum of 50 tags/,
    );
    expect(h.emu.control.scaleSetInstances(ssId(h)).map((i) => i.version)).toEqual(['1.0.0', '1.0.0']);
    expect(writes(h).filter((w) => w.status < 300 && !/tags/i.test(w.operation ?? ''))).toEqual([]);
  });
});

describe('per-instance health only where Azure reports it', () => {
  it('an LB probe alone fills no vmHealth; the verify gate says it judged by provisioning and power state only', async () => {
    h = await start();
    const v1 = seedImageVersion(h, '1.0.0');
    await createLoadBalancer(h);
    const model = scaleSetModel(h, v1, { capacity: 2, mode: 'Manual' });
    delete model.virtualMachineProfile!.extensionProfile; // probe-only: networkProfile.healthProbe stays
    await h.compute.virtualMachineScaleSets.createOrUpdate(RG, 'web', model, poll);
    h.emu.control.advanceTime(120);
    const vms = [];
    for await (const vm of h.compute.virtualMachineScaleSetVMs.list(RG, 'web', { expand: 'instanceView' }))
      vms.push(vm);
    expect(vms.map((vm) => vm.instanceView?.vmHealth)).toEqual([undefined, undefined]);
    const { result, host } = await runSteps(h, baseInputs(h, { stages: 'verify', 'image-id': v1 }));
    expect(result.status).toBe('succeeded');
    const text = JSON.stringify({ summary: result, log: host });
    expect(text).toMatch(/no per-instance health source: judged by provisioning and power state only/);
    expect(text).not.toMatch(/instances on the latest model and healthy/);
  });
});
