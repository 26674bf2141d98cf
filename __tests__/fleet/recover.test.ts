/**
 * Recovering a halted fleet, on the emulator through the real SDKs: `fleet resume` runs the halted
 * wave again after a fix (targets already on the version skipped, the marker removed once the
 * wave passes) and goes on; `fleet rollback` returns every target on the version to its previous
 * one, last wave first, leaving the others alone; on-failure 'rollback-wave' returns a failed
 * wave's targets before the fleet halts.
 */
import { afterEach, expect, it } from 'vitest';
import { haltTag } from '../../src/core/fleet/gallery.js';
import { resumeFleet } from '../../src/core/fleet/resume.js';
import { rollbackFleet } from '../../src/core/fleet/rollback.js';
import {
  fleetDoc,
  fleetWorld,
  runDoc,
  scaleSetId,
  scaleSetVersions,
  verbDoc,
  versionTags,
  type FleetWorld,
} from './world.js';

let w: FleetWorld | undefined;
afterEach(async () => {
  await w?.h.emu.close();
  w = undefined;
});

const results = (r: { targets: readonly { target: string; result: string; version?: string }[] }) =>
  Object.fromEntries(r.targets.map((t) => [t.target, `${t.result} ${t.version ?? '-'}`]));
const deployWrites = (world: FleetWorld) =>
  world.h.emu.requests.filter((r) => r.write && r.operation?.startsWith('VirtualMachineScaleSet'));

/** 3 waves of 2 targets (t1…t6 on web1…web6); web3 (wave 2) has an unhealthy instance. */
async function haltedInWave2(wave: Record<string, unknown> = {}) {
  const world = await fleetWorld(6, { capacity: 1 });
  world.h.emu.control.health.unhealthyInstance(scaleSetId(world.h, 'web3'), '0');
  const doc = fleetDoc(world, 3, 2, { 'max-parallel': 1, ...wave });
  const { result } = await runDoc(world, doc);
  expect(result.status).toBe('halted');
  return { world, doc, result };
}

it('resume after a fix: re-runs the halted wave (released targets skipped), removes the marker, then the rest', async () => {
  const halted = await haltedInWave2();
  w = halted.world;
  expect(results(halted.result)).toMatchObject({ t3: 'failed -', t4: 'not-run -', t5: 'not-run -' });
  // A plain run still refuses while the marker is there: resume is the way on.
  const refused = await runDoc(w, halted.doc);
  expect(refused.result.status).toBe('refused');
  expect(refused.result.halt).toMatch(/run 'immutable-deploy fleet resume' after a fix/);
  // The fix: web3's instance is healthy again.
  w.h.emu.control.health.unhealthyInstance(scaleSetId(w.h, 'web3'), '0', false);

  const { result, log } = await verbDoc(w, resumeFleet, halted.doc);
  expect(result.status).toBe('succeeded');
  expect(results(result)).toEqual({
    t1: 'skipped -',
    t2: 'skipped -',
    t3: 'succeeded 2.0.0',
    t4: 'succeeded 2.0.0',
    t5: 'succeeded 2.0.0',
    t6: 'succeeded 2.0.0',
  });
  expect(log.starts).toEqual(['t3', 't4', 't5', 't6']);
  expect(log.lines).toContain("wave passed: removed the halt marker of fleet 'web-fleet' from 2.0.0");
  expect(versionTags(w)[haltTag('web-fleet')]).toBeUndefined();
  for (let i = 1; i <= 6; i++) expect(scaleSetVersions(w.h, `web${i}`)).toEqual(['2.0.0']);

  // Idempotent: a run of the released fleet reads each record, skips every target and deploys nothing.
  const writes = deployWrites(w).length;
  const again = await runDoc(w, halted.doc);
  expect(again.result.status).toBe('succeeded');
  expect(again.result.targets.map((t) => t.result)).toEqual(Array(6).fill('skipped'));
  expect(again.result.targets[0]!.message).toBe('already runs 2.0.0');
  expect(again.log.starts).toEqual([]);
  expect(deployWrites(w).length).toBe(writes);

  // Rolled back, last wave first (max-parallel 1): every target returns to 1.0.0.
  const back = await verbDoc(w, rollbackFleet, halted.doc);
  expect(back.result.status).toBe('rolled-back');
  expect(back.log.starts).toEqual(['t5', 't6', 't3', 't4', 't1', 't2']);
  expect(back.result.targets.map((t) => `${t.result} ${t.version}`)).toEqual(Array(6).fill('rolled-back 1.0.0'));
  for (let i = 1; i <= 6; i++) expect(scaleSetVersions(w.h, `web${i}`)).toEqual(['1.0.0']);
}, 60_000);

