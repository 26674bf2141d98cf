/**
 * The cleanup stage end to end: the engine through the real SDKs against the emulator (small
 * pages, so the subscription-wide scale-set list and the version list page).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ComputeManagementClient } from '@azure/arm-compute';
import { armClientOptions } from '../../src/azure/transport.js';
import type { Emulator } from '../../src/emulator/index.js';
import { renderMarkdown } from '../../src/core/run/summary.js';
import {
  credential,
  DEFINITION,
  GALLERY,
  LOCATION,
  managedImageId,
  portsFor,
  publishInputs,
  RG,
  runStep,
  seedGallery,
  seedManagedImage,
  startEmu,
  sub,
  versionId,
} from '../stages-build/helpers.js';

let emu: Emulator;
afterEach(async () => {
  await emu?.close();
});

const DAY = 86_400_000;

function seedAged(version: string, daysOld: number, extra: Record<string, unknown> = {}): string {
  const id = versionId(emu, version);
  emu.control.seedResource({
    id,
    body: {
      location: LOCATION,
      tags: {},
      properties: {
        provisioningState: 'Succeeded',
        storageProfile: { source: { id: managedImageId(emu, 'src') } },
        publishingProfile: {
          targetRegions: [{ name: LOCATION, regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' }],
          replicaCount: 1,
          excludeFromLatest: false,
          publishedDate: new Date(Date.now() - daysOld * DAY).toISOString(),
          ...extra,
        },
      },
    },
  });
  return id;
}

/** A scale set in another resource group whose model references `imageId`. */
function seedScaleSet(rg: string, name: string, imageId: string, tags: Record<string, string> = {}): void {
  emu.control.seedResource({
    id: `${sub(emu)}/resourceGroups/${rg}`,
    type: 'Microsoft.Resources/resourceGroups',
    body: { location: LOCATION, properties: { provisioningState: 'Succeeded' } },
  });
  emu.control.seedResource({
    id: `${sub(emu)}/resourceGroups/${rg}/providers/Microsoft.Compute/virtualMachineScaleSets/${name}`,
    body: {
      location: LOCATION,
      tags,
      sku: { name: 'Standard_B2s', capacity: 2 },
      properties: {
        upgradePolicy: { mode: 'Manual' },
        virtualMachineProfile: { storageProfile: { imageReference: { id: imageId } } },
        provisioningState: 'Succeeded',
      },
    },
  });
}

async function setup(count = 8): Promise<string[]> {
  emu = await startEmu();
  seedGallery(emu);
  seedManagedImage(emu, 'src');
  // 1.0.0 … 1.0.<count-1>: the older the lower, all older than keep-days.
  return Array.from({ length: count }, (_, i) => (seedAged(`1.0.${i}`, 100 - i), `1.0.${i}`));
}

const exists = (version: string) => emu.control.getResource(versionId(emu, version)) !== undefined;

