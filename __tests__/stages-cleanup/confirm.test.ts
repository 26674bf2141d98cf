/**
 * Version deletes sent and not followed, then confirmed by listing the definition's versions
 * (emulator: real SDKs; the emulator pages 2 versions a page, so every listing spans pages), and
 * clean-up's inputs (cleanup-parallelism, cleanup-max-deletes, cleanup-timeout).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/core/settings/parse.js';
import type { Emulator } from '../../src/emulator/index.js';
import { publishInputs, seedGallery, seedManagedImage, startEmu, versionId } from '../stages-build/helpers.js';
import { runStages, writes } from '../stages-slotswap/context.js';
import { ports, runCleanup, seedAged } from './world.js';

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function setup(count: number): Promise<Emulator> {
  emu = await startEmu();
  seedGallery(emu);
  seedManagedImage(emu, 'src');
  for (let i = 0; i < count; i++) seedAged(emu, `1.0.${i}`, 200 - i);
  return emu;
}

const present = (e: Emulator, v: string) => e.control.getResource(versionId(e, v)) !== undefined;
const lroPolls = (e: Emulator) => e.requests.filter((r) => /operationStatuses|operationResults/i.test(r.path));
const deletes = (e: Emulator) => e.requests.filter((r) => r.operation === 'GalleryImageVersions_Delete');
const listings = (e: Emulator) => e.requests.filter((r) => r.operation === 'GalleryImageVersions_ListByGalleryImage');

describe('deletes confirmed by listing', () => {
  it('sends each DELETE once, follows no operation, and lists the versions (every page) to confirm them gone', async () => {
    const e = await setup(6);
    const { result } = await runCleanup(e, { 'keep-versions': '1' });
    expect(result.status).toBe('succeeded');
    expect([...(result.outputs?.cleanedVersions ?? [])].sort()).toEqual(['1.0.0', '1.0.1', '1.0.2', '1.0.3', '1.0.4']);
    expect(['1.0.0', '1.0.4', '1.0.5'].map((v) => present(e, v))).toEqual([false, false, true]);
    expect(deletes(e)).toHaveLength(5);
    expect(lroPolls(e)).toEqual([]);
    // 6 versions at 2 a page: the plan's listing is 3 pages, before any DELETE; the confirmation lists after the last one.
    const firstDelete = Math.min(...deletes(e).map((r) => r.seq));
    const lastDelete = Math.max(...deletes(e).map((r) => r.seq));
    expect(listings(e).filter((r) => r.seq < firstDelete)).toHaveLength(3);
    expect(listings(e).filter((r) => r.seq > lastDelete).length).toBeGreaterThanOrEqual(1);
    expect(result.items?.find((i) => i.label === 'confirmed')?.value).toMatch(/^deletes confirmed by \d+ listing\(s\)/);
  }, 30_000);

  it('a delete whose operation ends Failed is a clean-up failure and not in cleaned-versions', async () => {
    const e = await setup(4);
    // The first DELETE is accepted (202) and its operation ends Failed: Azure keeps the version.
    e.control.addFault({ kind: 'lro-failed', operation: 'GalleryImageVersions_Delete', times: 1 });
    const { result } = await runCleanup(e, { 'keep-versions': '1', 'cleanup-parallelism': '1' });
    const kept = ['1.0.0', '1.0.1', '1.0.2'].filter((v) => present(e, v));
    expect(kept).toHaveLength(1);
    expect(result.status).toBe('failed');
    expect(result.outputs?.cleanupFailures).toBe(1);
    expect([...(result.outputs?.cleanedVersions ?? [])].sort()).toEqual(
      ['1.0.0', '1.0.1', '1.0.2'].filter((v) => v !== kept[0]),
    );
    expect(result.message).toContain(
      `gallery image version gal/web ${kept[0]} (the delete was accepted but the version is still there, provisioning state Succeeded`,
    );
  }, 30_000);

  it('a delete still running at cleanup-timeout is a failure; the confirmation stops at the deadline', async () => {
    const e = await setup(3);
    e.control.addFault({ kind: 'lro-never-ends', operation: 'GalleryImageVersions_Delete', times: 1 });
    const { result, slept } = await runCleanup(e, {
      'keep-versions': '1',
      'cleanup-parallelism': '1',
      'cleanup-timeout': '2m',
    });
    expect(result.status).toBe('failed');
    expect(result.outputs?.cleanedVersions).toHaveLength(1);
    expect(result.outputs?.cleanupFailures).toBe(1);
    expect(result.message).toMatch(/still deleting at clean-up's time limit/);
    // Pauses between listings add up to no more than the 2 minutes.
    expect(slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(120_000);
    expect(slept.length).toBeGreaterThan(1);
  }, 30_000);

  it('the gallery port lists versions page by page', async () => {
    const e = await setup(5);
    const p = await ports(e);
    const pages: string[][] = [];
    const ref = { resourceGroup: 'rg-img', gallery: 'gal', definition: 'web' };
    for await (const page of p.gallery.listVersionsPaged(ref, { signal: new AbortController().signal }))
      pages.push(page.map((v) => v.name));
    expect(pages.map((pg) => pg.length)).toEqual([2, 2, 1]);
    expect(pages.flat().sort()).toEqual(['1.0.0', '1.0.1', '1.0.2', '1.0.3', '1.0.4']);
  }, 30_000);
});

describe('clean-up inputs', () => {
  const parse = (extra: Record<string, string>) =>
    parseSettings((name) => publishInputs({ stages: 'cleanup', ...extra })[name]).cleanup;

  it('defaults: 8 at once, 1000 deletes a run, 3 hours', () => {
    expect(parse({})).toMatchObject({ parallelism: 8, maxDeletes: 1000, timeoutMs: 3 * 3_600_000 });
    expect(parse({ 'cleanup-parallelism': '64', 'cleanup-max-deletes': '1', 'cleanup-timeout': '90m' })).toMatchObject({
      parallelism: 64,
      maxDeletes: 1,
      timeoutMs: 5_400_000,
    });
  });

  it('cleanup-max-deletes from the inputs caps the run', async () => {
    const e = await setup(5);
    const { result } = await runCleanup(e, { 'keep-versions': '1', 'cleanup-max-deletes': '2' });
    expect(result.outputs?.cleanedVersions).toEqual(['1.0.1', '1.0.0']);
    expect(deletes(e)).toHaveLength(2);
  }, 30_000);

  it('bad values are refused with name, value and what is expected, before any request', async () => {
    const e = await setup(3);
    const run = runStages(
      e,
      publishInputs({
        stages: 'cleanup',
        'keep-versions': '1',
        'cleanup-parallelism': '65',
        'cleanup-max-deletes': '0',
        'cleanup-timeout': '8d',
      }),
    );
    await expect(run).rejects.toThrow(/cleanup-parallelism.*'65'.*expected an integer from 1 to 64/s);
    await expect(run).rejects.toThrow(/cleanup-max-deletes.*'0'.*expected an integer from 1 to/s);
    await expect(run).rejects.toThrow(/cleanup-timeout.*'8d'.*expected at most 7d/s);
    expect(writes(e)).toEqual([]);
    expect(e.requests).toEqual([]);
    expect(['1.0.0', '1.0.1'].map((v) => present(e, v))).toEqual([true, true]);
  }, 30_000);
});