it('fleet rollback returns the targets on the version, last wave first; others are left alone; the marker stays', async () => {
  const halted = await haltedInWave2();
  w = halted.world;
  const { result, log } = await verbDoc(w, rollbackFleet, halted.doc);
  expect(result.status).toBe('rolled-back');
  expect(results(result)).toEqual({
    t1: 'rolled-back 1.0.0',
    t2: 'rolled-back 1.0.0',
    // t3's release refused its unhealthy scale set before any write; t4…t6 never started.
    t3: 'skipped -',
    t4: 'skipped -',
    t5: 'skipped -',
    t6: 'skipped -',
  });
  expect(result.targets.find((t) => t.target === 't5')!.message).toBe('has no release record, not 2.0.0: left alone');
  expect(result.targets.find((t) => t.target === 't1')!.message).toBe('rolled back by fleet rollback: 2.0.0 → 1.0.0');
  expect(log.starts).toEqual(['t1', 't2']);
  expect(log.lines.findIndex((l) => l.startsWith('wave 1: rollback of t1'))).toBeGreaterThan(-1);
  for (let i = 1; i <= 6; i++) expect(scaleSetVersions(w.h, `web${i}`)).toEqual(['1.0.0']);
  expect(versionTags(w)[haltTag('web-fleet')]).toBe(halted.result.halt);

  // Again, with --clear-halt: nothing left to roll back, and the marker goes.
  const again = await verbDoc(w, (f, d) => rollbackFleet(f, d, { clearHalt: true }), halted.doc);
  expect(again.result.status).toBe('rolled-back');
  expect(again.log.starts).toEqual([]);
  expect(again.result.halt).toBeUndefined();
  expect(versionTags(w)[haltTag('web-fleet')]).toBeUndefined();
}, 60_000);

it("on-failure 'rollback-wave': a failure in wave 2 halts wave 3 and rolls back wave 2's other targets", async () => {
  const world = await fleetWorld(6, { capacity: 1 });
  w = world;
  // web4 (wave 2's second target) fails; web3 (its first) is released before it.
  world.h.emu.control.health.unhealthyInstance(scaleSetId(world.h, 'web4'), '0');
  const doc: Record<string, unknown> = {
    ...fleetDoc(world, 3, 2, { 'max-parallel': 1 }),
    'on-failure': 'rollback-wave',
  };
  // Wave 1 overrides the fleet's setting (it does not fail here; parsed per wave).
  (doc['waves'] as Record<string, unknown>[])[0]!['on-failure'] = 'halt';
  const { result, log } = await runDoc(world, doc);
  expect(result.status).toBe('halted');
  expect(result.halt).toBe(
    '2.0.0 wave 2 (ring-1): 1 of 2 target(s) failed (failure budget 0); wave rolled back (1 target(s))',
  );
  expect(results(result)).toEqual({
    t1: 'succeeded 2.0.0',
    t2: 'succeeded 2.0.0',
    t3: 'rolled-back 1.0.0',
    t4: 'failed -',
    t5: 'not-run -',
    t6: 'not-run -',
  });
  // t4's report keeps its own failure; t5, t6 stay not-run.
  expect(result.targets.find((t) => t.target === 't4')!.message).toMatch(/^release: /);
  expect(log.starts).toEqual(['t1', 't2', 't3', 't4', 't3']);
  expect(scaleSetVersions(world.h, 'web1')).toEqual(['2.0.0']);
  for (const n of [3, 4, 5, 6]) expect(scaleSetVersions(world.h, `web${n}`)).toEqual(['1.0.0']);
  expect(versionTags(world)[haltTag('web-fleet')]).toBe(result.halt);
}, 60_000);