describe('cleanup stage', () => {
  it('deletes superseded versions, never one in use anywhere in the subscription or recorded on the target; outputs, summary and record', async () => {
    await setup();
    seedScaleSet('rg-other-a', 'legacy', versionId(emu, '1.0.1'));
    seedScaleSet('rg-other-b', 'batch', `${sub(emu)}/resourceGroups/x/providers/Microsoft.Compute/images/other`);
    seedScaleSet('rg-other-c', 'tools', versionId(emu, '1.0.7'));
    // The deploy target's record: 1.0.2 is the previous release (kept for rollback).
    const compute = new ComputeManagementClient(
      credential,
      emu.subscriptionId,
      armClientOptions({ endpoint: emu.endpoint, caFile: emu.caFile }),
    );
    await compute.virtualMachineScaleSets.createOrUpdate(
      RG,
      'web',
      {
        location: LOCATION,
        tags: { 'immutable-deploy.current-version': '1.0.7', 'immutable-deploy.previous-version': '1.0.2' },
        sku: { name: 'Standard_B2s', capacity: 1 },
        upgradePolicy: { mode: 'Manual' },
        virtualMachineProfile: { storageProfile: { imageReference: { id: versionId(emu, '1.0.7') } } },
      },
      { updateIntervalInMs: 5 },
    );
    // A bake's leftovers, found by tag.
    emu.control.seedResource({
      id: managedImageId(emu, 'baked-old'),
      body: {
        location: LOCATION,
        tags: { 'immutable-deploy.bake-key': 'k1' },
        properties: { provisioningState: 'Succeeded' },
      },
    });
    const { result } = await runStep({
      inputs: publishInputs({ stages: 'cleanup', 'keep-versions': '3', 'keep-days': '30', 'scale-set': 'web' }),
      azure: await portsFor(emu),
    });
    expect(result.status).toBe('succeeded');
    expect(result.outputs.cleanedVersions).toEqual(['1.0.4', '1.0.3', '1.0.0']);
    expect(result.outputs.keptInUse).toEqual(['1.0.2', '1.0.1']);
    expect(result.outputs.cleanupFailures).toBe(0);
    expect(['1.0.0', '1.0.3', '1.0.4'].map(exists)).toEqual([false, false, false]);
    expect(['1.0.1', '1.0.2', '1.0.5', '1.0.6', '1.0.7'].map(exists)).toEqual([true, true, true, true, true]);
    expect(emu.control.getResource(managedImageId(emu, 'baked-old'))).toBeUndefined();
    expect(emu.control.getResource(managedImageId(emu, 'src'))).toBeDefined(); // not tagged: not a bake leftover
    // The subscription-wide list was ONE paged list (pageSize 2: several pages), no GET per scale set.
    expect(emu.requests.filter((r) => r.operation === 'VirtualMachineScaleSets_ListAll').length).toBeGreaterThan(1);
    const stage = result.stages.find((s) => s.name === 'cleanup')!;
    expect(stage.items.filter((i) => i.label.startsWith('kept 1.0')).map((i) => `${i.label}: ${i.value}`)).toEqual([
      'kept 1.0.2: previous on scale set web (kept for rollback)',
      'kept 1.0.1: used by scale set legacy',
    ]);
    expect(stage.items.filter((i) => i.kind === 'action').map((i) => i.value)).toContain(
      `gallery image version ${GALLERY}/${DEFINITION} 1.0.0: not in use, 100 days old, not among the newest 3 nor younger than 30 days`,
    );
    expect(stage.message).toBe(
      '4 of 4 clean-up action(s) done (3 version(s) deleted, 0 retired, 2 old version(s) kept in use)',
    );
    const md = renderMarkdown(result);
    expect(md).toContain('#### cleanup');
    expect(md).toContain('kept 1.0.1');
  }, 30_000);

  it('a failing delete among many: the others complete, the failure is counted and is a warning', async () => {
    await setup(10);
    emu.control.addFault({ kind: 'server-error', method: 'DELETE', path: '**/versions/1.0.3', times: 100 });
    const { result } = await runStep({
      inputs: publishInputs({ stages: 'cleanup', 'keep-versions': '2' }),
      azure: await portsFor(emu),
    });
    expect(result.status).toBe('succeeded');
    expect(result.outputs.cleanupFailures).toBe(1);
    expect([...result.outputs.cleanedVersions!].sort()).toEqual([
      '1.0.0',
      '1.0.1',
      '1.0.2',
      '1.0.4',
      '1.0.5',
      '1.0.6',
      '1.0.7',
    ]);
    expect(exists('1.0.3')).toBe(true);
    expect(result.stages.find((s) => s.name === 'cleanup')!.status).toBe('failed');
    expect(result.warnings.join('\n')).toMatch(
      /clean-up failed \(a warning: 'fail-on-cleanup-error' is false\): 1 clean-up action\(s\) failed: gallery image version gal\/web 1\.0\.3 \(deleting version 1\.0\.3 of gal\/web failed with HTTP 500/,
    );

    const strict = await runStep({
      inputs: publishInputs({ stages: 'cleanup', 'keep-versions': '2', 'fail-on-cleanup-error': 'true' }),
      azure: await portsFor(emu),
    });
    expect(strict.result.status).toBe('failed');
    expect(strict.result.outputs.cleanupFailures).toBe(1);
  }, 30_000);

  it('end-of-life mode marks superseded versions and is idempotent; plan mode writes nothing', async () => {
    await setup(4);
    const planned = await runStep({
      inputs: publishInputs({ stages: 'cleanup', 'keep-versions': '2', retire: 'end-of-life', 'dry-run': 'true' }),
      azure: await portsFor(emu),
    });
    expect(planned.result.stages[0]!.message).toBe('plan: 2 writes, none made');
    expect(emu.requests.filter((r) => r.write)).toEqual([]);

    const { result } = await runStep({
      inputs: publishInputs({ stages: 'cleanup', 'keep-versions': '2', retire: 'end-of-life' }),
      azure: await portsFor(emu),
    });
    expect(result.status).toBe('succeeded');
    expect(result.outputs.retiredVersions).toEqual(['1.0.1', '1.0.0']);
    expect(result.outputs.cleanedVersions).toEqual([]);
    const profile = (
      emu.control.getResource(versionId(emu, '1.0.0'))!['properties'] as {
        publishingProfile: { endOfLifeDate?: string };
      }
    ).publishingProfile;
    expect(profile.endOfLifeDate).toBeDefined();
    expect(['1.0.0', '1.0.1'].map(exists)).toEqual([true, true]);

    emu.control.clearRequests();
    const again = await runStep({
      inputs: publishInputs({ stages: 'cleanup', 'keep-versions': '2', retire: 'end-of-life' }),
      azure: await portsFor(emu),
    });
    expect(again.result.stages[0]!.status).toBe('skipped');
    expect(emu.requests.filter((r) => r.write)).toEqual([]);
  }, 30_000);
});
