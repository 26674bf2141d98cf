/**
 * The clean-up log group says what clean-up decided, one line per class (kept in use and by what,
 * kept as the newest, kept by keep-days, deleted, left for the next run), bounded to counts and the
 * first names whatever the gallery holds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CleanupAction, Kept } from '../../src/core/cleanup/actions.js';
import { decisionLines } from '../../src/core/cleanup/report.js';
import type { Emulator } from '../../src/emulator/index.js';
import { LOCATION, seedGallery, seedManagedImage, startEmu, versionId } from '../stages-build/helpers.js';
import { compute, runCleanup, seedAged, seedGroup } from './world.js';

let emu: Emulator;
afterEach(async () => {
  await emu?.close();
});

describe('clean-up decision lines', () => {
  it('logs each decision class with its count and first names, in use with what uses it', async () => {
    emu = await startEmu();
    seedGallery(emu);
    seedManagedImage(emu, 'src');
    // 1.0.0 … 1.0.7, the older the lower; 1.0.3 is young (keep-days keeps it).
    for (let i = 0; i < 8; i++) seedAged(emu, `1.0.${i}`, i === 3 ? 5 : 100 - i);
    seedGroup(emu, 'rg-apps');
    await compute(emu).virtualMachineScaleSets.createOrUpdate(
      'rg-apps',
      'legacy',
      {
        location: LOCATION,
        sku: { name: 'Standard_B2s', capacity: 1 },
        upgradePolicy: { mode: 'Manual' },
        virtualMachineProfile: { storageProfile: { imageReference: { id: versionId(emu, '1.0.1') } } },
      },
      { updateIntervalInMs: 2 },
    );
    const { result, host } = await runCleanup(
      emu,
      { 'keep-versions': '2', 'keep-days': '30' },
      { maxDeletes: 2, summaryNames: 1 },
    );
    expect(result.status).toBe('succeeded');
    const lines = host.logs('info').filter((l) => !/^Clean-up: (delete|update) gallery image version/.test(l));
    expect(lines.slice(0, 6)).toEqual([
      'Clean-up of gal/web: 8 version(s) seen.',
      expect.stringMatching(/^Clean-up: kept 1 in use: 1\.0\.1 \(.*legacy.*\)\.$/),
      'Clean-up: kept 2 as the newest (keep-versions): 1.0.7, … and 1 more.',
      'Clean-up: kept 1 as younger than keep-days: 1.0.3.',
      'Clean-up: delete 2 superseded: 1.0.2, … and 1 more.',
      'Clean-up: left 2 superseded for the next run (cleanup-max-deletes): 1.0.5, … and 1 more.',
    ]);
    expect(result.outputs?.cleanedVersions).toEqual(['1.0.2', '1.0.0']);
  });

  it('stays bounded with thousands of versions: counts and the first names', () => {
    const kept: Kept[] = Array.from({ length: 3000 }, (_, i) => ({
      version: `2.0.${i}`,
      reason: i % 2 ? `used by scale set s${i}` : 'one of the newest 1500',
      inUse: i % 2 === 1,
    }));
    const actions = Array.from({ length: 2000 }, (_, i): CleanupAction => ({
      kind: 'delete-version',
      version: { resourceGroup: 'rg', gallery: 'gal', definition: 'web', version: `1.0.${i}` },
      write: { resource: `gallery image version gal/web 1.0.${i}`, operation: 'delete', why: 'old' },
    }));
    const lines = decisionLines(
      { actions, where: 'gal/web', keptInUse: [], facts: [], deferred: 7, kept, versionCount: 5007 },
      3,
    );
    expect(lines).toEqual([
      'Clean-up of gal/web: 5007 version(s) seen.',
      'Clean-up: kept 1500 in use: 2.0.1 (used by scale set s1), 2.0.3 (used by scale set s3), ' +
        '2.0.5 (used by scale set s5), … and 1497 more.',
      'Clean-up: kept 1500 as the newest (keep-versions): 2.0.0, 2.0.2, 2.0.4, … and 1497 more.',
      'Clean-up: delete 2000 superseded: 1.0.0, 1.0.1, 1.0.2, … and 1997 more.',
      'Clean-up: left 7 superseded for the next run (cleanup-max-deletes).',
    ]);
  });
});
