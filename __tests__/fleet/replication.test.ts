/**
 * A wave never starts before the image version is replicated to its targets' regions: the version
 * is created through the SDK (the emulator replicates it region by region, on its own clock), and
 * each target run checks, as it starts, that its region is already Completed.
 */
import { afterEach, expect, it } from 'vitest';
import { fleetDoc, fleetWorld, newLog, runDoc, type FleetWorld } from './world.js';
import { poll, RG } from '../stages-deploy/harness.js';

let w: FleetWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

async function createV2(world: FleetWorld, regions: string[]): Promise<void> {
  const source = `${world.h.rgId}/providers/Microsoft.Compute/images/baked`;
  world.h.emu.control.seedResource({
    id: source,
    body: { location: 'westeurope', properties: { provisioningState: 'Succeeded' } },
  });
  // Only the PUT is sent: replication goes on after it, as on Azure.
  await world.h.compute.galleryImageVersions.beginCreateOrUpdate(
    RG,
    'gal',
    'app',
    '2.0.0',
    {
      location: regions[0]!,
      storageProfile: { source: { id: source } },
      publishingProfile: { targetRegions: regions.map((name) => ({ name, regionalReplicaCount: 1 })) },
    },
    poll,
  );
}

it('a region without a replica holds its wave until replication completes', async () => {
  // Emulator time 600× real: a region replicates in 4–6 simulated minutes (0.4–0.6 s).
  w = await fleetWorld(2, { seedV2: false, capacity: 1, timeScale: 600 });
  // A fresh version in westeurope only: wave 1 (westeurope) waits for it to publish; wave 2
  // (northeurope) has no replica until the version gains one after wave 1.
  await createV2(w, ['westeurope']);
  const world = w;
  const stateAtStart: Record<string, string> = {};
  let added = false;
  const log = newLog();
  const { result } = await runDoc(w, fleetDoc(w, 2, 1), log, {
    ports: (p) => ({
      ...p,
      gallery: {
        ...p.gallery,
        replicationStatus: async (ref, options) => {
          if (!added && log.starts.includes('t1') && log.active === 0) {
            added = true;
            await world.h.compute.galleryImageVersions.beginUpdate(
              RG,
              'gal',
              'app',
              '2.0.0',
              {
                publishingProfile: {
                  targetRegions: ['westeurope', 'northeurope'].map((name) => ({ name, regionalReplicaCount: 1 })),
                },
              },
              poll,
            );
          }
          return p.gallery.replicationStatus(ref, options);
        },
      },
    }),
    onTarget: async (target) => {
      const v = await world.h.compute.galleryImageVersions.get(RG, 'gal', 'app', '2.0.0', {
        expand: 'ReplicationStatus',
      });
      const region = v.replicationStatus?.summary?.find(
        (s) => s.region?.replace(/\s/g, '').toLowerCase() === target.region,
      );
      stateAtStart[target.name] = `${target.region}: ${region?.state ?? 'absent'}, ${v.provisioningState}`;
    },
  });
  expect(result.targets.map((t) => t.message)).toEqual([undefined, undefined]);
  expect(result.status).toBe('succeeded');
  expect(added).toBe(true);
  expect(stateAtStart).toEqual({ t1: 'westeurope: Completed, Succeeded', t2: 'northeurope: Completed, Succeeded' });
  // Both waves were held: the first for the fresh version, the second for its new region.
  expect(log.lines.some((l) => /^waiting for 2\.0\.0 to replicate to westeurope \(Replicating\)/.test(l))).toBe(true);
  expect(log.lines.some((l) => /^waiting for 2\.0\.0 to replicate to northeurope \(Replicating\)/.test(l))).toBe(true);
}, 60_000);

it('a region the version never reaches halts the fleet at replication-timeout, before any deploy', async () => {
  w = await fleetWorld(1, { seedV2: false, capacity: 1, timeScale: 600 });
  await createV2(w, ['northeurope']);
  const doc = { ...fleetDoc(w, 1, 1), 'replication-timeout': '2m' };
  const { result, log } = await runDoc(w, doc);
  expect(result.status).toBe('halted');
  expect(result.halt).toBe(
    "2.0.0 wave 1 (canary): 2.0.0 was not replicated to westeurope within 'replication-timeout'",
  );
  expect(log.starts).toEqual([]);
}, 60_000);

it('transient failures reading the version (server errors) are tried again: the fleet still releases', async () => {
  w = await fleetWorld(1, { capacity: 1 });
  w.h.emu.control.addFault({ kind: 'server-error', operation: 'GalleryImageVersions_Get', times: 6 });
  const { result, log } = await runDoc(w, fleetDoc(w, 1, 1));
  expect(result.targets.map((t) => t.message)).toEqual([undefined]);
  expect(result.status).toBe('succeeded');
  const failed = w.h.emu.requests.filter((r) => r.operation === 'GalleryImageVersions_Get' && r.status >= 500);
  expect(failed.length).toBe(6);
  expect(log.lines.some((l) => l.endsWith('(trying again)'))).toBe(true);
}, 60_000);
