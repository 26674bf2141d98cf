/**
 * Clean-up at scale: the per-run cap on version deletions, parallel deletes that back off when
 * Azure throttles (emulator: real SDKs; fakes of our own ports for Retry-After), the shared
 * re-check read, and a summary that stays small however many versions go.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AzurePorts } from '../../src/core/azure/ports.js';
import type { CleanupAction } from '../../src/core/cleanup/actions.js';
import { applyActions } from '../../src/core/cleanup/apply.js';
import { coalesce } from '../../src/core/cleanup/recheck.js';
import { EngineError } from '../../src/core/errors.js';
import type { Emulator } from '../../src/emulator/index.js';
import { seedGallery, seedManagedImage, startEmu, versionId } from '../stages-build/helpers.js';
import { runCleanup, seedAged } from './world.js';

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

describe('clean-up limits', () => {
  it('deletes at most cleanup-max-deletes versions per run, the oldest first; the rest wait for the next run', async () => {
    const e = await setup(10);
    const { result } = await runCleanup(e, { 'keep-versions': '1' }, { maxDeletes: 3, parallelism: 2 });
    expect(result.outputs?.cleanedVersions).toEqual(['1.0.2', '1.0.1', '1.0.0']);
    expect(['1.0.3', '1.0.8'].map((v) => e.control.getResource(versionId(e, v)) !== undefined)).toEqual([true, true]);
    expect(result.message).toBe(
      '3 of 3 clean-up action(s) done (3 version(s) deleted, 0 retired, 6 left for the next run)',
    );
    const next = await runCleanup(e, { 'keep-versions': '1' }, { maxDeletes: 3 });
    expect(next.result.outputs?.cleanedVersions).toEqual(['1.0.5', '1.0.4', '1.0.3']);
  }, 30_000);

  it('parallel deletes under throttling: all workers pause, then every version is deleted', async () => {
    const e = await setup(9);
    // More 429s than the SDK's own retries absorb (5 tries per call): some deletes reach the engine throttled.
    e.control.addFault({ kind: 'throttle', operation: 'GalleryImageVersions_Delete', times: 60 });
    const { result, slept } = await runCleanup(e, { 'keep-versions': '1' }, { parallelism: 4 });
    expect(result.status).toBe('succeeded');
    expect([...(result.outputs?.cleanedVersions ?? [])].sort()).toEqual([
      '1.0.0',
      '1.0.1',
      '1.0.2',
      '1.0.3',
      '1.0.4',
      '1.0.5',
      '1.0.6',
      '1.0.7',
    ]);
    expect(result.outputs?.cleanupFailures).toBe(0);
    expect(slept.length).toBeGreaterThan(0);
    expect(slept.every((ms) => ms > 0 && ms <= 60_000)).toBe(true);
    expect(result.items?.find((i) => i.label === 'throttled')?.value).toMatch(/^Azure throttled \d+ call\(s\)/);
    const inFlight = e.requests.filter((r) => r.operation === 'GalleryImageVersions_Delete').length;
    expect(inFlight).toBeGreaterThanOrEqual(8 + 60);
  }, 30_000);

  it('the summary lists the first names and counts; the outputs hold every version', async () => {
    const e = await setup(30);
    const { result } = await runCleanup(e, { 'keep-versions': '1' }, { parallelism: 8, summaryNames: 5 });
    expect(result.outputs?.cleanedVersions).toHaveLength(29);
    const actions = (result.items ?? []).filter((i) => i.kind === 'action');
    expect(actions).toHaveLength(5);
    expect(result.items?.find((i) => i.label === 'done')?.value).toBe(
      '… and 24 more action(s) (outputs cleaned-versions / retired-versions list them all)',
    );
  }, 30_000);
});

describe('applyActions (fakes of our own ports)', () => {
  const del = (v: string): CleanupAction => ({
    kind: 'delete-version',
    version: { resourceGroup: 'rg', gallery: 'gal', definition: 'web', version: v },
    write: { resource: `v ${v}`, operation: 'delete', why: 'old' },
  });

  it("honours Azure's Retry-After, never runs more deletes at once than the parallelism, keeps what the re-check finds in use", async () => {
    let now = 0;
    const slept: number[] = [];
    let running = 0;
    let peak = 0;
    let throttled = false;
    const deleted: string[] = [];
    const gallery = {
      startDeleteVersion: async (ref: { version: string }) => {
        running += 1;
        peak = Math.max(peak, running);
        await Promise.resolve();
        running -= 1;
        if (ref.version === '3' && !throttled) {
          throttled = true;
          throw new EngineError('transient', 'deleting failed with HTTP 429', { retryAfterMs: 7_000 });
        }
        deleted.push(ref.version);
      },
    };
    const ports = { gallery } as unknown as AzurePorts;
    const check = {
      reads: 0,
      inUse: async (v: string) => (v === '5' ? 'being deployed on load balancer web-lb' : undefined),
    };
    const results = await applyActions(ports, ['1', '2', '3', '4', '5', '6', '7'].map(del), {
      signal: new AbortController().signal,
      concurrency: 2,
      clock: { now: () => now },
      sleep: async (ms) => void (slept.push(ms), (now += ms)),
      check,
    });
    expect(slept).toEqual([7_000]);
    expect(peak).toBeLessThanOrEqual(2);
    expect(deleted.sort()).toEqual(['1', '2', '3', '4', '6', '7']);
    expect(results.find((r) => r.action.kind === 'delete-version' && r.action.version.version === '5')?.keptInUse).toBe(
      'being deployed on load balancer web-lb',
    );
  });

  it('no action starts after the deadline', async () => {
    let now = 0;
    const gallery = { startDeleteVersion: async () => void (now += 1_000) };
    const results = await applyActions({ gallery } as unknown as AzurePorts, ['1', '2', '3'].map(del), {
      signal: new AbortController().signal,
      concurrency: 1,
      clock: { now: () => now },
      sleep: async () => undefined,
      deadline: 1_500,
    });
    expect(results.map((r) => (r.notStarted ? 'not started' : 'done'))).toEqual(['done', 'done', 'not started']);
  });

  it('a shared re-check read: callers arriving during a read wait for the next one, which they share', async () => {
    const gates: Array<() => void> = [];
    let reads = 0;
    const read = coalesce(() => new Promise<number>((resolve) => gates.push(() => resolve(++reads))));
    const first = read();
    const [second, third] = [read(), read()];
    gates.shift()!();
    expect(await first).toBe(1);
    await Promise.resolve();
    await Promise.resolve();
    gates.shift()!();
    expect([await second, await third]).toEqual([2, 2]);
    expect(gates).toHaveLength(0);
  });
});
