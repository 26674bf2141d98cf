/**
 * Clean-up never deletes a version in use, whatever uses it, through the real SDKs against the
 * emulator (page size 2, so every subscription-wide list pages): instances still running an old
 * version after their scale set's model moved on (Manual mode), virtual machines, another
 * target's release record, a deploy's target-version mark written while clean-up runs, Image
 * Builder templates, 'latest', and the user's protect tag.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ResourceManagementClient } from '@azure/arm-resources';
import { armClientOptions } from '../../src/azure/transport.js';
import type { Emulator } from '../../src/emulator/index.js';
import {
  credential,
  identityId,
  LOCATION,
  seedGallery,
  seedManagedImage,
  startEmu,
  sub,
  versionId,
} from '../stages-build/helpers.js';
import { compute, ports, runCleanup, seedAged, seedGroup } from './world.js';

let emu: Emulator;
afterEach(async () => {
  await emu?.close();
});

const exists = (version: string) => emu.control.getResource(versionId(emu, version)) !== undefined;
const deletes = () =>
  emu.requests
    .filter((r) => r.method === 'DELETE' && r.operation === 'GalleryImageVersions_Delete')
    .map((r) => r.path.split('/').pop());

/** 1.0.0 … 1.0.<count-1>, all 100+ days old. */
async function setup(count: number): Promise<void> {
  emu = await startEmu();
  seedGallery(emu);
  seedManagedImage(emu, 'src');
  for (let i = 0; i < count; i++) seedAged(emu, `1.0.${i}`, 200 - i);
}

const keptReasons = (items: readonly { label: string; value: string }[] | undefined) =>
  Object.fromEntries((items ?? []).filter((i) => /^kept \d/.test(i.label)).map((i) => [i.label.slice(5), i.value]));

describe('clean-up: what counts as in use', () => {
  it('keeps every version something uses anywhere in the subscription, and deletes the rest', async () => {
    await setup(9);
    seedGroup(emu, 'rg-apps');
    // A Manual-mode scale set: its instance runs 1.0.1; then its model moves on to 1.0.6 (no instance is touched).
    const c = compute(emu);
    const model = (v: string) => ({ storageProfile: { imageReference: { id: versionId(emu, v) } } });
    await c.virtualMachineScaleSets.createOrUpdate(
      'rg-apps',
      'api',
      {
        location: LOCATION,
        sku: { name: 'Standard_B2s', capacity: 1 },
        upgradePolicy: { mode: 'Manual' },
        virtualMachineProfile: model('1.0.1'),
      },
      { updateIntervalInMs: 2 },
    );
    await c.virtualMachineScaleSets.update(
      'rg-apps',
      'api',
      { virtualMachineProfile: model('1.0.6') },
      { updateIntervalInMs: 2 },
    );
    // Another target's release record names 1.0.2 as its previous release (its rollback target).
    emu.control.seedResource({
      id: `${sub(emu)}/resourceGroups/rg-apps/providers/Microsoft.Network/loadBalancers/shop-lb`,
      body: {
        location: LOCATION,
        tags: { 'Immutable-Deploy.Previous-Version': '1.0.2', 'immutable-deploy.current-version': '1.0.8' },
        properties: {},
      },
    });
    // An Image Builder template builds from 1.0.3.
    emu.control.seedResource({
      id: `${sub(emu)}/resourceGroups/rg-apps/providers/Microsoft.VirtualMachineImages/imageTemplates/hardening`,
      body: {
        location: LOCATION,
        tags: {},
        identity: { type: 'UserAssigned', userAssignedIdentities: { [identityId(emu)]: {} } },
        properties: {
          provisioningState: 'Succeeded',
          source: { type: 'SharedImageVersion', imageVersionId: versionId(emu, '1.0.3') },
          distribute: [],
          customize: [],
        },
      },
    });
    // The user protects 1.0.4.
    emu.control.deleteResource(versionId(emu, '1.0.4'));
    seedAged(emu, '1.0.4', 196, { 'immutable-deploy.protect': 'true' });
    // A virtual machine runs 1.0.5.
    emu.control.seedResource({
      id: `${sub(emu)}/resourceGroups/rg-apps/providers/Microsoft.Compute/virtualMachines/jump`,
      body: {
        location: LOCATION,
        properties: {
          storageProfile: { imageReference: { id: versionId(emu, '1.0.5') } },
          provisioningState: 'Succeeded',
        },
      },
    });
    emu.control.clearRequests();

    const { result } = await runCleanup(emu, { 'keep-versions': '1' }, { parallelism: 3 });
    expect(result.outputs?.cleanedVersions).toEqual(['1.0.7', '1.0.0']);
    expect(['1.0.0', '1.0.7'].map(exists)).toEqual([false, false]);
    expect(keptReasons(result.items)).toEqual({
      '1.0.6': 'used by scale set api',
      '1.0.5': 'running on virtual machine jump',
      '1.0.4': 'protected by tag immutable-deploy.protect',
      '1.0.3': 'source of Image Builder template hardening',
      '1.0.2': 'previous (kept for rollback) on load balancer shop-lb (its release record)',
      '1.0.1': 'running on instance 0 of scale set api',
    });
    // One paged read per kind of user, never a GET per resource.
    const count = (op: string) => emu.requests.filter((r) => r.operation === op).length;
    expect(count('Resources_List')).toBeGreaterThanOrEqual(3 * 2); // 3 record tags, at scan and re-check
    expect(count('VirtualMachines_ListAll')).toBe(1);
    expect(count('VirtualMachineImageTemplates_List')).toBe(1);
    expect(count('VirtualMachineScaleSetVMs_List')).toBeGreaterThanOrEqual(1);
    expect(count('VirtualMachineScaleSets_Get') + count('LoadBalancers_Get') + count('VirtualMachines_Get')).toBe(0);
  }, 30_000);

  it("a deploy's target-version mark written after the scan, before the deletes: the re-check keeps the version", async () => {
    await setup(4);
    seedGroup(emu, 'rg-apps');
    const lb = `${sub(emu)}/resourceGroups/rg-apps/providers/Microsoft.Network/loadBalancers/web-lb`;
    emu.control.seedResource({ id: lb, body: { location: LOCATION, tags: {}, properties: {} } });
    const azure = await ports(emu);
    const resources = new ResourceManagementClient(
      credential,
      emu.subscriptionId,
      armClientOptions({ endpoint: emu.endpoint, caFile: emu.caFile }),
    );
    // Interleave: the last read of the observe phase (bake leftovers) is where a deploy rolling back to 1.0.0 marks it.
    const racing = {
      ...azure,
      imageBuilder: {
        ...azure.imageBuilder,
        listByTag: async (...args: Parameters<typeof azure.imageBuilder.listByTag>) => {
          await resources.tagsOperations.beginUpdateAtScopeAndWait(lb, {
            operation: 'Merge',
            properties: { tags: { 'immutable-deploy.target-version': '1.0.0' } },
          });
          return azure.imageBuilder.listByTag(...args);
        },
      },
    };
    const { result, host } = await runCleanup(emu, { 'keep-versions': '1' }, {}, racing);
    // It was planned for deletion (the scan predates the mark), and the re-check kept it.
    expect(host.events.map((e) => JSON.stringify(e)).join('\n')).toContain(
      'Clean-up: delete gallery image version gal/web 1.0.0',
    );
    expect(exists('1.0.0')).toBe(true);
    expect(deletes().sort()).toEqual(['1.0.1', '1.0.2']);
    expect(result.outputs?.keptInUse).toEqual(['1.0.0']);
    expect(result.items?.find((i) => i.label === 'kept gallery image version gal/web 1.0.0')?.value).toBe(
      'in use at the re-check before its delete: being deployed on load balancer web-lb (its release record)',
    );
  }, 30_000);

  it('a re-check that fails deletes nothing', async () => {
    await setup(3);
    // The scan's three record-tag lists pass; every later one (the re-checks) fails.
    emu.control.addFault({ kind: 'server-error', operation: 'Resources_List', skip: 3 });
    const { result } = await runCleanup(emu, { 'keep-versions': '1' });
    expect(deletes()).toEqual([]);
    expect(['1.0.0', '1.0.1'].map(exists)).toEqual([true, true]);
    expect(result.status).toBe('failed');
    expect(result.outputs?.cleanupFailures).toBe(2);
    expect(result.message).toMatch(
      /listing the resources of subscription .* tagged immutable-deploy\.\S+ failed with HTTP 500/,
    );
  }, 30_000);

  it('a failed scan deletes nothing', async () => {
    await setup(3);
    emu.control.addFault({ kind: 'server-error', operation: 'VirtualMachines_ListAll' });
    await expect(runCleanup(emu, { 'keep-versions': '1' })).rejects.toThrow(
      /listing the virtual machines of subscription/,
    );
    expect(deletes()).toEqual([]);
  }, 30_000);
});
